import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'
import { methodOf, renderedClass } from './testing/rendered-class'
import { dayStreakAfter } from './streaks'

const RUNNING = `Feature: Running streak

  Scenario: three days running
    Given Ada has not run yet
    When Ada runs on "2025-06-01"
    And Ada runs on "2025-06-02"
    And Ada runs on "2025-06-03"
    Then Ada's streak is 3 days

  Scenario: a day off
    Given Ada has not run yet
    When Ada runs on "2025-06-01"
    And Ada runs on "2025-06-02"
    And Ada runs on "2025-06-05"
    Then Ada's streak is 1 day
    And Ada's best streak is 2 days

  Scenario: twice in one day
    Given Bo has not run yet
    When Bo runs on "2025-06-01"
    And Bo runs on "2025-06-01"
    Then Bo's streak is 1 day

  Scenario: into July
    Given Bo has not run yet
    When Bo runs on "2025-06-29"
    And Bo runs on "2025-06-30"
    And Bo runs on "2025-07-01"
    Then Bo's streak is 3 days
    And Bo's best streak is 3 days

  Scenario: again after a break
    Given Ada has not run yet
    When Ada runs on "2025-01-10"
    And Ada runs on "2025-01-11"
    And Ada runs on "2025-01-12"
    And Ada runs on "2025-01-20"
    And Ada runs on "2025-01-21"
    Then Ada's streak is 2 days
    And Ada's best streak is 3 days
`

/** Never seen by the synthesis: across a year's end, with a day twice. */
const RUNNING_HELD_OUT = `
  Scenario: over the new year
    Given Cy has not run yet
    When Cy runs on "2025-12-31"
    And Cy runs on "2026-01-01"
    And Cy runs on "2026-01-01"
    And Cy runs on "2026-01-02"
    Then Cy's streak is 3 days
    And Cy's best streak is 3 days
`

test('a day streak: one up the day after, the same on the same day, 1 after a gap, the best kept', () => {
  assert.deepEqual(dayStreakAfter(0, 0, undefined, '2026-02-28'), { streak: 1, best: 1, last: '2026-02-28' })
  assert.deepEqual(dayStreakAfter(1, 1, '2026-02-28', '2026-03-01'), { streak: 2, best: 2, last: '2026-03-01' })
  assert.deepEqual(dayStreakAfter(2, 2, '2026-03-01', '2026-03-01'), { streak: 2, best: 2, last: '2026-03-01' })
  assert.deepEqual(dayStreakAfter(2, 4, '2026-03-01', '2026-03-03'), { streak: 1, best: 4, last: '2026-03-03' })
})

test('dates a command is given, where the words speak of a streak, keep a streak of days and the best one', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/running.feature', RUNNING + RUNNING_HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'synthesised', result.message)
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
  const { rendered, accessor } = renderedClass(story, result.solution.model)
  const streak = accessor({}) as ReturnType<ReturnType<typeof renderedClass>['accessor']> & Record<string, unknown>
  const runs = methodOf(story, rendered, '{word} runs on {string}')
  for (const date of ['2024-02-28', '2024-02-29', '2024-03-01', '2024-03-01', '2024-03-03']) streak[runs]!('Di', date)
  const numbers = Object.values(streak).filter((value) => typeof value === 'number')
  // The streak starts again at 1; the best is the three days over a leap day.
  assert.deepEqual([...numbers].sort(), [1, 3])
})
