import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { storiesFrom } from './testing/stories'

// Heat turned up is refused while the dryer is off; heat turned down is only ever tried while it runs.
const DRYER = `Feature: Hair dryer
  The heat can only be changed while the dryer is on.

  Scenario: warmer
    Given the dryer is "on" at heat 2
    When the heat is turned up
    Then the heat is 3
    When the heat is turned down
    Then the heat is 2

  Scenario: switched off
    Given the dryer is "off" at heat 2
    When the heat is turned up
    Then the dryer beeps "switch the dryer on first"
    And the heat is 2

  Scenario: cool and off
    Given the dryer is "off" at heat 1
    When the heat is turned up
    Then the dryer beeps "switch the dryer on first"
    And the heat is 1

  Scenario: from the lowest
    Given the dryer is "on" at heat 1
    When the heat is turned up
    Then the heat is 2

  Scenario: on and down
    Given the dryer is "off" at heat 3
    When the dryer is switched on
    And the heat is turned down
    Then the heat is 2
    And the dryer is "on"
`

test('a command never tried in the state where another is refused is not confirmed, and the message says where to try it', () => {
  const [story] = storiesFrom(DRYER)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'ambiguous')
  assert.match(result.message ?? '', /never try "the heat is turned down" while it is "off", where "the heat is turned up" is refused/)
})

// Boarding one by one is refused on a full boat; boarding as a group is never tried there.
const FERRY = `Feature: Ferry
  The ferry takes as many passengers as it has seats.

  Scenario: one boards
    Given a ferry with 8 seats
    When a passenger boards
    Then 1 passengers are aboard

  Scenario: a group boards
    Given a ferry with 8 seats
    When 3 passengers board
    Then 3 passengers are aboard

  Scenario: full
    Given a ferry with 2 seats
    When 2 passengers board
    And a passenger boards
    Then the ferry says "no seats left"
    And 2 passengers are aboard

  Scenario: two groups
    Given a ferry with 9 seats
    When 4 passengers board
    And 2 passengers board
    And a passenger boards
    Then 7 passengers are aboard

  Scenario: the last seat
    Given a ferry with 3 seats
    When 2 passengers board
    And a passenger boards
    Then 3 passengers are aboard
`

test('a command moving a quantity the way a refused one does, never run where that one is refused, is not confirmed', () => {
  const [story] = storiesFrom(FERRY)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'ambiguous')
  assert.match(result.message ?? '', /never try "\{int\} passengers board" in a state where "a passenger boards" is refused/)
})
