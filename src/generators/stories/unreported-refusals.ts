/**
 * Commands refused without a word: a scenario reads the same state after a run of commands as it
 * read (or a Given set) before it ("the lift has 6 people in it", two groups get in, "the lift has
 * 6 people in it"), and those commands are ones another scenario reports refused. The search tries
 * this reading only where no model explains the story with every unreported command accepted. What
 * a guard learns leaves these commands out (whether each was refused is unknown); the model found
 * still runs every scenario with its guards before it is kept.
 */
import { reportsRefusal } from './observed-refusals'
import type { Value } from '../operation'
import type { Story, StoryEvent } from './model'

/** The story with those commands marked as refused unreported, or undefined where there are none. */
export function withUnreportedRefusals(story: Story): Story | undefined {
  const reported = reportedRefusals(story)
  const refusedSteps = new Set(
    story.scenarios.flatMap((scenario, index) => [...reported[index]!].map((position) => scenario.events[position]!.step))
  )
  if (refusedSteps.size === 0) return undefined
  let marked = 0
  const scenarios = story.scenarios.map((scenario, index) => {
    const unreported = unchangedRuns(story, scenario.events).filter(
      (position) => !reported[index]!.has(position) && refusedSteps.has(scenario.events[position]!.step)
    )
    marked += unreported.length
    const events = scenario.events.map((event, position): StoryEvent =>
      unreported.includes(position) ? { ...event, unreportedRefusal: true } : event
    )
    return { ...scenario, events }
  })
  return marked === 0 ? undefined : { ...story, scenarios }
}

/** Per scenario, the positions of the commands a Then step reports refused (the last command before it). */
export function reportedRefusals(story: Story): Array<Set<number>> {
  return story.scenarios.map((scenario) => {
    const refused = new Set<number>()
    let lastWhen = -1
    scenario.events.forEach((event, position) => {
      const step = story.steps[event.step]!
      if (step.role === 'when') lastWhen = position
      else if (step.role === 'then' && lastWhen >= 0 && reportsRefusal(step)) refused.add(lastWhen)
      if (event.unreportedRefusal === true) refused.add(position)
    })
    return refused
  })
}

/** The commands between two readings of the same words with the same values (a Given's setting counts as the first). */
function unchangedRuns(story: Story, events: readonly StoryEvent[]): number[] {
  const last = new Map<string, { args: readonly Value[]; position: number }>()
  const found: number[] = []
  events.forEach((event, position) => {
    const step = story.steps[event.step]!
    const reads = (step.role === 'given' && step.params.length > 0) || (step.role === 'then' && !reportsRefusal(step))
    if (!reads) return
    const before = last.get(step.expression)
    if (step.role === 'then' && before !== undefined && sameValues(before.args, event.args))
      for (let index = before.position + 1; index < position; index++)
        if (story.steps[events[index]!.step]!.role === 'when') found.push(index)
    last.set(step.expression, { args: event.args, position })
  })
  return [...new Set(found)]
}

const sameValues = (a: readonly Value[], b: readonly Value[]): boolean =>
  a.length === b.length && a.every((value, index) => JSON.stringify(value) === JSON.stringify(b[index]))
