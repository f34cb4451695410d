/**
 * Derived quantities: an output the examples already explain (a discount, a handicap) is a
 * quantity the other outputs may be computed from (the total after the discount, the score plus
 * the handicap). It joins the table as one more input column, its values on the probes are what
 * its rule gives there, and a rule that uses it is written out in terms of the real inputs.
 */
import type { Value } from '../operation'
import { type Program, evaluateProgram, inputsUsed, substituteInputs } from './program'
import { OPERATORS } from './operators'
import type { Probe } from './probes'
import type { Column, ExampleTable } from './table'

export interface Derived {
  name: string
  /** The output's rule, over the operation's inputs. */
  program: Program
  confident: boolean
  /** Defined by the description's words ("the weight divided by the square of the height"), not learnt from rows. */
  stated?: boolean
}

/**
 * The numbers earlier outputs show as text: a ready time `clockText(start + cooking)` shows the
 * minutes since the start of the day, past midnight too, and "the next day" is that number
 * reaching 1440. Each is a quantity of its own, named after the output it is shown by.
 */
export function shownQuantities(explained: ReadonlyArray<{ name: string; program: Program; confident: boolean }>): Derived[] {
  return explained.flatMap(({ name, program, confident }) => {
    if (program.kind !== 'apply') return []
    const operator = OPERATORS[program.operator]
    const shown = program.args[0]
    if (operator.result !== 'string' || operator.arguments[0] !== 'number' || shown === undefined) return []
    // A bare input is no new quantity; a constant is none.
    if (shown.kind !== 'apply' || inputsUsed(shown).length === 0) return []
    return [{ name: `${name}_shown`, program: shown, confident }]
  })
}

/** The table with each derived quantity as an input column (its example values are the outputs', or what its rule gives). */
export function withDerivedColumns(table: ExampleTable, derived: readonly Derived[]): ExampleTable {
  if (derived.length === 0) return table
  const examples = table.examples.map((example) => {
    const inputs: Record<string, Value> = { ...example.inputs }
    for (const quantity of derived) {
      const computed = evaluateProgram(quantity.program, example.inputs)
      inputs[quantity.name] = example.outputs[quantity.name] ?? (computed.ok ? computed.value : NaN)
    }
    return { ...example, inputs }
  })
  const columns = derived.map((quantity): Column => {
    const values = examples.map((example) => example.inputs[quantity.name]!)
    const type = typeof values[0] as Column['type']
    return { name: quantity.name, type, categorical: false, values, integral: type === 'number' && values.every(Number.isInteger) }
  })
  return { ...table, examples, columns: [...table.columns, ...columns] }
}

/** The table without its derived columns: the inputs a user gives. */
export function withoutDerivedColumns(table: ExampleTable, derived: readonly Derived[]): ExampleTable {
  if (derived.length === 0) return table
  const names = new Set(derived.map((quantity) => quantity.name))
  return { ...table, columns: table.columns.filter((column) => !names.has(column.name)) }
}

/** Probes of the real inputs, each with what the derived outputs' rules give there (a probe none is defined on is dropped). */
export function withDerivedValues(probes: readonly Probe[], derived: readonly Derived[]): Probe[] {
  if (derived.length === 0) return [...probes]
  const extended: Probe[] = []
  for (const probe of probes) {
    const inputs: Record<string, Value> = { ...probe.inputs }
    let defined = true
    for (const quantity of derived) {
      const value = evaluateProgram(quantity.program, probe.inputs)
      if (!value.ok) defined = false
      else inputs[quantity.name] = value.value
    }
    if (defined) extended.push({ ...probe, inputs })
  }
  return extended
}

/**
 * A rule over derived quantities written out in terms of the inputs, or undefined where a part
 * of it (a table per category) can only name a real input.
 */
export function writtenOut(program: Program, derived: readonly Derived[]): Program | undefined {
  if (derived.length === 0) return program
  const replacements = Object.fromEntries(derived.map((quantity) => [quantity.name, quantity.program]))
  const inlined = substituteInputs(program, replacements)
  const names = new Set(derived.map((quantity) => quantity.name))
  return inputsUsed(inlined).some((name) => names.has(name)) ? undefined : inlined
}

/** A question asks only for the inputs a user gives. */
export function realInputs(inputs: Readonly<Record<string, Value>>, derived: readonly Derived[]): Record<string, Value> {
  const names = new Set(derived.map((quantity) => quantity.name))
  return Object.fromEntries(Object.entries(inputs).filter(([name]) => !names.has(name)))
}
