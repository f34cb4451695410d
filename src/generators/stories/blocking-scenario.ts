/**
 * Where no state model reproduces a story, the scenario that stops it: the one without which a
 * model the others decide (confirmed, not a guess) does reproduce every other. Tried from the last scenario back (the newest is the likeliest
 * to be the one a person just added), each search short, the whole within a time budget: where
 * none is found in it, nothing is named.
 */
import type { Story, StoryScenario } from './model'
import { type StoryResult, synthesiseStory } from './search'

/** At most this many scenarios are tried, each search within EACH_MS of work. */
const MAX_TRIED = 8
const EACH_MS = 600

/** The scenario no model reproduces beside the others, and the model of every other scenario. */
export interface Blocking {
  scenario: StoryScenario
  others: StoryResult & { solution: NonNullable<StoryResult['solution']> }
}

export function blockingScenario(story: Story, budgetMs = 3000, clock: () => number = Date.now): Blocking | undefined {
  if (story.scenarios.length < 2) return undefined
  const deadline = clock() + budgetMs
  const order = story.scenarios
    .map((_, index) => index)
    .reverse()
    .slice(0, MAX_TRIED)
  for (const left of order) {
    if (clock() > deadline) return undefined
    const others = { ...story, scenarios: story.scenarios.filter((_, index) => index !== left) }
    const result = synthesiseStory(others, { timeBudgetMs: EACH_MS })
    // Only a model the other scenarios decide is worth keeping: a short search's guess (a name read by heart) is not.
    if (result.solution !== undefined && result.status === 'synthesised')
      return { scenario: story.scenarios[left]!, others: { ...result, solution: result.solution } }
  }
  return undefined
}
