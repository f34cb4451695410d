/**
 * The examples of an operation as columns, checked before any search: an operation with no
 * inputs, too few examples or contradictory examples is out of reach, and says why.
 */
import { type SpecloopError, specloopError } from '../../errors'
import type { Operation, OperationExample, Value, ValueType } from '../operation'
import { numberKey } from './numbers'
import { MONTHS, WEEKDAYS } from './sequences'
import { plural } from '../../text'

/** One side of a contest of two and which of its values it is (`left` and `best`: the better try of the left hand). */
export interface Side {
  of: string
  measure: string
}

export interface Column {
  name: string
  type: ValueType
  /** A string input with few distinct values: a mapping per value is a rule. */
  categorical: boolean
  values: Value[]
  /** Numbers only: every example value is an integer (divisibility makes sense). */
  integral: boolean
  /** Values the input can take beyond the examples' (known categories). */
  domain?: Value[]
  /** Decimals every example writes it with ("12.50": 2, though 12.5 has one). */
  decimals?: number
  /** A quantity worked out from the inputs (by an earlier rule or the words), not a column of the rows. */
  derived?: boolean
  /** A derived quantity that is one side's value in a contest of two (`best-of-tries.ts`). */
  side?: Side
}

export interface ExampleTable {
  operation: Operation
  /** Distinct examples (a row repeated verbatim counts once). */
  examples: OperationExample[]
  rows: number
  columns: Column[]
}

export type TableProblem = {
  reason: 'no-inputs' | 'no-outputs' | 'too-few-examples' | 'invalid-example' | 'contradiction'
  error: SpecloopError
}

/** "features/shipping.feature:14" → { file, line } for a located error. */
export function locationOf(source: string | undefined): { file?: string; line?: number } {
  if (source === undefined || source === '') return {}
  const match = /^(.*):(\d+)$/.exec(source)
  if (match === null) return { file: source }
  return { file: match[1]!, line: Number(match[2]) }
}

function valueKey(value: Value): string {
  return typeof value === 'number' ? `n${numberKey(value)}` : typeof value === 'string' ? `s${JSON.stringify(value)}` : `b${String(value)}`
}

function describeValues(values: Record<string, Value>): string {
  return Object.entries(values)
    .map(([name, value]) => `${name}=${typeof value === 'string' ? JSON.stringify(value) : String(value)}`)
    .join(', ')
}

/** Closed sets of names everyone knows: a column of them names a category, never text to spell. */
const VOCABULARIES: ReadonlyArray<readonly string[]> = [WEEKDAYS, MONTHS]

/**
 * The whole vocabulary a column's values come from, written as they are (full names or their
 * first three letters, in their case): "Monday", "Tuesday" are days, so Wednesday is one too.
 */
export function knownVocabulary(values: readonly Value[]): string[] | undefined {
  if (values.length === 0 || !values.every((value) => typeof value === 'string')) return undefined
  const texts = values as string[]
  const style = (name: string, short: boolean, sample: string) => {
    const written = short ? name.slice(0, 3) : name
    if (sample === sample.toUpperCase()) return written.toUpperCase()
    if (sample === sample.toLowerCase()) return written.toLowerCase()
    return written
  }
  for (const names of VOCABULARIES) {
    for (const short of [false, true]) {
      const forms = names.map((name) => style(name, short, texts[0]!))
      if (texts.every((text) => forms.includes(text))) return forms
    }
  }
  return undefined
}

/** Whether a column is categorical, and the values it may take: a known vocabulary's, else the step generator's. */
function categoriesOf(
  field: { categorical?: boolean; type: ValueType; domain?: Value[] },
  values: Value[]
): Pick<Column, 'categorical' | 'domain'> {
  const vocabulary = field.type === 'string' && field.categorical !== false ? knownVocabulary(values) : undefined
  if (vocabulary !== undefined) return { categorical: true, domain: [...new Set([...(field.domain ?? []), ...vocabulary])] }
  return { categorical: isCategorical(field.categorical, field.type, values), ...(field.domain ? { domain: field.domain } : {}) }
}

