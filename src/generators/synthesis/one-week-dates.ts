/**
 * Where every example date of an input falls within one week, each weekday shows up once and the
 * day of the month goes with it: the rows cannot tell "on Fridays, Saturdays and Sundays" from
 * "from the 6th on". Near-best rules tend to share whichever part is cheaper, so no rival
 * disagrees. A rule is confirmed only where it treats a date a week later as it treats the date
 * itself (the same answer, or a date answer a week later too); otherwise the row a week later is
 * asked for, with the rule's answer.
 */
import type { Value } from '../operation'
import { type Doubt, inDomain } from './confidence'
import { dateText, dateValue, isDateText } from './dates'
import { evaluateProgram } from './program'
import { answersOf } from './questions'
import type { Column } from './table'
import { sameValue } from './values'

const WEEK = 7

/** The date inputs whose example dates all lie within seven consecutive days (two different dates or more). */
export function oneWeekDateInputs(columns: readonly Column[]): Column[] {
  return columns.filter((column) => {
    if (column.type !== 'string' || !column.values.every(isDateText)) return false
    const days = [...new Set((column.values as string[]).map((value) => dateValue(value)!))]
    return days.length >= 2 && Math.max(...days) - Math.min(...days) < WEEK
  })
}

/** A value a week on: a date moves by seven days, anything else stays. */
function weekLater(value: unknown): unknown {
  return isDateText(value) ? dateText(dateValue(value)! + WEEK) : value
}

/** The example row a week later that the rule answers unlike its own row, with the rule's answer, or undefined. */
export const oneWeekDatesQuestion: Doubt = (problem, best, domain, written) => {
  const program = written(best.program)
  for (const column of oneWeekDateInputs(problem.table.columns)) {
    for (const example of problem.table.examples) {
      const moved = dateText(dateValue(example.inputs[column.name] as string)! + WEEK)
      if (moved === undefined) continue
      const inputs: Record<string, Value> = { ...example.inputs, [column.name]: moved }
      const own = evaluateProgram(program, example.inputs)
      const later = evaluateProgram(program, inputs)
      if (!own.ok || !later.ok) continue
      if (sameValue(later.value, weekLater(own.value) as typeof own.value)) continue
      return { inputs, answers: answersOf([{ program, value: inDomain(domain, later.value) as Value }]) }
    }
  }
  return undefined
}
