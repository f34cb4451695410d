import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

const PACKING = `Feature: Packing list
  Each thing is on the packing list at most once.

  Scenario: packing two things
    Given an empty packing list
    When I pack "socks"
    And I pack "boots"
    Then the list has 2 things

  Scenario: unpacking
    Given an empty packing list
    When I pack "socks"
    And I pack "boots"
    And I unpack "socks"
    Then the list shows "boots"

  Scenario: packing a thing twice
    Given an empty packing list
    When I pack "socks"
    And I pack "socks"
    Then I am told "socks is packed already"
    And the list has 1 things

  Scenario: twice, and no one says so
    Given an empty packing list
    When I pack "tent"
    And I pack "tent"
    And I pack "stove"
    Then the list shows "tent, stove"
`

const PACKING_UNSEEN = `Feature: Packing list
  Scenario: a longer list
    Given an empty packing list
    When I pack "map"
    And I pack "torch"
    And I pack "map"
    Then I am told "map is packed already"
    And the list shows "map, torch"
`

test('a command no Then step reports refused that changed nothing may have been refused: the guard still fits', () => {
  const [story, unseen] = storiesFrom(PACKING, PACKING_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})

const FERRY = `Feature: Ferry crossings
  A rider may cross at most 2 times a day.
  A third crossing is refused with "no crossings left today".

  Scenario: one crossing
    Given the ferry opens for the day
    When "Noor" crosses
    Then "Noor" has crossed 1 times

  Scenario: over the limit
    Given the ferry opens for the day
    When "Noor" crosses
    And "Noor" crosses
    And "Noor" crosses
    Then I am told "no crossings left today"
    And "Noor" has crossed 2 times

  Scenario: each rider has their own crossings
    Given the ferry opens for the day
    When "Noor" crosses
    And "Noor" crosses
    And "Oskar" crosses
    Then "Oskar" has crossed 1 times

  Scenario: tried again and again, reported once
    Given the ferry opens for the day
    When "Oskar" crosses
    And "Noor" crosses
    And "Noor" crosses
    And "Noor" crosses
    And "Oskar" crosses
    And "Noor" crosses
    Then I am told "no crossings left today"
    And "Noor" has crossed 2 times
    And "Oskar" has crossed 2 times
`

const FERRY_UNSEEN = `Feature: Ferry crossings
  Scenario: the other rider reaches the limit
    Given the ferry opens for the day
    When "Oskar" crosses
    And "Oskar" crosses
    And "Oskar" crosses
    Then I am told "no crossings left today"
    And "Oskar" has crossed 2 times

  Scenario: a rider under the limit is not refused
    Given the ferry opens for the day
    When "Pia" crosses
    And "Noor" crosses
    And "Pia" crosses
    Then "Pia" has crossed 2 times
`

test('a command past a per-person limit that no Then step reports refused leaves the entry at the limit: the limit still fits', () => {
  const [story, unseen] = storiesFrom(FERRY, FERRY_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})
