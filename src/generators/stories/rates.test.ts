import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { renderStory } from './render'
import { storyWithLastHeldOut } from './testing'
import { failingScenarios, storiesFrom } from './testing/stories'
import { rateAddAfter, statedRates } from './rates'

test('a rate is the second of two numbers in a sentence per the first, decimals kept whole', () => {
  assert.deepEqual(statedRates('A 2.00 euro token buys 40 minutes and a 0.50 euro token buys 10 minutes. At most 90 minutes.'), [20])
  assert.deepEqual(statedRates('Between 5 and 30 degrees.'), [6])
  assert.deepEqual(statedRates('Opening hours are 9 to 5.'), [])
  // An amount for each of something is a rate of its own, across a line break.
  assert.deepEqual(statedRates('A deposit of 3.00 is taken\n  for each umbrella borrowed.'), [3])
  // An amount a unit, and what each of something takes.
  assert.deepEqual(statedRates('The tank fills 3 litres a minute.'), [3])
  assert.deepEqual(statedRates('Hire is 12.50 an hour.'), [12.5])
  assert.deepEqual(statedRates('Every wash uses 6% of the tub.'), [6])
})

test('a quantity raised at a rate up to the bound the words say it stops at goes no further', () => {
  const charging = { op: 'rateAdd', reg: 'count', arg: 0, sign: 1, scale: 4, high: 100 } as const
  assert.equal(rateAddAfter(charging, 80, 3), 92)
  assert.equal(rateAddAfter(charging, 80, 10), 100)
  // A rate with decimals adds up as the decimal it stands for.
  assert.equal(rateAddAfter({ op: 'rateAdd', reg: 'count', arg: 0, sign: -1, scale: 0.1 }, 0.3, 3), 0)
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

const UMBRELLAS = `Feature: Umbrellas at the hotel door
  Guests may borrow umbrellas from the stand. A deposit of 3.00 is taken
  for each umbrella borrowed and paid back when it is returned.
  Borrowing more umbrellas than the stand holds is refused with "not enough umbrellas".

  Scenario: borrowing takes a deposit
    Given the stand holds 8 umbrellas
    When a guest borrows 3 umbrellas
    Then the stand holds 5 umbrellas
    And the deposits come to 9.00

  Scenario: a return pays the deposit back
    Given the stand holds 8 umbrellas
    When a guest borrows 4 umbrellas
    And a guest returns 1 umbrella
    Then the stand holds 5 umbrellas
    And the deposits come to 9.00

  Scenario: too many
    Given the stand holds 2 umbrellas
    When a guest borrows 3 umbrellas
    Then the guest is told "not enough umbrellas"
    And the stand holds 2 umbrellas
    And the deposits come to 0.00

  Scenario: all back
    Given the stand holds 6 umbrellas
    When a guest borrows 6 umbrellas
    And a guest returns 6 umbrellas
    Then the stand holds 6 umbrellas
    And the deposits come to 0.00
`

const UMBRELLAS_UNSEEN = `Feature: Umbrellas at the hotel door
  Scenario: some still out
    Given the stand holds 7 umbrellas
    When a guest borrows 5 umbrellas
    And a guest returns 2 umbrellas
    Then the stand holds 4 umbrellas
    And the deposits come to 9.00
`

test('a count changed by the command and a total by an amount the words state for each: two quantities at once', () => {
  const [story, unseen] = storiesFrom(UMBRELLAS, UMBRELLAS_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
  // The deposits are a quantity of their own, not a rule over how many umbrellas the stand holds.
  const borrow = story!.steps.find((step) => step.expression === 'a guest borrows {int} umbrellas')!
  assert.deepEqual(result.solution.model.meanings[borrow.index]!.effect, {
    op: 'both',
    first: { op: 'add', reg: 'count', arg: 0, sign: -1 },
    second: { op: 'rateAdd', reg: 'other', arg: 0, sign: 1, scale: 3 }
  })
})
