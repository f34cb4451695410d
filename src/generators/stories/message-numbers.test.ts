import { test } from 'node:test'
import assert from 'node:assert/strict'
import { type Program, withoutNumbers } from '../synthesis'
import { cutsAtUnheldNumber, messageNumberUndecided, messageOnlyNumbers } from './message-numbers'
import { synthesiseStory } from './search'
import { storiesFrom } from './testing/stories'
import { heldOutFailure, storyWithLastHeldOut } from './testing'
import { runScenario } from './model'

// The guests seen accepted reach 4 at most; the one refused met 9: where between them the table is full, only the message says.
const TABLE = (description: string, message: string) => `Feature: Restaurant table
  ${description}

  Scenario: two guests sit down
    Given a table with 0 guests
    When a guest sits down
    And a guest sits down
    Then 2 guests are seated

  Scenario: five guests sit down
    Given a table with 0 guests
    When a guest sits down
    And a guest sits down
    And a guest sits down
    And a guest sits down
    And a guest sits down
    Then 5 guests are seated

  Scenario: a crowded table turns a guest away
    Given a table with 9 guests
    When a guest sits down
    Then the guest is refused with "${message}"
    And 9 guests are seated
`

test('a cut at a number only the refusal message names, in a gap the examples leave wide, leaves the story undecided', () => {
  const [story] = storiesFrom(TABLE('Guests sit down at a table one at a time.', 'no more than 6 per table'))
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'ambiguous')
})

test("the same number in the feature's description is the words' own cut: the story is decided", () => {
  const [story] = storiesFrom(TABLE('Guests sit down at a table one at a time, no more than 6 per table.', 'no more than 6 per table'))
  const result = synthesiseStory(story!)
  assert.equal(result.status, 'synthesised', result.message)
})

test('the numbers only the messages name: not those the words name, nor those a step gives', () => {
  const numbers = messageOnlyNumbers(['no more than 6 per table', 'only 3 left', 'at most ten'], [10], new Set([3]))
  assert.deepEqual([...numbers], [6])
})

/** `input OPERATOR value`: a guard's cut. */
const comparison = (operator: 'less' | 'greater', input: string, value: number): Program => ({
  kind: 'apply',
  operator,
  args: [
    { kind: 'input', name: input, type: 'number' },
    { kind: 'constant', value }
  ]
})

test('a cut at such a number is unplaced only where what it compares never held it', () => {
  const cut = comparison('greater', 'count', 6)
  assert.equal(cutsAtUnheldNumber(cut, [{ count: 4 }, { count: 9 }], new Set([6])), true)
  assert.equal(cutsAtUnheldNumber(cut, [{ count: 6 }, { count: 9 }], new Set([6])), false)
  assert.equal(cutsAtUnheldNumber(cut, [{ count: 4 }, { count: 9 }], new Set([7])), false)
})

test('a message without the numbers it alone names keeps its other words', () => {
  assert.equal(
    withoutNumbers('no more than 6 per table, six at most, 16 in all', new Set([6])),
    'no more than  per table,  at most, 16 in all'
  )
})

test("a number in a message seen in one state only may be the case's own: the examples do not decide it is fixed", () => {
  const message: Program = { kind: 'constant', value: 'insert 40 more cents' }
  const condition = comparison('less', 'credit', 60)
  assert.equal(messageNumberUndecided(message, condition, [{ credit: 20 }], []), true)
  // The same message in two states: the number stays whatever the state.
  assert.equal(messageNumberUndecided(message, condition, [{ credit: 20 }, { credit: 30 }], []), false)
  // A number the feature's words name, or the guard's own constant, is the rule's.
  assert.equal(messageNumberUndecided(message, condition, [{ credit: 20 }], [40]), false)
  assert.equal(messageNumberUndecided({ kind: 'constant', value: 'a snack costs 60' }, condition, [{ credit: 20 }], []), false)
  assert.equal(messageNumberUndecided({ kind: 'constant', value: 'not enough credit' }, condition, [{ credit: 20 }], []), false)
})

