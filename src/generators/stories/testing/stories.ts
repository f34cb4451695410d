/** Test support: stories from feature texts (one step analysis over them all), and a model run on another's scenarios. */
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../../gherkin'
import { analyseSteps } from '../../steps'
import { runScenario, type StateModel, type Story } from '../model'
import { storiesOf } from '../story'
import { synthesiseStory } from '../search'

/** The story of each feature text, their steps planned together (so the same words are the same step). */
export function storiesFrom(...features: string[]): Story[] {
  const newId = IdGenerator.incrementing()
  const parsed = features.map((data, index) => parseFeature({ uri: `features/f${index}.feature`, data }, { newId }))
  const { steps } = analyseSteps(parsed, [])
  return parsed.map((one) => storiesOf([one], steps)[0]!.story)
}

/** The names of `unseen`'s scenarios that the model of `story` does not reproduce (its steps matched by expression and role). */
export function failingScenarios(story: Story, model: StateModel, unseen: Story): string[] {
  const stepOf = unseen.steps.map((step) =>
    story.steps.findIndex((candidate) => candidate.expression === step.expression && candidate.role === step.role)
  )
  return unseen.scenarios
    .filter((scenario) => {
      const mapped = { ...scenario, events: scenario.events.map((event) => ({ ...event, step: stepOf[event.step]! })) }
      return runScenario(story, model, mapped)?.every((observation) => observation.agrees) !== true
    })
    .map((scenario) => scenario.name)
}

/** A feature's story, its model, and whether the model reproduces the other feature's scenarios (the same steps). */
export function learnt(feature: string, unseen: string): { story: Story; model: StateModel; holdsOnUnseen: boolean } {
  const [story, other] = storiesFrom(feature, unseen)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  const model = result.solution.model
  return { story: story!, model, holdsOnUnseen: failingScenarios(story!, model, other!).length === 0 }
}
