import { test } from 'node:test'
import assert from 'node:assert/strict'
import { observedRefusalSteps } from './observed-refusals'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

// "flashes" is on no refusal word list: the scenarios show it reporting a command that changed nothing.
const SNACKS = `Feature: Snack machine credit
  Every snack costs 1.20.

  Scenario: coins add up
    Given the snack machine shows a credit of 0.00
    When a customer inserts 0.50
    And a customer inserts 1.00
    Then the display reads 1.50

  Scenario: buying a snack
    Given the snack machine shows a credit of 0.00
    When a customer inserts 2.00
    And the customer buys a snack
    Then the display reads 0.80

  Scenario: not enough credit
    Given the snack machine shows a credit of 0.00
    When a customer inserts 1.00
    And the customer buys a snack
    Then the machine flashes "please insert more coins"
    And the display reads 1.00

  Scenario: two snacks
    Given the snack machine shows a credit of 0.00
    When a customer inserts 2.00
    And a customer inserts 0.50
    And the customer buys a snack
    And the customer buys a snack
    Then the display reads 0.10
`

const HELD_OUT = `Feature: Snack machine credit

  Scenario: a second snack is refused
    Given the snack machine shows a credit of 0.00
    When a customer inserts 2.00
    And the customer buys a snack
    And the customer buys a snack
    Then the machine flashes "please insert more coins"
    And the display reads 0.80

  Scenario: three snacks
    Given the snack machine shows a credit of 0.00
    When a customer inserts 4.00
    And the customer buys a snack
    And the customer buys a snack
    And the customer buys a snack
    Then the display reads 0.40
`

test('a Then step with a message after a command that changed nothing is a refusal, whatever its verb', () => {
  const [story, heldOut] = storiesFrom(SNACKS, HELD_OUT) as [ReturnType<typeof storiesFrom>[0], ReturnType<typeof storiesFrom>[0]]
  const flashes = story.steps.find((step) => step.words.includes('flashes'))!
  assert.deepEqual(observedRefusalSteps(story), [flashes.index])
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.equal(result.solution.model.meanings[flashes.index]?.reading?.read, 'refusal')
  assert.deepEqual(failingScenarios(story, result.solution.model, heldOut), [])
})

test('a text the state holds, or one shown only after a Given, is no refusal message', () => {
  const [doors] = storiesFrom(`Feature: Door
  Scenario: opening
    Given the door is "closed"
    When the handle is turned
    Then the door shows "open"
    And the turns are 1

  Scenario: turning twice
    Given the door is "closed"
    When the handle is turned
    And the handle is turned
    Then the turns are 2

  Scenario: closed
    Given the door is "closed"
    When the handle is turned
    Then the door shows "closed"
    And the turns are 1
`)
  assert.deepEqual(observedRefusalSteps(doors!), [])
})

test('where only the plain reading decides the model, a message read from the state stays a reading', () => {
  const [story] = storiesFrom(`Feature: Cinema door
  The door lets guests in while there are free seats; when the hall is full it stays shut and shows "SOLD OUT".

  Scenario: a guest enters
    Given a hall with 3 seats, all free
    When a guest enters
    Then 2 seats are free

  Scenario: in and out
    Given a hall with 3 seats, all free
    When a guest enters
    And a guest enters
    And a guest leaves
    Then 2 seats are free

  Scenario: sold out
    Given a hall with 2 seats, all free
    When a guest enters
    And a guest enters
    And a guest enters
    Then the sign shows "SOLD OUT"
    And 0 seats are free

  Scenario: a seat frees up
    Given a hall with 1 seats, all free
    When a guest enters
    And a guest leaves
    And a guest enters
    Then 0 seats are free
`)
  assert.equal(observedRefusalSteps(story!).length, 1)
  assert.equal(synthesiseStory(story!).status, 'synthesised')
})
