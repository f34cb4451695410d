/**
 * The parts of a time of day the words speak of: "strikes the hour on the hour, counting on a
 * twelve-hour clock, … at half past each hour once". The hour (0 to 23) and the minute past it of
 * each input that holds times of day ("09:15"), and where the words count on a twelve-hour clock,
 * the hour on it (1 to 12: midnight and noon are 12). Each is exact: a function of the input, not
 * learnt, so a rule over them is as short as the words are; and the moments the words name ("on the
 * hour", "half past") as yes/no quantities: `onTheHour ? hour12 : halfPast ? 1 : 0`.
 */
import { isClockText } from './clock'
import type { Derived } from './derived'
import { type Program, apply, constant, input } from './program'
import type { ExampleTable } from './table'

/** Words that speak of the hour and the minutes of a time apart. */
const PARTS =
  /\b(?:on the hour|half past|quarter (?:past|to)|o'clock|minutes? past|past the hour|every hour|each hour|twelve-hour|12-hour)\b/iu
/** Words that count the hours on a twelve-hour clock. */
const TWELVE_HOURS = /\b(?:twelve-hour|12-hour|twelve hour|12 hour)\b|\b[ap]\.?m\.?(?![\p{L}])/iu

/** Moments of each hour the words name, and the minute of each: "on the hour" is when the minute is 0. */
const MOMENTS: ReadonlyArray<[RegExp, string, number]> = [
  [/\bon the hour\b|\bo'clock\b/iu, 'onTheHour', 0],
  [/\bquarter past\b/iu, 'quarterPast', 15],
  [/\bhalf past\b/iu, 'halfPast', 30],
  [/\bquarter to\b/iu, 'quarterTo', 45]
]

/** A time of day as hours and minutes ("07:15"), not a duration with seconds. */
const TIME_OF_DAY = /^\d{1,2}:[0-5]\d$/u

export function clockParts(text: string, table: ExampleTable): Derived[] {
  if (!PARTS.test(text)) return []
  const clocks = table.columns.filter(
    (column) =>
      column.type === 'string' &&
      column.derived !== true &&
      column.values.every((value) => isClockText(value) && TIME_OF_DAY.test(String(value)))
  )
  return clocks.flatMap((column) => {
    const minutes = apply('clockValue', input(column.name, 'string'))
    const hour = apply('hoursPart', minutes)
    const parts: Array<[string, Program]> = [
      [`${column.name}_hour`, hour],
      [`${column.name}_minute`, apply('minutesPart', minutes)],
      ...(TWELVE_HOURS.test(text)
        ? [
            [`${column.name}_hour12`, apply('add', apply('remainder', apply('add', hour, constant(11)), constant(12)), constant(1))] as [
              string,
              Program
            ]
          ]
        : [])
    ]
    // A moment the words name is a yes/no the words define ("at half past each hour it strikes once").
    const moments = MOMENTS.filter(([words]) => words.test(text)).map(([, name, minute]): Derived => ({
      name: `${column.name}_${name}`,
      program: apply('equal', apply('minutesPart', minutes), constant(minute)),
      confident: true,
      stated: true
    }))
    return [...parts.map(([name, program]): Derived => ({ name, program, confident: true })), ...moments]
  })
}
