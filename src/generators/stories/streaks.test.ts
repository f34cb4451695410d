import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { applyEffect, initialState, runScenario } from './model'
import { renderStory } from './render'
import { storyWithLastHeldOut } from './testing'
import { CLOSE_PERIOD } from './streaks'

test('closing a period counts the streak up where the count reached the limit, else back to 0, and starts the count again', () => {
  const state = { ...initialState(), count: 30, limit: 20, other: 2 }
  assert.deepEqual(
    [applyEffect(state, CLOSE_PERIOD, [])].map((next) => [next?.count, next?.other]),
    [[0, 3]]
  )
  const short = applyEffect({ ...state, count: 19 }, CLOSE_PERIOD, [])
  assert.deepEqual([short?.count, short?.other], [0, 0])
})

const READING = `Feature: Reading challenge
  Pages read during a day add up. A day that ends with the daily goal reached
  makes the streak one longer; a day that ends short of it breaks the streak.

  Scenario: reading in two sittings
    Given a daily goal of 30 pages
    When 12 pages are read
    And 10 pages are read
    Then today's pages are 22

  Scenario: a good day
    Given a daily goal of 20 pages
    When 25 pages are read
    And the day ends
    Then the streak is 1 days
    And today's pages are 0

  Scenario: a short day breaks the streak
    Given a daily goal of 10 pages
    When 10 pages are read
    And the day ends
    And 15 pages are read
    And the day ends
    Then the streak is 2 days
    When 9 pages are read
    And the day ends
    Then the streak is 0 days

  Scenario: an idle day
    Given a daily goal of 40 pages
    When the day ends
    Then the streak is 0 days
`

/** A scenario the synthesis never sees: a streak broken and started again. */
const READING_HELD_OUT = `
  Scenario: broken and started again
    Given a daily goal of 5 pages
    When 5 pages are read
    And the day ends
    And 4 pages are read
    And the day ends
    And 3 pages are read
    And 3 pages are read
    And the day ends
    Then the streak is 1 days
    And today's pages are 0
`

test('a day that ends counts the streak by whether the goal was reached: a story the held-out scenario confirms', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/reading.feature', READING + READING_HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
  const names = new Map(story.steps.map((step) => [step.index, step.params.map((_, index) => `value${index}`)]))
  const code = renderStory(story, result.solution.model, names, names, { status: 'synthesised' }).module
  assert.match(code, /if \(this\.\w+ >= this\.\w+\) \{/)
})
