/**
 * An input the words speak of, that the best rule never reads: "shops of up to 280 square metres
 * may open as long as they like" names the floor area, and "larger shops ... on a Sunday" names
 * the day, yet a rule over the hours alone can fit the rows (`hours <= 6 || hours > 10`). The
 * examples then leave open what the words say matters; the rule is not confirmed, and the
 * question varies that input alone. The words name an input by one of its text values ("Sunday")
 * or by a bound they state that only its values span ("up to 280" among floor areas of 90 to 2000).
 * Only for a table with one output: every input is there for it.
 */
import type { Doubt } from './confidence'
import { inputsUsed } from './program'
import type { Column, ExampleTable } from './table'
import { rowVaryingOneOf } from './unvaried-inputs'
import { sameValue } from './values'

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')

/** Whether the text names one of a text column's values as a word of its own. */
function namesAValue(column: Column, text: string): boolean {
  return column.values.some(
    (value) =>
      typeof value === 'string' && /\p{L}{3,}/u.test(value) && new RegExp(`(^|[^\\p{L}])${escape(value)}([^\\p{L}]|$)`, 'iu').test(text)
  )
}

const spanOf = (column: Column): [number, number] | undefined => {
  const numbers = column.values.filter((value): value is number => typeof value === 'number')
  return numbers.length === 0 ? undefined : [Math.min(...numbers), Math.max(...numbers)]
}

const within = (span: [number, number] | undefined, value: number) => span !== undefined && value > span[0] && value < span[1]

/** The varied inputs the words name that the program never reads. */
export function namedUnreadInputs(table: ExampleTable, used: readonly string[], text: string, bounds: ReadonlySet<number>): Column[] {
  const read = table.columns.filter((column) => used.includes(column.name))
  const varied = (column: Column) => column.values.some((value) => !sameValue(value, column.values[0]!))
  return table.columns.filter((column) => {
    if (used.includes(column.name) || !varied(column)) return false
    if (column.type === 'string') return namesAValue(column, text)
    if (column.type !== 'number') return false
    const span = spanOf(column)
    return [...bounds].some((value) => within(span, value) && !read.some((other) => within(spanOf(other), value)))
  })
}

/** The row that varies an input the words name and the rule never reads, with the rule's answer, or undefined. */
export const namedUnreadInputQuestion: Doubt = (problem, best, domain, written) => {
  // Where the table has several outputs, an input one of them never reads may be another's.
  if (problem.table.operation.outputs.length !== 1) return undefined
  // A part of a sum (what is left once another part is taken off) is judged as the whole rule is, not alone.
  const answers = problem.table.examples.map((example) => example.outputs[problem.output.name])
  if (!problem.target.every((value, row) => answers[row] !== undefined && sameValue(value, answers[row]!))) return undefined
  const used = inputsUsed(written(best.program))
  // A quantity the words define over an input (a band's label) stands for it: which inputs it reads is not known here.
  if (!used.every((name) => problem.table.columns.some((column) => column.name === name))) return undefined
  // A number names an input where the words put it at a cut ("up to 280", "heavier than 20"), not an amount ("costs 5.00").
  const bounds = new Set([...problem.prior.boundSides.keys(), ...problem.prior.cutSides.keys()])
  const unread = namedUnreadInputs(problem.table, used, problem.prior.context.text ?? '', bounds)
  return rowVaryingOneOf(unread, problem, best, domain, written)
}
