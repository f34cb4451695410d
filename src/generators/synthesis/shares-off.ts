/**
 * A share the words state, taken off where their condition holds ("groups of 10 or more players
 * get 15% off the whole booking"): the rule is found on the rows where nothing is taken off, and
 * the share taken off it must then give every other row (to the cent, where the words round).
 */
import { type AgreementIndex, type Candidate, type Problem, candidateOf, explains, maskOf } from './candidate'
import { type Program, apply, input } from './program'

/** Rows on each side: fewer and the rule, or the share, is a guess from too little. */
const MIN_ROWS = 2

export function sharesOffOn(
  problem: Problem,
  index: AgreementIndex,
  /** Sums of scaled inputs fitted on given rows (a price per adult and per child): bases the index does not hold. */
  sumsOn: (rows: number[]) => Candidate[] = () => []
): Candidate[] {
  if (problem.output.type !== 'number') return []
  const found: Candidate[] = []
  for (const name of problem.percentInputs ?? []) {
    const column = problem.table.columns.find((candidate) => candidate.name === name)
    if (column === undefined) continue
    const plain = column.values.flatMap((value, row) => (value === 0 ? [row] : []))
    if (plain.length < MIN_ROWS || column.values.length - plain.length < MIN_ROWS) continue
    const share = input(name, 'number')
    for (const base of [...index.correctOn(maskOf(plain), 3), ...sumsOn(plain)]) {
      const off = apply('percentOff', base.program, share)
      for (const program of [off, apply('roundCents', off)] satisfies Program[])
        if (explains(program, problem)) found.push(candidateOf(program, problem.prior.bits(program), 'expression'))
    }
  }
  return found
}
