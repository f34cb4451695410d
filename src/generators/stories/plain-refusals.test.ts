import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'
import { CINEMA_SEATS as SEATS } from './testing'

/**
 * One command a scenario, refused in plain words ("the usher says", "the till shows") with the
 * state it left read after: the story's model, confirmed, holds on scenarios it never saw.
 */
const SEATS_UNSEEN = `Feature: Cinema seats, unseen
  Scenario: two bookings
    Given a screening with 10 free seats
    When 7 seats are booked
    And 4 seats are booked
    Then the usher says "sorry, only 3 seats left"
    And 3 seats are free

  Scenario: the last seats
    Given a screening with 6 free seats
    When 6 seats are booked
    Then 0 seats are free
`

const GIFT_CARD = `Feature: Gift card
  Scenario: spending
    Given a gift card holding 40 euros
    When 15 euros are spent
    Then the card holds 25 euros

  Scenario: spending all of it
    Given a gift card holding 30 euros
    When 30 euros are spent
    Then the card holds 0 euros

  Scenario: too little left
    Given a gift card holding 10 euros
    When 12 euros are spent
    Then the till shows "balance too low"
    And the card holds 10 euros
`

const GIFT_CARD_UNSEEN = `Feature: Gift card, unseen
  Scenario: two purchases
    Given a gift card holding 20 euros
    When 15 euros are spent
    And 10 euros are spent
    Then the till shows "balance too low"
    And the card holds 5 euros
`

const RENTALS = `Feature: Van and bike rentals
  Scenario: renting vans
    Given the depot has 6 "vans" and 9 "bikes"
    When a client rents 2 "vans"
    Then 4 "vans" remain

  Scenario: renting every van
    Given the depot has 6 "vans" and 9 "bikes"
    When a client rents 6 "vans"
    Then 0 "vans" remain

  Scenario: renting bikes
    Given the depot has 6 "vans" and 9 "bikes"
    When a client rents 5 "bikes"
    Then 4 "bikes" remain
    And 6 "vans" remain

  Scenario: not enough bikes
    Given the depot has 6 "vans" and 9 "bikes"
    When a client rents 10 "bikes"
    Then the clerk says "we have just 9 bikes"
    And 9 "bikes" remain
`

const RENTALS_UNSEEN = `Feature: Van and bike rentals, unseen
  Scenario: vans run out after a rental
    Given the depot has 6 "vans" and 9 "bikes"
    When a client rents 5 "vans"
    And a client rents 2 "vans"
    Then the clerk says "we have just 1 vans"
    And 1 "vans" remain
    And 9 "bikes" remain
`

// The gift card's examples leave open when a decimal amount is refused at its edge: ambiguous is honest there.
for (const [name, feature, unseen, status] of [
  ['cinema seats', SEATS, SEATS_UNSEEN, 'synthesised'],
  ['a gift card', GIFT_CARD, GIFT_CARD_UNSEEN, 'ambiguous'],
  // One Given sets two entries of a table, each text the key of the number beside it.
  ['a depot of two kinds', RENTALS, RENTALS_UNSEEN, 'ambiguous']
] as const)
  test(`${name}: a refusal in plain words leaves the state as it was, and the model holds on unseen sequences`, () => {
    const [story, other] = storiesFrom(feature, unseen)
    const result = synthesiseStory(story!)
    assert.equal(result.status, status, result.message)
    assert.deepEqual(failingScenarios(story!, result.solution!.model, other!), [])
  })
