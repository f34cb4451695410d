import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'
import { describedModes, listedModes, quotedCycle, statedSuccession } from './described-modes'
import { storiesFrom } from './testing/stories'

test('the states a description quotes, less the messages its scenarios report and long texts', () => {
  const description = 'It goes through "soak", "wash" and "dry". Opening it early says "still running, please wait".'
  assert.deepEqual(describedModes(description, new Set()), ['soak', 'wash', 'dry'])
  assert.deepEqual(describedModes('"door locked" or "on hold"', new Set(['door locked'])), ['on hold'])
  assert.deepEqual(statedSuccession(['soak', 'wash', 'dry']), [
    ['soak', 'wash'],
    ['wash', 'dry']
  ])
  assert.equal(statedSuccession(['on', 'off']), undefined)
})

const DISHWASHER = `Feature: Dishwasher
  A cycle goes through "soak", "wash", "dry" and then it is "finished".

  Scenario: starting
    Given a dishwasher that is ready
    When the cycle is started
    Then the dishwasher shows "soak"

  Scenario: two stages on
    Given a dishwasher that is ready
    When the cycle is started
    And the cycle moves on
    And the cycle moves on
    Then the dishwasher shows "dry"

  Scenario: to the end
    Given a dishwasher that is ready
    When the cycle is started
    And the cycle moves on
    And the cycle moves on
    And the cycle moves on
    Then the dishwasher shows "finished"
`

/** Never shown to the synthesis: the stage no scenario reads, after one move. */
const HELD_OUT = `
  Scenario: one stage on
    Given a dishwasher that is ready
    When the cycle is started
    And the cycle moves on
    Then the dishwasher shows "wash"
`

test('a chain of changes through a stage no Then step reads follows the order the description names the stages in', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/dishwasher.feature', DISHWASHER + HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(
    runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
    ['wash']
  )
})

test('a sentence that names a quoted state again closes the cycle; one that names each once does not', () => {
  const modes = ['green', 'amber', 'red']
  assert.deepEqual(quotedCycle('The light goes from "green" to "amber" to "red" and back to "green", one step a tick.', modes), [
    'green',
    'amber',
    'red',
    'green'
  ])
  assert.equal(quotedCycle('The light goes from "green" to "amber" to "red".', modes), undefined)
  // States named in two sentences are no cycle: each sentence names its own.
  assert.equal(quotedCycle('The light goes "green", "amber", "red". In "green" people cross.', modes), undefined)
})

test('a mode a learnt "next mode" table leads to but no example leaves is not confirmed', () => {
  const { story } = storyWithLastHeldOut(
    'fan.feature',
    [
      'Feature: Desk fan',
      '  Scenario: one press',
      '    Given a fan set to "low"',
      '    When I press the button',
      '    Then the fan runs at "medium"',
      '  Scenario: two presses',
      '    Given a fan set to "low"',
      '    When I press the button',
      '    And I press the button',
      '    Then the fan runs at "high"',
      '  Scenario: from the middle',
      '    Given a fan set to "medium"',
      '    When I press the button',
      '    Then the fan runs at "high"',
      '  Scenario: not pressed',
      '    Given a fan set to "low"',
      '    Then the fan runs at "low"',
      '  Scenario: held out',
      '    Given a fan set to "high"',
      '    When I press the button',
      '    Then the fan runs at "low"',
      ''
    ].join('\n')
  )
  const result = synthesiseStory(story)
  assert.equal(result.status, 'ambiguous')
  assert.match(result.message ?? '', /what "I press the button" leads to from "high"/)
})

test('states the description lists without quotes are modes, those no scenario shows too', () => {
  const shown = new Set(['open', 'chained'])
  assert.deepEqual(listedModes('The gate is open, shut or chained. Only a shut gate can be chained.', shown), ['open', 'shut', 'chained'])
  // A list that names fewer than two shown modes is something else.
  assert.deepEqual(listedModes('Bring bread, milk and eggs.', shown), [])
})

test('a command whose verb names a listed state no scenario shows leads there, and the story is not called certain', () => {
  const [story] = storiesFrom(`Feature: Garden gate
  The gate is open, shut or chained. Only a shut gate can be chained,
  and it has to be unchained before it can be opened.

  Scenario: shutting and chaining
    Given the gate is open
    When I shut the gate
    And I chain the gate
    Then the gate is chained

  Scenario: chaining an open gate
    Given the gate is open
    When I chain the gate
    Then the app shows "Shut the gate first"
    And the gate is open

  Scenario: opening a chained gate
    Given the gate is chained
    When I open the gate
    Then the app shows "The gate is chained"
    And the gate is chained

  Scenario: unchaining and opening
    Given the gate is chained
    When I unchain the gate
    And I open the gate
    Then the gate is open
`)
  const result = synthesiseStory(story!)
  assert.notEqual(result.status, 'synthesised')
  const shut = result.solution?.model.meanings[story!.steps.find((step) => step.expression === 'I shut the gate')!.index]?.effect
  assert.deepEqual(shut, { op: 'mode', value: 'shut' })
})

test('an order the words state in part, completed from the scenarios: a mode it leaves without a next gets the one they show', () => {
  const [story, unseen] = storiesFrom(
    `Feature: Desk fan
  Each tap of the button moves to the next speed: low, medium, high, turbo, and then off. A tap
  while the fan is off starts it again.

  Scenario: starting
    Given the fan is at "off"
    When the button is tapped
    Then the fan is at "low"

  Scenario: up to turbo
    Given the fan is at "low"
    When the button is tapped
    And the button is tapped
    And the button is tapped
    Then the fan is at "turbo"

  Scenario: round to off
    Given the fan is at "turbo"
    When the button is tapped
    Then the fan is at "off"
`,
    `Feature: Desk fan
  Scenario: all the way round
    Given the fan is at "medium"
    When the button is tapped
    Then the fan is at "high"
    When the button is tapped
    And the button is tapped
    Then the fan is at "off"
    When the button is tapped
    Then the fan is at "low"
`
  )
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  for (const scenario of unseen!.scenarios)
    assert.ok(
      runScenario(story!, result.solution.model, scenario)?.every((observation) => observation.agrees),
      scenario.name
    )
})
