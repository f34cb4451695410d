/**
 * Forms that learn numbers from the examples instead of enumerating them: a scale and an
 * offset (`celsius * 1.8 + 32`), a sum of scaled inputs (`hours * 60 + minutes`), and a cap
 * (`Math.min(days * 0.25, 5)`). Each learnt constant is written with as few digits as the
 * examples allow, and pays its digits in the prior, so a coefficient like 0.3846153846 that
 * merely interpolates the rows never wins.
 */
import { type Value, valuesAgree } from '../operation'
import type { Entry } from './bank'
import { type Candidate, type Problem, candidateOf, explains } from './candidate'
import { isoWeekday, monthOf, monthsBetween, nthWeekday, yearOf } from './calendar'
import { clockValue, dayMarkedClockValue } from './clock'
import { dateValue } from './dates'
import { asDecimal, roundHalfUp, simplestDecimal } from './numbers'
import { solveExactly } from './linear-system'
import { type Program, apply, conditional, constant, evaluateProgram, input } from './program'
import { OPERATORS, type OperatorName } from './operators'

export interface AffineFit {
  slope: number
  intercept: number
}

/** Scales and offsets are short decimals: 1.8, 0.95, 32; never 0.3846153846. */
const MAX_COEFFICIENT_DIGITS = 4
const MAX_LINEAR_INPUTS = 3
const MINUTES_PER_DAY = 1440

function digitsOf(value: number): number {
  return value === 0
    ? 0
    : Number(Math.abs(value).toPrecision(15))
        .toString()
        .replace(/^0\.0*|\.|e.*$/g, '')
        .replace(/0+$/, '').length
}

/**
 * output = slope * value + intercept on the given rows, with the shortest decimals that fit.
 * A line through two points is no evidence: two learnt constants need a third distinct value.
 */
function fitAffine(values: ReadonlyArray<unknown>, target: readonly Value[], rows: readonly number[]): AffineFit | undefined {
  const first = rows[0]!
  const x0 = values[first] as number
  const y0 = target[first] as number
  const second = rows.find((row) => values[row] !== x0)
  if (second === undefined) return undefined
  const slope = ((target[second] as number) - y0) / ((values[second] as number) - x0)
  const fitsWith = (a: number, b: number) => rows.every((row) => valuesAgree(a * (values[row] as number) + b, target[row]!))
  if (!fitsWith(slope, y0 - slope * x0)) return undefined
  for (const unit of [1, -1]) {
    if (Math.abs(slope - unit) > 1e-9) continue
    const intercept = simplestDecimal(y0 - unit * x0, (b) => fitsWith(unit, b))
    if (intercept !== undefined) return { slope: unit, intercept }
  }
  const scaleOnly = simplestDecimal(slope, (a) => fitsWith(a, 0))
  if (scaleOnly !== undefined && scaleOnly !== 0) return { slope: scaleOnly, intercept: 0 }
  if (new Set(rows.map((row) => values[row])).size < 3) return undefined
  let intercept = 0
  const niceSlope = simplestDecimal(slope, (a) => {
    const b = simplestDecimal(y0 - a * x0, (candidate) => fitsWith(a, candidate))
    if (b === undefined) return false
    intercept = b
    return true
  })
  if (niceSlope === undefined || niceSlope === 0) return undefined
  if (digitsOf(niceSlope) > MAX_COEFFICIENT_DIGITS || digitsOf(intercept) > MAX_COEFFICIENT_DIGITS + 2) return undefined
  return { slope: niceSlope, intercept }
}

/** slope * operand + intercept, written the way a person would. */
function affineProgram(operand: Program, fit: AffineFit): Program {
  const { slope, intercept } = fit
  if (slope === -1) return intercept === 0 ? apply('negate', operand) : apply('subtract', constant(intercept), operand)
  const scaled = slope === 1 ? operand : apply('multiply', operand, constant(slope))
  if (intercept === 0) return scaled
  return intercept > 0 ? apply('add', scaled, constant(intercept)) : apply('subtract', scaled, constant(-intercept))
}

