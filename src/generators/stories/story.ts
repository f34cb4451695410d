/**
 * Stories from features: the scenarios of one feature as sequences of events over its step
 * definitions, as the step generator grouped them (one story step per step definition).
 */
import type { ParsedFeature } from '../../gherkin'
import type { Value } from '../operation'
import type { PlannedStep } from '../steps'
import { scenarioFlows } from '../steps'
import type { Story, StoryStep } from './model'

/** The feature's name and its description, and its rules' descriptions. */
function describe(feature: ParsedFeature): { name: string; description: string } {
  const document = feature.gherkinDocument?.feature
  if (!document) return { name: feature.uri, description: '' }
  const rules = document.children.flatMap((child) => (child.rule ? [child.rule.name, child.rule.description] : []))
  return { name: document.name, description: [document.description, ...rules].filter((text) => text && text.trim() !== '').join('\n') }
}

/**
 * One story per feature whose steps all have a planned definition (steps written by hand take
 * part in no story). Values come from the step texts as the definitions capture them.
 */
export function storiesOf(features: ParsedFeature[], steps: PlannedStep[]): Array<{ feature: ParsedFeature; story: Story; planned: PlannedStep[] }> {
  const stepOfText = new Map<string, PlannedStep>()
  for (const step of steps) for (const { text } of step.group.texts) stepOfText.set(text, step)
  const stories: Array<{ feature: ParsedFeature; story: Story; planned: PlannedStep[] }> = []
  for (const feature of features) {
    const flows = scenarioFlows([feature], () => true)
    const planned: PlannedStep[] = []
    const storySteps: StoryStep[] = []
    const indexOf = (step: PlannedStep): number => {
      let index = planned.indexOf(step)
      if (index < 0) {
        index = planned.length
        planned.push(step)
        storySteps.push({
          index,
          role: step.group.role,
          expression: step.group.expression,
          words: step.group.fixed.join(' ').toLowerCase(),
          params: (step.group.parameters.length > 0 ? step.group.parameters : (step.group.constants ?? [])).map((parameter) => parameter.type)
        })
      }
      return index
    }
    let complete = flows.length > 0
    const scenarios = flows.map((flow) => ({
      name: flow.name,
      source: flow.source,
      events: flow.steps.flatMap(({ occurrence }) => {
        const step = stepOfText.get(occurrence.text)
        if (step === undefined || step.group.argument !== 'none') {
          complete = false
          return []
        }
        const slots = step.group.texts.find((entry) => entry.text === occurrence.text)?.slots ?? []
        return [{ step: indexOf(step), args: slots.map((slot) => slot.value as Value), source: `${occurrence.uri}:${occurrence.line}` }]
      })
    }))
    if (!complete) continue
    stories.push({ feature, story: { ...describe(feature), steps: storySteps, scenarios }, planned })
  }
  return stories
}
