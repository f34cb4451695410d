/**
 * Derived quantities: an output the examples already explain (a discount, a handicap) is a
 * quantity the other outputs may be computed from (the total after the discount, the score plus
 * the handicap). It joins the table as one more input column, its values on the probes are what
 * its rule gives there, and a rule that uses it is written out in terms of the real inputs.
 */
import type { Value } from '../operation'
import { type LookupNode, type Program, evaluateProgram, inputsUsed, mapLeaves, substituteInputs } from './program'
import { OPERATORS } from './operators'
import type { Probe } from './probes'
import type { Column, ExampleTable, Side } from './table'

export interface Derived {
  name: string
  /** The output's rule, over the operation's inputs. */
  program: Program
  confident: boolean
  /** Defined by the description's words ("the weight divided by the square of the height"), not learnt from rows. */
  stated?: boolean
  /** A percentage the words give ("40% after 2 years"): what a share taken off or put on reads. */
  percent?: boolean
  /** One side's value in a contest of two (the better squeeze of the left hand): see `best-of-tries.ts`. */
  side?: Side
}

/**
 * The numbers earlier outputs show as text: a ready time `clockText(start + cooking)` shows the
 * minutes since the start of the day, past midnight too, and "the next day" is that number
 * reaching 1440. Each is a quantity of its own, named after the output it is shown by.
 */
export function shownQuantities(explained: ReadonlyArray<{ name: string; program: Program; confident: boolean }>): Derived[] {
  return explained.flatMap(({ name, program, confident }) =>
    // A text made of pieces ("+10%") shows the number of each piece that writes one.
    piecesOf(program)
      .flatMap((piece) => {
        if (piece.kind !== 'apply') return []
        const operator = OPERATORS[piece.operator]
        const shown = piece.args[0]
        if (operator.result !== 'string' || operator.arguments[0] !== 'number' || shown === undefined) return []
        // A bare input is no new quantity; a constant is none.
        if (shown.kind !== 'apply' || inputsUsed(shown).length === 0) return []
        return [{ name: `${name}_shown`, program: shown, confident }]
      })
      .slice(0, 1)
  )
}

/**
 * The earlier outputs the description speaks of by name ("each person pays the total divided by
 * the number of people"): a later rule is looked for over them even where one over the inputs
 * alone is confident, as over a shown number. One over an unconfirmed quantity is no surer than
 * it: where it answers otherwise than the rule over the inputs, the examples do not decide.
 */
export function namedQuantities(text: string, earlier: readonly Derived[]): Derived[] {
  const words = ` ${text.toLowerCase().replace(/[^\p{L}\d]+/gu, ' ')} `
  return earlier.filter((quantity) => {
    const name = quantity.name
      .replace(/([\p{Ll}\d])(\p{Lu})/gu, '$1 $2')
      .replace(/[_\s]+/gu, ' ')
      .toLowerCase()
      .trim()
    return name !== '' && words.includes(` ${name} `)
  })
}

/** The pieces a text is joined from (itself, where it is not a join). */
const piecesOf = (program: Program): Program[] =>
  program.kind === 'apply' && program.operator === 'concat' ? program.args.flatMap(piecesOf) : [program]

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
    const categories = type === 'string' ? categoriesOf(quantity.program) : undefined
    return {
      name: quantity.name,
      type,
      categorical: categories !== undefined,
      values,
      integral: type === 'number' && values.every(Number.isInteger),
      derived: true,
      ...(categories !== undefined ? { domain: categories } : {}),
      ...(quantity.side !== undefined ? { side: quantity.side } : {})
    }
  })
  return { ...table, examples, columns: [...table.columns, ...columns] }
}

/**
 * The texts a rule can give where each is a constant of one of its branches ("mild", "medium",
 * "hot"): an output that names a band is a category the other outputs may be looked up by.
 */
export function categoriesOf(program: Program): string[] | undefined {
  const leaves = new Set<string>()
  const walk = (node: Program): boolean => {
    if (node.kind === 'constant') return typeof node.value === 'string' && leaves.add(node.value) !== undefined
    if (node.kind === 'conditional') return walk(node.then) && walk(node.otherwise)
    if (node.kind === 'lookup') return node.entries.every(([, value]) => typeof value === 'string' && leaves.add(value) !== undefined)
    return false
  }
  return walk(program) && leaves.size >= 2 ? [...leaves] : undefined
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
  const inlined = substituteInputs(
    mapLeaves(program, (leaf) => (leaf.kind === 'lookup' ? (lookedUpByBand(leaf, replacements[leaf.input]) ?? leaf) : leaf)),
    replacements
  )
  const names = new Set(derived.map((quantity) => quantity.name))
  return inputsUsed(inlined).some((name) => names.has(name)) ? undefined : inlined
}

/**
 * A value looked up by the band an earlier rule names, written as that rule with each band's
 * value in its place: `units < 1000 ? 1 : units < 10000 ? 2 : 3` for 1, 2, 3 chillies by "mild",
 * "medium", "hot". Undefined where the rule's branches are not all bands the table has.
 */
function lookedUpByBand(lookup: LookupNode, band: Program | undefined): Program | undefined {
  if (band === undefined) return undefined
  const values = new Map(lookup.entries)
  const results = (node: Program): Program | undefined => {
    if (node.kind === 'constant') {
      const value = typeof node.value === 'string' ? values.get(node.value) : undefined
      return value === undefined ? undefined : { kind: 'constant', value }
    }
    if (node.kind !== 'conditional') return undefined
    const [then, otherwise] = [results(node.then), results(node.otherwise)]
    return then === undefined || otherwise === undefined ? undefined : { ...node, then, otherwise }
  }
  return results(band)
}

/** A question asks only for the inputs a user gives. */
export function realInputs(inputs: Readonly<Record<string, Value>>, derived: readonly Derived[]): Record<string, Value> {
  const names = new Set(derived.map((quantity) => quantity.name))
  return Object.fromEntries(Object.entries(inputs).filter(([name]) => !names.has(name)))
}