/** Linear rules over numeric entries on `rows`. */
export function affineOn(problem: Problem, rows: readonly number[], entries: readonly Entry[]): Candidate[] {
  if (problem.output.type !== 'number' || rows.length < 2) return []
  const found: Candidate[] = []
  for (const entry of entries) {
    const fit = fitAffine(entry.values, problem.target, rows)
    if (fit === undefined || (fit.slope === 1 && fit.intercept === 0)) continue
    const program = affineProgram(entry.program, fit)
    found.push(candidateOf(program, problem.prior.bits(program), 'affine'))
  }
  return found
}

/**
 * A date a fixed number of days from a date input (due back 21 days after it is borrowed): the
 * days are learnt from the rows like any offset, and the sum is written back as a date.
 */
export function dateOffsetsOn(problem: Problem, rows: readonly number[], entries: readonly Entry[]): Candidate[] {
  if (problem.output.type !== 'string' || rows.length < 2) return []
  const days = problem.target.map((value) => (typeof value === 'string' ? dateValue(value) : undefined))
  if (days.some((day) => day === undefined)) return []
  const found: Candidate[] = []
  for (const entry of entries) {
    if (entry.program.kind !== 'apply' || entry.program.operator !== 'dateValue') continue
    const fit = fitAffine(entry.values, days as number[], rows)
    if (fit === undefined || fit.slope !== 1 || fit.intercept === 0) continue
    const program = apply('dateText', affineProgram(entry.program, fit))
    found.push(candidateOf(program, problem.prior.bits(program), 'affine'))
  }
  return found
}

/**
 * A date moved on by whole months, as calendars do it (on the last day of a month too short):
 * the months from a date input's month to the output's, the same on every row, learnt like any
 * offset; where a review may not fall on a weekend, the Monday after is the other reading tried.
 */
export function monthOffsetsOn(problem: Problem, rows: readonly number[], entries: readonly Entry[]): Candidate[] {
  if (problem.output.type !== 'string' || rows.length < 2) return []
  const days = problem.target.map((value) => (typeof value === 'string' ? dateValue(value) : undefined))
  if (rows.some((row) => days[row] === undefined)) return []
  const found: Candidate[] = []
  for (const entry of entries) {
    if (entry.program.kind !== 'apply' || entry.program.operator !== 'dateValue') continue
    if (rows.some((row) => !Number.isInteger(entry.values[row]))) continue
    // The month the output falls in, or the one before it (a review moved past a month's end to the Monday after).
    const months = new Set(rows.map((row) => monthsBetween(entry.values[row] as number, days[row]!)))
    for (const moved of [...months].filter((count): count is number => count !== undefined && count !== 0)) {
      const shifted = apply('addMonths', entry.program, constant(moved))
      for (const program of [apply('dateText', shifted), apply('dateText', apply('weekendToMonday', shifted))])
        if (explains(program, problem, rows)) found.push(candidateOf(program, problem.prior.bits(program), 'affine'))
    }
  }
  return found
}

/**
 * A weekday's nth or last occurrence in one month of the year a number input gives ("the clocks go
 * forward on the last Sunday in March"): every output in the same month, on the same weekday, the
 * same occurrence of it. Where the rows fit both the fourth and the last, both are offered and the
 * probes ask which.
 */
export function nthWeekdaysOn(problem: Problem, rows: readonly number[], entries: readonly Entry[]): Candidate[] {
  if (problem.output.type !== 'string' || rows.length < 2) return []
  const days = rows.map((row) => (typeof problem.target[row] === 'string' ? dateValue(problem.target[row] as string) : undefined))
  if (days.some((day) => day === undefined)) return []
  const [months, weekdays] = [monthOf, isoWeekday].map((part) => new Set(days.map((day) => part(day!))))
  if (months.size !== 1 || weekdays.size !== 1) return []
  const [month, weekday] = [[...months][0]!, [...weekdays][0]!]
  const occurrences = [-1, 1, 2, 3, 4, 5].filter((nth) => days.every((day) => nthWeekday(yearOf(day!)!, month, weekday, nth) === day))
  const found: Candidate[] = []
  for (const entry of entries.filter((candidate) => candidate.program.kind === 'input')) {
    if (!rows.every((row, index) => entry.values[row] === yearOf(days[index]!))) continue
    for (const nth of occurrences) {
      const program = apply('dateText', apply('nthWeekday', entry.program, constant(month!), constant(weekday!), constant(nth)))
      found.push(candidateOf(program, problem.prior.bits(program), 'affine'))
    }
  }
  return found
}

