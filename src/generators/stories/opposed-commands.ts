/**
 * Steps that undo each other by their words: "the toaster is unplugged" and "I plug in the toaster",
 * "I lock the door" and "I unlock the door", "the heater is switched on" and "I switch the heater off".
 * Where both set the yes/no state, they set it opposite ways: a model where plugging in unplugs
 * reproduces the scenarios only because no scenario read the state in between. Where one counts
 * up by an amount, the other counting down by the same amount is the likelier reading ("I press
 * up" and "I press down" move a blind by the same quarter).
 */
import type { Effect, Story } from './model'

const PREFIXES = ['un', 'dis', 'de']
const PAIRED: ReadonlyArray<readonly [string, string]> = [
  ['on', 'off'],
  ['open', 'close'],
  ['start', 'stop'],
  ['enable', 'disable'],
  ['in', 'out'],
  ['up', 'down'],
  ['raise', 'lower'],
  ['increase', 'decrease'],
  ['warmer', 'cooler'],
  ['louder', 'quieter'],
  ['more', 'less'],
  ['next', 'previous'],
  ['forward', 'back']
]

/** A word without its inflection: "plugged", "plugs", "plugging" are "plug". */
function stem(word: string): string {
  const bare = word.replace(/(ing|ed|es|s)$/u, '')
  return bare.length >= 3 && bare.at(-1) === bare.at(-2) ? bare.slice(0, -1) : bare.length >= 3 ? bare : word
}

/** The stems a step's words undo ("unplugged" undoes "plug"), and the stems it names. */
function undoneAndNamed(words: string): { undone: Set<string>; named: Set<string> } {
  const undone = new Set<string>()
  const named = new Set<string>()
  for (const word of words.split(/\s+/u).filter((part) => part.length > 0)) {
    named.add(stem(word))
    for (const prefix of PREFIXES)
      if (word.startsWith(prefix) && word.length - prefix.length >= 3) undone.add(stem(word.slice(prefix.length)))
  }
  return { undone, named }
}

/** Whether one step's words undo what the other's name. */
export function undoEachOther(first: string, second: string): boolean {
  const a = undoneAndNamed(first)
  const b = undoneAndNamed(second)
  const undoes = (x: typeof a, y: typeof a) => [...x.undone].some((word) => y.named.has(word) && !y.undone.has(word))
  if (undoes(a, b) || undoes(b, a)) return true
  // "switched on" and "switched off": the same other words, one of a pair of opposites each.
  const left = first.split(/\s+/u)
  const right = second.split(/\s+/u)
  return PAIRED.some(
    ([one, other]) =>
      (left.includes(one) && right.includes(other) && !left.includes(other) && !right.includes(one)) ||
      (left.includes(other) && right.includes(one) && !left.includes(one) && !right.includes(other))
  )
}

const opposedByStory = new WeakMap<Story, Array<[number, number]>>()

/** Pairs of steps without values (Givens and commands) whose words undo each other. */
export function opposedCommands(story: Story): Array<[number, number]> {
  const known = opposedByStory.get(story)
  if (known !== undefined) return known
  const steps = story.steps.filter((step) => step.role !== 'then' && step.params.length === 0)
  const pairs: Array<[number, number]> = []
  steps.forEach((step, index) =>
    steps.slice(index + 1).forEach((other) => {
      if (undoEachOther(step.words, other.words)) pairs.push([step.index, other.index])
    })
  )
  opposedByStory.set(story, pairs)
  return pairs
}

/** Whether every opposed pair that sets the yes/no state sets it opposite ways. */
export function setOppositely(pairs: ReadonlyArray<[number, number]>, effects: ReadonlyArray<Effect | undefined>): boolean {
  return pairs.every(([first, second]) => {
    const a = effects[first]
    const b = effects[second]
    return a?.op !== 'flag' || b?.op !== 'flag' || a.value !== b.value
  })
}

/** Whether two effects are one another the other way round: the same step, add or clamp, signs opposed. */
function mirrored(a: Effect | undefined, b: Effect | undefined): boolean {
  if (a === undefined || b === undefined || a.op !== b.op || !('sign' in a) || !('sign' in b) || a.sign !== -b.sign) return false
  return JSON.stringify({ ...a, sign: 0 }) === JSON.stringify({ ...b, sign: 0 })
}

/** The opposed pairs that act as one another the other way round (each is cheaper to describe than two effects). */
export function mirroredPairs(pairs: ReadonlyArray<[number, number]>, effects: ReadonlyArray<Effect | undefined>): Array<[number, number]> {
  return pairs.filter(([first, second]) => mirrored(effects[first], effects[second]))
}
