import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesisedWithLastHeldOut } from './testing'

/**
 * A bean hopper: a top the description names alone (beans poured past it spill), an espresso that
 * uses an amount no step states (only the readings show 18 g), and a grind refused for want of beans.
 */
const HOPPER = `Feature: Bean hopper
  The hopper holds at most 500 grams; beans poured in past that spill over.

  Scenario: pouring in beans
    Given the hopper holds 120 grams
    When 200 grams of beans are poured in
    Then the hopper holds 320 grams

  Scenario: spilling over
    Given the hopper holds 450 grams
    When 100 grams of beans are poured in
    Then the hopper holds 500 grams
    When an espresso is made
    Then the hopper holds 482 grams

  Scenario: running low
    Given the hopper holds 40 grams
    When an espresso is made
    And an espresso is made
    Then the hopper holds 4 grams
    When an espresso is made
    Then the machine shows "add beans"
    And the hopper holds 4 grams

  Scenario: held out
    Given the hopper holds 30 grams
    When an espresso is made
    Then the hopper holds 12 grams
    When 600 grams of beans are poured in
    And an espresso is made
    Then the hopper holds 482 grams
`

test('an amount no step states is learnt from the readings, and a take it cannot cover is refused; a top named alone caps what is poured in', () => {
  const { story, result, passes } = synthesisedWithLastHeldOut('hopper.feature', HOPPER)
  assert.ok(passes, result.message)
  const espresso = story.steps.findIndex((step) => step.expression === 'an espresso is made')
  const effect = result.solution!.model.meanings[espresso]?.effect
  assert.deepEqual(effect?.op === 'kindAdd' ? effect.amounts : undefined, [['', -18]])
})
