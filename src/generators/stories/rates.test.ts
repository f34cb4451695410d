import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { renderStory } from './render'
import { storyWithLastHeldOut } from './testing'
import { rateAddAfter, statedRates } from './rates'

test('a rate is the second of two numbers in a sentence per the first, decimals kept whole', () => {
  assert.deepEqual(statedRates('A 2.00 euro token buys 40 minutes and a 0.50 euro token buys 10 minutes. At most 90 minutes.'), [20])
  assert.deepEqual(statedRates('Between 5 and 30 degrees.'), [6])
  assert.deepEqual(statedRates('Opening hours are 9 to 5.'), [])
})

test('time passing takes its minutes off what is left, never below nothing', () => {
  const passing = { op: 'rateAdd', reg: 'count', arg: 0, sign: -1, scale: 1, low: 0 } as const
  assert.equal(rateAddAfter(passing, 15, 10), 5)
  assert.equal(rateAddAfter(passing, 5, 10), 0)
  assert.equal(rateAddAfter({ op: 'rateAdd', reg: 'count', arg: 0, sign: 1, scale: 20 }, 5, 0.5), 15)
})

const DRYER = `Feature: Launderette dryer
  A 2.00 euro token buys 40 minutes of drying and a 0.50 euro token buys 10 minutes.

  Scenario: one token
    Given an empty dryer
    When a 2.00 euro token is put in
    Then the dryer has 40 minutes to run

  Scenario: drying for a while
    Given an empty dryer
    When a 0.50 euro token is put in
    And a 2.00 euro token is put in
    And 30 minutes pass
    Then the dryer has 20 minutes to run

  Scenario: running out
    Given an empty dryer
    When a 0.50 euro token is put in
    And 25 minutes pass
    Then the dryer has 0 minutes to run
    When a 0.50 euro token is put in
    Then the dryer has 10 minutes to run
`

/** A scenario the synthesis never sees: the same steps in a new order, with other numbers. */
const DRYER_HELD_OUT = `
  Scenario: a long wait, then two tokens
    Given an empty dryer
    When a 2.00 euro token is put in
    And 100 minutes pass
    And a 2.00 euro token is put in
    And a 2.00 euro token is put in
    And 15 minutes pass
    Then the dryer has 65 minutes to run
`

test('tokens at the rate the description states, and minutes that run out: a story the held-out scenario confirms', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/dryer.feature', DRYER + DRYER_HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'synthesised')
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
  const names = new Map(story.steps.map((step) => [step.index, step.params.map((_, index) => `value${index}`)]))
  const code = renderStory(story, result.solution.model, names, names, { status: 'synthesised' }).module
  assert.match(code, /= this\.\w+ \+ 20 \* value0\n/)
  assert.match(code, /= Math\.max\(0, this\.\w+ - value0\)\n/)
})
