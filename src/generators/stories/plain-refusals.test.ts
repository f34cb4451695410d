import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

/**
 * One command a scenario, refused in plain words ("the usher says", "the till shows") with the
 * state it left read after: the story's model, confirmed, holds on scenarios it never saw.
 */
const SEATS = `Feature: Cinema seats
  Scenario: a couple books
    Given a screening with 50 free seats
    When 2 seats are booked
    Then 48 seats are free

  Scenario: a school class books
    Given a screening with 50 free seats
    When 30 seats are booked
    Then 20 seats are free

  Scenario: too many
    Given a screening with 5 free seats
    When 6 seats are booked
    Then the usher says "sorry, only 5 seats left"
    And 5 seats are free
`

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

// The gift card's examples leave open when a decimal amount is refused at its edge: ambiguous is honest there.
for (const [name, feature, unseen, status] of [
  ['cinema seats', SEATS, SEATS_UNSEEN, 'synthesised'],
  ['a gift card', GIFT_CARD, GIFT_CARD_UNSEEN, 'ambiguous']
] as const)
  test(`${name}: a refusal in plain words leaves the state as it was, and the model holds on unseen sequences`, () => {
    const [story, other] = storiesFrom(feature, unseen)
    const result = synthesiseStory(story!)
    assert.equal(result.status, status, result.message)
    assert.deepEqual(failingScenarios(story!, result.solution!.model, other!), [])
  })
