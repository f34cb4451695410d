import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { storiesFrom } from './testing/stories'

const PERMIT = `Feature: Parking permit
  A permit holds days. Each day parked uses 1 day; parking with no days left is refused
  with "no days left". A permit starts "valid". A permit reported stolen is "cancelled",
  and any parking on a cancelled permit is refused with "the permit is cancelled".

  Scenario: parking twice
    Given a permit with 5 days
    When the car is parked
    And the car is parked
    Then the permit has 3 days left

  Scenario: the last day
    Given a permit with 1 days
    When the car is parked
    And the car is parked
    Then the warden says "no days left"
    And the permit has 0 days left

  Scenario: a stolen permit
    Given a permit with 8 days
    When the permit is reported stolen
    And the car is parked
    Then the warden says "the permit is cancelled"
    And the permit has 8 days left
    And the permit is "cancelled"

  Scenario: a new permit
    Given a permit with 5 days
    Then the permit is "valid"

  Scenario: used and still valid
    Given a permit with 4 days
    When the car is parked
    Then the permit is "valid"
`

test('a reading of the mode alone, seen in every mode the commands can lead to, is decided', () => {
  const [story] = storiesFrom(PERMIT)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.doesNotMatch(result.message ?? '', /the permit is \{string\}/)
})

test('"any parking on a cancelled permit" refuses the command it names there, not every command', () => {
  const [story] = storiesFrom(PERMIT)
  const result = synthesiseStory(story!)
  const stolen = story!.steps.find((step) => step.expression === 'the permit is reported stolen')!
  const parked = story!.steps.find((step) => step.expression === 'the car is parked')!
  assert.equal(result.solution?.model.meanings[stolen.index]?.guard, undefined)
  assert.notEqual(result.solution?.model.meanings[parked.index]?.guard, undefined)
  // Whether a stolen permit may be reported again the examples do not say.
  assert.equal(result.status, 'ambiguous')
})