/** Categorical when the step generator says so; otherwise a string input whose values repeat. */
function isCategorical(flag: boolean | undefined, type: ValueType, values: Value[]): boolean {
  if (flag !== undefined) return flag && type === 'string'
  if (type !== 'string') return false
  const counts = new Map<Value, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  const distinct = counts.size
  // A few values, most seen several times (a tier, a zone); names seen once each are open text, and a
  // rule per name would only restate its rows.
  const seenOnce = [...counts.values()].filter((count) => count === 1).length
  return distinct < values.length && distinct <= 12 && seenOnce * 2 <= distinct
}

/** An operation without inputs or without outputs: no table can define it. */
function shapeProblem(operation: Operation): TableProblem | undefined {
  const where = locationOf(operation.examples[0]?.source)
  if (operation.inputs.length === 0) {
    return {
      reason: 'no-inputs',
      error: specloopError(
        'synthesis/no-inputs',
        `${operation.name} has no inputs: an example table cannot define it (a stateful or action-based specification)`,
        where,
        'configure a model provider to write it'
      )
    }
  }
  if (operation.outputs.length === 0) {
    return {
      reason: 'no-outputs',
      error: specloopError(
        'synthesis/no-outputs',
        `${operation.name} has no expected outputs: no Then step gives a value to check`,
        where,
        'add a Then step with the expected value'
      )
    }
  }
  return undefined
}

/** The first example value that is not of its field's type. */
function invalidExample(operation: Operation): TableProblem | undefined {
  for (const example of operation.examples) {
    const fields = [
      ...operation.inputs.map((field) => ({ field, value: example.inputs[field.name] })),
      ...operation.outputs.map((field) => ({ field, value: example.outputs[field.name] }))
    ]
    for (const { field, value } of fields) {
      if (typeof value !== field.type || (typeof value === 'number' && !Number.isFinite(value))) {
        return {
          reason: 'invalid-example',
          error: specloopError(
            'synthesis/invalid-example',
            `example of ${operation.name} has ${field.name}=${String(value)}, expected a ${field.type}`,
            locationOf(example.source)
          )
        }
      }
    }
  }
  return undefined
}

/** Examples with distinct inputs (a row repeated verbatim counts once), or the first two that contradict each other. */
function distinctExamples(operation: Operation): OperationExample[] | TableProblem {
  const byInputs = new Map<string, OperationExample>()
  const distinct: OperationExample[] = []
  for (const example of operation.examples) {
    const inputKey = operation.inputs.map((field) => valueKey(example.inputs[field.name]!)).join('|')
    const earlier = byInputs.get(inputKey)
    if (earlier === undefined) {
      byInputs.set(inputKey, example)
      distinct.push(example)
      continue
    }
    const disagreeing = operation.outputs.find((field) => valueKey(earlier.outputs[field.name]!) !== valueKey(example.outputs[field.name]!))
    if (disagreeing !== undefined) {
      return {
        reason: 'contradiction',
        error: specloopError(
          'synthesis/contradiction',
          `contradictory examples for ${operation.name}: ${describeValues(example.inputs)} ` +
            `gives ${disagreeing.name}=${String(example.outputs[disagreeing.name])} at ${example.source} ` +
            `but ${String(earlier.outputs[disagreeing.name])} at ${earlier.source}`,
          locationOf(example.source),
          'no rule can give two answers for the same inputs: fix one of the rows'
        )
      }
    }
  }
  return distinct
}

export function tabulate(operation: Operation): ExampleTable | TableProblem {
  const problem = shapeProblem(operation) ?? invalidExample(operation)
  if (problem !== undefined) return problem
  const distinct = distinctExamples(operation)
  if (!Array.isArray(distinct)) return distinct
  if (distinct.length < 2) {
    return {
      reason: 'too-few-examples',
      error: specloopError(
        'synthesis/too-few-examples',
        `${operation.name} has ${plural(distinct.length, 'distinct example')}: one row does not define a rule`,
        locationOf(operation.examples[0]?.source),
        'add examples or configure a model provider'
      )
    }
  }
  const columns = operation.inputs.map((field): Column => {
    const values = distinct.map((example) => example.inputs[field.name]!)
    return {
      name: field.name,
      type: field.type,
      ...categoriesOf(field, values),
      values,
      integral: field.type === 'number' && values.every((value) => Number.isInteger(value)),
      ...(field.decimals === undefined ? {} : { decimals: field.decimals })
    }
  })
  return { operation, examples: distinct, rows: distinct.length, columns }
}

export function isTableProblem(value: ExampleTable | TableProblem): value is TableProblem {
  return 'reason' in value
}
