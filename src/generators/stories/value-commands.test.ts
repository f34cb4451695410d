import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram } from '../synthesis'
import { listGuards } from './implied'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

const TOWER = `Feature: Block tower

  Scenario: stacking
    Given an empty table
    When I put a red block on the tower
    And I put a green block on the tower
    Then the top block is green
    And blocks in the tower: 2

  Scenario: taking from the top
    Given an empty table
    When I put a red block on the tower
    And I put a green block on the tower
    And I put a yellow block on the tower
    And I take a block off
    Then the last block taken was yellow
    And the top block is green
    And blocks in the tower: 2

  Scenario: nothing to take
    Given an empty table
    When I take a block off
    Then I am told "the tower is empty"
`

const HELD_OUT = `Feature: Block tower

  Scenario: two off, one on
    Given an empty table
    When I put a blue block on the tower
    And I put a red block on the tower
    And I put a green block on the tower
    And I take a block off
    And I take a block off
    And I put a yellow block on the tower
    Then the top block is yellow
    And the last block taken was red
    And blocks in the tower: 2

  Scenario: one block, taken twice
    Given an empty table
    When I put a green block on the tower
    And I take a block off
    And I take a block off
    Then I am told "the tower is empty"
`

test('commands that differ in one word the Then steps read ("I put a red block", "the top block is red") are one command with that word', () => {
  const [story, heldOut] = storiesFrom(TOWER, HELD_OUT) as [ReturnType<typeof storiesFrom>[0], ReturnType<typeof storiesFrom>[0]]
  assert.deepEqual(
    story.steps.filter((step) => step.role === 'when').map((step) => step.expression),
    ['I put a {word} block on the tower', 'I take a block off']
  )
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story, result.solution.model, heldOut), [])
})

test('taking the next item off a list is refused, by itself, when the list is empty', () => {
  assert.deepEqual(listGuards({ op: 'pop' }).map(describeProgram), ['size <= 0'])
  assert.deepEqual(listGuards({ op: 'shift' }).map(describeProgram), ['size <= 0'])
})
