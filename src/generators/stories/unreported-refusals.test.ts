import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { withUnreportedRefusals } from './unreported-refusals'
import { failingScenarios, storiesFrom } from './testing/stories'

/** A lift whose last scenario refuses two groups in a row and reports neither. */
const LIFT = `Feature: Lift with room for 8 people
  The lift carries at most 8 people at a time.

  Scenario: people get in
    Given the lift has 2 people in it
    When 3 people get in
    Then the lift has 5 people in it

  Scenario: too many get in
    Given the lift has 6 people in it
    When 4 people get in
    Then the lift says "room for only 2 more"
    And the lift has 6 people in it

  Scenario: people get out
    Given the lift has 7 people in it
    When 5 people get out
    Then the lift has 2 people in it

  Scenario: more get out than are in
    Given the lift has 1 people in it
    When 2 people get out
    Then the lift says "there are only 1 people in the lift"
    And the lift has 1 people in it

  Scenario: filling up and getting out
    Given the lift has 5 people in it
    When 3 people get in
    And 2 people get out
    Then the lift has 6 people in it

  Scenario: a second group that is still too big
    Given the lift has 6 people in it
    When 4 people get in
    And 3 people get in
    Then the lift has 6 people in it
`

const LIFT_UNSEEN = `Feature: Lift, unseen
  Scenario: a big group into a nearly empty lift
    Given the lift has 2 people in it
    When 7 people get in
    Then the lift says "room for only 6 more"
    And the lift has 2 people in it

  Scenario: filling it exactly
    Given the lift has 5 people in it
    When 3 people get in
    Then the lift has 8 people in it

  Scenario: one too many, then one who fits
    Given the lift has 7 people in it
    When 2 people get in
    And 1 people get in
    Then the lift has 8 people in it
`

test('commands a scenario shows refused, though no Then step says so, are found by the state read before and after them', () => {
  const [story] = storiesFrom(LIFT)
  const marked = withUnreportedRefusals(story!)
  assert.ok(marked)
  const flagged = marked.scenarios.map((scenario) =>
    scenario.events.flatMap((event, position) => (event.unreportedRefusal ? [position] : []))
  )
  assert.deepEqual(flagged, [[], [], [], [], [], [1, 2]])
  assert.equal(withUnreportedRefusals(storiesFrom(LIFT.replace(/\n {2}Scenario: a second group[^]*$/u, '\n'))[0]!), undefined)
})

test('a story with commands refused unreported gets the model whose guards refuse them', () => {
  const [story, unseen] = storiesFrom(LIFT, LIFT_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})
