/**
 * Number helpers: learnt constants are written with as few digits as the examples allow
 * (1.8, not 1.7999999999999998), and thresholds prefer round numbers (90, not 89).
 */

/** The shortest decimal (fewest significant digits) near `value` that `fits`, or undefined. */
export function simplestDecimal(value: number, fits: (candidate: number) => boolean): number | undefined {
  if (!Number.isFinite(value)) return undefined
  for (const candidate of decimalsOf(value)) if (fits(candidate)) return Object.is(candidate, -0) ? 0 : candidate
  return undefined
}

/**
 * The numbers simplestDecimal tries for a value, in order: written with 1 to 15 significant
 * digits, each once (more digits often write the same number again: 1.8, 1.80), up to the value
 * itself. Writing a number is slow and a search asks for the same value's many times (a learnt
 * intercept for each slope it tries), so each value's list is kept.
 */
const DECIMALS_KEPT = 4096
const decimalsByValue = new Map<number, readonly number[]>()

function decimalsOf(value: number): readonly number[] {
  const known = decimalsByValue.get(value)
  if (known !== undefined) return known
  const found: number[] = []
  let refused: number | undefined
  for (let digits = 1; digits <= 15; digits++) {
    const candidate = Number(value.toPrecision(digits))
    if (Object.is(candidate, refused)) continue
    found.push(candidate)
    refused = candidate
    // Written exactly: more digits only write the value again.
    if (Object.is(candidate, value)) break
  }
  if (decimalsByValue.size >= DECIMALS_KEPT) decimalsByValue.clear()
  decimalsByValue.set(value, found)
  return found
}

/** Significant digits once trailing zeros are dropped: 90 → 1, 89 → 2, 0.5 → 1, 1.25 → 3. */
export function significantDigits(value: number): number {
  if (value === 0) return 0
  // Writing the number is slow, and thresholds and costs ask for the same example values again and again.
  const known = digitsByValue.get(value)
  if (known !== undefined) return known
  const digits = Math.abs(value).toExponential().replace(/e.*$/, '').replace('.', '').replace(/0+$/, '').length
  if (digitsByValue.size >= DECIMALS_KEPT) digitsByValue.clear()
  digitsByValue.set(value, digits)
  return digits
}

const digitsByValue = new Map<number, number>()

/**
 * Of two neighbouring example values, the one a person would write as the threshold:
 * fewer significant digits first (90 over 89), then an integer, then more trailing zeros (10
 * over 5), then the upper one: where the next band starts.
 */
function rounderOf(lower: number, upper: number): number {
  const byDigits = significantDigits(lower) - significantDigits(upper)
  if (byDigits !== 0) return byDigits < 0 ? lower : upper
  const lowerInteger = Number.isInteger(lower)
  if (lowerInteger !== Number.isInteger(upper)) return lowerInteger ? lower : upper
  const byZeros = trailingZeros(lower) - trailingZeros(upper)
  if (byZeros !== 0) return byZeros > 0 ? lower : upper
  // Neighbours equally round: the first value of the upper band ("65 and over", "under 12").
  return upper
}

/**
 * Whole numbers at least two apart that are equally round (60 and 70, 12 and 18): the convention
 * of the first value of the upper band is one of two as plain ("70 and over", "over 60"), with
 * other whole numbers between them (65) that the examples leave open.
 */
export function equallyRoundApart(lower: number, upper: number): boolean {
  if (!Number.isInteger(lower) || !Number.isInteger(upper) || upper - lower < 2) return false
  return significantDigits(lower) === significantDigits(upper) && trailingZeros(lower) === trailingZeros(upper)
}

const MAX_EXACT = Number.MAX_SAFE_INTEGER

/**
 * Where a threshold between two neighbouring example values goes: a round number strictly
 * inside the gap when one is rounder than both values (85 and 91 → 90: `score >= 90`), the
 * closest such number to the middle of the gap; otherwise the rounder of the two values.
 */
export function thresholdBetween(lower: number, upper: number): number {
  // An end beyond what a double holds exactly (an overflow to Infinity) has no round number beside it.
  if (!(Math.abs(lower) < MAX_EXACT && Math.abs(upper) < MAX_EXACT)) return Number.isFinite(lower) ? lower : upper
  const plainest = Math.min(significantDigits(lower), significantDigits(upper))
  for (let exponent = Math.floor(Math.log10(Math.max(Math.abs(lower), Math.abs(upper), 1))); exponent >= 0; exponent--) {
    const step = 10 ** exponent
    const first = Math.floor(lower / step) + 1
    const last = Math.ceil(upper / step) - 1
    if (last < first) continue
    // The multiples of this step nearest the middle of the gap: at most a few are worth a look.
    const middle = Math.round((lower + upper) / 2 / step)
    const inside: number[] = []
    for (let multiple = Math.max(first, middle - 5); multiple <= Math.min(last, middle + 5); multiple++) {
      const candidate = multiple * step
      if (candidate > lower && candidate < upper && significantDigits(candidate) < plainest) inside.push(candidate)
    }
    if (inside.length > 0) {
      const centre = (lower + upper) / 2
      return inside.reduce((best, candidate) => (Math.abs(candidate - centre) < Math.abs(best - centre) ? candidate : best))
    }
  }
  return rounderOf(lower, upper)
}

/** Steps of a clock, roundest first: the hour, the half hour, the quarter, five minutes. */
const CLOCK_STEPS = [60, 30, 15, 5]

