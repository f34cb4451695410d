import { test } from 'node:test'
import assert from 'node:assert/strict'
import { observedReadingSteps } from './observed-readings'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

// "says" is on the refusal word list, but the screen is read after the loan's refusal was reported:
// it shows the book's state.
const LOAN = `Feature: Library book loan

  Scenario: lent
    Given a copy of the book is on the shelf
    When a reader borrows the book
    Then the screen says "on loan"

  Scenario: back again
    Given a copy of the book is on the shelf
    When a reader borrows the book
    And the reader returns the book
    Then the screen says "on the shelf"

  Scenario: already out
    Given a copy of the book is on the shelf
    When a reader borrows the book
    And a reader borrows the book
    Then the request is refused with "the book is already on loan"
    And the screen says "on loan"

  Scenario: nothing to return
    Given a copy of the book is on the shelf
    When the reader returns the book
    Then the request is refused with "the book is not on loan"
    And the screen says "on the shelf"
`

const HELD_OUT = `Feature: Library book loan

  Scenario: borrowed twice over
    Given a copy of the book is on the shelf
    When a reader borrows the book
    And the reader returns the book
    And a reader borrows the book
    Then the screen says "on loan"
    When the reader returns the book
    And the reader returns the book
    Then the request is refused with "the book is not on loan"
    And the screen says "on the shelf"
`

test('a Then step on the refusal word list read after another step reported the refusal reads the state', () => {
  const [story] = storiesFrom(LOAN)
  const screen = story!.steps.find((step) => step.expression === 'the screen says {string}')!
  assert.deepEqual(observedReadingSteps(story!), [screen.index])
})

test('a step that is also read before the refusal report is left to its words', () => {
  const swapped = LOAN.replace(
    '    Then the request is refused with "the book is already on loan"\n    And the screen says "on loan"',
    '    Then the screen says "on loan"\n    And the request is refused with "the book is already on loan"'
  )
  assert.deepEqual(observedReadingSteps(storiesFrom(swapped)[0]!), [])
})

test('where no model reads it as a refusal report, the step read beside the report is a reading of the state', () => {
  const [story, heldOut] = storiesFrom(LOAN, HELD_OUT)
  const result = synthesiseStory(story!)
  assert.notEqual(result.status, 'no-rule')
  assert.deepEqual(failingScenarios(story!, result.solution!.model, heldOut!), [])
})
