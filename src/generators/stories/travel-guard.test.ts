import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram } from '../synthesis'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { describedRanges, travelGuards } from './implied'
import { storyWithLastHeldOut } from './testing'

test('a move to a place the command names is refused outside the range the words or the state name', () => {
  assert.deepEqual(describedRanges('The building has floors 0 to 10; dials between 1 and 6.'), [
    [0, 10],
    [1, 6]
  ])
  assert.deepEqual(travelGuards({ op: 'travel', arg: 0 }, [[0, 10]], true).map(describeProgram), [
    'after < 0 || after > 10',
    'after < 0 || after > limit'
  ])
  assert.deepEqual(travelGuards({ op: 'add', reg: 'count', arg: 0, sign: 1 }, [[0, 10]], true), [])
})

const HOIST = `Feature: Car hoist

  Scenario: up
    Given a hoist at level 0 in a garage with levels 0 to 9
    When the hoist is sent to level 4
    Then the hoist is at level 4
    And the hoist has travelled 4 levels

  Scenario: up and down
    Given a hoist at level 1 in a garage with levels 0 to 9
    When the hoist is sent to level 6
    And the hoist is sent to level 2
    Then the hoist is at level 2
    And the hoist has travelled 9 levels

  Scenario: above the roof
    Given a hoist at level 3 in a garage with levels 0 to 7
    When the hoist is sent to level 8
    Then the call is refused with "there is no level 8"
    And the hoist is at level 3
    And the hoist has travelled 0 levels

  Scenario: below the ground
    Given a hoist at level 2 in a garage with levels 0 to 4
    When the hoist is sent to level -1
    Then the call is refused with "there is no level -1"
    When the hoist is sent to level 4
    Then the hoist has travelled 2 levels

  Scenario: held out
    Given a hoist at level 5 in a garage with levels 0 to 12
    When the hoist is sent to level 12
    And the hoist is sent to level 1
    And the hoist is sent to level 13
    Then the call is refused with "there is no level 13"
    And the hoist is at level 1
    And the hoist has travelled 18 levels
`

test('a lift-like move is refused outside the range its Given names, not by a rule over the examples’ numbers', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/hoist.feature', HOIST)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  const guards = result.solution.model.meanings.flatMap((meaning) => (meaning.guard ? [describeProgram(meaning.guard.condition)] : []))
  assert.deepEqual(guards, ['after < 0 || after > limit'])
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
})