/**
 * Where a threshold between two times of day in minutes goes: round on the clock, not as a
 * number (16:30 and 17:00 → 17:00, 1020 minutes, never 1000, which is 16:40): the roundest step
 * with a multiple above the lower time and up to the upper one, that multiple nearest the
 * middle of the gap; the upper time itself where no step has one.
 */
export function clockThresholdBetween(lower: number, upper: number): number {
  for (const step of CLOCK_STEPS) {
    const multiples: number[] = []
    for (let multiple = Math.floor(lower / step) + 1; multiple * step <= upper && multiples.length < 50; multiple++)
      multiples.push(multiple * step)
    if (multiples.length === 0) continue
    const centre = (lower + upper) / 2
    return multiples.reduce((best, candidate) => (Math.abs(candidate - centre) < Math.abs(best - centre) ? candidate : best))
  }
  return upper
}

/** Trailing zeros of an integer: 10 → 1, 400 → 2, 5 → 0 (0 and fractions count none). */
function trailingZeros(value: number): number {
  if (!Number.isInteger(value) || value === 0) return 0
  let zeros = 0
  for (let rest = Math.abs(value); rest % 10 === 0; rest /= 10) zeros++
  return zeros
}

/** A key under which numbers that differ only by floating-point noise coincide. */
export function numberKey(value: number): string {
  if (Number.isInteger(value)) return String(value)
  const nearest = Math.round(value)
  if (Math.abs(value - nearest) <= 1e-10 * Math.max(1, Math.abs(value))) return String(nearest)
  // Nine decimals absorb floating-point noise (98.60000000000001 is 98.6) and are cheap to write.
  if (Math.abs(value) < 1e6) return String(Math.round(value * 1e9) / 1e9)
  return value.toPrecision(12)
}

/**
 * The number numberKey writes, Number(numberKey(value)), found without writing it (-0 as 0):
 * numbers with the same key have the same key number, so it can hash them.
 */
export function keyNumber(value: number): number {
  if (Number.isInteger(value)) return value + 0
  const nearest = Math.round(value)
  if (Math.abs(value - nearest) <= 1e-10 * Math.max(1, Math.abs(value))) return nearest + 0
  if (Math.abs(value) < 1e6) return Math.round(value * 1e9) / 1e9 + 0
  return Number(value.toPrecision(12)) + 0
}

export function greatestCommonDivisor(a: number, b: number): number {
  let x = Math.abs(a)
  let y = Math.abs(b)
  while (y !== 0) {
    const rest = x % y
    x = y
    y = rest
  }
  return x
}

/**
 * The decimal a calculation on written decimals stands for, past binary noise: 19.99 * 50 is
 * 999.4999999999999 in binary and 999.5 on paper, 100 * 1.1 / 4 is 27.500000000000004 and 27.5.
 * Fourteen significant digits keep every number a person writes and drop the last bits a
 * product or a quotient adds, so rounding (to a whole number, a tenth, a cent) sees the
 * decimal. Generated code calls the same function (`DECIMAL_HELPER`), so it rounds as the
 * evaluator does.
 */
export function asDecimal(value: number): number {
  // Only a whole or a half can be tipped by the noise, and writing a number out is slow (the bank
  // rounds thousands of values): any other value is returned as it is, which rounds the same.
  // A whole number of up to fourteen digits is written exactly (-0 as 0): most values the bank rounds are.
  if (Number.isInteger(value) && Math.abs(value) < 1e14) return value + 0
  const half = Math.round(value * 2) / 2
  if (Math.abs(value - half) > 1e-9 * Math.max(1, Math.abs(value))) return value
  return Number(value.toPrecision(DECIMAL_DIGITS))
}

const DECIMAL_DIGITS = 14

/**
 * Whether two numbers are the same decimal past binary noise: 4.2 - 0.1 is 4.1000000000000005 in
 * binary and 4.1 on paper. Values within a billionth of their size are; whole numbers only when equal.
 */
export function sameDecimal(a: number, b: number): boolean {
  if (a === b) return true
  return !(Number.isInteger(a) && Number.isInteger(b)) && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
}

/** `asDecimal` as generated code writes it, once per module that rounds a calculation. */
export const DECIMAL_HELPER = [
  '/** The decimal a calculation stands for, past binary noise (19.99 * 50 is 999.4999999999999, not 999.5). */',
  'function asDecimal(value: number): number {',
  `  return Number(value.toPrecision(${DECIMAL_DIGITS}))`,
  '}'
].join('\n')

/** Half up to `places` decimals on the decimal as written (19.99 * 50 / 100 is 9.994999999999999, which people round to 10.00). */
export function roundHalfUp(value: number, places: number): number {
  const scale = 10 ** places
  return Math.round(asDecimal(value * scale)) / scale
}

/** Whether generated text calls `asDecimal`: its module then needs DECIMAL_HELPER. */
export function callsDecimal(text: string): boolean {
  return /\basDecimal\(/.test(text)
}

/**
 * `asDecimal(operand)` in generated code, or the operand alone where no noise can tip it: a name
 * or a number as written, or a name divided by a whole number (`minutes / 60`), whose value at a
 * whole or a half is exact in binary (a multiple of a half divided exactly).
 */
export function decimalText(operand: string): string {
  return /^(?:[A-Za-z_$][\w$]*|-?\d+(?:\.\d+)?|[A-Za-z_$][\w$]* \/ \d+)$/.test(operand) ? operand : `asDecimal(${operand})`
}
