/**
 * Number helpers: learnt constants are written with as few digits as the examples allow
 * (1.8, not 1.7999999999999998), and thresholds prefer round numbers (90, not 89).
 */

/** The shortest decimal (fewest significant digits) near `value` that `fits`, or undefined. */
export function simplestDecimal(value: number, fits: (candidate: number) => boolean): number | undefined {
  if (!Number.isFinite(value)) return undefined
  for (let digits = 1; digits <= 15; digits++) {
    const candidate = Number(value.toPrecision(digits))
    if (fits(candidate)) return Object.is(candidate, -0) ? 0 : candidate
  }
  return undefined
}

/** Significant digits once trailing zeros are dropped: 90 → 1, 89 → 2, 0.5 → 1, 1.25 → 3. */
export function significantDigits(value: number): number {
  if (value === 0) return 0
  const digits = Math.abs(value)
    .toExponential()
    .replace(/e.*$/, '')
    .replace('.', '')
    .replace(/0+$/, '')
  return digits.length
}

/**
 * Of two neighbouring example values, the one a person would write as the threshold:
 * fewer significant digits first (90 over 89), then an integer, then more trailing zeros (10
 * over 5), then the smaller magnitude.
 */
export function rounderOf(lower: number, upper: number): number {
  const byDigits = significantDigits(lower) - significantDigits(upper)
  if (byDigits !== 0) return byDigits < 0 ? lower : upper
  const lowerInteger = Number.isInteger(lower)
  if (lowerInteger !== Number.isInteger(upper)) return lowerInteger ? lower : upper
  const byZeros = trailingZeros(lower) - trailingZeros(upper)
  if (byZeros !== 0) return byZeros > 0 ? lower : upper
  return Math.abs(lower) <= Math.abs(upper) ? lower : upper
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
  return value.toPrecision(12)
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
