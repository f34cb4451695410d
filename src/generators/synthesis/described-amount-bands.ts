/**
 * Amounts the description gives by bands of a number: "the lowest pay is 12.21 for workers of 21
 * and over, 10.00 from 18 to 20 and 7.55 under 18", "children under 3 go free; ages 3 to 15 pay
 * 8.00, 16 to 64 pay 14.50, and 65 and over pay 10.00". Each clause names one band and one amount
 * ("free" is nothing; "everyone else pays 9.00" fills the one band left between the others). Bands
 * that meet end to end (over whole numbers where the input holds only whole numbers) define a
 * quantity over a numeric input whose rows fall in two of them or more: the amount of the band its
 * value is in. The rule may compare with it or compute from it, as with the percentages of bands
 * (`described-percent-bands.ts`): the words state each edge and each amount.
 */
import type { Derived } from './derived'
import { apply, conditional, constant, input, type Program } from './program'
import type { ExampleTable } from './table'

const N = String.raw`(-?\d+(?:\.\d+)?)`
const NO_DIGIT_AFTER = String.raw`(?![\d%]|\.\d)`

type Edge = { at: number; inclusive: boolean }
type Band = { low?: Edge; high?: Edge; amount: number }

/** Ways to say a band, each read into its edges; the first that matches a clause is its band. */
const BAND_PHRASES: ReadonlyArray<{ pattern: RegExp; edges: (a: number, b: number) => Pick<Band, 'low' | 'high'> }> = [
  {
    pattern: new RegExp(String.raw`\b${N}\s*(?:to|-|–|until)\s*${N}${NO_DIGIT_AFTER}`, 'iu'),
    edges: (a, b) => ({ low: { at: a, inclusive: true }, high: { at: b, inclusive: true } })
  },
  {
    pattern: new RegExp(String.raw`\b${N}\s+(?:\p{L}+\s+)?(?:and|or)\s+(?:over|above|more|older|up|upwards)\b`, 'iu'),
    edges: (a) => ({ low: { at: a, inclusive: true } })
  },
  {
    pattern: new RegExp(String.raw`\b(?:over|above|more\s+than|older\s+than)\s+${N}${NO_DIGIT_AFTER}`, 'iu'),
    edges: (a) => ({ low: { at: a, inclusive: false } })
  },
  {
    pattern: new RegExp(String.raw`\b(?:at\s+least|from)\s+${N}${NO_DIGIT_AFTER}`, 'iu'),
    edges: (a) => ({ low: { at: a, inclusive: true } })
  },
  {
    pattern: new RegExp(String.raw`\b(?:under|below|less\s+than|younger\s+than)\s+${N}${NO_DIGIT_AFTER}`, 'iu'),
    edges: (a) => ({ high: { at: a, inclusive: false } })
  },
  {
    pattern: new RegExp(String.raw`\b(?:up\s+to|at\s+most|no\s+more\s+than)\s+${N}${NO_DIGIT_AFTER}`, 'iu'),
    edges: (a) => ({ high: { at: a, inclusive: true } })
  },
  {
    pattern: new RegExp(String.raw`\b${N}\s+(?:\p{L}+\s+)?(?:and|or)\s+(?:under|below|less|younger)\b`, 'iu'),
    edges: (a) => ({ high: { at: a, inclusive: true } })
  }
]

const NUMBER = /(?<![\d.])-?\d+(?:\.\d+)?(?![\d%]|\.\d)/gu
/** A band's own numbers, left out where a clause is looked at for an amount beside the bands. */
const NUMBER_IN_BAND = new RegExp(BAND_PHRASES.map(({ pattern }) => pattern.source).join('|'), 'giu')
const FREE = /\b(?:free|nothing)\b/iu
const THE_REST = /\b(?:else|others|otherwise|the\s+rest)\b/iu

/** The clauses of the words: a sentence, cut at commas, semicolons and "and" but in a band ("21 and over", "between 3 and 15"). */
function clausesOf(text: string): string[] {
  return (
    text
      .replace(/\bbetween\s+(-?\d+(?:\.\d+)?)\s+and\s+(-?\d+(?:\.\d+)?)/giu, 'from $1 to $2')
      .split(/[;,]|\.(?!\d)|\band\s+(?!(?:over|above|more|older|up|upwards|under|below|less|younger)\b)/iu)
      .map((clause) => clause.trim())
      // Percentages are the percentage bands'; times of day ("08:00 to 17:00") are no amounts.
      .filter((clause) => clause !== '' && !clause.includes('%') && !/\d:\d/u.test(clause))
  )
}

