/**
 * A zero the rule cannot divide by: "no attempts" where a player took no free throws, and the
 * percentage made of the others. A rule that divides by an input is undefined on the rows where
 * that input is 0, so no expression of the bank covers them; where those rows share one answer,
 * the rule is learnt from the other rows and the zero rows are its guard
 * (`attempts === 0 ? 'no attempts' : ...`). Tried only where no rule explains every row.
 */
import type { Value } from '../operation'
import type { ExampleTable } from './table'
import { type Program, apply, conditional, constant, evaluateProgram, input } from './program'

export interface ZeroGuard {
  /** The input that is nothing (0, or the empty text) on the guarded rows. */
  input: string
  nothing: 0 | ''
  /** The answer every guarded row gives. */
  value: Value
  /** The table without the guarded rows. */
  rest: ExampleTable
}

/** Fewest rows left for the rule after the guarded ones are set aside. */
const MIN_REST_ROWS = 4

/** For each number input that is 0 on a few rows sharing one answer (of `output`) no other row gives, the guard and the rest of the table. */
export function zeroGuardsOf(table: ExampleTable, output: string): ZeroGuard[] {
  const guards: ZeroGuard[] = []
  for (const column of table.columns) {
    if (column.type !== 'number' && column.type !== 'string') continue
    // Nothing is 0 for a number and the empty text for a text ("no listed allergens" where none are given).
    const nothing = column.type === 'number' ? 0 : ''
    const zero = table.examples.filter((example) => example.inputs[column.name] === nothing)
    const rest = table.examples.filter((example) => example.inputs[column.name] !== nothing)
    if (zero.length === 0 || zero.length > rest.length / 2 || rest.length < MIN_REST_ROWS) continue
    const value = zero[0]!.outputs[output]
    if (value === undefined || !zero.every((example) => example.outputs[output] === value)) continue
    // A guard answers apart ("no attempts" beside percentages): an answer the other rows also give is no sign of one.
    if (rest.some((example) => example.outputs[output] === value)) continue
    guards.push({
      input: column.name,
      nothing,
      value,
      rest: {
        ...table,
        examples: rest,
        rows: rest.length,
        columns: table.columns.map((other) => ({
          ...other,
          values: rest.map((example) => example.inputs[other.name]!)
        }))
      }
    })
  }
  return guards
}

/** Whether the rule has no answer where the guard's input is nothing: it divides by it (or reads a part of it), so the guard is needed, not a coincidence. */
export function needsGuard(program: Program, guard: ZeroGuard, table: ExampleTable): boolean {
  return table.examples
    .filter((example) => example.inputs[guard.input] === guard.nothing)
    .every((example) => {
      const result = evaluateProgram(program, example.inputs)
      return !result.ok || (typeof result.value === 'number' && !Number.isFinite(result.value)) || /NaN|Infinity/.test(String(result.value))
    })
}

/** `input === 0 ? value : rule` (`input === ''` for a text). */
export function guarded(program: Program, guard: ZeroGuard): Program {
  const test =
    typeof guard.nothing === 'number'
      ? apply('equal', input(guard.input, 'number'), constant(0))
      : apply('sameText', input(guard.input, 'string'), constant(''))
  return conditional(test, constant(guard.value), program)
}
