import { test } from 'node:test'
import assert from 'node:assert/strict'
import { heldOutFailure } from './testing'

/** Lockers hired by name: only the one who hired a locker may give it back. */
const LOCKERS = `Feature: Gym lockers
  A locker in use cannot be hired again. Only the person who hired a locker can hand it back.

  Scenario: hiring a locker
    Given no lockers are hired
    When Zoe hires locker "7"
    Then locker "7" is hired by "Zoe"

  Scenario: a locker in use
    Given Zoe has hired locker "7"
    When Max hires locker "7"
    Then the desk says "locker in use"
    And locker "7" is hired by "Zoe"

  Scenario: handing a locker back
    Given Zoe has hired locker "7"
    When Zoe hands back locker "7"
    Then locker "7" is not hired

  Scenario: someone else's locker
    Given Zoe has hired locker "12"
    When Max hands back locker "12"
    Then the desk says "not your locker"
    And locker "12" is hired by "Zoe"

  Scenario: two lockers at once
    Given Zoe has hired locker "7"
    And Max has hired locker "9"
    When Max hands back locker "9"
    Then locker "9" is not hired
    And locker "7" is hired by "Zoe"

  Scenario: held out
    Given Max has hired locker "3"
    When Zoe hands back locker "3"
    Then the desk says "not your locker"
    When Max hands back locker "3"
    Then locker "3" is not hired
    When Zoe hires locker "3"
    Then locker "3" is hired by "Zoe"
`

test('a record only the one it is kept with may remove', () => {
  assert.equal(heldOutFailure('lockers.feature', LOCKERS), undefined)
})
