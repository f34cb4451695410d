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

/**
 * Cups take the pods they are asked for; a jug always takes 3. The machine says "the pod tray is
 * empty" for cups at no pods, and "only N pods left" for cups and for a jug it cannot make. The
 * jug was never refused at no pods: whether it says the empty tray's message there is open.
 */
const POD_MACHINE = `Feature: Pod machine

  Scenario: a box of pods and some cups
    Given the tray holds 5 pods
    When a box of pods is added
    Then the pod count is 17
    When 4 cups are made
    Then the pod count is 13

  Scenario: jugs take more pods
    Given the tray holds 10 pods
    When a jug is made
    Then the pod count is 7
    When 2 cups are made
    Then the pod count is 5
    When a jug is made
    Then the pod count is 2
    When a jug is made
    Then the machine says "only 2 pods left"

  Scenario: an empty tray
    Given the tray is empty
    When 3 cups are made
    Then the machine says "the pod tray is empty"
    When a box of pods is added
    Then the pod count is 12
    When 6 cups are made
    Then the pod count is 6

  Scenario: not enough pods for every cup
    Given the tray holds 4 pods
    When 7 cups are made
    Then the machine says "only 4 pods left"
    And the pod count is 4
    When 3 cups are made
    Then the pod count is 1

  Scenario: a jug at an empty tray
    Given the tray is empty
    When a jug is made
    Then the machine says "the pod tray is empty"
`

test("an empty state's message leaves open what another command refused on the same quantity says there", () => {
  const { result } = synthesisedWithLastHeldOut('features/pod-machine.feature', POD_MACHINE)
  assert.equal(result.status, 'ambiguous')
  assert.match(result.message ?? '', /a jug is made/)
})
