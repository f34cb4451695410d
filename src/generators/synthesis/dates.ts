/**
 * Calendar dates written as ISO text ("2026-03-28"). Read as one number, the days since
 * 1970-01-01 (UTC, so no daylight saving shifts a day), they take part in arithmetic like any
 * number — a stay of five nights, the days between two dates — and numbers are written back as
 * dates. Pure helpers for the operators, the bank and the probes.
 */

const DATE_TEXT = /^(\d{4})-(\d{2})-(\d{2})$/
const MS_PER_DAY = 86_400_000

export function isDateText(value: unknown): value is string {
  return typeof value === 'string' && dateValue(value) !== undefined
}

/** "1970-01-02" → 1; undefined for anything that is not a real date (2026-02-30). */
export function dateValue(text: string): number | undefined {
  const match = DATE_TEXT.exec(text)
  if (match === null) return undefined
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number]
  const time = Date.UTC(year, month - 1, day)
  return dateText(time / MS_PER_DAY) === text ? time / MS_PER_DAY : undefined
}

/** Whether a number of days since 1970-01-01 is a whole day of years 1000 to 9999 (-354285 to 2932896). */
export function isDayOfYears1000To9999(days: number): boolean {
  return Number.isInteger(days) && days >= -354_285 && days <= 2_932_896
}

/**
 * Dates already written: the bank writes the same few dates for every candidate over the rows and
 * probes, and a `Date` written as ISO text was most of a date spec's time. Bounded; a cache only.
 */
const WRITTEN = new Map<number, string>()
const MAX_WRITTEN = 50_000

/** Days since 1970-01-01 → "YYYY-MM-DD"; undefined for a fraction or a year outside 1000..9999. */
export function dateText(days: number): string | undefined {
  if (!isDayOfYears1000To9999(days)) return undefined
  let written = WRITTEN.get(days)
  if (written === undefined) {
    if (WRITTEN.size >= MAX_WRITTEN) WRITTEN.clear()
    written = new Date(days * MS_PER_DAY).toISOString().slice(0, 10)
    WRITTEN.set(days, written)
  }
  return written
}

/** The last day of the month a date falls in, as days since 1970-01-01. */
export function endOfMonth(days: number): number {
  const date = new Date(days * MS_PER_DAY)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0) / MS_PER_DAY
}

/**
 * A date this many months later (or earlier), on the same day of the month, or on the last day
 * of a month too short for it: 2025-01-31 and one month is 2025-02-28. Days since 1970-01-01 in
 * and out; undefined for a fraction of a month. Generated code calls the same function
 * (`ADD_MONTHS_HELPER`).
 */
export function addMonths(days: number, months: number): number | undefined {
  if (!Number.isInteger(days) || !Number.isInteger(months) || Math.abs(months) > 12_000) return undefined
  const date = new Date(days * MS_PER_DAY)
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + months
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / MS_PER_DAY
}

/** `addMonths` as generated code writes it, once per module that moves a date by months. */
export const ADD_MONTHS_HELPER = [
  '/** A date months later, on the same day of the month or the last day of a shorter month (days since 1970-01-01). */',
  'function addMonths(days: number, months: number): number {',
  '  const date = new Date(days * 86400000)',
  '  const year = date.getUTCFullYear()',
  '  const month = date.getUTCMonth() + months',
  '  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate()',
  '  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / 86400000',
  '}'
].join('\n')

/** Whether generated text calls `addMonths`: its module then needs ADD_MONTHS_HELPER. */
export function callsAddMonths(text: string): boolean {
  return /\baddMonths\(/.test(text)
}
