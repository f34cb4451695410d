/**
 * A range the feature's description names for the quantity ("can be set from 5 to 30 degrees",
 * "stays between 5.0 and 30.0", "anything outside 5.0 to 30.0 is refused"), or one side of one ("a
 * goal below 1000 steps is refused"): a command that would leave the quantity outside it is refused. The range is the spec's own words, so where
 * the examples agree with it (some command refused, some accepted) it is the rule, not a guess:
 * a step past the top, a step past the bottom and a value set out of range are all refused by it.
 */
import type { Value } from '../operation'
import { evaluateProgram, type Program } from '../synthesis'
import type { Effect } from './model'

const NUMBER = String.raw`(-?\d+(?:\.\d+)?)`
const RANGES = [
  new RegExp(String.raw`\bbetween ${NUMBER} and ${NUMBER}(?!\.\d|\d)`, 'gi'),
  new RegExp(String.raw`\bfrom ${NUMBER} to ${NUMBER}(?!\.\d|\d)`, 'gi'),
  new RegExp(String.raw`\b(?:outside|within) (?:of )?${NUMBER} (?:to|and|-) ${NUMBER}(?!\.\d|\d)`, 'gi')
]

/** The one range the description names (its lower bound first); undefined where it names none or two different ones. */
export function describedRange(description: string): [number, number] | undefined {
  const ranges = new Set<string>()
  for (const pattern of RANGES)
    for (const match of description.matchAll(pattern)) {
      const [a, b] = [Number(match[1]), Number(match[2])]
      if (a !== b) ranges.add(JSON.stringify([Math.min(a, b), Math.max(a, b)]))
    }
  return ranges.size === 1 ? (JSON.parse([...ranges][0]!) as [number, number]) : undefined
}

/** A number read as a percentage ("the blind is {int} percent open"): it lies between 0 and 100. */
const PERCENT = /\{(int|float)\}\s*(percent|per cent|%)/

/**
 * The range the quantity is kept within: the one the description names, else 0 to 100 where the
 * steps read it as a percentage (a blind fully closed or fully open, a battery empty or full).
 */
export function quantityRange(description: string, expressions: readonly string[]): [number, number] | undefined {
  return describedRange(description) ?? (expressions.some((expression) => PERCENT.test(expression)) ? [0, 100] : undefined)
}

/** One side the description bounds a value on: "a goal below 1000 is refused", "at most 120 minutes". */
const SIDES: ReadonlyArray<[RegExp, 'less' | 'greater']> = [
  [new RegExp(String.raw`\b(?:below|under|less than|fewer than|at least|no less than)\s+${NUMBER}(?!\.\d|\d)`, 'gi'), 'less'],
  [new RegExp(String.raw`\b(?:above|over|more than|at most|no more than|up to)\s+${NUMBER}(?!\.\d|\d)`, 'gi'), 'greater']
]

/** Words after a bound that tie it to one command, not to the quantity: "at most 10 points at a time". */
const ONE_AT_A_TIME =
  /^(?:\s+[\p{L}-]+){0,3}?\s+(?:at a time|in one go|at once|each time|in a single|per (?:go|turn|visit|order|award|transaction))\b/iu

/**
 * The one-sided bounds the description names, as the refusal each stands for over `value`, or
 * over `amount` (the command's own number) where the words tie the bound to one command.
 */
function describedSides(description: string, value: Program, amount: Program | undefined): Program[] {
  return SIDES.flatMap(([pattern, operator]) =>
    [...description.matchAll(pattern)].flatMap((match): Program[] => {
      const bounded = ONE_AT_A_TIME.test(description.slice(match.index + match[0].length)) ? amount : value
      return bounded === undefined ? [] : [{ kind: 'apply', operator, args: [bounded, { kind: 'constant', value: Number(match[1]) }] }]
    })
  )
}

/** The number a command adds or takes, as a guard input, or undefined. */
function amountOf(effect: Effect | undefined, occurrences: ReadonlyArray<{ inputs: Record<string, Value> }>): Program | undefined {
  const change = effect?.op === 'both' ? effect.second : effect
  const index = change?.op === 'add' ? change.arg : change?.op === 'tableAdd' ? change.value : undefined
  if (index === undefined) return undefined
  const name = `arg${index}`
  return occurrences.every((occurrence) => typeof occurrence.inputs[name] === 'number')
    ? { kind: 'input', name, type: 'number' }
    : undefined
}

/**
 * What the command would leave the quantity at, as a guard input: `after` for a command that adds
 * or takes (which the guard's inputs hold), the value itself for one that sets it.
 */
function leftAt(effect: Effect | undefined, occurrences: ReadonlyArray<{ inputs: Record<string, Value> }>): Program | undefined {
  if (occurrences.every((occurrence) => typeof occurrence.inputs.after === 'number'))
    return { kind: 'input', name: 'after', type: 'number' }
  const set = effect?.op === 'both' ? effect.second : effect
  if (set?.op !== 'set') return undefined
  const name = `arg${set.arg}`
  return occurrences.every((occurrence) => typeof occurrence.inputs[name] === 'number')
    ? { kind: 'input', name, type: 'number' }
    : undefined
}

/** `value < low || value > high`. */
export function outsideRange(value: Program, [low, high]: [number, number]): Program {
  return {
    kind: 'apply',
    operator: 'or',
    args: [
      { kind: 'apply', operator: 'less', args: [value, { kind: 'constant', value: low }] },
      { kind: 'apply', operator: 'greater', args: [value, { kind: 'constant', value: high }] }
    ]
  }
}

/**
 * The described range as a command's guard, where it agrees with every time the command came and
 * the examples show it both refused and accepted; undefined otherwise.
 */
export function describedRangeGuard(
  description: string,
  effect: Effect | undefined,
  occurrences: ReadonlyArray<{ inputs: Record<string, Value>; refused: boolean }>
): Program | undefined {
  if (!occurrences.some((occurrence) => occurrence.refused) || occurrences.every((occurrence) => occurrence.refused)) return undefined
  const value = leftAt(effect, occurrences)
  if (value === undefined) return undefined
  const range = describedRange(description)
  const candidates = [
    ...(range === undefined ? [] : [outsideRange(value, range)]),
    ...describedSides(description, value, amountOf(effect, occurrences))
  ]
  const fitting = candidates.filter((guard) =>
    occurrences.every((occurrence) => {
      const holds = evaluateProgram(guard, occurrence.inputs)
      return holds.ok && holds.value === occurrence.refused
    })
  )
  // Two bounds the words name that both fit ("below 1000", "at least 1000" are one): the examples do not say which one is meant.
  const distinct = new Map(fitting.map((guard) => [JSON.stringify(guard), guard]))
  return distinct.size === 1 ? [...distinct.values()][0] : undefined
}
