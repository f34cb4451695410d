/**
 * Linear rules over several inputs: output = a1 * x1 + ... + an * xn (+ b), the coefficients
 * solved exactly from the examples (`hours * 60 + minutes`, `euros * 100 + cents`,
 * `a * 2 + b * 3`). Enumeration cannot reach a coefficient such as 60 that no example shows.
 *
 * A fit is a rule only when the examples over-determine it: more rows than unknowns, and every
 * unknown pinned (the inputs vary independently of each other); then every row is checked
 * with the coefficients written as their shortest decimals. Coefficients stay short (a rule
 * with 0.3846153846 in it interpolates the rows, it does not explain them).
 */
import { type Value, valuesAgree } from '../operation'
import type { Entry } from './bank'
import type { Candidate, Problem } from './candidate'
import { significantDigits, simplestDecimal } from './numbers'
import { type Program, binary, constant, programSize, unary } from './program'

/** Subsets of at most this many inputs are combined (2^n subsets are solved). */
const MAX_COMBINED_INPUTS = 5
/** Significant digits a coefficient may have: 60, 1.8, 0.95, 3600, 0.125. */
const MAX_COEFFICIENT_DIGITS = 4

/**
 * The exact solution of the over-determined system `matrix · x = right` (one equation per
 * row), or undefined when the unknowns are not all pinned or the rows disagree. Gaussian
 * elimination with partial pivoting.
 */
export function solveExactly(matrix: readonly number[][], right: readonly number[]): number[] | undefined {
  const unknowns = matrix[0]?.length ?? 0
  const rows = matrix.map((row, index) => [...row, right[index]!])
  const scale = Math.max(1, ...rows.flat().map((value) => Math.abs(value)))
  const pivotRows: number[] = []
  let next = 0
  for (let column = 0; column < unknowns; column++) {
    let best = next
    for (let row = next + 1; row < rows.length; row++) if (Math.abs(rows[row]![column]!) > Math.abs(rows[best]![column]!)) best = row
    if (best >= rows.length || Math.abs(rows[best]![column]!) <= 1e-9 * scale) return undefined
    const pivot = rows[best]!
    rows[best] = rows[next]!
    rows[next] = pivot
    for (let row = 0; row < rows.length; row++) {
      if (row === next) continue
      const factor = rows[row]![column]! / pivot[column]!
      if (factor === 0) continue
      for (let cell = column; cell <= unknowns; cell++) rows[row]![cell]! -= factor * pivot[cell]!
    }
    pivotRows.push(next)
    next++
  }
  return pivotRows.map((row, column) => rows[row]![unknowns]! / rows[row]![column]!)
}

interface Term {
  entry: Entry
  coefficient: number
}

function predicts(terms: readonly Term[], intercept: number, problem: Problem, rows: readonly number[]): boolean {
  return rows.every((row) => {
    let value = intercept
    for (const term of terms) value += term.coefficient * (term.entry.values[row] as number)
    return valuesAgree(value, problem.target[row] as Value)
  })
}

/** a * x + b * y - c: positive terms first, unit coefficients unwritten, the intercept last. */
export function combinationProgram(terms: ReadonlyArray<{ program: Program; coefficient: number }>, intercept: number): Program {
  const ordered = [...terms.filter((term) => term.coefficient > 0), ...terms.filter((term) => term.coefficient < 0)]
  const scaled = (program: Program, coefficient: number): Program => (coefficient === 1 ? program : binary('multiply', program, constant(coefficient)))
  const first = ordered[0]!
  let program: Program = first.coefficient === -1 ? unary('negate', first.program) : scaled(first.program, first.coefficient)
  for (const term of ordered.slice(1)) {
    program = term.coefficient > 0 ? binary('add', program, scaled(term.program, term.coefficient)) : binary('subtract', program, scaled(term.program, -term.coefficient))
  }
  if (intercept > 0) program = binary('add', program, constant(intercept))
  if (intercept < 0) program = binary('subtract', program, constant(-intercept))
  return program
}

/** The fit of one subset of inputs, with or without an intercept, coefficients rounded; or undefined. */
function fitCombination(problem: Problem, rows: readonly number[], entries: readonly Entry[], withIntercept: boolean): Candidate | undefined {
  const unknowns = entries.length + (withIntercept ? 1 : 0)
  if (rows.length <= unknowns) return undefined
  const matrix = rows.map((row) => [...entries.map((entry) => entry.values[row] as number), ...(withIntercept ? [1] : [])])
  const solution = solveExactly(
    matrix,
    rows.map((row) => problem.target[row] as number)
  )
  if (solution === undefined) return undefined
  const terms: Term[] = entries.map((entry, index) => ({ entry, coefficient: solution[index]! }))
  let intercept = withIntercept ? solution[entries.length]! : 0
  if (!predicts(terms, intercept, problem, rows)) return undefined
  // Shortest decimals, one coefficient at a time, each checked against every row.
  for (const term of terms) {
    const rounded = simplestDecimal(term.coefficient, (candidate) => {
      const saved = term.coefficient
      term.coefficient = candidate
      const fits = predicts(terms, intercept, problem, rows)
      term.coefficient = saved
      return fits
    })
    if (rounded === undefined || rounded === 0 || significantDigits(rounded) > MAX_COEFFICIENT_DIGITS) return undefined
    term.coefficient = rounded
  }
  if (withIntercept) {
    const rounded = simplestDecimal(intercept, (candidate) => predicts(terms, candidate, problem, rows))
    // An intercept of 0 is the fit without one, which needs fewer rows and is tried too.
    if (rounded === undefined || rounded === 0 || significantDigits(rounded) > MAX_COEFFICIENT_DIGITS) return undefined
    intercept = rounded
  }
  const program = combinationProgram(
    terms.map((term) => ({ program: term.entry.program, coefficient: term.coefficient })),
    intercept
  )
  const fitted = terms.filter((term) => Math.abs(term.coefficient) !== 1).length + (intercept === 0 ? 0 : 1)
  return { program, size: programSize(program), fitted, form: 'combination', families: 0, order: entries[0]!.order }
}

/** Linear rules over two or more numeric inputs, on `rows`, smallest first. */
export function combinationsOn(problem: Problem, rows: readonly number[]): Candidate[] {
  if (problem.output.type !== 'number') return []
  const inputs = problem.bank.at('number', 1).filter((entry) => !entry.literal && entry.program.kind === 'input')
  if (inputs.length < 2 || inputs.length > MAX_COMBINED_INPUTS) return []
  const found: Candidate[] = []
  for (let subset = 1; subset < 1 << inputs.length; subset++) {
    const entries = inputs.filter((_, index) => subset & (1 << index))
    if (entries.length < 2) continue
    for (const withIntercept of [false, true]) {
      const candidate = fitCombination(problem, rows, entries, withIntercept)
      if (candidate !== undefined) found.push(candidate)
    }
  }
  return found.sort((a, b) => a.size - b.size || a.fitted - b.fitted || a.order - b.order)
}
