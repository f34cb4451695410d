/**
 * Tiered rates: one rate on an amount up to a threshold the words name, another on the part
 * above it (a commission of 4% on the first 10000 and 6% above, a tax band, a tiered tariff).
 * The thresholds come from the feature's words, never from the rows, so the form is cheap: one
 * fit per numeric input and named number (or pair of them) inside the inputs' range. The rates
 * are learnt from the rows of each band, written with as few digits as fit, and the total is
 * rounded the way the outputs are (to the cent, to a whole number) where they need it.
 */
import { valuesAgree } from '../operation'
import type { Entry } from './bank'
import { type Candidate, type Problem, candidateOf, explains } from './candidate'
import { roundHalfUp, simplestDecimal } from './numbers'
import { type Program, apply, constant } from './program'

/** Words that speak of bands of an amount: "the first 10000", "the part above", "each band". */
const TIER_WORDS = [
  'first',
  'above',
  'over',
  'beyond',
  'part',
  'portion',
  'band',
  'bands',
  'bracket',
  'brackets',
  'tier',
  'tiers',
  'tiered',
  'excess',
  'next',
  'remainder',
  'rest'
]

/** At most this many thresholds: three bands are what tariffs and tax tables usually have. */
const MAX_THRESHOLDS = 2

/** A rate is a short decimal (0.04, 0.275), as a percentage is. */
const MAX_RATE_DIGITS = 4

type Rounding = (value: number) => number

/** The bands of `amount` at these thresholds: up to the first, between each two, above the last. */
export function bandsOf(amount: number, thresholds: readonly number[]): number[] {
  const bands: number[] = []
  let lower = 0
  for (const threshold of thresholds) {
    bands.push(Math.max(0, Math.min(amount, threshold) - lower))
    lower = threshold
  }
  bands.push(Math.max(0, amount - lower))
  return bands
}

/** The rule as a program: each band's rate on the amount in it, summed (a band at rate 0 is left out). */
export function tieredProgram(amount: Program, thresholds: readonly number[], rates: readonly number[]): Program | undefined {
  const terms: Program[] = []
  rates.forEach((rate, band) => {
    if (rate === 0) return
    const lower = band === 0 ? undefined : thresholds[band - 1]!
    const upper = band < thresholds.length ? thresholds[band]! : undefined
    // Up to the first threshold: `Math.min(sales, 10000)`; above the last: `Math.max(sales - 10000, 0)`.
    let part: Program =
      lower === undefined ? apply('min', amount, constant(upper!)) : apply('max', apply('subtract', amount, constant(lower)), constant(0))
    if (lower !== undefined && upper !== undefined) part = apply('min', part, constant(upper - lower))
    terms.push(rate === 1 ? part : apply('multiply', part, constant(rate)))
  })
  if (terms.length < 2) return undefined
  return terms.slice(1).reduce((sum, term) => apply('add', sum, term), terms[0]!)
}

/**
 * The rates band by band: each band's rate from its rows (those whose amount ends in it), the
 * lower bands' rates known; the shortest decimal with which the rounded totals are the outputs.
 */
export function fitRates(
  amounts: readonly number[],
  outputs: readonly number[],
  thresholds: readonly number[],
  round: Rounding,
  scales: readonly number[] = amounts.map(() => 1)
): number[] | undefined {
  const bands = amounts.map((amount) => bandsOf(amount, thresholds))
  const rates: number[] = []
  for (let band = 0; band <= thresholds.length; band++) {
    const lower = band === 0 ? 0 : thresholds[band - 1]!
    const upper = band < thresholds.length ? thresholds[band]! : Infinity
    const rows = amounts.map((amount, row) => (amount > lower && amount <= upper ? row : -1)).filter((row) => row >= 0)
    // Every band is seen in a row of its own: a rate no row shows is a guess.
    if (rows.length === 0) return undefined
    const known = (row: number) => rates.reduce((sum, rate, index) => sum + rate * bands[row]![index]!, 0)
    // The widest row of the band says its rate most precisely.
    const widest = rows.reduce((best, row) => (bands[row]![band]! > bands[best]![band]! ? row : best))
    const estimate = (outputs[widest]! / scales[widest]! - known(widest)) / bands[widest]![band]!
    const fits = (rate: number) =>
      rows.every((row) => valuesAgree(round(scales[row]! * (known(row) + rate * bands[row]![band]!)), outputs[row]!))
    const rate = simplestDecimal(estimate, fits)
    if (rate === undefined || rate < 0 || significantDigits(rate) > MAX_RATE_DIGITS) return undefined
    rates.push(rate)
  }
  // Two bands at one rate are one rate: no tiers.
  if (rates.every((rate) => rate === rates[0])) return undefined
  return rates
}

