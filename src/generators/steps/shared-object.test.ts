import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from './analyse'
import { CINEMA_SEATS as SEATS } from '../stories/testing'

const statefulOf = (data: string) =>
  new Map(
    analyseSteps([parseFeature({ uri: 'features/a.feature', data }, { newId: IdGenerator.incrementing() })], []).operations.map(
      (operation) => [operation.name, operation.stateful]
    )
  )

const CARD = `Feature: Travel card
  Scenario: paying
    Given a travel card with 10 euros on it
    When I pay 2 euros
    Then the card holds 8 euros

  Scenario: topping up
    Given a travel card with 7 euros on it
    When I top up 20 euros
    Then the card holds 27 euros
`

test('two commands, one per scenario, that start from the same Given and are checked by the same Then act on one object', () => {
  assert.deepEqual([...statefulOf(CARD).values()], [true, true])
})

test('commands that share only their Given, or only their Then, stay example tables', () => {
  const ownThen = CARD.replace('Then the card holds 27 euros', 'Then the receipt shows 27 euros')
  assert.deepEqual([...statefulOf(ownThen).values()], [false, false])
  const ownGiven = CARD.replace('Given a travel card with 7 euros on it', 'Given a season ticket with 7 euros on it')
  assert.deepEqual([...statefulOf(ownGiven).values()], [false, false])
})

test('one command per feature stays an example table', () => {
  const single = CARD.replace('When I top up 20 euros', 'When I pay 20 euros')
  assert.deepEqual([...statefulOf(single).values()], [false])
})

const ENVELOPE = `Feature: Budget envelopes
  Scenario: spending
    Given the "food" envelope holds 100
    When 30 is spent from "food"
    Then the "food" envelope holds 70 afterwards

  Scenario: overspending
    Given the "fun" envelope holds 20
    When 25 is spent from "fun"
    Then the spending is refused with "not enough in fun"
    And the "fun" envelope holds 20 afterwards
`

test('one command whose refusal is reported before a value is checked acts on an object: the value is the state it left', () => {
  assert.deepEqual([...statefulOf(ENVELOPE).values()], [true])
})

test('a message in any words that only some runs show, after which the reading gives back the Given value others change, is a refusal: a story', () => {
  const label = ENVELOPE.replace('Then the spending is refused with "not enough in fun"', 'Then the label says "not enough in fun"')
  assert.deepEqual([...statefulOf(label).values()], [true])
})

test('a message every run shows, or one after which the reading is no Given value, keeps an example table', () => {
  const everyRun = ENVELOPE.replace(
    'Then the spending is refused with "not enough in fun"',
    'Then the label says "not enough in fun"'
  ).replace('Then the "food" envelope holds 70 afterwards', 'Then the label says "spent"\n    And the "food" envelope holds 70 afterwards')
  assert.deepEqual([...statefulOf(everyRun).values()], [false])
  const computed = ENVELOPE.replace('Then the spending is refused with "not enough in fun"', 'Then the label says "overspent"').replace(
    'And the "fun" envelope holds 20 afterwards',
    'And the "fun" envelope holds -5 afterwards'
  )
  assert.deepEqual([...statefulOf(computed).values()], [false])
})

const GIFT_CARD = `Feature: Gift card
  Scenario: spending
    Given a gift card holding 40 euros
    When 15 euros are spent
    Then the card holds 25 euros

  Scenario: too little left
    Given a gift card holding 10 euros
    When 12 euros are spent
    Then the till shows "balance too low"
    And the card holds 10 euros
`

test('one command a scenario, its refusal in plain words ("the usher says", "the till shows") and the state it left: a story', () => {
  assert.deepEqual([...statefulOf(SEATS).values()], [true])
  assert.deepEqual([...statefulOf(GIFT_CARD).values()], [true])
})

const DIVISION = `Feature: Division
  Scenario: dividing
    Given the dividend 12
    When it is divided by 4
    Then the result is 3

  Scenario: by zero
    Given the dividend 6
    When it is divided by 0
    Then the calculator says "cannot divide by zero"
    And the result is 0
`

test('a message only some rows show beside a computed output, no Given value, is a table row', () => {
  assert.deepEqual([...statefulOf(DIVISION).values()], [false])
})
