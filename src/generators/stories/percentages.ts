/**
 * Quoted percentages ("the battery shows "40%""): where every value a text parameter of a story
 * step is given is a number and a per cent sign, the story reads the number, so the state can
 * count with it (a battery charged 2% a minute); the step definition passes the number on.
 */
import type { Story, StoryStep } from './model'

const PERCENTAGE = /^(-?\d+(?:\.\d+)?)%$/u

/** The story with such parameters read as numbers, each step naming them in `percent`; the same story where there are none. */
export function readPercentages(story: Story, skipped: ReadonlySet<number>): Story {
  const percent = story.steps.map((step) =>
    skipped.has(step.index)
      ? []
      : step.params.flatMap((type, position) => (type === 'string' && writesPercentages(story, step, position) ? [position] : []))
  )
  if (percent.every((positions) => positions.length === 0)) return story
  const steps = story.steps.map((step): StoryStep => {
    const positions = percent[step.index]!
    if (positions.length === 0) return step
    return { ...step, params: step.params.map((type, position) => (positions.includes(position) ? 'number' : type)), percent: positions }
  })
  const scenarios = story.scenarios.map((scenario) => ({
    ...scenario,
    events: scenario.events.map((event) => {
      const positions = percent[event.step]!
      if (positions.length === 0) return event
      return { ...event, args: event.args.map((arg, position) => (positions.includes(position) ? percentageOf(String(arg)) : arg)) }
    })
  }))
  return { ...story, steps, scenarios }
}

/** The number a percentage states ("40%" → 40). */
export function percentageOf(text: string): number {
  return Number(PERCENTAGE.exec(text)?.[1] ?? Number.NaN)
}

/** The code that reads it in a step definition. */
export function percentageCode(parameter: string): string {
  return `Number(${parameter}.replace(/%$/u, ''))`
}

function writesPercentages(story: Story, step: StoryStep, position: number): boolean {
  const values = story.scenarios.flatMap((scenario) =>
    scenario.events.filter((event) => event.step === step.index).map((event) => event.args[position])
  )
  return values.length > 0 && values.every((value) => typeof value === 'string' && PERCENTAGE.test(value))
}