/** Least-squares line through the rows: the estimate rounded rules start from. */
function leastSquares(values: ReadonlyArray<unknown>, target: readonly Value[], rows: readonly number[]): AffineFit | undefined {
  const xs = rows.map((row) => values[row] as number)
  const ys = rows.map((row) => target[row] as number)
  const n = rows.length
  const meanX = xs.reduce((a, b) => a + b, 0) / n
  const meanY = ys.reduce((a, b) => a + b, 0) / n
  const sxx = xs.reduce((sum, x) => sum + (x - meanX) ** 2, 0)
  if (sxx === 0) return undefined
  const slope = xs.reduce((sum, x, index) => sum + (x - meanX) * (ys[index]! - meanY), 0) / sxx
  return { slope, intercept: meanY - slope * meanX }
}

const CENTS: ReadonlySet<OperatorName> = new Set(['roundCents', 'floorCents', 'ceilCents'])

const ROUNDINGS = [
  ['round', (value: number) => Math.round(asDecimal(value))],
  ['roundCents', (value: number) => roundHalfUp(value, 2)]
] as const

/**
 * A scale and an offset, rounded: `Math.round(zoom * 0.16)`, a price with VAT rounded to the
 * cent. The examples' outputs are already rounded, so the line is estimated, then written with
 * the fewest digits for which the rounded values are exactly the examples'.
 */
/** Steps a value is rounded to ("the nearest 5", "the nearest quarter"): the largest every output is a multiple of. */
const STEPS = [100, 50, 25, 15, 10, 5, 0.5, 0.25]

export function multipleOf(value: number, step: number): boolean {
  return Math.abs(value / step - Math.round(value / step)) < 1e-9
}

/** The step the outputs are rounded to, where the words speak of rounding and every output is a multiple of it. */
export function roundingStep(outputs: readonly number[], cued: boolean, fractions = true): number | undefined {
  if (!cued || outputs.length < 3 || outputs.every((value) => value === 0)) return undefined
  return STEPS.find(
    (step) =>
      outputs.every((value) => multipleOf(value, step)) && !(step < 1 && (!fractions || outputs.every((value) => Number.isInteger(value))))
  )
}

/**
 * Rounded outputs leave a number free within a band (each row's output within a rounding step
 * of what the line gives): the number written is the cheapest under the prior that fits — one
 * the feature names, else the roundest (15% off is 0.85, not the 0.843 a least-squares estimate
 * rounds to; an offset of 2.5, not 2.4817).
 */
function cheapestInBand(
  problem: Problem,
  [low, high]: readonly [number, number],
  fits: (value: number) => boolean,
  options: { signed: boolean; zero: boolean }
): number | undefined {
  if (!(low < high) || !Number.isFinite(low) || !Number.isFinite(high)) return undefined
  const named = [...problem.prior.mentioned].flatMap((value) => (options.signed ? [value, -value] : [value]))
  const candidates = [...named, ...(options.zero ? [0] : [])].filter((value) => value >= low && value <= high)
  for (let exponent = 4; exponent >= -4; exponent--)
    for (const multiple of [10 ** exponent * 5, 10 ** exponent])
      for (let value = Math.ceil(low / multiple) * multiple, tried = 0; value <= high && tried < 3; value += multiple, tried++)
        if (value !== 0) candidates.push(Number(value.toPrecision(12)))
  return candidates
    .filter(fits)
    .reduce<number | undefined>(
      (best, value) => (best === undefined || problem.prior.numberBits(value) < problem.prior.numberBits(best) ? value : best),
      undefined
    )
}

/** The band of slopes through the origin that keep every row's output within `width` of slope times input. */
function slopeBand(values: ReadonlyArray<unknown>, problem: Problem, rows: readonly number[], width: number): [number, number] {
  let [low, high] = [-Infinity, Infinity]
  for (const row of rows) {
    const input = values[row] as number
    if (input === 0) continue
    const [a, b] = [((problem.target[row] as number) - width) / input, ((problem.target[row] as number) + width) / input]
    low = Math.max(low, Math.min(a, b))
    high = Math.min(high, Math.max(a, b))
  }
  return [low, high]
}

