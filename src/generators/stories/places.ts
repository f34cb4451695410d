/**
 * Places and a waiting list, read from one list and its limit: the first `limit` names on the
 * list hold a place, the rest wait in order. Signing up puts a name on the list, cancelling takes
 * it off, and the first who waits moves up by itself (a yoga class of 2 mats: Ana, Bo, Cy and Di
 * signed up, Cy and Di wait; Bo cancels, Cy has a mat). Only readings are new: the effects are the
 * list's own push and remove.
 */
import type { Value } from '../operation'
import type { StoryStep } from './model'
import { PLACED, PLACES, WAITING } from './lexicon'

/** Where a name stands: it holds a place, it waits, or it is not on the list. */
export type Standing = 'placed' | 'waiting' | 'absent'

export type PlacesReading =
  | { read: 'placesTaken' | 'placesFree' | 'waitingCount'; arg: number }
  | { read: 'waitingJoined'; arg: number; separator: string }
  /** Each standing as the text the steps say for it ("mat", "waiting", "none"). */
  | { read: 'standing'; key: number; arg: number; texts: Record<Standing, string> }
  /** Whether a name stands so, for a step with no value ("Cy has a place", "Cy is on the waiting list"). */
  | { read: 'standingIs'; key: number; arg: number; standing: Standing }
  /** Whether nobody waits ("nobody is waiting"). */
  | { read: 'nobodyWaits'; arg: number }

/** The readings of places, by name. */
export const PLACES_READINGS: ReadonlySet<string> = new Set([
  'placesTaken',
  'placesFree',
  'waitingCount',
  'waitingJoined',
  'standing',
  'standingIs',
  'nobodyWaits'
])

/** Whether a reading is one of places (the others' switches need not list them). */
export function isPlacesReading(reading: { read: string }): reading is PlacesReading {
  return PLACES_READINGS.has(reading.read)
}

interface PlacesState {
  items: readonly Value[]
  limit: number | undefined
}

/** The names that wait: those after the first `limit`. Without a limit, nobody holds a place. */
function waiting(state: PlacesState): readonly Value[] {
  return state.items.slice(state.limit ?? 0)
}

/** What a places reading sees in a state. */
export function readPlaces(state: PlacesState, reading: PlacesReading, args: readonly Value[]): Value | undefined {
  if (state.limit === undefined) return undefined
  switch (reading.read) {
    case 'placesTaken':
      return Math.min(state.limit, state.items.length)
    case 'placesFree':
      return Math.max(0, state.limit - state.items.length)
    case 'waitingCount':
      return waiting(state).length
    case 'waitingJoined':
      return waiting(state).join(reading.separator)
    case 'standing':
      return reading.texts[standingOf(state.items.indexOf(args[reading.key]!), state.limit)]
    case 'standingIs':
      return standingOf(state.items.indexOf(args[reading.key]!), state.limit) === reading.standing
    case 'nobodyWaits':
      return waiting(state).length === 0
  }
}

function standingOf(index: number, limit: number): Standing {
  return index < 0 ? 'absent' : index < limit ? 'placed' : 'waiting'
}

/** What a places reading reads, as code over the list and the limit fields. */
export function placesText(reading: PlacesReading, items: string, limit: string, args: string[]): string {
  const bound = `(${limit} ?? 0)`
  switch (reading.read) {
    case 'placesTaken':
      return `Math.min(${bound}, ${items}.length)`
    case 'placesFree':
      return `Math.max(0, ${bound} - ${items}.length)`
    case 'waitingCount':
      return `${items}.slice(${bound}).length`
    case 'waitingJoined':
      return `${items}.slice(${bound}).join(${JSON.stringify(reading.separator)})`
    case 'standing': {
      const index = `${items}.indexOf(${args[reading.key]})`
      const { placed, waiting: waits, absent } = reading.texts
      return `(${index} < 0 ? ${JSON.stringify(absent)} : ${index} < ${bound} ? ${JSON.stringify(placed)} : ${JSON.stringify(waits)})`
    }
    case 'standingIs': {
      const index = `${items}.indexOf(${args[reading.key]})`
      return { placed: `(${index} >= 0 && ${index} < ${bound})`, waiting: `${index} >= ${bound}`, absent: `${index} < 0` }[reading.standing]
    }
    case 'nobodyWaits':
      return `${items}.length <= ${bound}`
  }
}

