/**
 * Labels the words give to each month or weekday ("January garnet, February amethyst, … and
 * December turquoise"; "Monday is "soup", Tuesday is "pasta", …"): one label per name, read off
 * the words that follow it. Over a date input (its month or its weekday) or an input of such names,
 * the words define a quantity: the label of the value's name. Every name must have one label, and
 * every example must answer its name's label; the rows need not show every name.
 */
import type { Derived } from './derived'
import { type Program, apply, constant, evaluateProgram, input } from './program'
import { MONTHS, WEEKDAYS } from './sequences'
import type { ExampleTable } from './table'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u
/** A label is a few words: "turquoise", "light blue", "fish and chips" is two labels' worth. */
const MAX_LABEL_WORDS = 3
/** Words between a name and its label: "January: garnet", "Monday is soup". */
const LEADING = /^\s*(?::|-|\u2013|=|\bis\b|\bare\b|\bgets?\b|\bhas\b|\bmeans\b)?\s*(?:the\s+|an?\s+)?/iu

/** The label each name is given, in the names' order; undefined unless every name has exactly one. */
function statedLabels(text: string, names: readonly string[]): string[] | undefined {
  const flat = text.replace(/\s+/gu, ' ')
  const labels: string[] = []
  for (const name of names) {
    const at = [...flat.matchAll(new RegExp(`\\b${name}\\b`, 'gu'))]
    if (at.length !== 1) return undefined
    const after = flat.slice(at[0]!.index + name.length).replace(LEADING, '')
    const label = /^"?([\p{L}][\p{L}' -]*?)"?(?=\s*(?:[,;.]|\band\b|$))/u.exec(after)?.[1]?.trim()
    if (label === undefined || label.split(' ').length > MAX_LABEL_WORDS || names.some((other) => label.includes(other))) return undefined
    labels.push(label)
  }
  return new Set(labels).size >= 2 ? labels : undefined
}

/** For each input of dates or of the names, the label the words give its name, where every example answers it. */
export function describedKeyLabels(text: string, table: ExampleTable): Derived[] {
  const found: Derived[] = []
  for (const [names, ofDays, position] of [
    [MONTHS, (days: Program) => apply('monthOf', days), 'monthNumber'],
    [WEEKDAYS, (days: Program) => apply('weekdayNumber', apply('weekdayOf', days)), 'weekdayNumber']
  ] as const) {
    const labels = statedLabels(text, names)
    if (labels === undefined) continue
    for (const column of table.columns) {
      if (column.type !== 'string' || column.derived === true) continue
      const values = column.values.map(String)
      const value = input(column.name, 'string')
      const key = values.every((text) => ISO_DATE.test(text))
        ? ofDays(apply('dateValue', value))
        : values.every((text) => names.some((name) => name.toLowerCase() === text.trim().toLowerCase()))
          ? apply(position, value)
          : undefined
      if (key === undefined) continue
      const program = apply('rankedLabel', apply('subtract', key, constant(1)), constant(labels.join('|')))
      const answers = table.examples.every((example) => {
        const label = evaluateProgram(program, example.inputs)
        return label.ok && Object.values(example.outputs).includes(label.value)
      })
      if (answers) found.push({ name: `${column.name}_statedLabel`, program, confident: true, stated: true })
    }
  }
  return found
}
