/**
 * A percentage or a rate the feature's words state ("a refund of 80 percent", "0.45 per kWh") that
 * the rule found from the rows never takes, where it takes another of about the same size instead.
 * What the rule takes is read off the program itself: what one more unit of an input adds to an
 * output (and a hundred more, which a rounding cannot hide), at each example. The rows are the
 * specification and the rule follows them; the words then say something else, and a person should
 * know before trusting either.
 */
import type { Operation, Value } from '../operation'
import { evaluateProgram, type Program } from './program'

/** "80 percent", "80 per cent", "80%". */
const STATED_PERCENT = /(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)/giu
/** "0.45 per kWh", "€1.20 a litre", "3 pounds an hour", "12.00 a day" (not "per cent"). */
const STATED_RATE =
  /(?<![\w.,])(\d+(?:\.\d+)?)\s*(?:€|£|\$|euros?|pounds?|dollars?|cents?|pence)?\s+(?:per|an?|each|for each|for every)\s+(?!cent\b)([a-z][\w-]*)/giu
/** Numbers written in a rule's text. */
const RULE_NUMBER = /(?<![\w.])(\d+(?:\.\d+)?)(?![\w.])/gu

/** A rate the rule takes at fewer examples than this is a step between bands, not a rate. */
const SEEN_AT_LEAST = 2
/** A rate more than this factor from the stated one is a rate of something else (another unit), not the stated one changed. */
const SAME_SIZE = 3
/** A percentage more than this factor from the stated one, in any of its writings, is a share of something else. */
const SAME_SHARE = 2

const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a))
const ratio = (a: number, b: number) => Math.max(a / b, b / a)

export interface WordsAgainstRule {
  /** As the words write it: "80 percent", "0.50 per kWh". */
  stated: string
  /** What the rule takes instead, written the same way: "85 percent", "0.45 per kWh". */
  used: string
}

type Outputs = ReadonlyArray<{ type: string; program: Program; description: string }>

function evaluate(program: Program, inputs: Record<string, Value>): number | undefined {
  const result = evaluateProgram(program, inputs)
  return result.ok && typeof result.value === 'number' && Number.isFinite(result.value) ? result.value : undefined
}

/** The rates the rule takes: what one (or a hundred) more of a numeric input adds to a numeric output, seen at two examples or more. */
function ruleRates(operation: Operation, outputs: Outputs): number[] {
  const seen = new Map<number, Set<number>>()
  const numeric = operation.inputs.filter((input) => input.type === 'number').map((input) => input.name)
  for (const { program } of outputs.filter((output) => output.type === 'number'))
    for (const name of numeric)
      operation.examples.forEach((example, row) => {
        const at = example.inputs[name]
        const before = typeof at === 'number' ? evaluate(program, example.inputs) : undefined
        if (before === undefined) return
        for (const step of [1, 100]) {
          const after = evaluate(program, { ...example.inputs, [name]: (at as number) + step })
          if (after === undefined) continue
          const rate = Number(((after - before) / step).toPrecision(10))
          if (rate !== 0) seen.set(rate, (seen.get(rate) ?? new Set()).add(row))
        }
      })
  return [...seen].filter(([, rows]) => rows.size >= SEEN_AT_LEAST).map(([rate]) => rate)
}

/** The ways a rule takes a percentage p: as a share, a share off or on. */
const shares = (percent: number): number[] => [percent / 100, 1 - percent / 100, 1 + percent / 100]

function percentAgainst(words: string, rates: readonly number[], outputs: Outputs): WordsAgainstRule | undefined {
  const stated = [...words.matchAll(STATED_PERCENT)].map((match) => Number(match[1]))
  if (stated.length !== 1) return undefined
  const percent = stated[0]!
  // Written in the rule (a condition, a share), or taken as a rate: the words and the rows agree.
  const written = outputs.flatMap((output) => [...output.description.matchAll(RULE_NUMBER)].map((match) => Number(match[1])))
  const writings = [percent, 100 - percent, 100 + percent, ...shares(percent)]
  if ([...written, ...rates].some((number) => writings.some((writing) => same(number, writing)))) return undefined
  for (const rate of rates) {
    if (!(rate > 0 && rate < 2) || same(rate, 1)) continue
    // The rate as a percentage in each writing (a share, a share off, a share on): one of about the stated size.
    const taken = [rate * 100, (1 - rate) * 100, (rate - 1) * 100].map((share) => Math.round(share * 100) / 100)
    const used = taken.find((share) => share > 0 && Number.isInteger(share) && ratio(share, percent) <= SAME_SHARE)
    if (used !== undefined) return { stated: `${percent} percent`, used: `${used} percent` }
  }
  return undefined
}

/** A rate as the words write theirs: with as many decimals, where that is exact. */
function likeStated(rate: number, written: string): string {
  const decimals = written.split('.')[1]?.length ?? 0
  return Number(rate.toFixed(decimals)) === rate ? rate.toFixed(decimals) : String(rate)
}

function rateAgainst(words: string, rates: readonly number[]): WordsAgainstRule | undefined {
  // A handful at most: every sum of them is tried.
  const stated = [...words.matchAll(STATED_RATE)]
    .slice(0, 6)
    .map((match) => ({ written: match[1]!, value: Number(match[1]), unit: match[2]! }))
  if (stated.length === 0) return undefined
  // Rates the words add up ("30.00 a day" and "an extra 12.00 a day" is 42 a day) or take a stated share of.
  const percents = [...words.matchAll(STATED_PERCENT)].map((match) => Number(match[1]))
  const factors = [1, ...percents.flatMap((percent) => shares(percent))]
  const sums = (entries: typeof stated): number[] =>
    entries.length === 0 ? [0] : sums(entries.slice(1)).flatMap((sum) => [sum, sum + entries[0]!.value])
  const explains = (rate: number, entry: (typeof stated)[number]) =>
    sums(stated.filter((other) => other !== entry)).some((rest) => factors.some((factor) => same(rate, (entry.value + rest) * factor)))
  const explained = (rate: number) => stated.some((entry) => explains(rate, entry))
  for (const entry of stated) {
    if (rates.some((rate) => explains(rate, entry))) continue
    const instead = rates.find((rate) => rate > 0 && !explained(rate) && ratio(rate, entry.value) < SAME_SIZE)
    if (instead !== undefined)
      return { stated: `${entry.written} per ${entry.unit}`, used: `${likeStated(instead, entry.written)} per ${entry.unit}` }
  }
  return undefined
}

/** A percentage or a rate the words state that the rule never takes, beside the one of its size it takes instead; undefined where they agree. */
export function wordsAgainstRule(words: string, operation: Operation, outputs: Outputs): WordsAgainstRule | undefined {
  if (!new RegExp(STATED_PERCENT.source, 'iu').test(words) && !new RegExp(STATED_RATE.source, 'iu').test(words)) return undefined
  const rates = ruleRates(operation, outputs)
  return percentAgainst(words, rates, outputs) ?? rateAgainst(words, rates)
}
