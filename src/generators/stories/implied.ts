/**
 * Refusals a command's own effect implies, beside those of amounts (search.ts `naturalGuard`):
 * a command that puts the state in a mode, or sets or clears the yes/no state, is refused when
 * the state is already there (a ticket scanned at an open gate, a walk through a closed one).
 */
import { apply, constant, input, type Program } from '../synthesis'
import type { Effect } from './model'

/** The state a command puts the mode or the yes/no state in, when it sets one to a fixed value. */
function stateItSets(effect: Effect | undefined): { name: 'mode'; value: string } | { name: 'flag'; value: boolean } | undefined {
  if (effect?.op === 'both') return stateItSets(effect.first)
  if (effect?.op === 'mode') return { name: 'mode', value: effect.value }
  if (effect?.op === 'flag') return { name: 'flag', value: effect.value }
  return undefined
}

/** "Refused when the state is already what the command makes it", as a guard over its inputs; undefined for other effects. */
export function alreadyThereGuard(effect: Effect | undefined): Program | undefined {
  const sets = stateItSets(effect)
  if (sets === undefined) return undefined
  if (sets.name === 'mode') return apply('sameText', input('mode', 'string'), constant(sets.value))
  const flag = input('flag', 'boolean')
  return sets.value ? flag : apply('not', flag)
}

/** The parameter a command puts on the list or takes off it, if it does. */
export function listedArgument(effect: Effect | undefined): number | undefined {
  if (effect?.op === 'both') return listedArgument(effect.first) ?? listedArgument(effect.second)
  return effect?.op === 'push' ||
    effect?.op === 'pushUnique' ||
    effect?.op === 'unshift' ||
    effect?.op === 'remove' ||
    effect?.op === 'moveItem' ||
    effect?.op === 'pushAhead'
    ? effect.arg
    : undefined
}

const LISTED = input('listed', 'boolean')
const FULL = apply('greaterOrEqual', input('size', 'number'), input('limit', 'number'))
const NO_STOCK = apply('lessOrEqual', input('stock', 'number'), constant(0))
const EMPTY = apply('lessOrEqual', input('size', 'number'), constant(0))

/**
 * Refusals a list's command implies, likeliest first: one that puts an item on the list is refused
 * when the item is on it already (a seat already taken, a member already signed up) or the list is
 * at its limit (a class full), or either; one that takes an item off is refused when the item is
 * not on it (a locker with no bag, a book not on loan), one that takes the next item when there is
 * none, one that deletes an item's entry when it has none. Empty for other effects.
 */
export function listGuards(effect: Effect | undefined): Program[] {
  const taken = effect?.op === 'both' ? [effect.first, effect.second] : [effect]
  if (taken.some((part) => part?.op === 'remove' || part?.op === 'moveItem')) return [apply('not', LISTED)]
  // An item's entry taken off the table (a product off the order): refused when it has none.
  if (taken.some((part) => part?.op === 'tableDelete')) return [NO_STOCK]
  // Taking the next item from the front or the top: refused when there is none (an empty plate, nobody waiting).
  if (taken.some((part) => part?.op === 'shift' || part?.op === 'pop')) return [EMPTY]
  // The lowest free place is never on the list: only a full list refuses it.
  if (taken.some((part) => part?.op === 'takeLowestPlace')) return [FULL]
  // The same item logged again by the same person.
  if (taken.some((part) => part?.op === 'tally')) return [LISTED]
  if (!taken.some((part) => part?.op === 'push' || part?.op === 'pushUnique' || part?.op === 'unshift' || part?.op === 'pushAhead'))
    return []
  return [LISTED, FULL, apply('or', LISTED, FULL)]
}

/** Ranges the feature's words name ("floors 0 to 10", "between 1 and 6"): each pair of numbers, lower first. */
export function describedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const match of text.matchAll(/(?<![\w.])(-?\d+)\s+(?:to|and)\s+(-?\d+)(?!\w|\.\d)/g)) {
    const [low, high] = [Number(match[1]), Number(match[2])]
    if (low < high && !ranges.some((range) => range[0] === low && range[1] === high)) ranges.push([low, high])
  }
  return ranges
}

const outside = (low: Program, high: Program, place: Program = input('after', 'number')): Program =>
  apply('or', apply('less', place, low), apply('greater', place, high))

/**
 * Refusals a move to a place the command names implies (a lift called to a floor): the place is
 * outside the range the feature's words name ("floors 0 to 10"), or below 0 or above the limit the
 * state holds (a Given's "floors 0 to 8"). A number the command sets the quantity to is such a
 * place too, where the state holds a limit (a TV of 12 channels, 1 to 12: typing 15 or 0 is
 * refused), from 0 or from 1. Empty for other effects.
 */
export function travelGuards(effect: Effect | undefined, ranges: ReadonlyArray<[number, number]>, keepsLimit: boolean): Program[] {
  const parts = effect?.op === 'both' ? [effect.first, effect.second] : [effect]
  const limit = input('limit', 'number')
  const set = parts.find((part) => part?.op === 'set' && part.reg === 'count')
  if (set?.op === 'set' && keepsLimit) {
    const place = input(`arg${set.arg}`, 'number')
    return [0, 1].map((low) => outside(constant(low), limit, place))
  }
  if (!parts.some((part) => part?.op === 'travel')) return []
  return [...ranges.map(([low, high]) => outside(constant(low), constant(high))), ...(keepsLimit ? [outside(constant(0), limit)] : [])]
}

/**
 * A command refused in the modes the examples show it refused in, each one a command put the
 * thing in and a Then step shows by name (`shown`: a ride "parked" refuses more riding); undefined
 * where a refusal came before any mode was set, or in a mode no Then step shows.
 */
export function refusedModesGuard(
  occurrences: ReadonlyArray<{ inputs: Record<string, unknown>; refused: boolean }>,
  shown: ReadonlySet<unknown>
): Program | undefined {
  const refused = [...new Set(occurrences.filter((occurrence) => occurrence.refused).map((occurrence) => occurrence.inputs.mode))]
  const named = (mode: unknown): mode is string => typeof mode === 'string' && mode !== '' && shown.has(mode)
  if (refused.length === 0 || !refused.every(named)) return undefined
  const mode = input('mode', 'string')
  return refused
    .sort()
    .map((value): Program => apply('sameText', mode, constant(value)))
    .reduce((left, right) => apply('or', left, right))
}

/**
 * A command that puts the mode in one state is accepted only in the modes the examples show it
 * accepted in, as a step of a lifecycle is (an order is delivered once shipped: refused before
 * it was paid, and after it was paid but not shipped); undefined for other effects.
 */
export function acceptedModesGuard(
  effect: Effect | undefined,
  occurrences: ReadonlyArray<{ inputs: Record<string, unknown>; refused: boolean }>
): Program | undefined {
  const target = effect?.op === 'both' ? effect.first : effect
  if (target?.op !== 'mode') return undefined
  const accepted = [...new Set(occurrences.filter((occurrence) => !occurrence.refused).map((occurrence) => occurrence.inputs.mode))]
  if (accepted.length === 0 || !accepted.every((mode): mode is string => typeof mode === 'string' && mode !== '')) return undefined
  const mode = input('mode', 'string')
  const either = accepted
    .sort()
    .map((value): Program => apply('sameText', mode, constant(value)))
    .reduce((left, right) => apply('or', left, right))
  return apply('not', either)
}