/** The band of offsets that bring every row within half a step of its output, the slope given. */
function interceptBand(
  values: ReadonlyArray<unknown>,
  problem: Problem,
  rows: readonly number[],
  slope: number,
  width: number
): [number, number] {
  let [low, high] = [-Infinity, Infinity]
  for (const row of rows) {
    const base = slope * (values[row] as number)
    const output = problem.target[row] as number
    low = Math.max(low, output - width / 2 - base)
    high = Math.min(high, output + width / 2 - base)
  }
  return [low, high]
}

export function roundedAffineOn(problem: Problem, rows: readonly number[], entries: readonly Entry[]): Candidate[] {
  if (problem.output.type !== 'number' || rows.length < 3) return []
  const found: Candidate[] = []
  // Money rounded to the cent is not rounded to halves because its examples happen to be.
  const step = roundingStep(
    rows.map((row) => problem.target[row] as number),
    problem.prior.cued(...OPERATORS.roundTo.words),
    !problem.prior.cued('cent', 'cents', 'penny', 'pence')
  )
  // Rounded down or up where the words say so ("rounded down to a whole number", "rounded down to the penny").
  const directed = (['floor', 'ceil', 'floorCents', 'ceilCents'] as const)
    .filter((operator) => problem.prior.cued(...OPERATORS[operator].words))
    .map((operator) => [operator, (value: number) => OPERATORS[operator].apply([value]) as number] as const)
  const roundings: ReadonlyArray<readonly [OperatorName, (value: number) => number]> = [
    ...ROUNDINGS,
    ...directed,
    ...(step !== undefined && step !== 1 ? [['roundTo', (value: number) => Math.round(asDecimal(value / step)) * step] as const] : [])
  ]
  for (const [rounding, roundValue] of roundings) {
    // Rounded to whole numbers only when the outputs are whole; to cents when they have cents.
    const outputs = rows.map((row) => problem.target[row] as number)
    if ((rounding === 'round' || rounding === 'floor' || rounding === 'ceil') && !outputs.every((value) => Number.isInteger(value)))
      continue
    if (CENTS.has(rounding) && outputs.every((value) => Number.isInteger(value))) continue
    for (const entry of entries) {
      const estimate = leastSquares(entry.values, problem.target, rows)
      if (estimate === undefined) continue
      const width = CENTS.has(rounding) ? 0.01 : rounding === 'roundTo' ? step! : 1
      const { slope, intercept } = roundedLine(problem, rows, entry, estimate, roundValue, width)
      // A share of a whole thing is written as the whole divided (`sheets / 6`), where that fits too: the prior chooses.
      const divided = dividedRounded(problem, rows, entry, estimate.slope, roundValue)
      if (divided !== undefined) found.push(roundedCandidate(problem, divided, rounding, step))
      if (slope === undefined || slope === 0 || digitsOf(slope) > MAX_COEFFICIENT_DIGITS) continue
      const inner = affineProgram(entry.program, { slope, intercept })
      // Rounding that changes no example is not evidence of rounding: the plain line is the rule then.
      if (rows.every((row) => valuesAgree(slope * (entry.values[row] as number) + intercept, problem.target[row]!))) continue
      found.push(roundedCandidate(problem, inner, rounding, step))
    }
  }
  return found
}

/**
 * The slope and offset of a rounded line, each the cheapest that fits: the slope through the
 * origin in its band first, else the estimate written simply with the first offset that fits —
 * none, the estimate's written simply, the cheapest in its band.
 */
function roundedLine(
  problem: Problem,
  rows: readonly number[],
  entry: Entry,
  estimate: AffineFit,
  roundValue: (value: number) => number,
  width: number
): { slope: number | undefined; intercept: number } {
  const fits = (a: number, b: number) =>
    rows.every((row) => valuesAgree(roundValue(a * (entry.values[row] as number) + b), problem.target[row]!))
  const through = cheapestInBand(problem, slopeBand(entry.values, problem, rows, width), (a) => fits(a, 0), { signed: false, zero: false })
  if (through !== undefined) return { slope: through, intercept: 0 }
  let intercept = 0
  const intercepts = (a: number) => [
    () => 0,
    () => simplestDecimal(estimate.intercept, (candidate) => fits(a, candidate)),
    () => cheapestInBand(problem, interceptBand(entry.values, problem, rows, a, width), (b) => fits(a, b), { signed: true, zero: true })
  ]
  const slope = simplestDecimal(estimate.slope, (a) => {
    for (const next of intercepts(a)) {
      const b = next()
      if (b !== undefined && fits(a, b)) {
        intercept = b
        return true
      }
    }
    return false
  })
  return { slope, intercept }
}