/** A snack machine whose one refusal says "insert 40 more cents", under the words given. */
const snackMachine = (description: string) =>
  storiesFrom(`Feature: Snack machine
  ${description}

  Scenario: buying a snack
    Given the machine has no credit
    When I insert 50 cents
    And I insert 20 cents
    And I buy a snack
    Then the credit is 10 cents

  Scenario: not enough credit
    Given the machine has no credit
    When I insert 20 cents
    And I buy a snack
    Then the machine shows "insert 40 more cents"
    And the credit is 20 cents
`)[0]!

test('a story whose one refusal message holds a number no rule explains is not called synthesised', () => {
  // The words state the guard (too little credit is refused); only the message's 40 is undecided: fixed, or what is missing.
  const result = synthesiseStory(snackMachine('A snack costs 60 cents. Buying a snack with too little credit is refused.'))
  assert.equal(result.status, 'ambiguous', result.message)
})

test("a number the words give only inside a quoted example of the message is the example's, not the rule's", () => {
  const example =
    'A snack costs 60 cents. Too little credit is refused with a message that says what is missing, such as "insert 40 more cents".'
  assert.equal(synthesiseStory(snackMachine(example)).status, 'ambiguous')
  // The same number stated as the words' own is the rule's.
  const stated = 'A snack costs 60 cents. Too little credit is refused with "insert 40 more cents", whatever is missing.'
  assert.equal(synthesiseStory(snackMachine(stated)).status, 'synthesised')
})

test('a number a message spells out is read as one written in digits', () => {
  const condition = comparison('less', 'credit', 60)
  assert.equal(messageNumberUndecided({ kind: 'constant', value: 'insert forty more cents' }, condition, [{ credit: 20 }], []), true)
  // A unit's word ("cents") implies no number of the message's own.
  assert.equal(messageNumberUndecided({ kind: 'constant', value: 'add more cents' }, condition, [{ credit: 20 }], []), false)
})

/** A message seen once quotes what the tank held then: in another state it quotes that state's amount. */
const WATER_TANK = `Feature: Rain water tank
  The tank holds at most 60 litres. A fill that would overflow it is refused whole, and so is a
  draw of more water than the tank holds.

  Scenario: filling
    Given the tank holds 10 litres
    When 30 litres are added
    And 15 litres are added
    Then the tank shows 55 litres
    When 8 litres are added
    Then the gardener hears "room for 5 litres only"
    When 5 litres are added
    Then the tank shows 60 litres

  Scenario: drawing water
    Given the tank holds 40 litres
    When 12 litres are drawn
    And 25 litres are drawn
    Then the tank shows 3 litres
    When 9 litres are drawn
    Then the gardener hears "just 3 litres in the tank"
    When 3 litres are drawn
    And 2 litres are drawn
    Then the gardener hears "the tank is dry"

  Scenario: a full tank
    Given the tank holds 60 litres
    When 4 litres are added
    Then the gardener hears "the tank is full"
    When 20 litres are drawn
    And 18 litres are added
    Then the tank shows 58 litres

  Scenario: a dry tank
    Given the tank holds 0 litres
    When 30 litres are drawn
    Then the gardener hears "the tank is dry"
    When 22 litres are added
    And 50 litres are added
    Then the gardener hears "room for 38 litres only"

  Scenario: held out
    Given the tank holds 14 litres
    When 20 litres are drawn
    Then the gardener hears "just 14 litres in the tank"
    When 14 litres are drawn
    Then the tank shows 0 litres
`

test('a phrase of a message seen once quotes the state it names, not the number of that one example', () => {
  assert.equal(heldOutFailure('tank.feature', WATER_TANK), undefined)
})

