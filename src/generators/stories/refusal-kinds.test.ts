import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { consistentReasons, decisionOrder, messageShape, reasonCandidates, reasonsFor, refusalKinds } from './refusal-kinds'
import { failingScenarios, storiesFrom } from './testing/stories'
import { methodOf, renderedClass } from './testing/rendered-class'
import { describeProgram, type Program } from '../synthesis'

test('a message with its numbers and the texts the command was given left out is its kind', () => {
  assert.equal(messageShape('Leo needs 3 more stars', { arg0: 'Leo' }), messageShape('Mia needs 1 more stars', { arg0: 'Mia' }))
  assert.notEqual(messageShape('Leo needs 3 more stars', { arg0: 'Leo' }), messageShape('Zoe is not on the chart', { arg0: 'Zoe' }))
  assert.equal(messageShape('you can only take out 100.00 more today', { arg0: 150 }), 'you can only take out # more today')
  assert.equal(messageShape('there is no level -1', { arg0: -1 }), messageShape('there is no level 8', { arg0: 8 }))
})

test('refusals are of several kinds only where their messages differ beyond the values they quote', () => {
  const row = (message: string | undefined, arg0 = 1) => ({ inputs: { arg0 }, refused: message !== undefined, message })
  assert.equal(refusalKinds([row('only 2 left'), row('only 5 left'), row(undefined)]), undefined)
  const kinds = refusalKinds([row('only 2 left'), row('sold in pairs'), row(undefined), row('only 1 left')])
  assert.deepEqual(
    kinds?.map((rows) => rows.map((one) => one.message)),
    [['only 2 left', 'only 1 left'], ['sold in pairs']]
  )
})

test('a reason of its own: an amount above what the state holds, or not in the units the words name', () => {
  const rows = [
    { inputs: { arg0: 40, count: 100 }, refused: false },
    { inputs: { arg0: 60, count: 80 }, refused: false },
    { inputs: { arg0: 35, count: 90 }, refused: true, message: 'sold in fives' }
  ]
  const text = (program: Program | undefined) => (program === undefined ? 'none' : describeProgram(program))
  // 35 is a multiple of 5: only the unit the words name that the accepted amounts all keep is the reason.
  assert.deepEqual(reasonsFor(rows, reasonCandidates(rows, 'tokens are sold in tens', [])).map(text), [text(notMultiple(10))])
  assert.deepEqual(reasonsFor(rows, reasonCandidates(rows, 'tokens are sold in fives', [])), [])
  const short = [rows[0]!, rows[1]!, { inputs: { arg0: 50, count: 20 }, refused: true, message: 'not enough tokens' }]
  assert.deepEqual(reasonsFor(short, reasonCandidates(short, '', [])).map(text), ['arg0 > count'])
})

function notMultiple(unit: number): Program {
  return {
    kind: 'apply',
    operator: 'not',
    args: [
      {
        kind: 'apply',
        operator: 'divisibleBy',
        args: [
          { kind: 'input', name: 'arg0', type: 'number' },
          { kind: 'constant', value: unit }
        ]
      }
    ]
  }
}

test('the reasons are tried in an order in which every refused row meets its own first', () => {
  const above = (bound: number): Program => ({
    kind: 'apply',
    operator: 'greater',
    args: [
      { kind: 'input', name: 'arg0', type: 'number' },
      { kind: 'constant', value: bound }
    ]
  })
  const row = (arg0: number) => ({ inputs: { arg0 }, refused: true })
  // Past 10 says one thing, past 5 another: the narrower reason must come first.
  assert.deepEqual(decisionOrder([above(5), above(10)], [[row(7)], [row(12)]]), [1, 0])
  assert.equal(decisionOrder([above(5), above(5)], [[row(7)], [row(12)]]), undefined)
  // Of each kind's reasons, the first combination that has such an order.
  const chosen = consistentReasons([[above(5)], [above(5), above(10)]], [[row(7)], [row(12)]])
  assert.deepEqual(chosen?.order, [1, 0])
  assert.equal(describeProgram(chosen!.reasons[1]!), 'arg0 > 10')
})

const TOKEN_MACHINE = `Feature: Arcade token machine
  Tokens come in fives. A card can buy at most 50 tokens a day.

  Scenario: two buys
    Given the card holds 40.00
    When 10 tokens are bought
    And 15 tokens are bought
    Then the card holds 15.00
    And tokens bought today come to 25

  Scenario: past the day's cap
    Given the card holds 100.00
    When 30 tokens are bought
    And 25 tokens are bought
    Then the machine shows "only 20 more tokens today"
    And the card holds 70.00
    When 20 tokens are bought
    Then tokens bought today come to 50

  Scenario: a card running low
    Given the card holds 12.00
    When 15 tokens are bought
    Then the machine shows "the card holds too little"
    When 10 tokens are bought
    Then the card holds 2.00

  Scenario: odd amounts and a new day
    Given the card holds 80.00
    When 7 tokens are bought
    Then the machine shows "tokens come in fives"
    When 45 tokens are bought
    And the day ends
    And 5 tokens are bought
    Then the card holds 30.00
    And tokens bought today come to 5
`

