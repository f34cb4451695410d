import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { storyWithLastHeldOut } from './testing'
import { describeProgram } from '../synthesis'

const PRINTS = `Feature: Print room
  Scenario: one job
    Given the term starts with 100 pages
    When "Mia" prints 30 pages
    Then "Mia" has 70 pages left

  Scenario: two students
    Given the term starts with 100 pages
    When "Mia" prints 30 pages
    And "Noah" prints 10 pages
    Then "Mia" has 70 pages left
    And "Noah" has 90 pages left

  Scenario: two jobs
    Given the term starts with 100 pages
    When "Mia" prints 30 pages
    And "Mia" prints 30 pages
    Then "Mia" has 40 pages left

  Scenario: a smaller term
    Given the term starts with 50 pages
    Then "Mia" has 50 pages left

  Scenario: both a lot
    Given the term starts with 100 pages
    When "Mia" prints 60 pages
    And "Noah" prints 60 pages
    Then "Mia" has 40 pages left
    And "Noah" has 40 pages left
`

test("a reading that tells the examples' names apart is no model: it has learnt them by heart", () => {
  const { story } = storyWithLastHeldOut('features/prints.feature', PRINTS)
  const result = synthesiseStory(story)
  const rules = (result.solution?.model.meanings ?? []).flatMap((meaning) =>
    meaning.reading?.read === 'derived' && meaning.reading.rule ? [describeProgram(meaning.reading.rule)] : []
  )
  assert.ok(
    rules.every((rule) => !/'(Mia|Noah)'/.test(rule)),
    rules.join('\n')
  )
})
