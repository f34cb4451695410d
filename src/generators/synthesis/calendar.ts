/**
 * Parts of a calendar date read as days since 1970-01-01 (dates.ts): its weekday, day of the
 * month, month and year, whole years between two dates (an age on a day), and a date that
 * falls on a weekend moved to the Monday after (a due date, a delivery) or working days counted
 * on from a date. Pure helpers for the
 * operators; each is undefined for a fraction of a day or a date outside years 1000..9999.
 */
import { dateText, isDayOfYears1000To9999 } from './dates'
import { MONTHS, WEEKDAYS } from './sequences'

const MS_PER_DAY = 86_400_000

const utc = (days: number): Date | undefined => (isDayOfYears1000To9999(days) ? new Date(days * MS_PER_DAY) : undefined)

/** ISO weekday number, Monday 1 to Sunday 7: 1970-01-01 was a Thursday (4). */
export function isoWeekday(days: number): number | undefined {
  if (utc(days) === undefined) return undefined
  return ((((days + 3) % 7) + 7) % 7) + 1
}

/** 20641 (2026-07-07) → "Tuesday". */
export function weekdayOf(days: number): string | undefined {
  const day = isoWeekday(days)
  return day === undefined ? undefined : WEEKDAYS[day - 1]
}

/** Weekday names from 1970-01-01's (Thursday) on: generated code indexes it by days % 7. */
export const WEEKDAYS_FROM_EPOCH = [...WEEKDAYS.slice(3), ...WEEKDAYS.slice(0, 3)]

export const dayOfMonth = (days: number): number | undefined => utc(days)?.getUTCDate()

/** 1 for January. */
export function monthOf(days: number): number | undefined {
  const date = utc(days)
  return date === undefined ? undefined : date.getUTCMonth() + 1
}

/** 20641 (2026-07-07) → "July". */
export function monthNameOf(days: number): string | undefined {
  const month = monthOf(days)
  return month === undefined ? undefined : MONTHS[month - 1]
}

export const yearOf = (days: number): number | undefined => utc(days)?.getUTCFullYear()

/** Calendar months from one date's month to another's (2026-01-31 to 2026-03-02 is 2), whatever the days. */
export function monthsBetween(from: number, to: number): number | undefined {
  const [fromYear, fromMonth, toYear, toMonth] = [yearOf(from), monthOf(from), yearOf(to), monthOf(to)]
  if (fromYear === undefined || fromMonth === undefined || toYear === undefined || toMonth === undefined) return undefined
  return (toYear - fromYear) * 12 + (toMonth - fromMonth)
}

/** "2026-07-07" read as 20260707: the difference of two, over 10000, is whole years between them. */
function yearMonthDay(days: number): number | undefined {
  const written = dateText(days)
  return written === undefined ? undefined : Number(written.replace(/-/g, ''))
}

/**
 * Whole years from one date to a later one, as an age is counted: a birthday on 29 February
 * comes on 1 March in other years. Undefined when the second date is the earlier.
 */
export function yearsBetween(from: number, to: number): number | undefined {
  const start = yearMonthDay(from)
  const end = yearMonthDay(to)
  if (start === undefined || end === undefined || end < start) return undefined
  return Math.floor((end - start) / 10000)
}

/** A Saturday or a Sunday moved to the Monday after; any other day kept. */
export function weekendToMonday(days: number): number | undefined {
  const day = isoWeekday(days)
  if (day === undefined) return undefined
  return day === 6 ? days + 2 : day === 7 ? days + 1 : days
}

/** Days to add to reach Monday from a weekend, indexed by days % 7 from Thursday 1970-01-01. */
export const WEEKEND_SHIFT_FROM_EPOCH = [0, 0, 2, 1, 0, 0, 0] as const

/**
 * A number of working days (Monday to Friday) after a date, days since 1970-01-01 in and out: a
 * weekend date counts from the Friday before, so one working day after a Saturday is Monday.
 * Generated code calls the same function (`WORKING_DAYS_HELPER`).
 */
export function workingDaysAfter(days: number, count: number): number | undefined {
  const day = isoWeekday(days)
  if (day === undefined || !Number.isInteger(count) || count < 0 || count > 10_000) return undefined
  const weekdayIndex = Math.min(day, 5) - 1
  return days - (day - 1 - weekdayIndex) + count + 2 * Math.floor((weekdayIndex + count) / 5)
}