function roundedCandidate(problem: Problem, inner: Program, rounding: OperatorName, step: number | undefined): Candidate {
  const program = rounding === 'roundTo' ? apply('roundTo', inner, constant(step!)) : apply(rounding, inner)
  return candidateOf(program, problem.prior.bits(program), 'affine')
}

/**
 * A share by a whole number of parts, rounded: a week's pay is the year's divided by 52, whose
 * scale (0.01923…) is no short decimal but whose divisor is. Only a whole divisor with few digits.
 */
function dividedRounded(
  problem: Problem,
  rows: readonly number[],
  entry: Entry,
  slope: number,
  roundValue: (value: number) => number
): Program | undefined {
  if (slope === 0) return undefined
  const fits = (divisor: number) =>
    Number.isInteger(divisor) &&
    Math.abs(divisor) > 1 &&
    rows.every((row) => valuesAgree(roundValue((entry.values[row] as number) / divisor), problem.target[row]!))
  // A number the words name is tried first ("a box holds 8"): the estimate of a rounded line is rough.
  const named = [...problem.prior.mentioned].filter((value) => Math.sign(value) === Math.sign(slope)).sort((a, b) => a - b)
  const divisor = named.find(fits) ?? simplestDecimal(1 / slope, fits)
  if (divisor === undefined || digitsOf(divisor) > MAX_COEFFICIENT_DIGITS) return undefined
  return apply('divide', entry.program, constant(divisor))
}

function* subsets<T>(items: readonly T[], size: number, start = 0, chosen: T[] = []): Generator<T[]> {
  if (chosen.length === size) {
    yield chosen
    return
  }
  for (let index = start; index < items.length; index++) yield* subsets(items, size, index + 1, [...chosen, items[index]!])
}

/**
 * How far a number input goes past a number the words name within its examples' range
 * (`Math.max(days - 7, 0)`: "every day after the seventh costs 12.00 more"), as a term a sum may
 * scale like an input. Built here, not grown in the bank: as a term of a sum it is one idea.
 */
export function pastNamedNumbers(problem: Problem): Entry[] {
  return problem.table.columns.flatMap((column) => {
    if (column.type !== 'number') return []
    const values = column.values as number[]
    const [low, high] = [Math.min(...values), Math.max(...values)]
    return [...problem.prior.mentioned]
      .filter((named) => named > 0 && named >= low && named < high)
      .map((named) => termEntry(problem, apply('max', apply('subtract', input(column.name, 'number'), constant(named)), constant(0))))
  })
}

/** Weights of a count beside another: the usual few, and the small whole numbers the words name. */
const COUNT_WEIGHTS = [2, 3, 4]
const MAX_WEIGHT = 12

/**
 * Two counts of things of which one kind weighs more (`small + large * 2`: "a large present takes
 * 2 sheets"), as an amount a rounded line may be drawn through (whole rolls of 6 sheets).
 */
export function weightedCounts(problem: Problem): Entry[] {
  const counts = problem.table.columns.filter(
    (column) => column.type === 'number' && (column.values as number[]).every((value) => Number.isInteger(value) && value >= 0)
  )
  if (counts.length < 2) return []
  const named = [...problem.prior.mentioned].filter((value) => Number.isInteger(value) && value >= 2 && value <= MAX_WEIGHT)
  const weights = [...new Set([...COUNT_WEIGHTS, ...named])]
  return counts.flatMap((light) =>
    counts
      .filter((heavy) => heavy !== light)
      .flatMap((heavy) =>
        weights.map((weight) =>
          termEntry(problem, apply('add', input(light.name, 'number'), apply('multiply', input(heavy.name, 'number'), constant(weight))))
        )
      )
  )
}

