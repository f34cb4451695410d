import { test } from 'node:test'
import assert from 'node:assert/strict'
import { learnt } from './testing/stories'

// "the scoreboard shows {int}" sets the score as a Given and checks it as a Then: one quantity.
const SCOREBOARD = `Feature: Scoreboard

  Scenario: two goals
    Given the scoreboard shows 0
    When a goal is scored
    And a goal is scored
    Then the scoreboard shows 2

  Scenario: cleared for the next match
    Given the scoreboard shows 5
    When the board is cleared
    Then the scoreboard shows 0

  Scenario: clearing is counted
    Given the scoreboard shows 3
    When the board is cleared
    And the board is cleared
    Then the board has been cleared 2 times
`

const UNSEEN = `Feature: Scoreboard

  Scenario: a goal on a board set by hand
    Given the scoreboard shows 3
    When a goal is scored
    Then the scoreboard shows 4
`

test('a step used as a Given and as a Then sets up the very quantity it checks', () => {
  const { story, model, holdsOnUnseen } = learnt(SCOREBOARD, UNSEEN)
  assert.ok(holdsOnUnseen)
  const given = story.steps.find((step) => step.role === 'given' && step.expression === 'the scoreboard shows {int}')!
  const then = story.steps.find((step) => step.role === 'then' && step.expression === 'the scoreboard shows {int}')!
  const effect = model.meanings[given.index]!.effect
  const reading = model.meanings[then.index]!.reading
  assert.equal(effect?.op, 'set')
  assert.equal(effect?.op === 'set' ? effect.reg : undefined, reading?.read)
})
