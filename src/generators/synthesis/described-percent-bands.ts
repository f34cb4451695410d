/**
 * Percentages the description gives by bands of a number: "30% off after 1 claim-free year, 40%
 * after 2, 50% after 3 or 4 and 60% from 5 years", "10% off for 5 or more tickets and 15% for
 * more than 9". Over a numeric input whose rows fall in at least two of the bands, the words
 * define a quantity: the percentage of the band the value is in, none below the first. It is a
 * quantity the rule may read (`percentOff(premium, percent)`), as the derived quantities of
 * formulas are: the words state each band, the rows need not rediscover each edge. Words whose
 * bands do not rise, or give one band two percentages, define nothing.
 */
import type { Derived } from './derived'
import { type Program, apply, conditional, constant, evaluateProgram, input } from './program'
import type { ExampleTable } from './table'

/** A number, then "%" or "per cent". */
const PERCENT = /(\d+(?:\.\d+)?)\s*(?:%|per\s?cent\b)/giu

/** The band's start after its percentage: "after 2", "from 5", "for 5 or more", "at least 3" (inclusive); "over 9", "more than 9" (exclusive). */
const START = /^[^%.;]*?\b(?:(after|from|for|at|with|at least|over|above|more than)\s+(\d+(?:\.\d+)?))(?!\s*%|\.\d|\d)/iu

/** A start said before the percentage: "10 or more", "at least 10" (inclusive); "more than 9", "over 9" (exclusive). */
const START_BEFORE = /\b(\d+(?:\.\d+)?)(?:\s+\p{L}+)?\s+or\s+more\b|\b(?:more\s+than|over|above)\s+(\d+(?:\.\d+)?)\b/giu

/** The words of the sentence before a position: from the last full stop that ends a sentence. */
const sentenceBefore = (text: string, end: number): string =>
  text
    .slice(0, end)
    .split(/\.(?!\d)/u)
    .at(-1) ?? ''

type Band = { percent: number; start: number; inclusive: boolean }

/** The bands the words give, in the order they say them, or undefined where there are fewer than two or they do not rise. */
function statedBands(text: string): Band[] | undefined {
  const bands: Band[] = []
  for (const match of text.matchAll(PERCENT)) {
    const after = text.slice(match.index + match[0].length)
    // The band's start lies before the next percentage.
    const clause = after.split(/\d+(?:\.\d+)?\s*(?:%|per\s?cent\b)/iu)[0]!
    const start = START.exec(clause)
    if (start !== null) {
      const cue = start[1]!.toLowerCase()
      bands.push({ percent: Number(match[1]), start: Number(start[2]), inclusive: !['over', 'above', 'more than'].includes(cue) })
      continue
    }
    // Or the start said before it, in the same sentence: "groups of 10 or more get 15% off".
    const before = [...sentenceBefore(text, match.index).matchAll(START_BEFORE)].at(-1)
    if (before !== undefined)
      bands.push({ percent: Number(match[1]), start: Number(before[1] ?? before[2]), inclusive: before[1] !== undefined })
  }
  // One band alone only where the words give one percentage: another one unread may be a band of its own.
  if (bands.length === 0 || (bands.length === 1 && [...text.matchAll(PERCENT)].length > 1)) return undefined
  for (let index = 1; index < bands.length; index++) if (bands[index]!.start <= bands[index - 1]!.start) return undefined
  return new Set(bands.map((band) => band.percent)).size === bands.length ? bands : undefined
}

const inBand = (band: Band, value: number): boolean => (band.inclusive ? value >= band.start : value > band.start)

/** The percentage of each numeric input's band, for inputs whose rows fall in two bands or more. */
export function describedPercentBands(text: string, table: ExampleTable): Derived[] {
  const bands = statedBands(text)
  if (bands === undefined) return []
  const numbers = table.columns.filter((column) => column.type === 'number')
  // Counts of one thing in kinds (adults and children are all tickets): a band of "6 or more tickets" may be of them together.
  const given = numbers.filter((column) => column.derived !== true)
  const counts = given.filter((column) => column.values.every((value) => Number.isInteger(value) && Number(value) >= 0))
  const together =
    counts.length >= 2 && counts.length === given.length
      ? [
          {
            name: 'together',
            value: counts.map((column) => input(column.name, 'number') as Program).reduce((sum, next) => apply('add', sum, next))
          }
        ]
      : []
  const valuesOf = (value: Program): number[] =>
    value.kind === 'input'
      ? numbers.find((column) => column.name === value.name)!.values.map(Number)
      : table.examples.map((example) => evaluateProgram(value, example.inputs)).map((result) => (result.ok ? Number(result.value) : NaN))
  const measured = [...numbers.map((column) => ({ name: column.name, value: input(column.name, 'number') as Program })), ...together]
  return measured
    .filter(({ value }) => new Set(valuesOf(value).map((number) => bands.filter((band) => inBand(band, number)).length)).size >= 2)
    .map(({ name, value }): Derived => {
      const program = bands.reduce<Program>(
        (otherwise, band) =>
          conditional(apply(band.inclusive ? 'greaterOrEqual' : 'greater', value, constant(band.start)), constant(band.percent), otherwise),
        constant(0)
      )
      return { name: `${name}_statedPercent`, program, confident: true, stated: true, percent: true }
    })
}
