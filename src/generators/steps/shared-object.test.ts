import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from './analyse'

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

test('a message that is no refusal ("the label says") before another Then keeps an example table', () => {
  const label = ENVELOPE.replace('Then the spending is refused with "not enough in fun"', 'Then the label says "not enough in fun"')
  assert.deepEqual([...statefulOf(label).values()], [false])
})