/** A number program as a term of a sum: its values on the examples and the probes, its cost under the prior. */
function termEntry(problem: Problem, program: Program): Entry {
  const rows = [...problem.table.examples.map((example) => example.inputs), ...problem.probes.map((probe) => probe.inputs)]
  return {
    program,
    type: 'number',
    bits: problem.prior.bits(program),
    level: 0,
    values: rows.map((inputs) => {
      const result = evaluateProgram(program, inputs)
      return result.ok && typeof result.value === 'number' ? result.value : undefined
    }),
    exampleKey: '',
    literal: false,
    order: 0
  }
}

/**
 * Whole groups of a number the words name in a number input, and what is left over
 * (`Math.floor(lessons / 10)`, `lessons % 10`: "a block of ten costs 340.00, lessons beyond whole
 * blocks 38.00 each"), as terms a sum may scale: a price per group and one per single.
 */
export function wholeGroupsOfNamedNumbers(problem: Problem): Entry[] {
  const entryOf = (program: Program) => termEntry(problem, program)
  return problem.table.columns.flatMap((column) => {
    if (column.type !== 'number') return []
    const values = column.values as number[]
    if (!values.every((value) => Number.isInteger(value) && value >= 0)) return []
    const high = Math.max(...values)
    // A group the examples fill at least once, and not every one of them.
    return [...problem.prior.mentioned]
      .filter((named) => Number.isInteger(named) && named >= 2 && named <= high && values.some((value) => value < named))
      .flatMap((named) => {
        const amount = input(column.name, 'number')
        return [entryOf(apply('floor', apply('divide', amount, constant(named)))), entryOf(apply('remainder', amount, constant(named)))]
      })
  })
}

/**
 * Sums of scaled inputs, with or without an offset: `hours * 60 + minutes`. Needs more rows
 * than unknowns, and every coefficient short.
 */
export function linearOn(problem: Problem, rows: readonly number[], operands: readonly Entry[]): Candidate[] {
  if (problem.output.type !== 'number') return []
  const found: Candidate[] = []
  const target = rows.map((row) => problem.target[row] as number)
  for (let size = 2; size <= Math.min(MAX_LINEAR_INPUTS + 1, operands.length); size++) {
    for (const terms of subsets(operands, size)) {
      for (const offset of [false, true]) {
        const coefficients = linearFit(terms, rows, target, offset)
        if (coefficients === undefined) continue
        // One more amount only as a plain sum or difference: durations that add up (the minutes from one time to another, less two stretches).
        if (size > MAX_LINEAR_INPUTS && coefficients.slice(0, size).some((coefficient) => Math.abs(coefficient) !== 1)) continue
        const program = linearProgram(terms, coefficients, offset)
        found.push(candidateOf(program, problem.prior.bits(program), 'linear'))
      }
    }
  }
  return found
}

/**
 * The short coefficients (and offset) with which the terms' values on the rows sum to the
 * target exactly, or undefined: more rows than unknowns, every coefficient short and not zero.
 */
function linearFit(terms: readonly Entry[], rows: readonly number[], target: readonly number[], offset: boolean): number[] | undefined {
  const size = terms.length
  const unknowns = size + (offset ? 1 : 0)
  if (rows.length <= unknowns) return undefined
  const matrix = rows.map((row) => [...terms.map((term) => term.values[row] as number), ...(offset ? [1] : [])])
  const solution = solveExactly(
    matrix.map((row, index) => [...row, target[index]!]),
    unknowns
  )
  if (solution === undefined) return undefined
  const coefficients: number[] = []
  for (const raw of solution) {
    const nice = simplestDecimal(raw, (value) => Math.abs(value - raw) <= 1e-9 * Math.max(1, Math.abs(raw)))
    if (nice === undefined || digitsOf(nice) > MAX_COEFFICIENT_DIGITS) return undefined
    coefficients.push(nice)
  }
  if (coefficients.slice(0, size).some((value) => value === 0)) return undefined
  if (offset && coefficients[size] === 0) return undefined
  const predicts = rows.every((row, index) =>
    valuesAgree(
      terms.reduce((sum, term, position) => sum + coefficients[position]! * (term.values[row] as number), offset ? coefficients[size]! : 0),
      target[index]!
    )
  )
  return predicts ? coefficients : undefined
}

