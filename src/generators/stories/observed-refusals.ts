/**
 * Refusals whatever their verb: a Then step with a quoted message ("the rider sees \"station
 * full\"", "the machine flashes ...") that the scenarios show only right after a command, beside
 * other readings of the state, and whose message is no value the state ever holds. The word list
 * (REFUSAL_WORDS) is a prior; this is the evidence. The search then decides: a model in which every
 * such command changed nothing is tried first, and the step is a plain reading where none exists.
 */
import { REFUSAL_WORDS, type Story, type StoryStep } from './model'

/** Whether a Then step reports a refusal: as the scenarios' evidence marked it, or by its words. */
export function reportsRefusal(step: StoryStep): boolean {
  if (step.role !== 'then' || step.params.length === 0 || !step.params.every((type) => type === 'string')) return false
  return step.refusal ?? REFUSAL_WORDS.test(step.words)
}

/** The Then steps off the word list that the scenarios show as a refused command's report. */
export function observedRefusalSteps(story: Story): number[] {
  const candidates = story.steps.filter(
    (step) => step.role === 'then' && step.refusal === undefined && isMessageStep(step) && !REFUSAL_WORDS.test(step.words)
  )
  return candidates.filter((step) => showsRefusal(story, step)).map((step) => step.index)
}

/** The story with those steps marked as refusal reports, or undefined where there are none. */
export function withObservedRefusals(story: Story): Story | undefined {
  const observed = new Set(observedRefusalSteps(story))
  if (observed.size === 0) return undefined
  return { ...story, steps: story.steps.map((step) => (observed.has(step.index) ? { ...step, refusal: true } : step)) }
}

/** A message of a few words ("only 5.00 of credit left"), not a state's one-word name ("running"). */
const isSentence = (message: string): boolean => message.trim().split(/\s+/u).length >= 3

const isMessageStep = (step: StoryStep): boolean => step.params.length >= 1 && step.params.every((type) => type === 'string')

function showsRefusal(story: Story, candidate: StoryStep): boolean {
  const messages = new Set<string>()
  // A Given's words name states too ("a closed barrier"): "closed" read later is the state, not a message.
  const stateValues = new Set<string>(
    story.steps.filter((step) => step.role === 'given').flatMap((step) => step.words.split(/[^\p{L}\d]+/u).filter(Boolean))
  )
  const followed = new Set<number>()
  const acting = new Set<number>()
  let besideReading = false
  let readLater = false
  for (const scenario of story.scenarios) {
    let lastWhen = -1
    let reported = false
    let reportedEarlier = false
    let reportedInWords = false
    for (const [position, event] of scenario.events.entries()) {
      const step = story.steps[event.step]!
      if (step.index === candidate.index) {
        // Only right after a command: a report of what the command did, not of a state a Given set.
        if (lastWhen < 0) return false
        // A refused command has one message: a text read after its refusal was reported in words reads the state.
        if (reportedInWords) return false
        messages.add(String(event.args[event.args.length - 1]))
        followed.add(scenario.events[lastWhen]!.step)
        reported = true
        reportedEarlier = true
        continue
      }
      if (step.role === 'when') {
        if (lastWhen >= 0 && !reported) acting.add(scenario.events[lastWhen]!.step)
        lastWhen = position
        reported = false
        reportedInWords = false
      } else if (step.role === 'then') {
        if (reported) besideReading = true
        if (reportedEarlier && !reportsRefusal(step)) readLater = true
        if (lastWhen >= 0 && reportsRefusal(step)) reportedInWords = true
      }
      for (const arg of event.args) if (typeof arg === 'string') stateValues.add(arg)
    }
    if (lastWhen >= 0 && !reported) acting.add(scenario.events[lastWhen]!.step)
  }
  // A message is no value of the state; the commands it follows act elsewhere with no report; and
  // another reading of the state is checked beside it or later in the scenario (the search then
  // finds the refused command left it unchanged).
  return (
    messages.size > 0 &&
    [...messages].every((message) => !stateValues.has(message)) &&
    [...followed].every((command) => acting.has(command)) &&
    (besideReading || (readLater && [...messages].every(isSentence)))
  )
}
