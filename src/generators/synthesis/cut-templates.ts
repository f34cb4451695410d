/**
 * A template cut to a length (a username: the initial and the surname, at most 8 characters).
 * The rows whose output is shorter than the cut show the template whole; it is found on them
 * alone, and the cut must then give every other row. The length is the longest output's, where
 * the words name it or two outputs reach it from a longer input.
 */
import { type Candidate, type Problem, candidateOf } from './candidate'
import { apply, constant } from './program'
import { templatesOn } from './templates'

/** Rows that show the template whole: fewer and it is a guess from too little. */
const MIN_WHOLE_ROWS = 3
const MIN_CUT_ROWS = 2

export function cutTemplatesOn(problem: Problem, margin: number, ceiling: number): Candidate[] {
  if (problem.output.type !== 'string') return []
  const outputs = problem.target as string[]
  const lengths = outputs.map((value) => [...value].length)
  const width = Math.max(...lengths)
  const whole = lengths.flatMap((length, row) => (length < width ? [row] : []))
  const reaching = lengths.flatMap((length, row) => (length === width ? [row] : []))
  if (width < 2 || whole.length < MIN_WHOLE_ROWS || reaching.length < MIN_CUT_ROWS) return []
  if (!problem.prior.lengths.has(width) && cutShort(problem, reaching, width) < MIN_CUT_ROWS) return []
  const cutBits = problem.prior.operatorBits('firstCharacters') + problem.prior.constantBits(width)
  return templatesOn(problem, margin, ceiling - cutBits, { rows: whole }).map((template) =>
    candidateOf(apply('firstCharacters', template.program, constant(width)), template.bits + cutBits, 'template')
  )
}

/** Rows reaching the width where one text input alone is longer: the words' length, seen in the rows. */
function cutShort(problem: Problem, reaching: readonly number[], width: number): number {
  const texts = problem.table.columns.filter((column) => column.type === 'string')
  return reaching.filter((row) => texts.some((column) => [...String(column.values[row])].length > width)).length
}