const TOKEN_MACHINE_UNSEEN = `Feature: Arcade token machine
  Scenario: most of the cap, then the rest
    Given the card holds 200.00
    When 35 tokens are bought
    And 20 tokens are bought
    Then the machine shows "only 15 more tokens today"
    When 15 tokens are bought
    Then the card holds 150.00

  Scenario: low and odd
    Given the card holds 9.00
    When 10 tokens are bought
    Then the machine shows "the card holds too little"
    When 3 tokens are bought
    Then the machine shows "tokens come in fives"
    When 5 tokens are bought
    Then the card holds 4.00
`

test('a command refused for three reasons gets a reason for each message: the cap it quotes the room under, the balance, the unit', () => {
  const [story, unseen] = storiesFrom(TOKEN_MACHINE, TOKEN_MACHINE_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
  // Not a rule the few rows fit by chance: never called right where the order of the reasons is the examples' guess.
  assert.notEqual(result.status, 'synthesised')
  const { rendered, accessor } = renderedClass(story!, result.solution.model)
  const machine = accessor({})
  machine[methodOf(story!, rendered, 'the card holds {float}')]!(1000)
  const buy = methodOf(story!, rendered, '{int} tokens are bought')
  machine[buy]!(40)
  assert.throws(() => machine[buy]!(35), /^.*only 10 more tokens today$/u)
})

const PHOTO_KIOSK = `Feature: Passport photo kiosk
  A set of photos costs 6.00. Credit left over stays for the next set.

  Scenario: paying and printing
    Given the credit is 0.00
    When 5.00 is paid
    And 2.00 is paid
    And the photos are printed
    Then the credit is 1.00
    And the sets printed come to 1

  Scenario: printing too early
    Given the credit is 0.00
    When 2.00 is paid
    And the photos are printed
    Then the kiosk says "pay 4.00 more"
    And the credit is 2.00

  Scenario: two sets
    Given the credit is 12.00
    When the photos are printed
    And the photos are printed
    Then the credit is 0.00
    And the sets printed come to 2
    When the photos are printed
    Then the kiosk says "pay 6.00 more"
`

const PHOTO_KIOSK_UNSEEN = `Feature: Passport photo kiosk
  Scenario: nearly enough
    Given the credit is 5.50
    When the photos are printed
    Then the kiosk says "pay 0.50 more"
    When 1.00 is paid
    And the photos are printed
    Then the credit is 0.50
    And the sets printed come to 1
`

test('a command that takes an amount the words name and counts itself; refused, it says what is lacking', () => {
  const [story, unseen] = storiesFrom(PHOTO_KIOSK, PHOTO_KIOSK_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})

const CANTEEN_CARD = `Feature: School canteen card
  Parents load the card. One meal can cost at most 8.00, and at most 20.00 can be spent
  in a day; the day's spending starts again each morning.

  Scenario: two lunches
    Given the card holds 30.00
    When a meal of 6.50 is bought
    And a meal of 4.00 is bought
    Then the card holds 19.50
    And 9.50 can still be spent today

  Scenario: a dear meal
    Given the card holds 40.00
    When a meal of 9.00 is bought
    Then the till says "a meal can cost at most 8.00"
    When a meal of 8.00 is bought
    Then the card holds 32.00

  Scenario: the day's limit
    Given the card holds 50.00
    When a meal of 8.00 is bought
    And a meal of 8.00 is bought
    And a meal of 7.00 is bought
    Then the till says "only 4.00 can still be spent today"
    When a meal of 4.00 is bought
    Then 0.00 can still be spent today
    When the next morning comes
    Then 20.00 can still be spent today

  Scenario: an empty card
    Given the card holds 5.00
    When a meal of 6.00 is bought
    Then the till says "the card does not hold enough"
    When a meal of 5.00 is bought
    Then the card holds 0.00
`

const CANTEEN_CARD_UNSEEN = `Feature: School canteen card
  Scenario: a dear meal on a full day
    Given the card holds 60.00
    When a meal of 7.50 is bought
    And a meal of 8.50 is bought
    Then the till says "a meal can cost at most 8.00"
    When a meal of 7.50 is bought
    And a meal of 6.00 is bought
    Then the till says "only 5.00 can still be spent today"
    And 5.00 can still be spent today
    And the card holds 45.00
`

test('a reason for an amount past a bound the words name, and a reading of what a bound leaves of a running total', () => {
  const [story, unseen] = storiesFrom(CANTEEN_CARD, CANTEEN_CARD_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
  const reads = result.solution.model.meanings.flatMap((meaning) => (meaning.reading?.read === 'under' ? [meaning.reading] : []))
  assert.deepEqual(reads, [{ read: 'under', reg: 'other', bound: 20, arg: 0 }])
})