/** Whether a story keeps a waiting list: its description or a step speaks of one. */
export function speaksOfWaitingList(story: { description: string; steps: ReadonlyArray<{ words: string }> }): boolean {
  return /\bwaiting list\b/.test([story.description, ...story.steps.map((step) => step.words)].join('\n').toLowerCase())
}

/** The separators a waiting list read as one text may have. */
const SEPARATORS = [', ', ' ']

/** The texts a step's parameter `arg` expects across the story. */
function expected(
  step: StoryStep,
  scenarios: ReadonlyArray<{ events: ReadonlyArray<{ step: number; args: readonly Value[] }> }>,
  arg: number
) {
  return [
    ...new Set(
      scenarios.flatMap((scenario) =>
        scenario.events.flatMap((event) => (event.step === step.index && typeof event.args[arg] === 'string' ? [event.args[arg]] : []))
      )
    )
  ]
}

/**
 * The places readings a Then step may have, only where its words speak of places or waiting:
 * counts for a number, the waiting list as a text, and for a name and a text, where the name
 * stands, each standing named by a text the steps expect (all three seen, or one left for absent).
 */
export function placesReadingOptions(
  step: StoryStep,
  scenarios: ReadonlyArray<{ events: ReadonlyArray<{ step: number; args: readonly Value[] }> }>,
  storyWaits = false
): Array<{ value: PlacesReading; bits: number }> {
  const options: Array<{ value: PlacesReading; bits: number }> = []
  // In a story with a waiting list, a step in the words of its own domain ("3 boats are moored") may count places too.
  const cued = PLACES.test(step.words) || storyWaits
  const numbers = step.params.flatMap((type, index) => (type === 'number' ? [index] : []))
  const strings = step.params.flatMap((type, index) => (type === 'string' ? [index] : []))
  if (!cued && !(strings.length === 2 && numbers.length === 0)) return options
  const waits = WAITING.test(step.words)
  for (const arg of numbers) {
    options.push({ value: { read: 'waitingCount', arg }, bits: waits ? 2 : 5 })
    options.push({ value: { read: 'placesFree', arg }, bits: /\b(free|left|remain|remaining)\b/.test(step.words) ? 2 : 4.5 })
    options.push({ value: { read: 'placesTaken', arg }, bits: /\b(bookings?|booked|taken)\b/.test(step.words) ? 1.5 : 4.5 })
  }
  if (numbers.length === 0 && strings.length === 1 && waits)
    for (const separator of SEPARATORS)
      if (expected(step, scenarios, strings[0]!).some((text) => text.includes(separator)))
        options.push({ value: { read: 'waitingJoined', arg: strings[0]!, separator }, bits: 1.5 })
  // A name with no value to compare: whether it waits, or holds a place.
  // Cheap, and only, where the words say which ("has a place", "is on the waiting list"): a reading this narrow is likely when named.
  const standing = waits ? 'waiting' : PLACED.test(step.words) || storyWaits ? 'placed' : undefined
  if (step.params.length === 1 && strings.length === 1 && standing !== undefined)
    options.push({ value: { read: 'standingIs', key: 0, arg: -1, standing }, bits: waits || PLACED.test(step.words) ? 1 : 2 })
  if (step.params.length === 0 && waits && /\b(nobody|no one|none|empty)\b/.test(step.words))
    options.push({ value: { read: 'nobodyWaits', arg: -1 }, bits: 1 })
  if (numbers.length === 0 && strings.length === 2) {
    const [key, arg] = strings as [number, number]
    // A text that speaks of waiting names that standing: the other two are a place and none.
    const texts = expected(step, scenarios, arg)
    const waitingText = texts.find((text) => WAITING.test(text.toLowerCase()))
    for (const named of standingTexts(texts))
      if (waitingText === undefined || named.waiting === waitingText)
        options.push({ value: { read: 'standing', key, arg, texts: named }, bits: waitingText === undefined ? 7 : 3 })
  }
  return options
}

/** Every way to name the three standings with the texts a step expects: each text one standing, no two alike. */
function standingTexts(texts: string[]): Array<Record<Standing, string>> {
  if (texts.length !== 3) return []
  const [a, b, c] = texts as [string, string, string]
  const orders: Array<[string, string, string]> = [
    [a, b, c],
    [a, c, b],
    [b, a, c],
    [b, c, a],
    [c, a, b],
    [c, b, a]
  ]
  return orders.map(([placed, waiting, absent]) => ({ placed, waiting, absent }))
}
