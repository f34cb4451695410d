import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { storiesFrom } from './testing/stories'

/**
 * Whether a coat is there and how many of it the cloakroom holds are one fact read twice: two
 * guards that differ only where one holds without the other (`!includes(text)` and
 * `filter(...).length <= 0`) are one rule, and no scenario could tell them apart.
 */
const CLOAKROOM = `Feature: Cloakroom
  The cloakroom keeps the coats guests hand in, with room for 3 coats.
  A full cloakroom turns a coat away with "the cloakroom is full".
  Only a coat that is there can be fetched: otherwise "that coat is not here".

  Scenario: A coat is handed in
    Given a cloakroom with "Ada, Ben"
    When "Cy" hands in a coat
    Then the cloakroom holds 3 coats

  Scenario: A coat is fetched
    Given a cloakroom with "Ada, Ben"
    When "Ada" fetches a coat
    Then the cloakroom holds 1 coats
    And "Ada" has no coat here

  Scenario: The cloakroom is full
    Given a cloakroom with "Ada, Ben, Cy"
    When "Di" hands in a coat
    Then the attendant says "the cloakroom is full"
    And the cloakroom holds 3 coats

  Scenario: Fetching a coat that is not there
    Given a cloakroom with "Ada"
    When "Ben" fetches a coat
    Then the attendant says "that coat is not here"
    And the cloakroom holds 1 coats

  Scenario: The last coat is fetched
    Given a cloakroom with "Ben"
    When "Ben" fetches a coat
    Then the cloakroom holds 0 coats
`

test('two refusals that differ only in a state no scenario can reach are one: the guard is not left open', () => {
  const [story] = storiesFrom(CLOAKROOM)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  const fetch = story!.steps.find((step) => step.words.includes('fetches'))!
  assert.match(JSON.stringify(result.solution.model.meanings[fetch.index]!.guard?.condition), /listed/)
  assert.ok(!result.solution.unconfirmed.some((entry) => entry.step === fetch.index), JSON.stringify(result.solution.unconfirmed))
})