function significantDigits(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(15)).toExponential().replace(/e.*$/, '').replace(/[.-]/g, '').length
}

/** Subsets of the thresholds, each in increasing order, of one size up to MAX_THRESHOLDS. */
function thresholdSets(values: readonly number[]): number[][] {
  const sorted = [...values].sort((a, b) => a - b)
  const sets: number[][] = sorted.map((value) => [value])
  if (MAX_THRESHOLDS >= 2)
    for (let a = 0; a < sorted.length; a++) for (let b = a + 1; b < sorted.length; b++) sets.push([sorted[a]!, sorted[b]!])
  return sets
}

/** Tiered rules on the numeric inputs, at thresholds the words name; only where the words speak of bands. */
export function tieredOn(problem: Problem, rows: readonly number[], entries: readonly Entry[]): Candidate[] {
  if (problem.output.type !== 'number' || rows.length < 4 || !problem.prior.cued(...TIER_WORDS)) return []
  const outputs = rows.map((row) => problem.target[row] as number)
  const decimals = Math.max(...outputs.map((value) => (String(value).split('.')[1] ?? '').length))
  const roundings: Array<[string | undefined, Rounding]> = [[undefined, (value) => value]]
  if (decimals <= 2)
    roundings.push(decimals === 0 ? ['round', (value) => Math.round(value)] : ['roundCents', (value) => roundHalfUp(value, 2)])
  const found: Candidate[] = []
  for (const entry of entries) {
    if (entry.program.kind !== 'input' || entry.type !== 'number') continue
    const amounts = rows.map((row) => entry.values[row])
    if (amounts.some((amount) => typeof amount !== 'number' || amount < 0)) continue
    const values = amounts as number[]
    const inside = [...problem.prior.mentioned].filter(
      (value) => value > 0 && values.some((amount) => amount > value) && values.some((amount) => amount > 0 && amount <= value)
    )
    // The bands' rates apply to the amount itself, or are multiples of another input's rate (overtime at one and a half times the hourly rate).
    const scales: Array<Entry | undefined> = [
      undefined,
      ...entries.filter(
        (other) =>
          other !== entry &&
          other.program.kind === 'input' &&
          other.type === 'number' &&
          rows.every((row) => typeof other.values[row] === 'number' && (other.values[row] as number) > 0)
      )
    ]
    for (const thresholds of thresholdSets(inside)) {
      for (const scale of scales) {
        const factors = rows.map((row) => (scale === undefined ? 1 : (scale.values[row] as number)))
        for (const [rounding, round] of roundings) {
          const rates = fitRates(values, outputs, thresholds, round, factors)
          if (rates === undefined) continue
          const tiered = tieredProgram(entry.program, thresholds, rates)
          if (tiered === undefined) continue
          const sum = scale === undefined ? tiered : apply('multiply', scale.program, tiered)
          const program = rounding === undefined ? sum : apply(rounding as 'round' | 'roundCents', sum)
          if (explains(program, problem)) found.push(candidateOf(program, problem.prior.bits(program), 'linear'))
          break
        }
      }
    }
  }
  return found
}
