/**
 * Amounts at a rate and time that runs out: "a 1.00 euro coin buys 30 minutes" adds 30 minutes
 * per euro, and "10 minutes pass" takes time off what is left, which never goes below nothing
 * (a meter with 5 minutes left shows 0 after 10 more). Options for the story search, and the
 * arithmetic the interpreter, the guard's `after` and the rendered class share.
 */
import type { StoryStep } from './model'
import { RUNS_OUT, STOPS_AT, TIME_PASSES } from './lexicon'

/** A command's number times a rate, added or taken; with `low`, never below it. */
export interface RateAdd {
  op: 'rateAdd'
  reg: 'count' | 'other'
  arg: number
  sign: 1 | -1
  /** 1 where only `low` is new: time passing takes its minutes off, down to nothing. */
  scale: number
  low?: number
  /** Where the words say the quantity stops (a battery charged up to 100%): never above it. */
  high?: number
}

/**
 * What the register holds after the command. A rate with decimals adds up as the decimal it
 * stands for (1.00 less 0.40 twice, less 0.10 twice, is 0, not -5.6e-17), as the class's asDecimal does.
 */
export function rateAddAfter(effect: RateAdd, before: number, amount: number): number {
  const decimal = (value: number) => Number(value.toPrecision(14))
  const after = Number.isInteger(effect.scale)
    ? before + effect.sign * effect.scale * amount
    : decimal(before + effect.sign * decimal(effect.scale * amount))
  const raised = effect.low === undefined ? after : Math.max(effect.low, after)
  return effect.high === undefined ? raised : Math.min(effect.high, raised)
}

/** The same as code, over the register's and the parameter's code. */
export function rateAddText(effect: RateAdd, register: string, parameter: string): string {
  const amount = effect.scale === 1 ? parameter : `${effect.scale} * ${parameter}`
  const after = Number.isInteger(effect.scale)
    ? `${register} ${effect.sign > 0 ? '+' : '-'} ${amount}`
    : `asDecimal(${register} ${effect.sign > 0 ? '+' : '-'} asDecimal(${amount}))`
  const raised = effect.low === undefined ? after : `Math.max(${effect.low}, ${after})`
  return effect.high === undefined ? raised : `Math.min(${effect.high}, ${raised})`
}

/** An amount a unit: "charges 2% a minute", "30.00 a day", "1.20 euros an hour". */
const AMOUNT_A_UNIT = /(?<![\w.])(\d+(?:\.\d+)?)%?(?:\s+(?!(?:and|or|to|of|in|on|at|for|with|is|are|was)\b)\p{L}+)?\s+an?\s+\p{L}+/giu

/** What each of something takes: "each hole drilled uses 5%". */
const EACH_TAKES = /\b(?:each|every)\s+\p{L}[^\d.;,]{0,30}?(?<![\w.])(\d+(?:\.\d+)?)(?!\w|\.\d)/giu

/**
 * Rates the feature's words state: an amount for each of something ("5.00 for each ball"), and of
 * two numbers one after the other in a sentence, the second per the first ("a 1.00 euro coin buys
 * 30 minutes": 30; "a 0.50 euro coin buys 15 minutes": 30 again). Of a pair, only rates above 1:
 * below, the pair is more likely two unrelated amounts.
 */
export function statedRates(text: string): number[] {
  const known = RATES_OF_TEXT.get(text)
  if (known !== undefined) return known
  const rates = readRates(text)
  if (RATES_OF_TEXT.size > 256) RATES_OF_TEXT.clear()
  RATES_OF_TEXT.set(text, rates)
  return rates
}

/** Rates by the description stating them: every command of a story asks for the same text's. */
const RATES_OF_TEXT = new Map<string, number[]>()

function readRates(text: string): number[] {
  const rates = new Set<number>()
  // An amount for each of something ("a deposit of 5.00 is taken for each ball borrowed"): the rate itself, whatever the line breaks.
  for (const match of text
    .replace(/\s+/g, ' ')
    .matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?!\w|\.\d)[^\d.;]{0,30}?\b(?:for each|for every|per|each)\b/g))
    if (Number(match[1]) > 0) rates.add(Number(match[1]))
  for (const pattern of [AMOUNT_A_UNIT, EACH_TAKES])
    for (const match of text.matchAll(pattern)) if (Number(match[1]) > 0) rates.add(Number(match[1]))
  for (const sentence of text.split(/\.(?!\d)|[;:\n]/)) {
    const numbers = [...sentence.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?!\w|\.\d)/g)].map((match) => Number(match[1]))
    for (let index = 1; index < numbers.length; index++) {
      const [per, amount] = [numbers[index - 1]!, numbers[index]!]
      if (per === 0) continue
      const rate = Number((amount / per).toPrecision(6))
      if (rate > 1) rates.add(rate)
    }
  }
  return [...rates].sort((a, b) => a - b)
}

type AddOption = (value: RateAdd, bits: number, cued?: boolean) => void

/**
 * What a command with a number may do at a rate the feature's words state, or as time that runs
 * out (only where the step says time passes or the words say something runs out: every option
 * widens the search); each dearer than a plain add.
 */
export function rateEffectOptions(
  step: StoryStep,
  description: string,
  numberArgs: readonly number[],
  add: AddOption,
  bounds: readonly number[] = []
): void {
  const timePasses = TIME_PASSES.test(step.words)
  const runsOut = timePasses || RUNS_OUT.test(description.toLowerCase())
  const rates = statedRates(description)
  // A quantity the words say stops at a bound ("stops at 100%"): raised at a rate up to it, never past.
  const highs = STOPS_AT.test(description.toLowerCase()) ? bounds.filter((bound) => bound > 0) : []
  for (const arg of numberArgs) {
    for (const reg of ['count', 'other'] as const) {
      const extra = reg === 'count' ? 0 : 1
      // Time going by takes itself off what is left, which stays at nothing once it runs out.
      if (runsOut) add({ op: 'rateAdd', reg, arg, sign: -1, scale: 1, low: 0 }, 4 + extra, timePasses)
      for (const scale of rates) {
        for (const sign of [1, -1] as const) add({ op: 'rateAdd', reg, arg, sign, scale }, 5 + extra)
        for (const high of highs) add({ op: 'rateAdd', reg, arg, sign: 1, scale, high }, 6 + extra)
      }
    }
  }
}
