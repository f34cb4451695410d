/**
 * Opening hours the description states: "open on weekdays from 08:30 until 17:00 and on Saturday
 * from 10:00 until 14:00. It is closed on Sunday." Over an input of days of the week and an input
 * of times of day, the words define a yes/no quantity: open from the first time, closed again at the
 * second (at closing time it is closed), on the days they give those hours for; closed on the days
 * they say so. It is a quantity the rule may read as the derived quantities of formulas are: the
 * words state it, the rows need not rediscover each edge. Words that leave a day of the rows without
 * hours, or give one day two, define nothing.
 */
import type { Column, ExampleTable } from './table'
import type { Derived } from './derived'
import { type Program, apply, conditional, constant, input } from './program'
import { isClockText, clockValue } from './clock'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** The days a phrase names: "weekdays", "monday to friday", "saturday and sunday", "weekends", "sundays". */
function daysOf(phrase: string): string[] | undefined {
  const words = phrase.replace(/s\b/gu, '').trim()
  if (/^week ?day$/u.test(words)) return DAYS.slice(0, 5)
  if (/^weekend$/u.test(words)) return DAYS.slice(5)
  const range = /^(\p{L}+) (?:to|through|until|-) (\p{L}+)$/u.exec(words)
  if (range) {
    const [from, to] = [DAYS.indexOf(range[1] as (typeof DAYS)[number]), DAYS.indexOf(range[2] as (typeof DAYS)[number])]
    return from >= 0 && to > from ? DAYS.slice(from, to + 1) : undefined
  }
  const listed = words.split(/\s*(?:,|\band\b)\s*/u).filter(Boolean)
  return listed.length > 0 && listed.every((day) => DAYS.includes(day as (typeof DAYS)[number])) ? listed : undefined
}

const DAY_WORD = String.raw`(?:week ?days?|weekends?|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)`
const DAY_PHRASE = String.raw`(${DAY_WORD}(?:\s*(?:,|and|to|through|-)\s*${DAY_WORD})*)`
const TIME = String.raw`(\d{1,2}[:.]\d{2})`
/** "on weekdays from 08:30 until 17:00", "saturday 10:00 to 14:00", "from 9:00 to 12:00 on sundays". */
const HOURS = [
  new RegExp(String.raw`(?:on\s+)?${DAY_PHRASE}\s+(?:from\s+)?${TIME}\s*(?:until|till|to|-|–)\s*${TIME}`, 'gu'),
  // "from 08:00 until 18:00 Monday to Friday", with or without "on".
  new RegExp(String.raw`from\s+${TIME}\s*(?:until|till|to|-|–)\s*${TIME}\s+(?:on\s+)?${DAY_PHRASE}`, 'gu')
]
/** "closed on Sundays", "closed all day Sunday", "not at all on Sundays", "not on Sundays". */
const CLOSED = new RegExp(String.raw`(?:closed\s+(?:all\s+day\s+)?|not\s+(?:at\s+all\s+)?)(?:on\s+)?${DAY_PHRASE}`, 'gu')

/** Each day's hours, in minutes of the day ([open, close)), or null where it is closed; undefined where the words disagree. */
function statedHours(text: string): Map<string, [number, number] | null> | undefined {
  const hours = new Map<string, [number, number] | null>()
  let consistent = true
  const give = (days: string[] | undefined, value: [number, number] | null) => {
    for (const day of days ?? []) {
      const known = hours.get(day)
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(value)) consistent = false
      hours.set(day, value)
    }
  }
  const lower = text.toLowerCase()
  for (const [index, pattern] of HOURS.entries())
    for (const match of lower.matchAll(pattern)) {
      const [days, from, until] = index === 0 ? [match[1]!, match[2]!, match[3]!] : [match[3]!, match[1]!, match[2]!]
      const [open, close] = [clockValue(from.replace('.', ':')), clockValue(until.replace('.', ':'))]
      if (open !== undefined && close !== undefined && open < close) give(daysOf(days), [open, close])
    }
  for (const match of lower.matchAll(CLOSED)) give(daysOf(match[1]!), null)
  return consistent ? hours : undefined
}

/** The column of days of the week (every value a day's name) and the column of times of day. */
function scheduleColumns(table: ExampleTable): { day: Column; time: Column } | undefined {
  const strings = table.columns.filter((column) => column.type === 'string')
  const day = strings.find((column) => column.values.every((value) => DAYS.includes(String(value).toLowerCase() as (typeof DAYS)[number])))
  const time = strings.find((column) => column.values.every(isClockText))
  return day && time ? { day, time } : undefined
}

/** The quantity "open by the hours the words state", over the day and time inputs, or none. */
export function describedSchedules(text: string, table: ExampleTable): Derived[] {
  const columns = scheduleColumns(table)
  const hours = columns === undefined ? undefined : statedHours(text)
  if (columns === undefined || hours === undefined) return []
  const written = new Map((columns.day.values as string[]).map((value) => [value.toLowerCase(), value]))
  // Every day the rows show has its hours in the words; the day names are written as the rows write them.
  if ([...written.keys()].some((day) => !hours.has(day))) return []
  const capitalised = (day: string) => written.get(day) ?? day.charAt(0).toUpperCase() + day.slice(1)
  const minutes = apply('clockValue', input(columns.time.name, 'string'))
  const openAt = (value: [number, number] | null): Program =>
    value === null
      ? constant(false)
      : apply('and', apply('greaterOrEqual', minutes, constant(value[0])), apply('less', minutes, constant(value[1])))
  // Days with the same hours together; the largest group is the rest.
  const groups = new Map<string, string[]>()
  for (const [day, value] of hours) groups.set(JSON.stringify(value), [...(groups.get(JSON.stringify(value)) ?? []), day])
  const ordered = [...groups].sort((a, b) => b[1].length - a[1].length)
  const [rest, ...others] = ordered
  if (rest === undefined) return []
  const program = others.reduceRight<Program>(
    (otherwise, [value, days]) => {
      const isDay = days
        .map((day): Program => apply('sameText', input(columns.day.name, 'string'), constant(capitalised(day))))
        .reduce((left, right) => apply('or', left, right))
      return conditional(isDay, openAt(JSON.parse(value) as [number, number] | null), otherwise)
    },
    openAt(JSON.parse(rest[0]) as [number, number] | null)
  )
  return [{ name: 'openByTheHours', program, confident: true, stated: true }]
}
