import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesisedWithLastHeldOut } from './testing'

/**
 * Two refusals of one command: the cabin is full (no room left), or only some of a group fit.
 * Every group refused in the examples is one too many, so a rule over the table alone could quote
 * the group less one as well as the room left; the full cabin's message, said exactly where no
 * room is left, splits the two.
 */
const CABLE_CAR = `Feature: Cable car cabin
  A cabin carries at most 8 skiers. A group that does not fit waits for the next cabin, and
  the attendant says how many more fit.

  Scenario: a group boards
    Given a cabin with 3 skiers aboard
    When 4 skiers board
    Then 7 skiers are aboard

  Scenario: one too many
    Given a cabin with 5 skiers aboard
    When 4 skiers board
    Then the attendant says "only 3 more fit"
    And 5 skiers are aboard

  Scenario: a full cabin
    Given a cabin with 8 skiers aboard
    When 2 skiers board
    Then the attendant says "the cabin is full"
    And 8 skiers are aboard

  Scenario: a pair too many
    Given a cabin with 6 skiers aboard
    When 3 skiers board
    Then the attendant says "only 2 more fit"

  Scenario: skiers get off
    Given a cabin with 6 skiers aboard
    When 4 skiers get off
    Then 2 skiers are aboard

  Scenario: filling the cabin
    Given a cabin with 1 skiers aboard
    When 7 skiers board
    Then 8 skiers are aboard
    When 1 skiers board
    Then the attendant says "the cabin is full"

  Scenario: a big group at a nearly empty cabin
    Given a cabin with 2 skiers aboard
    When 9 skiers board
    Then the attendant says "only 6 more fit"
    And 2 skiers are aboard
`

test("a full thing's message, said exactly where no room is left, leaves the room's message confident", () => {
  const { result, passes } = synthesisedWithLastHeldOut('features/cable-car.feature', CABLE_CAR)
  assert.equal(result.status, 'synthesised', result.message)
  assert.ok(passes, 'the held-out group of nine, three too many, is told the room left')
})
