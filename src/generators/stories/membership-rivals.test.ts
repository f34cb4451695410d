import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from '../steps'
import { synthesiseStory } from './search'
import { storiesOf } from './story'
import { membershipRivals } from './membership-rivals'

const DAYCARE = `Feature: Dog daycare
  Owners drop their dogs off in the morning and pick them up later.
  The daycare looks after at most 3 dogs at a time.

  Scenario: dropping off a dog
    Given an empty daycare
    When "Rex" is dropped off
    Then the daycare has 1 dogs

  Scenario: picking up a dog
    Given an empty daycare
    When "Rex" is dropped off
    And "Bella" is dropped off
    And "Rex" is picked up
    Then the daycare has 1 dogs

  Scenario: the daycare is full
    Given an empty daycare
    When "Rex" is dropped off
    And "Bella" is dropped off
    And "Milo" is dropped off
    And "Luna" is dropped off
    Then the daycare says "sorry, we are full today"
    And the daycare has 3 dogs

  Scenario: picking up a dog that is not here
    Given an empty daycare
    When "Rex" is dropped off
    And "Milo" is picked up
    Then the daycare says "Milo is not here"
    And the daycare has 1 dogs

  Scenario: a dog cannot be dropped off twice
    Given an empty daycare
    When "Rex" is dropped off
    And "Rex" is dropped off
    Then the daycare says "Rex is already here"
    And the daycare has 1 dogs

  Scenario: a second dog cannot be dropped off twice either
    Given an empty daycare
    When "Rex" is dropped off
    And "Bella" is dropped off
    And "Bella" is dropped off
    Then the daycare says "Bella is already here"
    And the daycare has 2 dogs
`

function storyOf(feature: string) {
  const parsed = parseFeature({ uri: 'features/daycare.feature', data: feature }, { newId: IdGenerator.incrementing() })
  const [{ story }] = storiesOf([parsed], analyseSteps([parsed], []).steps)
  return story
}

test('a command refused when its item is not listed, that leaves the list as it was, has the rival that takes the item off', () => {
  const story = storyOf(DAYCARE)
  const result = synthesiseStory(story)
  // A count that goes down while the dog stays on the list would take "Rex" back twice: never confident.
  assert.equal(result.status, 'ambiguous')
  const question = result.question
  assert.ok(question, result.message)
  const pickedUp = question.scenario.filter((line) => /"(\w+)" is picked up/.test(line))
  assert.ok(
    pickedUp.length >= 2 && new Set(pickedUp.map((line) => /"(\w+)"/.exec(line)![1])).size < pickedUp.length,
    question.scenario.join('\n')
  )
  assert.notEqual(question.answers[0]!.value, question.answers[1]!.value)
})

test('a model whose command takes its item off has no membership rival', () => {
  const story = storyOf(DAYCARE)
  const result = synthesiseStory(story)
  const model = result.solution!.model
  const [rival] = membershipRivals(story, model)
  assert.ok(rival, 'the daycare model that keeps picked-up dogs listed has a rival')
  const picked = story.steps.findIndex((step) => step.expression === '{string} is picked up')
  assert.equal(rival.meanings[picked]!.effect?.op, 'both')
  assert.deepEqual(membershipRivals(story, rival), [])
})
