import { test } from 'node:test'
import assert from 'node:assert/strict'
import { onlyLists } from './membership'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

const METER = `Feature: Parking meter
  The meter accepts only 10, 20 and 50 cent coins.

  Scenario: coins add up
    Given an empty meter
    When a 20 cent coin is inserted
    And a 50 cent coin is inserted
    Then the meter holds 70 cents

  Scenario: a coin it does not take
    Given an empty meter
    When a 5 cent coin is inserted
    Then the coin is rejected with "coin not accepted"
    And the meter holds 0 cents

  Scenario: a big coin
    Given an empty meter
    When a 10 cent coin is inserted
    And a 100 cent coin is inserted
    Then the coin is rejected with "coin not accepted"
    And the meter holds 10 cents
`

const METER_UNSEEN = `Feature: Parking meter
  Scenario: a coin between the ones it takes
    Given an empty meter
    When a 30 cent coin is inserted
    Then the coin is rejected with "coin not accepted"
    When a 50 cent coin is inserted
    And a 50 cent coin is inserted
    Then the meter holds 100 cents
`

test('a list of values the description allows is the guard: a value between them is refused too', () => {
  const [story, unseen] = storiesFrom(METER, METER_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})

test('the values a sentence lists after "only": numbers, or quoted texts', () => {
  assert.deepEqual(onlyLists('The meter accepts only 10, 20 and 50 cent coins.'), [[10, 20, 50]])
  assert.deepEqual(onlyLists('We deliver only to "Leeds" or "York". Open 7 days.'), [['Leeds', 'York']])
  assert.deepEqual(onlyLists('A card holds at most 100 euros, only 1 per person.'), [])
})
