import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

const DARTS = `Feature: Darts turns
  Players take turns to throw, in the order they were named. Throwing out of turn is refused with "not your throw".

  Scenario: the first named throws first
    Given a darts match for Zoe and Yann
    Then it is Zoe's turn

  Scenario: turns pass on
    Given a darts match for Zoe and Yann
    When Zoe throws 20
    Then it is Yann's turn

  Scenario: out of turn
    Given a darts match for Zoe and Yann
    When Yann throws 5
    Then I am told "not your throw"
    And it is Zoe's turn

  Scenario: round and round
    Given a darts match for Zoe and Yann
    When Zoe throws 20
    And Yann throws 3
    Then it is Zoe's turn
`

const DARTS_UNSEEN = `Feature: Darts turns
  Scenario: a long game
    Given a darts match for Zoe and Yann
    When Zoe throws 20
    And Yann throws 1
    And Zoe throws 7
    Then it is Yann's turn

  Scenario: twice in a row
    Given a darts match for Zoe and Yann
    When Zoe throws 20
    And Zoe throws 20
    Then I am told "not your throw"
    And it is Yann's turn
`

test('turns go round: the one whose turn it is moves to the back, and anyone else is refused', () => {
  const [story, unseen] = storiesFrom(DARTS, DARTS_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})

const SERVES = `Feature: Serving in table tennis practice
  The first named player serves first. After each serve it is the other player's turn.
  A player who serves out of turn is refused with "not your serve".

  Scenario: first serve
    Given a practice between Mia and Noor
    Then it is Mia's turn

  Scenario: turns alternate
    Given a practice between Mia and Noor
    When Mia serves at 18:30
    Then it is Noor's turn

  Scenario: out of turn
    Given a practice between Mia and Noor
    When Noor serves at 18:30
    Then the coach says "not your serve"
    And it is Mia's turn

  Scenario: back to the first
    Given a practice between Mia and Noor
    When Mia serves at 18:30
    And Noor serves at 18:31
    Then it is Mia's turn
`

test('a command always refused, where scenarios run it without a word of refusal, is no model: the turns are', () => {
  const [story] = storiesFrom(SERVES)
  const result = synthesiseStory(story!)
  assert.equal(result.status, 'synthesised', result.message)
  const serve = story!.steps.find((step) => step.expression === '{word} serves at {time}')!
  assert.deepEqual(result.solution!.model.meanings[serve.index]!.effect, { op: 'rotate' })
})
