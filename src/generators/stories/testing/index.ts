/** TEST FIXTURES of the story synthesis: not part of specloop's API. */
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../../gherkin'
import { analyseSteps } from '../../steps'
import type { Story, StoryScenario } from '../model'
import { storiesOf } from '../story'
import { synthesiseStory } from '../search'
import { runScenario } from '../model'

/**
 * The story of a feature whose last scenario is held out: synthesis sees the others, and the
 * held-out one (the same steps, so the same story step indices) checks the model found.
 */
export function storyWithLastHeldOut(uri: string, data: string): { story: Story; heldOut: StoryScenario } {
  const feature = parseFeature({ uri, data }, { newId: IdGenerator.incrementing() })
  const [{ story: whole }] = storiesOf([feature], analyseSteps([feature], []).steps)
  return { story: { ...whole, scenarios: whole.scenarios.slice(0, -1) }, heldOut: whole.scenarios.at(-1)! }
}

/**
 * The model synthesised from a feature whose last scenario is held out, and whether it passes
 * that scenario: for tests that then look at how the model reads its steps.
 */
export function synthesisedWithLastHeldOut(uri: string, data: string) {
  const { story, heldOut } = storyWithLastHeldOut(uri, data)
  const result = synthesiseStory(story)
  const passes = result.solution !== undefined && runScenario(story, result.solution.model, heldOut)?.every((seen) => seen.agrees) === true
  return { story, result, passes }
}

/**
 * Synthesis on every scenario but the last, then that scenario run on the model found: undefined
 * where it passes, else what went wrong (no model, or the observations that disagree).
 */
export function heldOutFailure(uri: string, data: string): string | undefined {
  const { story, heldOut } = storyWithLastHeldOut(uri, data)
  const result = synthesiseStory(story)
  if (result.solution === undefined) return result.message ?? 'no model'
  const seen = runScenario(story, result.solution.model, heldOut)
  const wrong = seen?.filter((observation) => !observation.agrees) ?? []
  return seen !== undefined && wrong.length === 0 ? undefined : JSON.stringify(seen === undefined ? 'the scenario does not run' : wrong)
}

/** A corner shop whose Given's data table is its stock: one row per item (the Given's table read as initial state). */
export const SHOP_STOCK = [
  'Feature: Corner shop stock',
  '  Scenario: selling some apples',
  '    Given the shop has in stock:',
  '      | item  | count |',
  '      | apple | 5     |',
  '      | pear  | 2     |',
  '    When the shop sells 2 "apple"',
  '    Then the shop has 3 "apple" left',
  '    And the shop has 2 "pear" left',
  '  Scenario: a delivery',
  '    Given the shop has in stock:',
  '      | item  | count |',
  '      | apple | 1     |',
  '    When a delivery of 4 "apple" arrives',
  '    And the shop sells 1 "apple"',
  '    Then the shop has 4 "apple" left',
  ''
].join('\n')

/** Seats booked at a screening, refused in plain words ("the usher says") with the free seats unchanged. */
export const CINEMA_SEATS = `Feature: Cinema seats
  Scenario: a couple books
    Given a screening with 50 free seats
    When 2 seats are booked
    Then 48 seats are free

  Scenario: a school class books
    Given a screening with 50 free seats
    When 30 seats are booked
    Then 20 seats are free

  Scenario: too many
    Given a screening with 5 free seats
    When 6 seats are booked
    Then the usher says "sorry, only 5 seats left"
    And 5 seats are free
`