/** A clause's band and amount; undefined where it names no band, two, or not exactly one amount. */
function bandOf(clause: string): Band | 'rest' | undefined {
  for (const { pattern, edges } of BAND_PHRASES) {
    const match = pattern.exec(clause)
    if (match === null) continue
    const rest = clause.slice(0, match.index) + ' ' + clause.slice(match.index + match[0].length)
    if (BAND_PHRASES.some((other) => other.pattern.test(rest))) return undefined
    const amounts = [...rest.matchAll(NUMBER)].map((number) => Number(number[0]))
    const amount = amounts.length === 0 && FREE.test(rest) ? 0 : amounts.length === 1 ? amounts[0] : undefined
    const band = { ...edges(Number(match[1]), Number(match[2])), amount }
    // "18 to 20" rises; a date's "2024-05" is no band.
    if (amount === undefined || (band.low !== undefined && band.high !== undefined && band.low.at > band.high.at)) return undefined
    return { ...band, amount }
  }
  const amounts = [...clause.matchAll(NUMBER)]
  return amounts.length === 1 && THE_REST.test(clause) ? 'rest' : undefined
}

/** Whether a band's top meets the next band's bottom: nothing between, nothing in both. */
function meet(high: Edge, low: Edge, whole: boolean): boolean {
  if (high.at === low.at) return high.inclusive !== low.inclusive
  return whole && high.inclusive && low.inclusive && low.at === high.at + 1
}

/** Whether some value lies between a band's top and the next band's bottom (they neither meet nor overlap). */
const leavesGap = (high: Edge, low: Edge): boolean => low.at > high.at || (low.at === high.at && !high.inclusive && !low.inclusive)

/** The bands, lowest first, once they meet end to end; one amount for the rest fills the one gap the others leave. */
function chain(bands: readonly Band[], rest: readonly number[], whole: boolean): Band[] | undefined {
  const sorted = [...bands].sort((a, b) => (a.low?.at ?? -Infinity) - (b.low?.at ?? -Infinity))
  if (sorted.slice(1).some((band) => band.low === undefined) || sorted.slice(0, -1).some((band) => band.high === undefined))
    return undefined
  const chained: Band[] = [sorted[0]!]
  let filled = false
  for (const band of sorted.slice(1)) {
    const below = chained.at(-1)!
    if (!meet(below.high!, band.low!, whole)) {
      // Only a gap is filled: bands that overlap define nothing.
      if (filled || rest.length !== 1 || !leavesGap(below.high!, band.low!)) return undefined
      // The rest lies between: from just past the band below to just before this one.
      chained.push({ low: { at: below.high!.at, inclusive: !below.high!.inclusive }, amount: rest[0]! })
      filled = true
    }
    chained.push(band)
  }
  return chained.length >= 2 ? chained : undefined
}

/** The amount of each numeric input's band, for inputs whose rows fall in two bands or more. */
export function describedAmountBands(text: string, table: ExampleTable): Derived[] {
  const clauses = clausesOf(text)
  const read = clauses.map(bandOf)
  const bands = read.filter((band): band is Band => typeof band === 'object')
  const rest = clauses.flatMap((clause, index) => (read[index] === 'rest' ? [Number(clause.match(NUMBER)![0])] : []))
  if (bands.length < 2) return []
  // Amounts the words give beside the bands ("or 8.50 with a student card", "may be paid 7.55 whatever their
  // age") qualify them in ways the bands do not say: a rule over the bands is then not called sure.
  const qualified = clauses.some((clause, index) => read[index] === undefined && clause.replace(NUMBER_IN_BAND, ' ').match(NUMBER) !== null)
  return table.columns
    .filter((column) => column.type === 'number' && column.derived !== true)
    .flatMap((column): Derived[] => {
      const values = column.values.map(Number)
      const chained = chain(bands, rest, values.every(Number.isInteger))
      if (chained === undefined) return []
      const bandIndex = (value: number) => chained.findLastIndex((band) => band.low === undefined || startsBy(band.low, value))
      if (new Set(values.map(bandIndex)).size < 2) return []
      const value = input(column.name, 'number')
      const program = chained
        .slice(1)
        .reduce<Program>(
          (otherwise, band) =>
            conditional(
              apply(band.low!.inclusive ? 'greaterOrEqual' : 'greater', value, constant(band.low!.at)),
              constant(band.amount),
              otherwise
            ),
          constant(chained[0]!.amount)
        )
      return [{ name: `${column.name}_statedAmount`, program, confident: !qualified, stated: true }]
    })
}

const startsBy = (low: Edge, value: number): boolean => (low.inclusive ? value >= low.at : value > low.at)
