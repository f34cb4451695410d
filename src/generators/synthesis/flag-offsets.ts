/**
 * A yes/no input that adds to the rule, or scales it: "same-day ironing adds 4.00 on top of
 * that". The rule of the rows where the input is no is learnt on those rows alone; where every
 * row with yes differs from that rule by one amount (or one factor), the rule is
 * `rule + (flag ? amount : 0)` (or `rule * (flag ? factor : 1)`). The condition may be a number
 * past a cut the words name as well ("parcels heavier than 20 kg pay 8.00 more on top"). Tried
 * where no confident rule explains every row: the bank would need the whole rule twice, once per
 * answer of the condition.
 */
import { type OperationExample, valuesAgree } from '../operation'
import { type Program, apply, conditional, constant, evaluateProgram, input, inputsUsed, substituteInputs } from './program'
import type { ExampleTable } from './table'
import { describedBoundSides } from './described-bounds'

export interface FlagSplit {
  /** The condition: a yes/no input, or a number past a cut the words name. */
  condition: Program
  /** The table of the rows where the condition is no: the rule's own rows. */
  base: ExampleTable
  /** The rows where the condition is yes. */
  flagged: OperationExample[]
  /** A cut the words name, not an input: tried only where the yes/no inputs gave no confident rule. */
  named?: true
}

/** Fewest rows the rule is learnt from, and fewest rows that show the amount added. */
const MIN_BASE_ROWS = 4
const MIN_FLAGGED_ROWS = 2

/** The table of some of its rows, without the input they all share. */
function tableOf(table: ExampleTable, examples: OperationExample[], without?: string): ExampleTable {
  return {
    ...table,
    examples,
    rows: examples.length,
    columns: table.columns
      .filter((column) => column.name !== without)
      .map((column) => ({ ...column, values: examples.map((example) => example.inputs[column.name]!) }))
  }
}

/** At most this many cuts the words name are tried as conditions: each is a search of its own. */
const MAX_NAMED_CUTS = 2

/**
 * For each condition with enough rows each way, the rows where it is no as a table, and those
 * where it is yes: each yes/no input, then each number the words name as a bound ("heavier than
 * 20 kg") on an input whose rows lie on both sides of it, the band above it as the condition (an
 * amount added there, or taken off below: the same rule).
 */
export function flagSplitsOf(table: ExampleTable, text = ''): FlagSplit[] {
  const splits: FlagSplit[] = []
  for (const column of table.columns.filter((candidate) => candidate.type === 'boolean')) {
    const no = table.examples.filter((example) => example.inputs[column.name] === false)
    const yes = table.examples.filter((example) => example.inputs[column.name] === true)
    if (no.length >= MIN_BASE_ROWS && yes.length >= MIN_FLAGGED_ROWS)
      splits.push({ condition: input(column.name, 'boolean'), base: tableOf(table, no, column.name), flagged: yes })
  }
  const named: FlagSplit[] = []
  for (const [cut, side] of describedBoundSides(text)) {
    for (const column of table.columns.filter((candidate) => candidate.type === 'number' && !candidate.categorical)) {
      const above = (example: OperationExample) => {
        const value = example.inputs[column.name] as number
        return side === 'lower' ? value > cut : value >= cut
      }
      const yes = table.examples.filter(above)
      const no = table.examples.filter((example) => !above(example))
      if (no.length < MIN_BASE_ROWS || yes.length < MIN_FLAGGED_ROWS) continue
      const condition = apply(side === 'lower' ? 'greater' : 'greaterOrEqual', input(column.name, 'number'), constant(cut))
      named.push({ condition, base: tableOf(table, no), flagged: yes, named: true })
    }
  }
  return [...splits, ...named.slice(0, MAX_NAMED_CUTS)]
}

/** A number as its examples would write it: free of the float noise a difference leaves (4.000000000000002). */
const tidy = (value: number) => Number(value.toFixed(9))

/**
 * The rule over every row, from the rule of the rows where the flag is no: one amount added (or
 * one factor) on every row where it is yes, shown by two rows the rule answers differently (so an
 * amount added and a factor are told apart). Undefined where no such amount or factor fits.
 */
export function flaggedRule(split: FlagSplit, rule: Program, output: string): Program | undefined {
  const pairs = split.flagged.map((example) => ({ wanted: example.outputs[output], got: evaluateProgram(rule, example.inputs) }))
  const numbers: Array<{ wanted: number; got: number }> = []
  for (const { wanted, got } of pairs) {
    if (typeof wanted !== 'number' || !got.ok || typeof got.value !== 'number' || !Number.isFinite(got.value)) return undefined
    numbers.push({ wanted, got: got.value })
  }
  if (new Set(numbers.map(({ got }) => tidy(got))).size < 2) return undefined
  const flag = split.condition
  const amounts = new Set(numbers.map(({ wanted, got }) => tidy(wanted - got)))
  if (amounts.size === 1) {
    const amount = [...amounts][0]!
    return amount === 0 ? undefined : apply('add', rule, conditional(flag, constant(amount), constant(0)))
  }
  // Nothing is any factor of nothing (a child's fine for no days late): such rows decide no factor.
  const scaled = numbers.filter(({ wanted, got }) => !(got === 0 && wanted === 0))
  if (new Set(scaled.map(({ got }) => tidy(got))).size < 2) return scaledInput(split, rule, output)
  const factors = new Set(scaled.map(({ wanted, got }) => (got === 0 ? NaN : tidy(wanted / got))))
  const factor = [...factors][0]!
  if (factors.size === 1 && Number.isFinite(factor) && factor !== 1)
    return apply('multiply', rule, conditional(flag, constant(factor), constant(1)))
  return scaledInput(split, rule, output)
}

/** Factors a yes/no input may scale a quantity by: twice, three times, half as much again, half. */
const INPUT_FACTORS = [2, 3, 1.5, 0.5]

/**
 * The rule with one of its number inputs scaled where the flag is yes, before the rule rounds it:
 * "the distance twice for a return trip" is `Math.round(km * (returnTrip ? 2 : 1) * 0.15)`, which
 * no amount added to the rounded answer, nor factor of it, gives (102.9 kg is 103, not twice 51).
 */
function scaledInput(split: FlagSplit, rule: Program, output: string): Program | undefined {
  const names = [...new Set(inputsUsed(rule))].filter((name) => split.flagged.every((example) => typeof example.inputs[name] === 'number'))
  for (const name of names)
    for (const factor of INPUT_FACTORS) {
      const scaled = apply('multiply', input(name, 'number'), conditional(split.condition, constant(factor), constant(1)))
      const program = substituteInputs(rule, { [name]: scaled })
      if (answersEvery(program, split.flagged, output)) return program
    }
  return undefined
}

/** Whether a program gives every example's answer. */
export function answersEvery(program: Program, examples: readonly OperationExample[], output: string): boolean {
  return examples.every((example) => {
    const wanted = example.outputs[output]
    const got = evaluateProgram(program, example.inputs)
    return wanted === undefined || (got.ok && valuesAgree(got.value, wanted))
  })
}
