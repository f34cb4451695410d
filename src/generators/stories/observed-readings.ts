/**
 * The other side of observed-refusals.ts: a Then step whose words are on the refusal word list
 * ("the tracking page says ...") that the scenarios show reading the state. A refused command has
 * one message: a step read after another step already reported that command's refusal, in the same
 * checks, reads the state — where no scenario shows it before such a report (both orders would
 * leave it open which one reports the refusal).
 */
import type { Story } from './model'
import { reportsRefusal } from './observed-refusals'

/** The Then steps on the word list that the scenarios show reading the state. */
export function observedReadingSteps(story: Story): number[] {
  const after = new Set<number>()
  const before = new Set<number>()
  for (const scenario of story.scenarios) {
    // The refusal reports read since the last command, in order.
    let reported: number[] = []
    let sinceCommand = false
    for (const event of scenario.events) {
      const step = story.steps[event.step]!
      if (step.role === 'when') {
        reported = []
        sinceCommand = true
        continue
      }
      if (step.role !== 'then' || !sinceCommand || !reportsRefusal(step)) continue
      if (reported.some((other) => other !== step.index)) after.add(step.index)
      for (const other of reported) if (other !== step.index) before.add(other)
      reported.push(step.index)
    }
  }
  return [...after].filter((index) => !before.has(index) && story.steps[index]!.refusal === undefined)
}

/** The story with those steps marked as readings of the state, or undefined where there are none. */
export function withObservedReadings(story: Story): Story | undefined {
  const readings = new Set(observedReadingSteps(story))
  if (readings.size === 0) return undefined
  return { ...story, steps: story.steps.map((step) => (readings.has(step.index) ? { ...step, refusal: false } : step)) }
}
