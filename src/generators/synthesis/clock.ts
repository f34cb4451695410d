/**
 * Clock readings written as text: a time of day ("07:15", "23:30") or a duration ("25:00",
 * "1:45:00"). Read as one number in base 60 (minutes of the day for h:mm, seconds for m:ss and
 * h:mm:ss), they take part in arithmetic like any number, and numbers are written back the
 * same way. Pure helpers for the operators, the bank and the probes.
 */

const CLOCK_TEXT = /^(\d{1,2}):([0-5]\d)(?::([0-5]\d))?$/

/** Minutes in a day: times of day are read as minutes past midnight. */
const MINUTES_PER_DAY = 1440

export function isClockText(value: unknown): value is string {
  return typeof value === 'string' && CLOCK_TEXT.test(value)
}

/** "07:15" → 435, "1:45:00" → 6300, "25:00" → 1500; undefined for anything else. */
export function clockValue(text: string): number | undefined {
  const match = CLOCK_TEXT.exec(text)
  if (match === null) return undefined
  return match
    .slice(1)
    .filter((part) => part !== undefined)
    .reduce((total, part) => total * 60 + Number(part), 0)
}

const twoDigits = (value: number): string => String(value).padStart(2, '0')

/** A time of day, minutes past midnight → "HH:MM"; undefined outside one day or for a fraction. */
export function clockText(minutes: number): string | undefined {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) return undefined
  return `${twoDigits(Math.floor(minutes / 60))}:${twoDigits(minutes % 60)}`
}

