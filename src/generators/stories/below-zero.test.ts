import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { floorsBelowZero } from './shortfall'
import { failingScenarios, storiesFrom } from './testing/stories'

/** A prepaid phone whose credit the words let go a little below nothing: a take past that is refused. */
const PHONE_CREDIT = `Feature: Prepaid phone credit
  Calls are paid from the credit, which may go at most 2.00 below zero.

  Scenario: topping up
    Given a phone with 4.00 of credit
    When 10.00 is topped up
    Then the credit is 14.00

  Scenario: a call
    Given a phone with 4.00 of credit
    When a call of 1.50 is made
    Then the credit is 2.50

  Scenario: into the negative
    Given a phone with 1.00 of credit
    When a call of 2.50 is made
    Then the credit is -1.50

  Scenario: too far below zero
    Given a phone with 0.50 of credit
    When a call of 3.00 is made
    Then the call is refused with "no credit left"
    And the credit is 0.50
`

const PHONE_CREDIT_UNSEEN = `Feature: Prepaid phone credit, unseen
  Scenario: right at the floor
    Given a phone with 1.00 of credit
    When a call of 3.00 is made
    Then the credit is -2.00

  Scenario: a cent past the floor
    Given a phone with 1.00 of credit
    When a call of 3.01 is made
    Then the call is refused with "no credit left"
    And the credit is 1.00

  Scenario: topped up, then a long call
    Given a phone with -2.00 of credit
    When 1.00 is topped up
    And a call of 1.00 is made
    Then the credit is -2.00
`

test('a take past how far below nothing the words let a balance go is refused, as the words state', () => {
  const [story, unseen] = storiesFrom(PHONE_CREDIT, PHONE_CREDIT_UNSEEN)
  const result = synthesiseStory(story!)
  assert.equal(result.status, 'synthesised', result.message)
  assert.deepEqual(failingScenarios(story!, result.solution!.model, unseen!), [])
})

test('how far below nothing the words let a balance go, in the ways people say it', () => {
  assert.deepEqual(floorsBelowZero('The card may go at most 5.00 below zero.'), [5])
  assert.deepEqual(floorsBelowZero('Members can run up to 20 into the red.'), [20])
  assert.deepEqual(floorsBelowZero('Each account has an overdraft of up to 50 euros.'), [50])
  assert.deepEqual(floorsBelowZero('The freezer keeps 18 degrees below the kitchen.'), [])
})
