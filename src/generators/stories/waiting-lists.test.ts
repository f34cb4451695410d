import { test } from 'node:test'
import assert from 'node:assert/strict'
import { learnt } from './testing/stories'
import { methodOf, renderedClass } from './testing/rendered-class'

// The description says how many pitches there are; the steps speak of pitching, not of places.
const CAMPSITE = `Feature: Campsite
  The campsite has 2 pitches. Later arrivals wait on the waiting list and move up in turn.

  Scenario: room for two
    Given the campsite is empty
    When the "Moss" family arrives
    And the "Reed" family arrives
    Then 2 families are camping
    And the waiting list is empty

  Scenario: a queue forms
    Given the campsite is empty
    When the "Moss" family arrives
    And the "Reed" family arrives
    And the "Pike" family arrives
    And the "Wren" family arrives
    Then 2 families are camping
    And the waiting list reads "Pike, Wren"

  Scenario: moving up
    Given the campsite is empty
    When the "Moss" family arrives
    And the "Reed" family arrives
    And the "Pike" family arrives
    And the "Moss" family leaves
    Then the "Pike" family is camping
    And the waiting list is empty
`

const UNSEEN = `Feature: Campsite

  Scenario: the second in line
    Given the campsite is empty
    When the "Moss" family arrives
    And the "Reed" family arrives
    And the "Pike" family arrives
    And the "Wren" family arrives
    And the "Reed" family leaves
    Then the waiting list reads "Wren"
    And 2 families are camping
`

test('a waiting list story counts places in its own words, with the limit its description states', () => {
  const { story, model, holdsOnUnseen } = learnt(CAMPSITE, UNSEEN)
  assert.ok(holdsOnUnseen)
  const setUp = model.meanings[story.steps.find((step) => step.expression === 'the campsite is empty')!.index]!.effect
  assert.deepEqual(setUp, { op: 'reset', reg: 'limit', value: 2 })
  const { rendered, accessor } = renderedClass(story, model)
  const campsite = accessor({})
  campsite[methodOf(story, rendered, 'the campsite is empty')]!()
  assert.equal((campsite as unknown as { limit: number }).limit, 2)
})
