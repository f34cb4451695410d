import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'
import { describedModes, statedSuccession } from './described-modes'

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