test('a number inside a phrase the message chooses quotes the state too ("only 3 litres left" / "no litres left")', () => {
  assert.equal(
    heldOutFailure(
      'tank.feature',
      WATER_TANK.replace('"just 3 litres in the tank"', '"only 3 litres left"')
        .replaceAll('"the tank is dry"', '"no litres left"')
        .replace('"just 14 litres in the tank"', '"only 14 litres left"')
    ),
    undefined
  )
})

test("a message with no number said only where the quantity was 0 is the empty state's, whatever the command asked for", () => {
  const { story, heldOut } = storyWithLastHeldOut(
    'features/tray.feature',
    `Feature: Paper tray

  Scenario: printing
    Given the tray holds 20 sheets
    When 3 sheets are printed
    And 5 sheets are printed
    Then the sheet count is 12

  Scenario: loading a ream
    Given the tray holds 35 sheets
    When a ream of 25 sheets is loaded
    Then the printer refuses with "there is only room for 10 more sheets"
    When a ream of 10 sheets is loaded
    Then the sheet count is 45

  Scenario: running out
    Given the tray holds 4 sheets
    When 6 sheets are printed
    Then the printer refuses with "only 4 sheets left"
    When 4 sheets are printed
    Then the sheet count is 0
    When 2 sheets are printed
    Then the printer refuses with "the tray is empty"

  Scenario: from empty to nearly full
    Given the tray holds 0 sheets
    When a ream of 25 sheets is loaded
    And 2 sheets are printed
    And a ream of 20 sheets is loaded
    Then the sheet count is 43
    When a ream of 5 sheets is loaded
    Then the printer refuses with "there is only room for 2 more sheets"

  Scenario: a big job on the last sheet
    Given the tray holds 1 sheets
    When 3 sheets are printed
    Then the printer refuses with "only 1 sheets left"
`
  )
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(
    runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
    ['only 1 sheets left']
  )
})

test('a refusal quotes the amount written whole: no digit glued to it where every refusal shown ends its amount in 0', () => {
  const failure = heldOutFailure(
    'features/travel-card.feature',
    `Feature: Travel card
  A journey that costs more than the balance is refused, and the message says how much is left.

  Scenario: topping up
    Given a travel card with 5.00 on it
    When the card is topped up with 10.00
    Then the card holds 15.00

  Scenario: a journey
    Given a travel card with 5.00 on it
    When a journey costing 1.20 is paid
    Then the card holds 3.80

  Scenario: a journey too dear
    Given a travel card with 2.50 on it
    When a journey costing 4.00 is paid
    Then the journey is refused with "only 2.50 on the card"
    And the card holds 2.50

  Scenario: refused after a journey
    Given a travel card with 4.00 on it
    When a journey costing 3.10 is paid
    And a journey costing 1.00 is paid
    Then the journey is refused with "only 0.90 on the card"

  Scenario: held out: a balance in cents
    Given a travel card with 3.25 on it
    When a journey costing 4.00 is paid
    Then the journey is refused with "only 3.25 on the card"
`
  )
  assert.equal(failure, undefined)
})

test('a refusal that names who is first on the list names whoever is there, not the one example', () => {
  const ladder = `Feature: Shared ladder
  One ladder for the street: while it is out, a neighbour who asks is told who has it.

  Scenario: borrowing it
    Given the ladder is in the shed
    When Omar borrows the ladder
    Then the ladder is with "Omar"

  Scenario: asked for while out
    Given the ladder is in the shed
    When Omar borrows the ladder
    And Pia borrows the ladder
    Then the neighbour hears "the ladder is with Omar"
    And the ladder is with "Omar"

  Scenario: brought back
    Given the ladder is in the shed
    When Omar borrows the ladder
    And Omar returns the ladder
    And Pia borrows the ladder
    Then the ladder is with "Pia"

  Scenario: asked for from the next borrower
    Given the ladder is in the shed
    When Omar borrows the ladder
    And Omar returns the ladder
    And Pia borrows the ladder
    And Omar borrows the ladder
    Then the neighbour hears "the ladder is with Pia"
`
  assert.equal(heldOutFailure('features/ladder.feature', ladder), undefined)
})
