import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'

const DELI = `Feature: Deli counter
  Customers are served in the order they take a ticket. With nobody waiting the server hears "no one to serve".

  Scenario: first come, first served
    Given an empty counter
    When Ines takes a ticket
    And Omar takes a ticket
    And the server serves the next customer
    Then Ines is served
    And 1 customer is waiting

  Scenario: nobody there
    Given an empty counter
    When the server serves the next customer
    Then the server hears "no one to serve"
    And 0 customers are waiting

  Scenario: an empty call first, unremarked
    Given an empty counter
    When the server serves the next customer
    And Omar takes a ticket
    And Ines takes a ticket
    And the server serves the next customer
    Then Omar is served
    And 1 customer is waiting
`

/** Never seen by the synthesis: a call on an empty counter after everyone was served. */
const HELD_OUT = `
  Scenario: served out
    Given an empty counter
    When Ines takes a ticket
    And the server serves the next customer
    And the server serves the next customer
    Then the server hears "no one to serve"
    When Omar takes a ticket
    And the server serves the next customer
    Then Omar is served
`

test('taking from an empty queue refuses by itself, whether a Then step says so or not', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/deli.feature', DELI + HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(
    runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
    ['no one to serve', 'Omar']
  )
})
