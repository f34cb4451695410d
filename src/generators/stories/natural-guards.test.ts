import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesisedWithLastHeldOut } from './testing'

/** A canteen card that may go below nothing by the overdraft its Given names, and no further. */
const CANTEEN = `Feature: Canteen card
  A card may go below zero by as much as its overdraft, but no further.

  Scenario: a lunch paid from the balance
    Given a card with 12 on it and an overdraft of 5
    When a meal costing 4 is paid
    Then the card shows 8

  Scenario: into the overdraft
    Given a card with 3 on it and an overdraft of 5
    When a meal costing 6 is paid
    Then the card shows -3

  Scenario: past the overdraft
    Given a card with 2 on it and an overdraft of 5
    When a meal costing 9 is paid
    Then the till says "card limit reached"
    And the card shows 2

  Scenario: a bigger overdraft
    Given a card with 0 on it and an overdraft of 20
    When a meal costing 15 is paid
    Then the card shows -15

  Scenario: held out
    Given a card with 1 on it and an overdraft of 10
    When a meal costing 12 is paid
    Then the till says "card limit reached"
    And the card shows 1
`

test('a take past what there is and the overdraft the state keeps is refused, where the examples leave the guard open', () => {
  const { result, passes } = synthesisedWithLastHeldOut('canteen.feature', CANTEEN)
  assert.ok(passes, result.message)
})

/** A minibus whose seats a Given names: a group that would not fit is told how many seats are left. */
const MINIBUS = `Feature: Minibus
  A group that would not fit is turned away and told how many seats are left.

  Scenario: boarding
    Given a minibus with 8 seats
    When 5 passengers board
    Then 5 passengers are on board

  Scenario: getting off
    Given a minibus with 8 seats
    When 5 passengers board
    And 2 passengers get off
    Then 3 passengers are on board

  Scenario: a group too big
    Given a minibus with 8 seats
    When 6 passengers board
    And 3 passengers board
    Then the driver says "only 2 seats left"
    And 6 passengers are on board

  Scenario: a bigger bus
    Given a minibus with 16 seats
    When 12 passengers board
    And 7 passengers board
    Then the driver says "only 4 seats left"
    And 12 passengers are on board

  Scenario: a full bus
    Given a minibus with 5 seats
    When 5 passengers board
    And 1 passengers board
    Then the driver says "only 0 seats left"

  Scenario: held out
    Given a minibus with 10 seats
    When 4 passengers board
    And 7 passengers board
    Then the driver says "only 6 seats left"
    And 4 passengers are on board
`

test('a group past the seats a Given names is refused, and the words saying how many are left make that the rule', () => {
  const { result, passes } = synthesisedWithLastHeldOut('minibus.feature', MINIBUS)
  assert.ok(passes, result.message)
  assert.equal(result.status, 'synthesised', result.message)
})

/**
 * A plate rack whose size no step names: the examples pin it (6 plates fit, 7 do not), and a
 * product of the count and the plates (12 refused, 8 not) fits them as well.
 */
const PLATE_RACK = `Feature: Plate rack

  Scenario: stacking plates
    Given the rack holds 0 plates
    When 2 plates are stacked
    And 3 plates are stacked
    Then the rack holds 5 plates

  Scenario: laying the table
    Given the rack holds 4 plates
    When 3 plates are taken
    And 2 plates are stacked
    Then the rack holds 3 plates

  Scenario: too many to stack
    Given the rack holds 4 plates
    When 3 plates are stacked
    Then the rack says "not enough free slots"
    When 2 plates are stacked
    Then the rack holds 6 plates

  Scenario: not that many plates
    Given the rack holds 2 plates
    When 3 plates are taken
    Then the rack says "not enough plates"
    When 2 plates are taken
    Then the rack holds 0 plates

  Scenario: a full rack
    Given the rack holds 6 plates
    When 2 plates are stacked
    Then the rack says "not enough free slots"
    When 4 plates are taken
    Then the rack holds 2 plates

  Scenario: held out
    Given the rack holds 1 plates
    When 6 plates are stacked
    Then the rack says "not enough free slots"
    When 5 plates are stacked
    Then the rack holds 6 plates
`

test('a capacity the examples pin without naming it (the most accepted, one more refused) bounds the count', () => {
  const { result, passes } = synthesisedWithLastHeldOut('plate-rack.feature', PLATE_RACK)
  assert.ok(passes, result.message)
})
