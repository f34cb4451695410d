import { test } from 'node:test'
import assert from 'node:assert/strict'
import { heldOutFailure, storyWithLastHeldOut } from './testing'

/** Jars keyed by a plain word the steps write ("lemon", "mint"): a stock per flavour, set up by one Given that lists them. */
const SWEET_JARS = `Feature: Sweet jars

  Scenario: a busy afternoon
    Given the shop has 30 lemon sweets, 20 mint sweets and 12 cherry sweets
    When a child buys 8 lemon sweets
    And a child buys 5 cherry sweets
    Then the lemon jar holds 22
    And the cherry jar holds 7
    When 10 cherry sweets are delivered
    Then the cherry jar holds 17
    And the mint jar holds 20

  Scenario: running low on mint
    Given the shop has 5 lemon sweets, 9 mint sweets and 40 cherry sweets
    When a child buys 6 mint sweets
    And a child buys 4 mint sweets
    Then the shopkeeper says "only 3 mint sweets left"
    When a child buys 3 mint sweets
    And a child buys 1 mint sweets
    Then the shopkeeper says "no mint sweets left"
    When 15 mint sweets are delivered
    Then the mint jar holds 15

  Scenario: an empty jar
    Given the shop has 0 lemon sweets, 14 mint sweets and 6 cherry sweets
    When a child buys 2 lemon sweets
    Then the shopkeeper says "no lemon sweets left"
    When 9 lemon sweets are delivered
    And a child buys 11 lemon sweets
    Then the shopkeeper says "only 9 lemon sweets left"
    And the cherry jar holds 6

  Scenario: held out
    Given the shop has 3 lemon sweets, 25 mint sweets and 8 cherry sweets
    When a child buys 10 cherry sweets
    Then the shopkeeper says "only 8 cherry sweets left"
    When 4 mint sweets are delivered
    And a child buys 29 mint sweets
    Then the mint jar holds 0
    When a child buys 1 mint sweets
    Then the shopkeeper says "no mint sweets left"
`

test('a plain word that varies across several steps keys a stock, which one Given lists from its own words', () => {
  const { story } = storyWithLastHeldOut('jars.feature', SWEET_JARS)
  // One story step per shape: the flavour is a value of each.
  assert.deepEqual(
    story.steps.map((step) => step.expression),
    [
      'the shop has {int} lemon sweets, {int} mint sweets and {int} cherry sweets',
      'a child buys {int} {word} sweets',
      'the {word} jar holds {int}',
      '{int} {word} sweets are delivered',
      'the shopkeeper says {string}'
    ]
  )
  assert.equal(heldOutFailure('jars.feature', SWEET_JARS), undefined)
})

test('a word that varies in one shape of step only stays part of its steps', () => {
  const { story } = storyWithLastHeldOut(
    'lamp.feature',
    `Feature: Lamp
  Scenario: dimming
    Given the lamp is at 40 percent
    When I dim the lamp by 10 percent
    Then the lamp is at 30 percent
    When I brighten the lamp by 25 percent
    Then the lamp is at 55 percent

  Scenario: held out
    Given the lamp is at 10 percent
    When I dim the lamp by 10 percent
    Then the lamp is at 0 percent
`
  )
  const expressions = story.steps.map((step) => step.expression)
  assert.ok(!expressions.some((expression) => expression.includes('{word}')), expressions.join('; '))
  assert.ok(expressions.includes('I dim the lamp by {float} percent') && expressions.includes('I brighten the lamp by {float} percent'))
})

test('words a step naming a person writes in its own text ("Sam takes 2 pencils", "Mia takes 1 rulers") are not made keys', () => {
  const { story } = storyWithLastHeldOut(
    'shed.feature',
    `Feature: Garden shed
  Scenario: rakes
    Given the shed has 6 rakes
    When Ann borrows 2 rakes
    And Bo borrows 1 rakes
    Then the shed has 3 rakes
    When 3 rakes are returned
    Then the shed has 6 rakes

  Scenario: trowels
    Given the shed has 5 trowels
    When Bo borrows 1 trowels
    And Ann borrows 1 trowels
    Then the shed has 3 trowels
    When 2 trowels are returned
    Then the shed has 5 trowels

  Scenario: held out
    Given the shed has 2 rakes
    When Ann borrows 2 rakes
    Then the shed has 0 rakes
`
  )
  const expressions = story.steps.map((step) => step.expression)
  assert.ok(!expressions.some((expression) => /\{word\} (rakes|trowels)|\{int\} \{word\}/u.test(expression)), expressions.join('; '))
})

test('a key of two words ("sour cherry") is one value too, taken by a {phrase} parameter', () => {
  const data = SWEET_JARS.replaceAll('cherry', 'sour cherry')
  const { story } = storyWithLastHeldOut('jars.feature', data)
  assert.deepEqual(
    story.steps.map((step) => step.expression),
    [
      'the shop has {int} lemon sweets, {int} mint sweets and {int} sour cherry sweets',
      'a child buys {int} {phrase} sweets',
      'the {phrase} jar holds {int}',
      '{int} {phrase} sweets are delivered',
      'the shopkeeper says {string}'
    ]
  )
  assert.equal(heldOutFailure('jars.feature', data), undefined)
})

test('articles written by turns ("a cart", "the cart") are no keys', () => {
  const { story } = storyWithLastHeldOut(
    'cart.feature',
    `Feature: Cart
  Scenario: adding
    Given a cart with 2 items
    When I add 3 items to the cart
    Then the cart holds 5 items

  Scenario: adding more
    Given the cart with 4 items
    When I add 1 items to a cart
    Then a cart holds 5 items

  Scenario: held out
    Given a cart with 0 items
    When I add 2 items to the cart
    Then the cart holds 2 items
`
  )
  const expressions = story.steps.map((step) => step.expression)
  assert.ok(!expressions.some((expression) => /\{(word|phrase)\}/u.test(expression)), expressions.join('; '))
})

test('a step that writes one key in its own text, the only one of its shape, is a family of its own', () => {
  const data = `Feature: Sports shop stock
  Scenario: selling
    Given the shop has 10 tennis balls in stock
    When a customer buys 3 tennis balls
    Then the shop has 7 tennis balls in stock

  Scenario: refused
    Given the shop has 2 rackets in stock
    When a customer buys 5 rackets
    Then the sale is refused with "only 2 rackets left"
    And the shop has 2 rackets in stock

  Scenario: a delivery
    Given the shop has 4 water bottles in stock
    When a delivery brings 6 water bottles
    Then the shop has 10 water bottles in stock

  Scenario: two items
    Given the shop has 5 tennis balls in stock
    And the shop has 3 rackets in stock
    When a customer buys 2 rackets
    Then the shop has 5 tennis balls in stock
    And the shop has 1 rackets in stock

  Scenario: held out
    Given the shop has 3 water bottles in stock
    And the shop has 4 rackets in stock
    When a customer buys 2 rackets
    And a delivery brings 5 tennis balls
    Then the shop has 3 water bottles in stock
    And the shop has 2 rackets in stock
    And the shop has 5 tennis balls in stock
`
  const { story } = storyWithLastHeldOut('shop.feature', data)
  assert.ok(
    story.steps.some((step) => step.expression === 'a delivery brings {int} {phrase}'),
    story.steps.map((step) => step.expression).join('; ')
  )
  assert.equal(heldOutFailure('shop.feature', data), undefined)
})
