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