/**
 * A time of day moved on by a duration (a shift starting at 22:30 lasting 8 hours and 15
 * minutes ends at 06:45): the time from the reading to the output's time, on the clock, is a
 * fixed amount or a sum of scaled inputs (`hours * 60 + minutes`), learnt as any sum is, and
 * the time reached wraps at midnight. `fixedOnly`: a fixed amount alone (a branch of a decision,
 * whose few rows a sum of inputs would fit by chance).
 */
export function clockOffsetsOn(
  problem: Problem,
  rows: readonly number[],
  entries: readonly Entry[],
  { fixedOnly = false }: { fixedOnly?: boolean } = {}
): Candidate[] {
  if (problem.output.type !== 'string' || rows.length < 2) return []
  // Times written with the day they fall on ("00:15 +1") say how far they are, not only where on the clock.
  const marked = problem.target.some((value) => typeof value === 'string' && / [+-]\d+$/.test(value))
  const times = problem.target.map((value) =>
    typeof value !== 'string' ? undefined : marked ? dayMarkedClockValue(value) : /^\d\d:\d\d$/.test(value) ? clockValue(value) : undefined
  )
  if (rows.some((row) => times[row] === undefined || (!marked && times[row]! >= MINUTES_PER_DAY))) return []
  const readings = entries.filter(
    (entry) => entry.program.kind === 'apply' && entry.program.operator === 'clockValue' && entry.program.args[0]!.kind === 'input'
  )
  const inputs = entries.filter((entry) => entry.program.kind === 'input' && entry.type === 'number')
  const amounts = [...inputs, ...countedStretches(problem, inputs)]
  const found: Candidate[] = []
  for (const reading of readings) {
    if (rows.some((row) => !Number.isInteger(reading.values[row]) || (reading.values[row] as number) >= MINUTES_PER_DAY)) continue
    const moved = rows.map((row) =>
      marked
        ? times[row]! - (reading.values[row] as number)
        : (((times[row]! - (reading.values[row] as number)) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
    )
    // With the day marked, a duration read from another clock input is one of the amounts (a flight taking "07:35").
    const terms = marked ? [...amounts, ...readings.filter((other) => other !== reading)] : amounts
    const write = (time: Program) => apply(marked ? 'dayMarkedClockText' : 'wrappedClockText', time)
    const programs: Program[] = []
    if (moved.every((minutes) => minutes === moved[0]) && moved[0] !== 0)
      programs.push(write(apply('add', reading.program, constant(moved[0]!))))
    for (let size = 1; size <= Math.min(fixedOnly ? 0 : 2, terms.length); size++)
      for (const chosen of subsets(terms, size)) {
        programs.push(...movedBy(chosen, rows, moved, reading.program, write))
        // Or moved back by the duration (a bedtime from the time to wake and the hours of sleep): on the clock, the same minutes the other way.
        if (!marked) {
          const back = moved.map((minutes) => (MINUTES_PER_DAY - minutes) % MINUTES_PER_DAY)
          programs.push(...movedBy(chosen, rows, back, reading.program, write, 'subtract'))
        }
      }
    for (const program of programs)
      if (explains(program, problem, rows)) found.push(candidateOf(program, problem.prior.bits(program), 'linear'))
  }
  return found
}

/**
 * A stretch repeated a number of times an input counts (`gap * (wave - 1)`: "each later wave goes
 * a fixed number of minutes after the one before"), counted from nothing or after the first.
 */
function countedStretches(problem: Problem, inputs: readonly Entry[]): Entry[] {
  const counts = inputs.filter((entry) =>
    entry.values.slice(0, problem.table.rows).every((value) => Number.isInteger(value) && (value as number) >= 1)
  )
  return inputs.flatMap((stretch) =>
    counts
      .filter((count) => count !== stretch)
      .flatMap((count) => [
        termEntry(problem, apply('multiply', stretch.program, count.program)),
        termEntry(problem, apply('multiply', stretch.program, apply('subtract', count.program, constant(1))))
      ])
  )
}

/** The reading moved by a sum of the terms scaled by positive whole factors, where one fits `moved` on these rows. */
function movedBy(
  terms: readonly Entry[],
  rows: readonly number[],
  moved: readonly number[],
  reading: Program,
  write: (time: Program) => Program,
  direction: 'add' | 'subtract' = 'add'
): Program[] {
  // With a fixed stretch besides, where no sum of the terms alone fits (a 20-minute interval between two acts).
  for (const offset of [false, true]) {
    const coefficients = linearFit(terms, rows, moved, offset)
    if (coefficients !== undefined && coefficients.every((value) => value > 0))
      return [write(apply(direction, reading, linearProgram(terms, coefficients, offset)))]
  }
  return []
}

/** A yes/no input as a term of a sum: its amount where yes, nothing where no (`oven ? 45 : 0`). */
const isYesNoTerm = (term: Entry): boolean => term.program.kind === 'input' && term.program.type === 'boolean'

/**
 * Yes/no inputs as terms of a sum, 1 where yes and 0 where no: "cleaning the oven is 45.00 extra"
 * beside 35.00 a bedroom is one sum, `bedrooms * 35 + (oven ? 45 : 0) + 80`.
 */
export function yesNoTerms(problem: Problem): Entry[] {
  return problem.bank
    .all('boolean', problem.prior.inputBits)
    .filter((entry) => entry.program.kind === 'input')
    .map((entry) => ({
      ...entry,
      type: 'number',
      values: entry.values.map((value) => (typeof value === 'boolean' ? Number(value) : undefined))
    }))
}

function linearProgram(terms: readonly Entry[], coefficients: readonly number[], offset: boolean): Program {
  let program: Program | undefined
  // Added terms first: `second - first - length`, not `-length - first + second`.
  const order = terms.map((_, index) => index).sort((a, b) => Number(coefficients[a]! < 0) - Number(coefficients[b]! < 0) || a - b)
  order.forEach((index) => {
    const term = terms[index]!
    const coefficient = coefficients[index]!
    const magnitude = Math.abs(coefficient)
    const scaled = isYesNoTerm(term)
      ? conditional(term.program, constant(magnitude), constant(0))
      : magnitude === 1
        ? term.program
        : apply('multiply', term.program, constant(magnitude))
    if (program === undefined) program = coefficient < 0 ? apply('negate', scaled) : scaled
    else program = coefficient < 0 ? apply('subtract', program, scaled) : apply('add', program, scaled)
  })
  if (offset) {
    const intercept = coefficients[terms.length]!
    program = intercept < 0 ? apply('subtract', program!, constant(-intercept)) : apply('add', program!, constant(intercept))
  }
  return program!
}

/**
 * A rule capped from above or below by a learnt constant, or kept between two (a volume from 0
 * to 100): on the rows whose output is the largest (or smallest) value, the rule would give at
 * least (at most) that value.
 */
export function capsOn(problem: Problem, rulesOn: (rows: number[]) => Candidate[]): Candidate[] {
  if (problem.output.type !== 'number') return []
  const target = problem.target as number[]
  const highest = Math.max(...target)
  const lowest = Math.min(...target)
  const atExtreme = (extreme: number) => target.map((value, row) => (valuesAgree(value, extreme) ? row : -1)).filter((row) => row >= 0)
  const found: Candidate[] = []
  const capped = (rows: number[], write: (rule: Program) => Program) => {
    const free = target.map((_, row) => row).filter((row) => !rows.includes(row))
    if (rows.length < 1 || free.length < 2) return
    for (const rule of rulesOn(free)) {
      const program = write(rule.program)
      // Only rules the capped rows agree with: a cheap rule that does not explain them must not set the bar for the others.
      if (explains(program, problem)) found.push(candidateOf(program, problem.prior.bits(program), 'cap'))
    }
  }
  capped(atExtreme(highest), (rule) => apply('min', rule, constant(highest)))
  capped(atExtreme(lowest), (rule) => apply('max', rule, constant(lowest)))
  // Kept between both: only where each end is reached by a row of its own.
  if (atExtreme(highest).length > 0 && atExtreme(lowest).length > 0 && highest !== lowest)
    capped([...atExtreme(highest), ...atExtreme(lowest)], (rule) => apply('min', apply('max', rule, constant(lowest)), constant(highest)))
  return found
}
