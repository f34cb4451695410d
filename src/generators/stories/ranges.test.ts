import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'
import { describedRange, describedRangeGuard } from './ranges'
import { stepAmounts } from './step-amounts'

test('the one range a description names, whichever words name it', () => {
  assert.deepEqual(describedRange('The level stays between 1.0 and 9.0; anything outside 1.0 to 9.0 is refused.'), [1, 9])
  assert.deepEqual(describedRange('It can be set from 30 to 5 degrees.'), [5, 30])
  assert.equal(describedRange('Between 5 and 30 degrees, or from 40 to 50 on the top shelf.'), undefined)
  assert.equal(describedRange('A card holds at most 100 euros.'), undefined)
})

test('one side of a range the words name is the guard where it fits: a value set below it is refused', () => {
  const occurrences = [
    { inputs: { arg0: 500, count: 0 }, refused: true },
    { inputs: { arg0: 6000, count: 10 }, refused: false }
  ]
  const text = 'A goal below 1000 steps is refused with "the goal must be at least 1000".'
  assert.deepEqual(describedRangeGuard(text, { op: 'set', reg: 'limit', arg: 0 }, occurrences), {
    kind: 'apply',
    operator: 'less',
    args: [
      { kind: 'input', name: 'arg0', type: 'number' },
      { kind: 'constant', value: 1000 }
    ]
  })
  // Two different bounds that both fit: the examples do not say which.
  assert.equal(
    describedRangeGuard('A goal below 1000 or under 2000 is refused.', { op: 'set', reg: 'limit', arg: 0 }, occurrences),
    undefined
  )
  // Refused every time: the examples do not show the rule.
  assert.equal(describedRangeGuard(text, { op: 'set', reg: 'limit', arg: 0 }, occurrences.slice(0, 1)), undefined)
})

test('a step may count by a fraction the words name or spell, and by whole numbers above 1 as before', () => {
  assert.deepEqual(stepAmounts([0.5, 5, 30], ''), [0.5, 5, 30])
  assert.deepEqual(stepAmounts([1, 8], 'Warmer moves the setting by half a degree.'), [0.5, 8])
  assert.deepEqual(stepAmounts([1], 'One press.'), [])
})

const OVEN = `Feature: Oven dial
  The dial goes up or down in steps of 0.5 and stays between 1.0 and 9.0: a step
  past either end is refused with "at the end". A level can also be chosen
  directly; any level outside 1.0 to 9.0 is refused with "no such level".

  Scenario: one step up
    Given an oven at level 4.0
    When the dial is turned up
    Then the level is 4.5

  Scenario: the top
    Given an oven at level 8.5
    When the dial is turned up
    Then the level is 9.0
    When the dial is turned up
    Then it is refused with "at the end"
    And the level is 9.0

  Scenario: the bottom
    Given an oven at level 1.5
    When the dial is turned down
    And the dial is turned down
    Then it is refused with "at the end"
    And the level is 1.0

  Scenario: choosing a level
    Given an oven at level 3.0
    When the level 7.5 is chosen
    Then the level is 7.5
    When the level 9.5 is chosen
    Then it is refused with "no such level"
    And the level is 7.5
    When the dial is turned down
    Then the level is 7.0

  Scenario: the lowest level
    Given an oven at level 6.0
    When the level 1.0 is chosen
    Then the level is 1.0
    When the level 0.5 is chosen
    Then it is refused with "no such level"
`

/** A scenario the synthesis never sees: a level chosen below the range, then steps down to its end. */
const OVEN_HELD_OUT = `
  Scenario: down to the end
    Given an oven at level 5.0
    When the level 0.0 is chosen
    Then it is refused with "no such level"
    When the level 2.0 is chosen
    And the dial is turned down
    And the dial is turned down
    And the dial is turned down
    Then it is refused with "at the end"
    And the level is 1.0
`

test('steps of a fraction and a range the description names: refused past either end, however the level changes', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/oven.feature', OVEN + OVEN_HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'synthesised')
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
})

/** A range the description names for both ends, and scenarios that only ever show the top one. */
const FAN = `Feature: Desk fan speed
  The speed goes from 1 to 5, one step per press.

  Scenario: faster
    Given the fan runs at speed 3
    When I press faster
    Then the speed is 4

  Scenario: slower twice
    Given the fan runs at speed 4
    When I press slower
    And I press slower
    Then the speed is 2

  Scenario: at the top
    Given the fan runs at speed 5
    When I press faster
    Then the speed is 5

  Scenario: held out
    Given the fan runs at speed 1
    When I press slower
    Then the speed is 1
`

test('a command the examples never ran at an end of the described range is asked about there, from inside the range', () => {
  const { story } = storyWithLastHeldOut('fan.feature', FAN)
  const result = synthesiseStory(story)
  assert.equal(result.status, 'ambiguous')
  assert.deepEqual(result.question?.scenario, ['Given the fan runs at speed 1', 'When I press slower'])
  assert.deepEqual(new Set(result.question?.answers.map((answer) => answer.value)), new Set([0, 1]))
})

const HEATER = FAN.replace('Desk fan speed', 'Heater')
  .replace('The speed goes from 1 to 5, one step per press.', 'The setting goes from 1 to 5, in steps of 0.5.')
  .replace(/speed is 4\b/, 'speed is 3.5')
  .replace(/speed is 2\b/, 'speed is 3')

test('a step by the amount the words name, never run at the bottom of the described range, is asked about there', () => {
  const { story } = storyWithLastHeldOut('heater.feature', HEATER)
  const result = synthesiseStory(story)
  assert.equal(result.status, 'ambiguous')
  assert.deepEqual(result.question?.scenario, ['Given the fan runs at speed 1', 'When I press slower'])
  assert.deepEqual(new Set(result.question?.answers.map((answer) => answer.value)), new Set([0.5, 1]))
})

test('a bound the words tie to one command ("at most 50 euros at a time") is on the amount, not on what the till holds', () => {
  const { story, heldOut } = storyWithLastHeldOut(
    'features/till.feature',
    `Feature: Charity till
  Volunteers pay cash into the till. The till takes at most 50 euros at a time.

  Scenario: two payments
    Given a till holding 0 euros
    When 20 euros are paid in
    And 30 euros are paid in
    Then the till holds 50 euros

  Scenario: too much at once
    Given a till holding 10 euros
    When 60 euros are paid in
    Then the payment is refused with "at most 50 euros at a time"
    And the till holds 10 euros

  Scenario: one payment
    Given a till holding 5 euros
    When 40 euros are paid in
    Then the till holds 45 euros

  Scenario: a till already holding a lot
    Given a till holding 40 euros
    When 30 euros are paid in
    Then the till holds 70 euros
`
  )
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(
    runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
    [70]
  )
})