/** Minutes past some midnight → the time of day they fall on, "HH:MM": 1500 is 01:00 the next day, -60 is 23:00 the day before. */
export function wrappedClockText(minutes: number): string | undefined {
  if (!Number.isInteger(minutes)) return undefined
  return clockText(((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY)
}

/** A time of day with the day it falls on after a day marker, as timetables write it: "07:15 +1", "22:30 -1". */
export const DAY_MARKED_CLOCK = /^(\d\d:\d\d)(?: ([+-][1-9]\d*))?$/

/**
 * Minutes past the first day's midnight → the time of day, followed by " +1" on the next day,
 * " -1" on the day before (nothing on the same day): a flight landing after midnight.
 */
export function dayMarkedClockText(minutes: number): string | undefined {
  const time = wrappedClockText(minutes)
  if (time === undefined) return undefined
  const day = Math.floor(minutes / MINUTES_PER_DAY)
  return day === 0 ? time : `${time} ${day > 0 ? '+' : ''}${day}`
}

/** "07:15 +1" → minutes past the first day's midnight (1875); undefined for anything else. */
export function dayMarkedClockValue(text: string): number | undefined {
  const match = DAY_MARKED_CLOCK.exec(text)
  if (match === null) return undefined
  return clockValue(match[1]!)! + MINUTES_PER_DAY * Number(match[2] ?? 0)
}

/** A duration in base 60 → "m:ss" (or "h:mm" of minutes); undefined for a fraction or a negative. */
export function durationText(amount: number): string | undefined {
  if (!Number.isInteger(amount) || amount < 0) return undefined
  return `${Math.floor(amount / 60)}:${twoDigits(amount % 60)}`
}

/** A duration with tenths or hundredths of a second, as a stopwatch shows it: "1:05.3", "0:59.87". */
const TIMED_TEXT = /^\d{1,3}:[0-5]\d\.\d{1,2}$/

export function isTimedText(value: unknown): value is string {
  return typeof value === 'string' && TIMED_TEXT.test(value)
}

/**
 * Seconds → "m:ss.t" with this many decimals (1 or 2); undefined for a negative or for more
 * decimals than are shown (65.34 is not written with tenths). Computed in whole tenths or
 * hundredths, so 65.3 % 60 never shows its binary noise.
 */
export function timedText(seconds: number, decimals: number): string | undefined {
  const scale = 10 ** decimals
  const units = Math.round(seconds * scale)
  if (seconds < 0 || Math.abs(units - seconds * scale) > 1e-6 * Math.max(1, Math.abs(seconds * scale))) return undefined
  const minutes = Math.floor(units / (60 * scale))
  const rest = units - minutes * 60 * scale
  return `${minutes}:${(rest / scale).toFixed(decimals).padStart(3 + decimals, '0')}`
}

/**
 * A time stamp as every output writes it, hours (or minutes) down to a fraction of a second:
 * "01:02:03,045" (a subtitle), "1:02:03" (a long run), "02:03.450". Its pattern is written with
 * zeros ("00:00:00,000"); the number it shows counts the smallest unit (milliseconds there).
 * Hours and minutes alone, or minutes and seconds to the tenth, are the clock's and the
 * stopwatch's own texts.
 */
const TIMESTAMP = /^(\d+)((?::\d{2}){1,2})(?:([.,])(\d{1,3}))?$/u

export function timestampPatternOf(values: readonly unknown[]): string | undefined {
  const shapes = values.map((value) => (typeof value === 'string' ? TIMESTAMP.exec(value) : null))
  if (shapes.length === 0 || shapes.some((shape) => shape === null)) return undefined
  const found = shapes as RegExpExecArray[]
  const fieldsOf = (shape: RegExpExecArray) => shape[2]!.split(':').length
  const mark = found[0]![3] ?? ''
  const fraction = found[0]![4]?.length ?? 0
  if (!found.every((shape) => (shape[3] ?? '') === mark && (shape[4]?.length ?? 0) === fraction)) return undefined
  const counts = new Set(found.map(fieldsOf))
  const leads = found.map((shape) => shape[1]!)
  const tail = fraction > 0 ? `${mark}${'0'.repeat(fraction)}` : ''
  // Minutes and seconds under an hour, hours too from an hour on ("4:05", "1:02:09"): hours only where there are some.
  if (counts.size === 2 && counts.has(2) && counts.has(3))
    return leads.every((lead) => lead.length === 1 || !lead.startsWith('0')) ? `~0:00:00${tail}` : undefined
  const fields = fieldsOf(found[0]!)
  if (counts.size !== 1 || (fields < 3 && fraction < 3)) return undefined
  const padded = leads.every((lead) => lead.length === 2) && leads.some((lead) => lead.startsWith('0'))
  if (!padded && leads.some((lead) => lead.length > 1 && lead.startsWith('0'))) return undefined
  return `${padded ? '00' : '0'}${':00'.repeat(fields - 1)}${tail}`
}

/**
 * The parts of a time stamp pattern: how many fields, the first one padded, the mark and the digits
 * of the fraction; `~` first: the hours only from an hour on.
 */
export function timestampParts(pattern: string): {
  fields: number
  padded: boolean
  mark: string
  fraction: number
  optionalHours: boolean
} {
  const [whole, fractionDigits] = pattern.replace(/^~/u, '').split(/[.,]/u)
  return {
    fields: whole!.split(':').length,
    padded: whole!.startsWith('00'),
    mark: pattern.includes(',') ? ',' : pattern.includes('.') ? '.' : '',
    fraction: fractionDigits?.length ?? 0,
    optionalHours: pattern.startsWith('~')
  }
}

/** A whole count of the pattern's smallest unit written by it: 3723045 ms as "01:02:03,045"; undefined below zero. */
export function timestampText(units: number, pattern: string): string | undefined {
  if (!Number.isInteger(units) || units < 0) return undefined
  const { fields, padded, mark, fraction, optionalHours } = timestampParts(pattern)
  const scale = 10 ** fraction
  const seconds = Math.floor(units / scale)
  const withHours = fields === 3 && !(optionalHours && seconds < 3600)
  const parts = withHours
    ? [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
    : [Math.floor(seconds / 60), seconds % 60]
  const written = parts.map((part, index) => (index > 0 || padded ? twoDigits(part) : String(part))).join(':')
  return fraction > 0 ? `${written}${mark}${String(units % scale).padStart(fraction, '0')}` : written
}

/** From one time of day to the next occurrence of another, past midnight when it must: 23:30 → 07:15 is 465 minutes. */
export function clockSpan(from: number, to: number): number | undefined {
  const valid = (value: number) => Number.isInteger(value) && value >= 0 && value < MINUTES_PER_DAY
  if (!valid(from) || !valid(to)) return undefined
  return (to - from + MINUTES_PER_DAY) % MINUTES_PER_DAY
}

/** How the examples write their clock readings, so probes are written the same way. */
export interface ClockStyle {
  /** Every value is h:mm with hours below 24: times of day. */
  timeOfDay: boolean
  /** The first part has two digits ("08:58"). */
  padded: boolean
  /** Some values have hours, minutes and seconds. */
  withSeconds: boolean
}

export function clockStyleOf(values: readonly string[]): ClockStyle {
  const parts = values.map((value) => value.split(':'))
  const withSeconds = parts.some((part) => part.length === 3)
  return {
    withSeconds,
    timeOfDay: !withSeconds && parts.every((part) => Number(part[0]) < 24),
    padded: parts.every((part) => part[0]!.length === 2)
  }
}

/** A number written as the examples write clock readings. */
export function writeClock(amount: number, style: ClockStyle): string | undefined {
  if (!Number.isInteger(amount) || amount < 0) return undefined
  if (style.timeOfDay)
    return amount < MINUTES_PER_DAY
      ? `${style.padded ? twoDigits(Math.floor(amount / 60)) : Math.floor(amount / 60)}:${twoDigits(amount % 60)}`
      : undefined
  if (style.withSeconds && amount >= 3600)
    return `${Math.floor(amount / 3600)}:${twoDigits(Math.floor(amount / 60) % 60)}:${twoDigits(amount % 60)}`
  return durationText(amount)
}

/** A twelve-hour time's mark, as texts write it ("7:30am", "7:30 PM", "7:30 a.m."): its space, letter and the rest. */
const TWELVE_HOUR_MARK = /\d( ?)([ap]|[AP])(m|M|\.m\.|\.M\.)(?![\p{L}])/gu

/** The marks before noon the texts use, each read from either half of the day ("7pm" marks "am"). */
export function twelveHourMarks(texts: readonly string[]): string[] {
  const marks = new Set<string>()
  for (const text of texts)
    for (const [, space, letter, rest] of text.matchAll(TWELVE_HOUR_MARK))
      marks.add(`${space}${letter === letter!.toLowerCase() ? 'a' : 'A'}${rest}`)
  return [...marks]
}

/**
 * A time of day, minutes past midnight, on the twelve-hour clock: "7:30pm", midnight "12am", noon
 * "12pm"; `short`: no minutes on the hour ("11pm"). The mark before noon is given ("am", " AM", "a.m.").
 */
export function twelveHourText(minutes: number, am: string, short: boolean): string | undefined {
  if (!Number.isInteger(minutes) || minutes < 0 || minutes >= MINUTES_PER_DAY) return undefined
  const hour = Math.floor(minutes / 60) % 12 || 12
  const past = minutes % 60
  const mark = minutes < 720 ? am : am.replace('a', 'p').replace('A', 'P')
  return `${hour}${short && past === 0 ? '' : `:${twoDigits(past)}`}${mark}`
}

/** The function generated code calls for a twelve-hour time (`twelveHourText` says the same). */
export const TWELVE_HOUR_HELPER = [
  '/** A time of day, minutes past midnight, on the twelve-hour clock: "7:30pm"; with `short`, "11pm" on the hour. */',
  'function twelveHour(minutes: number, am: string, short: boolean): string {',
  '  const past = minutes % 60',
  "  const shown = short && past === 0 ? '' : `:${String(past).padStart(2, '0')}`",
  "  return `${Math.floor(minutes / 60) % 12 || 12}${shown}${minutes < 720 ? am : am.replace('a', 'p').replace('A', 'P')}`",
  '}'
].join('\n')

/** Whether generated text calls `twelveHour`: its module then needs TWELVE_HOUR_HELPER. */
export function callsTwelveHour(text: string): boolean {
  return /(?<![.\w])twelveHour\(/.test(text)
}
