import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { guardQuestionScenario, stepText } from './guard-question'
import { storyWithLastHeldOut } from './testing'

const PIGGY_BANK = `Feature: Piggy bank
  Scenario: saving
    Given a piggy bank with 10 coins
    When 5 coins are put in
    Then the piggy bank holds 15 coins

  Scenario: too many
    Given a piggy bank with 48 coins
    When 6 coins are put in
    Then the slot is refused with "no more room"
    And the piggy bank holds 48 coins

  Scenario: unused, held out
    Given a piggy bank with 1 coins
    When 1 coins are put in
    Then the piggy bank holds 2 coins
`

test('a step with values reads as the scenario says it, escapes undone', () => {
  const step = { index: 0, role: 'when' as const, expression: 'I buy {int} tea\\(s) for {string}', words: '', params: [] }
  assert.equal(stepText(step, [2, 'Ana']), 'When I buy 2 tea(s) for "Ana"')
})

test('the refusal the examples leave open is asked as a scenario in the feature’s own words, with the state set up by its Given', () => {
  const { story } = storyWithLastHeldOut('features/piggy.feature', PIGGY_BANK)
  const result = synthesiseStory(story)
  assert.equal(result.status, 'ambiguous')
  const open = result.solution!.unconfirmed.find((entry) => entry.question !== undefined)
  assert.ok(open, 'a command whose refusal is undecided, with the values that would decide it')
  const lines = guardQuestionScenario(story, result.solution!.model, open.step, open.question!)
  assert.ok(lines)
  assert.match(lines[0]!, /^Scenario: \d+ coins are put in, at the edge of its refusal$/)
  assert.match(lines[1]!, /^ {2}Given a piggy bank with \d+ coins$/)
  assert.match(lines[2]!, /^ {2}When \d+ coins are put in$/)
  assert.equal(lines[3], '  Then the slot is refused with ?   (or is it accepted?)')
  assert.ok(lines.every((line) => !/\{(int|float|string)\}/.test(line)))
})
