/**
 * Known sequences: the small tables everyone knows by heart — month and weekday names, English
 * ordinals (1st, 2nd, 3rd), Roman numerals, letters of the alphabet, the days of each month.
 * A finite mapping learnt from the rows is an interpolation (it restates them); one of these
 * is a rule, since it answers for every number the examples never show. Pure helpers for the
 * operators; each is undefined outside its domain (month 13, the 27th letter).
 */

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const

/** ISO order: Monday is day 1, Sunday day 7. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

/** Days of each month of an ordinary (non-leap) year. */
export const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

/** Roman numerals, digit by digit: hundreds, tens and units. */
export const ROMAN_HUNDREDS = ['', 'C', 'CC', 'CCC', 'CD', 'D', 'DC', 'DCC', 'DCCC', 'CM'] as const
export const ROMAN_TENS = ['', 'X', 'XX', 'XXX', 'XL', 'L', 'LX', 'LXX', 'LXXX', 'XC'] as const
export const ROMAN_UNITS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX'] as const

const positionIn = <T>(list: readonly T[], position: number): T | undefined =>
  Number.isInteger(position) && position >= 1 && position <= list.length ? list[position - 1] : undefined

/** 3 → "March"; three letters: 3 → "Mar". */
export function monthName(month: number, short = false): string | undefined {
  const name = positionIn(MONTHS, month)
  return name === undefined ? undefined : short ? name.slice(0, 3) : name
}

/** 1 → "Monday"; three letters: 1 → "Mon". */
export function weekdayName(day: number, short = false): string | undefined {
  const name = positionIn(WEEKDAYS, day)
  return name === undefined ? undefined : short ? name.slice(0, 3) : name
}

/** Where a name (whole, or its first three letters, in any case) stands in a list, from 1. */
function numberOfName(names: readonly string[], text: string): number | undefined {
  const key = text.trim().slice(0, 3).toLowerCase()
  if (key.length < 3) return undefined
  const index = names.findIndex((name) => name.slice(0, 3).toLowerCase() === key)
  return index < 0 || !names[index]!.toLowerCase().startsWith(text.trim().toLowerCase()) ? undefined : index + 1
}

/** "March" or "mar" → 3. */
export const monthNumber = (text: string): number | undefined => numberOfName(MONTHS, text)

/** "Monday" or "mon" → 1. */
export const weekdayNumber = (text: string): number | undefined => numberOfName(WEEKDAYS, text)

/** The English ordinal suffix: 1 → "st", 12 → "th", 22 → "nd". */
export function ordinalSuffix(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 0) return undefined
  if (value % 100 >= 11 && value % 100 <= 13) return 'th'
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'
}

/** 14 → "XIV"; from 1 to 3999. */
export function romanNumeral(value: number): string | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 3999) return undefined
  return (
    'M'.repeat(Math.floor(value / 1000)) +
    ROMAN_HUNDREDS[Math.floor(value / 100) % 10]! +
    ROMAN_TENS[Math.floor(value / 10) % 10]! +
    ROMAN_UNITS[value % 10]!
  )
}

/** 1 → "A", 26 → "Z". */
export function alphabetLetter(position: number): string | undefined {
  return Number.isInteger(position) && position >= 1 && position <= 26 ? String.fromCharCode(64 + position) : undefined
}

/** "A" or "a" → 1, "Z" → 26. */
export function letterPosition(text: string): number | undefined {
  return /^[A-Za-z]$/.test(text) ? text.toUpperCase().charCodeAt(0) - 64 : undefined
}

/** Days of a month of an ordinary year: 2 → 28. */
export const daysInMonth = (month: number): number | undefined => positionIn(MONTH_DAYS, month)

/** Days of a month of a given year (the Gregorian calendar): February of 2024 → 29. */
export function daysInMonthOf(month: number, year: number): number | undefined {
  if (!Number.isInteger(year) || year < 100 || year > 9999) return undefined
  const days = daysInMonth(month)
  if (days === undefined) return undefined
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : days
}

/** A list as TypeScript: `['January', 'February', ...]`. */
export const listLiteral = (values: readonly (string | number)[]): string =>
  `[${values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(', ')}]`

/**
 * Title case's short words: articles, conjunctions and prepositions of up to three letters stay
 * lower case inside a title ("The Lord of the Rings"); the first and the last word never do.
 */
export const MINOR_WORDS = [
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'as',
  'at',
  'by',
  'in',
  'of',
  'off',
  'on',
  'per',
  'to',
  'up',
  'via'
] as const

export function titleCase(words: readonly string[]): string[] {
  return words.map((word, index) =>
    index > 0 && index < words.length - 1 && (MINOR_WORDS as readonly string[]).includes(word.toLowerCase())
      ? word.toLowerCase()
      : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
  )
}
