/**
 * Numbered places, the lowest free one first: hooks, lockers, bays numbered from 1. "4 coats are
 * already hanging" fills places 1 to 4; "a coat is handed in" takes the lowest free place, which
 * the next Then step may read ("the coat goes on hook 5"); a place freed ("the coat on hook 2 is
 * collected", a removal) is the next one taken.
 */
import type { StoryStep } from './model'
import { NUMBERED_PLACES } from './lexicon'

/** A Given that fills places 1 to its number, or a command that takes the lowest free place. */
export type PlaceEffect = { op: 'fillPlaces'; arg: number } | { op: 'takeLowestPlace' }

/** Places 1 to `count`. */
export function filledPlaces(count: number): number[] {
  return Array.from({ length: Math.max(0, Math.floor(count)) }, (_, index) => index + 1)
}

/** The lowest place from 1 up that the list does not hold. */
export function lowestFreePlace(items: readonly unknown[]): number {
  let place = 1
  while (items.includes(place)) place++
  return place
}

/** The same as code, over the list's field. */
export function placeEffectLines(effect: PlaceEffect, items: string, produced: string, parameter: string): string[] {
  if (effect.op === 'fillPlaces') return [`${items} = Array.from({ length: ${parameter} }, (_, index) => index + 1)`]
  return [`let place = 1`, `while (${items}.includes(place)) place++`, `${items}.push(place)`, `${produced} = place`]
}

type AddOption = (value: PlaceEffect | { op: 'remove'; arg: number }, bits: number, cued?: boolean) => void

/**
 * Where the feature's words number its places: a Given's number fills them, a command without
 * values takes the lowest free one, and a command with a number frees that place.
 */
export function placeEffectOptions(step: StoryStep, description: string, numberArgs: readonly number[], add: AddOption): void {
  if (!NUMBERED_PLACES.test(description.toLowerCase())) return
  if (step.role === 'given') for (const arg of numberArgs) add({ op: 'fillPlaces', arg }, 4)
  else if (step.params.length === 0) add({ op: 'takeLowestPlace' }, 4)
  else for (const arg of numberArgs) add({ op: 'remove', arg }, 4)
}
