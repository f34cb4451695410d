import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'

const PUMPKINS = `Feature: Pumpkin show entries
  A grower may enter 3 pumpkins. A pumpkin under 40 kg is too light to enter. Pumpkins sold at
  the gate do not count towards the 3.

  Scenario: two entries
    Given a new grower
    When a 52 kg pumpkin is entered
    And a 47 kg pumpkin is entered
    Then the grower has entered 2 pumpkins
    When a 33 kg pumpkin is sold at the gate
    Then the gate sales are 1
    And the grower has entered 2 pumpkins

  Scenario: sold ones
    Given a grower who has entered 1 pumpkins
    When a 45 kg pumpkin is sold at the gate
    And a 20 kg pumpkin is sold at the gate
    Then the gate sales are 2
    And the grower has entered 1 pumpkins

  Scenario: too light
    Given a new grower
    When a 38 kg pumpkin is entered
    Then the entry is refused with "too light: 38 kg"
    When a 40 kg pumpkin is entered
    Then the grower has entered 1 pumpkins

  Scenario: the third and no more
    Given a grower who has entered 2 pumpkins
    When a 61 kg pumpkin is entered
    Then the grower has entered 3 pumpkins
    When a 44 kg pumpkin is entered
    Then the entry is refused with "only 3 pumpkins per grower"
    And the grower has entered 3 pumpkins
`

/** Never seen by the synthesis: heavy pumpkins, one light one between them, counted one each. */
const HELD_OUT = `
  Scenario: heavy ones count one each
    Given a grower who has entered 1 pumpkins
    When a 90 kg pumpkin is entered
    And a 39 kg pumpkin is entered
    Then the entry is refused with "too light: 39 kg"
    And the grower has entered 2 pumpkins
    When a 75 kg pumpkin is sold at the gate
    Then the grower has entered 2 pumpkins
    And the gate sales are 1
`

test('a command that measures its thing ("a 52 kg pumpkin is entered") counts one thing, whatever its size', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/pumpkins.feature', PUMPKINS + HELD_OUT)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  // The weight is no amount: each entry is one pumpkin more.
  const entered = story.steps.find((step) => step.role === 'when' && step.words.includes('entered'))!
  assert.deepEqual(result.solution.model.meanings[entered.index]?.effect, { op: 'step', reg: 'count', sign: 1 })
  assert.deepEqual(
    runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
    ['too light: 39 kg', 2, 2, 1]
  )
})
