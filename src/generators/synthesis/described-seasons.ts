/**
 * Stretches of the year the words give each category: "grouse from 12 August to 10 December,
 * partridge from 1 September to 1 February". Over a column of those categories and a column of
 * dates, they state a yes/no quantity: whether the date falls in its category's stretch, the first
 * and last day included, round the new year where the stretch is ("1 October to 1 February"). The
 * rows show a few dates near a few edges; the words say where every edge is.
 */
import type { Derived } from './derived'
import { isDateText } from './dates'
import { type Program, apply, conditional, constant, input } from './program'
import { MONTHS } from './sequences'
import type { ExampleTable } from './table'

const MONTH =
  String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|` +
  String.raw`jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)`
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`
/** "12 August", "12th of August" or "August 12": its day and month, as `[day, month]` capture groups either way round. */
const DAY_MONTH = String.raw`(?:${DAY}\s+(?:of\s+)?${MONTH}|${MONTH}\s+${DAY})`
const STRETCH = new RegExp(String.raw`(?:from\s+)?${DAY_MONTH}\s*(?:to|until|till|through|-|–)\s*${DAY_MONTH}`, 'iu')

/** Words between a category and its stretch ("grouse (red or black) may be sold from …"): at most this many characters. */
const MAX_GAP = 40

/** The longest stretch the words can give ("from 12 September to 31 December"), so the text read after a category holds it whole. */
const LONGEST_STRETCH = 60

/** A day of the year as `month * 100 + day`: 12 August is 812. */
type DayOfYear = number

function dayOfYear(match: RegExpExecArray, offset: number): DayOfYear | undefined {
  const [dayFirst, monthAfter, monthFirst, dayAfter] = match.slice(offset, offset + 4)
  const day = Number(dayFirst ?? dayAfter)
  const name = (monthAfter ?? monthFirst)!.toLowerCase()
  const month = MONTHS.findIndex((candidate) => candidate.toLowerCase().startsWith(name.slice(0, 3))) + 1
  return month > 0 && day >= 1 && day <= 31 ? month * 100 + day : undefined
}

/** The stretch the words give right after a category's name, or undefined (none, or two). */
function stretchOf(text: string, category: string): [DayOfYear, DayOfYear] | undefined {
  const escaped = category.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const found: Array<[DayOfYear, DayOfYear]> = []
  for (const named of text.matchAll(new RegExp(String.raw`(?<![\p{L}\d])${escaped}(?![\p{L}\d])`, 'giu'))) {
    const after = text.slice(named.index + named[0].length, named.index + named[0].length + MAX_GAP + LONGEST_STRETCH)
    const match = STRETCH.exec(after)
    if (match === null || match.index > MAX_GAP) continue
    const [from, to] = [dayOfYear(match, 1), dayOfYear(match, 5)]
    if (from !== undefined && to !== undefined && from !== to) found.push([from, to])
  }
  return found.length === 1 ? found[0] : undefined
}

const within = (days: Program, [from, to]: [DayOfYear, DayOfYear]): Program => apply('inYearStretch', days, constant(from), constant(to))

/** For each column of categories every one of which the words give a stretch, and each column of dates: whether the date is in it. */
export function describedSeasons(text: string, table: ExampleTable): Derived[] {
  const dates = table.columns.filter((column) => column.type === 'string' && column.values.every(isDateText))
  const found: Derived[] = []
  for (const categories of table.columns) {
    if (categories.type !== 'string' || !categories.categorical || dates.includes(categories)) continue
    const names = [...new Set(categories.values.map(String))]
    const stretches = names.map((name) => stretchOf(text, name))
    if (names.length === 0 || stretches.some((stretch) => stretch === undefined)) continue
    for (const date of dates) {
      const day = apply('dateValue', input(date.name, 'string'))
      const last = names.length - 1
      const program = names
        .slice(0, last)
        .reduceRight<Program>(
          (otherwise, name, index) =>
            conditional(apply('sameText', input(categories.name, 'string'), constant(name)), within(day, stretches[index]!), otherwise),
          within(day, stretches[last]!)
        )
      found.push({ name: `${date.name}_in_${categories.name}_season`, program, confident: true, stated: true })
    }
  }
  return found
}