/** `workingDaysAfter` as generated code writes it, once per module that counts working days. */
export const WORKING_DAYS_HELPER = [
  '/** A number of working days (Monday to Friday) after a date; a weekend date counts from the Friday before (days since 1970-01-01). */',
  'function workingDaysAfter(days: number, count: number): number {',
  '  const weekday = (((days + 3) % 7) + 7) % 7 // 0 is Monday, 6 is Sunday',
  '  const friday = Math.min(weekday, 4)',
  '  return days - (weekday - friday) + count + 2 * Math.floor((friday + count) / 5)',
  '}'
].join('\n')

/**
 * The date of a weekday's nth occurrence in a month of a year ("the last Sunday in March", "the
 * second Sunday in May"): `weekday` ISO (Monday 1), `nth` 1 to 5 or -1 for the last; undefined
 * where the month has no such day. Generated code calls the same function (`NTH_WEEKDAY_HELPER`).
 */
export function nthWeekday(year: number, month: number, weekday: number, nth: number): number | undefined {
  if (![year, month, weekday, nth].every(Number.isInteger) || year < 1000 || year > 9999 || month < 1 || month > 12) return undefined
  if (weekday < 1 || weekday > 7 || !(nth === -1 || (nth >= 1 && nth <= 5))) return undefined
  const first = Date.UTC(year, month - 1, 1) / MS_PER_DAY
  const last = Date.UTC(year, month, 0) / MS_PER_DAY
  const day = nth === -1 ? last - ((isoWeekday(last)! - weekday + 7) % 7) : first + ((weekday - isoWeekday(first)! + 7) % 7) + 7 * (nth - 1)
  return day > last ? undefined : day
}

/** `nthWeekday` as generated code writes it, once per module that uses it. */
export const NTH_WEEKDAY_HELPER = [
  "/** The date of a weekday's nth occurrence in a month (weekday 1 is Monday, nth -1 the last), in days since 1970-01-01. */",
  'function nthWeekday(year: number, month: number, weekday: number, nth: number): number {',
  '  const isoWeekday = (days: number) => ((((days + 3) % 7) + 7) % 7) + 1',
  '  const first = Date.UTC(year, month - 1, 1) / 86400000',
  '  const last = Date.UTC(year, month, 0) / 86400000',
  '  if (nth === -1) return last - ((isoWeekday(last) - weekday + 7) % 7)',
  '  return first + ((weekday - isoWeekday(first) + 7) % 7) + 7 * (nth - 1)',
  '}'
].join('\n')

/** Whether generated text calls `nthWeekday`: its module then needs NTH_WEEKDAY_HELPER. */
export function callsNthWeekday(text: string): boolean {
  return /\bnthWeekday\(/.test(text)
}

/** Whether generated text calls `workingDaysAfter`: its module then needs WORKING_DAYS_HELPER. */
export function callsWorkingDaysAfter(text: string): boolean {
  return /\bworkingDaysAfter\(/.test(text)
}

/**
 * Whether a date falls in a stretch of the year given by its first and last days, each written
 * `month * 100 + day` (12 August is 812), both included; round the new year where the first is
 * the later (1001 to 201). Days since 1970-01-01 in. Generated code calls the same function
 * (`YEAR_STRETCH_HELPER`).
 */
export function inYearStretch(days: number, first: number, last: number): boolean | undefined {
  if (!Number.isInteger(days)) return undefined
  const date = new Date(days * 86_400_000)
  const day = (date.getUTCMonth() + 1) * 100 + date.getUTCDate()
  return first <= last ? day >= first && day <= last : day >= first || day <= last
}

export const YEAR_STRETCH_HELPER = [
  '/** Whether a date (days since 1970-01-01) is in a stretch of the year from `first` to `last` (month * 100 + day, 812 is 12 August), both included. */',
  'function inYearStretch(days: number, first: number, last: number): boolean {',
  '  const date = new Date(days * 86400000)',
  '  const day = (date.getUTCMonth() + 1) * 100 + date.getUTCDate()',
  '  return first <= last ? day >= first && day <= last : day >= first || day <= last',
  '}'
].join('\n')

/** Whether generated text calls `inYearStretch`: its module then needs YEAR_STRETCH_HELPER. */
export function callsInYearStretch(text: string): boolean {
  return /\binYearStretch\(/.test(text)
}
