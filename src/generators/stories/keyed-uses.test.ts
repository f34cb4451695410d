import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'

/** Each person's visits left, used up one at a time, and the visits counted for the whole gym. */
const GYM_PASSES = `Feature: Gym passes
  Passes are sold as 10 visits.

  Scenario: a visit
    Given Zoe has 3 visits left
    When Zoe visits the gym
    Then Zoe has 2 visits left
    And the gym has had 1 visit

  Scenario: two members
    Given Zoe has 1 visit left
    And Omar has 4 visits left
    When Omar visits the gym
    And Zoe buys a pass
    And Zoe visits the gym
    Then Zoe has 10 visits left
    And Omar has 3 visits left
    And the gym has had 2 visits

  Scenario: two passes
    Given Omar has 0 visits left
    When Omar buys a pass
    And Omar buys a pass
    Then Omar has 20 visits left

  Scenario: held out
    Given Ines has 2 visits left
    And Zoe has 5 visits left
    When Ines visits the gym
    And Zoe visits the gym
    And Ines visits the gym
    Then Ines has 0 visits left
    And Zoe has 4 visits left
    And the gym has had 3 visits
`

test('a command naming a person uses up one of their entry, and each use is counted besides', () => {
  const { story, heldOut } = storyWithLastHeldOut('gym.feature', GYM_PASSES)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
})
