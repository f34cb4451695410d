/** TEST FIXTURES of the story synthesis: not part of specloop's API. */
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../../gherkin'
import { analyseSteps } from '../../steps'
import type { Story, StoryScenario } from '../model'
import { storiesOf } from '../story'

/**
 * The story of a feature whose last scenario is held out: synthesis sees the others, and the
 * held-out one (the same steps, so the same story step indices) checks the model found.
 */
export function storyWithLastHeldOut(uri: string, data: string): { story: Story; heldOut: StoryScenario } {
  const feature = parseFeature({ uri, data }, { newId: IdGenerator.incrementing() })
  const [{ story: whole }] = storiesOf([feature], analyseSteps([feature], []).steps)
  return { story: { ...whole, scenarios: whole.scenarios.slice(0, -1) }, heldOut: whole.scenarios.at(-1)! }
}
