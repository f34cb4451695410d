/**
 * Where a person stands in a queue that serves them onward (a support line: "number 2 in the
 * queue", "talking to an agent", "not in the queue"). A command without values serves the front
 * of the list onto the second list, and a Then step that reads a text beside a name learns it as a
 * rule over that name's place on the list (from 1; 0 when not on it) and whether it went onward.
 */
import type { Effect, Reading, Register, Story, StoryStep } from './model'

/** A Then step that reads a text beside a key (a name): "{word}'s status is {string}". */
function readsTextByKey(step: StoryStep): boolean {
  return step.role === 'then' && step.params.length >= 2 && step.params.every((type) => type === 'string')
}

const standing = new WeakMap<Story, Set<number>>()

/**
 * The Then steps (other than refusals) that read a text beside a key and expect three or more
 * texts: waiting, served and gone need a second list; "on" and "off" are the list alone.
 */
export function standingSteps(story: Story, isRefusal: (step: StoryStep) => boolean): Set<number> {
  let found = standing.get(story)
  if (found) return found
  found = new Set()
  for (const step of story.steps) {
    if (!readsTextByKey(step) || isRefusal(step)) continue
    const texts = new Set(
      story.scenarios.flatMap((scenario) => scenario.events.filter((event) => event.step === step.index).map((event) => event.args.at(-1)))
    )
    if (texts.size >= 3) found.add(step.index)
  }
  standing.set(story, found)
  return found
}

const SERVE_ONWARD: Effect = { op: 'shift', onward: true }

/**
 * The front served onto the second list, offered where a standing is read ("talking to an agent"):
 * a plain serve would forget whom it served, whose standing the step still reads. As cheap as a
 * plain serve less half a bit; words that serve ("next", "call") take 3 bits off, as for any effect.
 */
export function onwardOptions(
  story: Story,
  isRefusal: (step: StoryStep) => boolean,
  cued: boolean
): Array<{ value: Effect; bits: number }> {
  return standingSteps(story, isRefusal).size > 0 ? [{ value: SERVE_ONWARD, bits: cued ? 0.5 : 2.5 }] : []
}

/**
 * The registers a derived reading of a standing may stand on: the list (its place) and the second
 * list (gone onward), so that the commands that fill them are searched.
 */
export function standingRegisters(step: StoryStep, reading: Reading, steps: ReadonlySet<number>): Register[] {
  return reading.read === 'derived' && steps.has(step.index) ? ['items', 'moved'] : []
}
