import { test } from 'node:test'
import assert from 'node:assert/strict'
import { endOrWordOptions, readEndOrWord } from './end-or-word'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

const ERRANDS = `Feature: Errands

  Scenario: two errands
    Given an empty errand list
    When "post the letter" is added
    And "buy stamps" is added
    Then errands left: 2
    And the next errand is "post the letter"

  Scenario: one done
    Given "post the letter" is an errand
    And "buy stamps" is an errand
    And "return the book" is an errand
    When "post the letter" is done
    Then errands left: 2
    And the next errand is "buy stamps"

  Scenario: all done
    Given "buy stamps" is an errand
    When "buy stamps" is done
    Then errands left: 0
    And the next errand is "all clear"
`

const HELD_OUT = `Feature: Errands

  Scenario: a new errand after all are done
    Given "water the fern" is an errand
    When "water the fern" is done
    Then the next errand is "all clear"
    When "call the vet" is added
    Then the next errand is "call the vet"

  Scenario: one done from the middle
    Given "pay the bill" is an errand
    And "fix the lamp" is an errand
    When "fix the lamp" is done
    Then the next errand is "pay the bill"
`

test('an end of the list, or the word the examples expect when it is empty ("all clear"), which no step ever gives', () => {
  const [story, heldOut] = storiesFrom(ERRANDS, HELD_OUT) as [ReturnType<typeof storiesFrom>[0], ReturnType<typeof storiesFrom>[0]]
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story, result.solution.model, heldOut), [])
})

test('only a text no step gives may stand for none', () => {
  const options = endOrWordOptions(['a', 'none', 'none'], new Set(['a']), 0)
  assert.deepEqual([...new Set(options.map((option) => option.value.none))], ['none'])
  // A step that never reads an item ("the barrier shows "FULL"") reads no end of a list.
  assert.deepEqual(endOrWordOptions(['FULL'], new Set(['a']), 0), [])
  assert.equal(readEndOrWord([], { read: 'firstOr', arg: 0, none: 'none' }), 'none')
  assert.equal(readEndOrWord(['x', 'y'], { read: 'lastOr', arg: 0, none: 'none' }), 'y')
})
