/**
 * Conditional effects: a command whose effect depends on the state it leaves ("every fifth wash
 * is free": a wash counts one more, and costs nothing when the count is a multiple of five). A
 * charge is what one command costs: the last thing it produced, and added to a running total.
 * Searched only with periods the feature's words name, and dearer than any plain effect.
 */
import type { Value } from '../operation'
import type { Effect, NumberRegister, Story } from './model'

/**
 * A test of the state: whether a quantity is a multiple of a period (the fifth, the tenth...), or
 * has reached the goal the limit holds (the day's steps against the daily goal).
 */
export type StateTest = { kind: 'multiple'; reg: NumberRegister; period: number } | { kind: 'reached'; reg: NumberRegister }

/** Ordinal words, as a feature names a period ("the fifth wash is free"); not "second", more often a time or "another". */
const ORDINALS: Record<string, number> = {
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  twelfth: 12,
  twentieth: 20
}

/**
 * The periods a feature's words name: its ordinals ("the fifth wash"), "5th", and a number after
 * "every" ("every 5 washes"). Not every number it names: a bound is no period, and each period
 * more widens the search.
 */
export function namedPeriods(text: string): number[] {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  const ordinals = words.flatMap((word) => (ORDINALS[word] !== undefined ? [ORDINALS[word]] : []))
  const numbered = [...text.matchAll(/\b(\d+)(?:st|nd|rd|th)\b|\bevery (\d+)\b/gi)].map((match) => Number(match[1] ?? match[2]))
  return [...new Set([...ordinals, ...numbered])].filter((period) => period > 1).sort((a, b) => a - b)
}

/** Whether the test holds in a state's quantities. */
export function testHolds(test: StateTest, state: { count: number; other: number; limit: number | undefined }): boolean {
  if (test.kind === 'reached') return state.limit !== undefined && state[test.reg] >= state.limit
  return state[test.reg] % test.period === 0
}

/** The test as code over the class's fields (`field` names a register's). */
export function testText(test: StateTest, field: (register: NumberRegister | 'limit') => string): string {
  return test.kind === 'reached' ? `${field(test.reg)} >= ${field('limit')}` : `${field(test.reg)} % ${test.period} === 0`
}

/** A conditional effect costs this besides its parts: one effect that depends on the state is rarer than one that does not. */
export const CONDITIONAL_BITS = 8

/** What one charge costs in the prior: a constant chosen from those the examples show. */
const CHARGE_BITS = 2

/**
 * Counting one more, and charging one amount or another by whether the count is then a multiple
 * of a named period (`then` the multiple's: a free wash). Amounts come from the values Then steps
 * expect; only where the feature names a period.
 */
export function everyNthOptions(periods: readonly number[], amounts: readonly number[]): Array<{ value: Effect; bits: number }> {
  const options: Array<{ value: Effect; bits: number }> = []
  for (const period of periods)
    for (const then of amounts)
      for (const otherwise of amounts) {
        if (then === otherwise) continue
        const conditional: Effect = {
          op: 'when',
          test: { kind: 'multiple', reg: 'count', period },
          then: { op: 'charge', amount: then },
          otherwise: { op: 'charge', amount: otherwise }
        }
        options.push({
          value: { op: 'both', first: { op: 'step', reg: 'count', sign: 1 }, second: conditional },
          bits: 4 + CONDITIONAL_BITS + 2 * CHARGE_BITS
        })
      }
  return options
}

/** The numbers the story's Then steps expect: the amounts a charge may be. */
export function expectedNumbers(
  thenSteps: ReadonlyArray<{ index: number }>,
  scenarios: ReadonlyArray<{ events: ReadonlyArray<{ step: number; args: readonly Value[] }> }>
): number[] {
  const steps = new Set(thenSteps.map((step) => step.index))
  const numbers = scenarios.flatMap((scenario) =>
    scenario.events.flatMap((event) => (steps.has(event.step) ? event.args.filter((arg): arg is number => typeof arg === 'number') : []))
  )
  return [...new Set(numbers)].sort((a, b) => a - b)
}

/** The conditional effects a command without values may have in this story: none where its words name no period. */
export function conditionalEffectOptions(story: Story): Array<{ value: Effect; bits: number }> {
  const text = [story.name, story.description, ...story.scenarios.map((scenario) => scenario.name)].join('\n')
  const periods = namedPeriods(text)
  if (periods.length === 0) return []
  const readers = story.steps.filter((step) => step.role === 'then')
  return everyNthOptions(periods, expectedNumbers(readers, story.scenarios))
}

/** Whether an effect charges an amount somewhere in it: what it produces is then a number. */
export function charges(effect: Effect | undefined): boolean {
  if (effect === undefined) return false
  if (effect.op === 'charge') return true
  if (effect.op === 'both') return charges(effect.first) || charges(effect.second)
  if (effect.op === 'when') return charges(effect.then) || charges(effect.otherwise)
  return false
}
