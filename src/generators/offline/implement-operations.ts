import { type Value, valuesAgree } from '../operation'
import type { BooleanWords, PlannedOperation, RenderedOperationModule } from '../steps'
import { renderOperationStub, STUB_GENERATOR } from '../steps'
import {
  type DistinguishingExample,
  wordsAgainstRule,
  renderOperation,
  synthesise,
  type SynthesisFailureReason,
  type SynthesisOptions
} from '../synthesis'

export const SYNTHESIS_GENERATOR = 'offline/synthesis'

/**
 * `synthesised`: a rule the examples decide. `ambiguous`: the best rule is written, unconfirmed,
 * and the question says which example row would decide it. `no-rule` and `stateful`: a stub
 * that fails is written, and the message says why.
 */
export type OperationOutcomeStatus = 'synthesised' | 'ambiguous' | 'no-rule' | 'stateful'

/** A ready-to-paste Examples row that would decide an ambiguous rule, and what each candidate answers. */
export interface DistinguishingRow {
  output: string
  /** `| score | attendance | result |` — the columns of the scenario's Examples table. */
  header: string
  /** `| 60 | 70 | ? |` */
  row: string
  inputs: Record<string, Value>
  /** Each candidate's answer: its rule whole (bounded) and, where long, short as a question shows it. */
  answers: Array<{ rule: string; short?: string; value: Value }>
  /**
   * Where one answer is what only one example row answers (`3.02` at `features/coffee.feature:16`) and the
   * other what several do: that row, which may be a slip — the rules only part over where else it holds.
   */
  loneRow?: { source: string; value: Value }
}

export interface OperationOutcome {
  name: string
  modulePath: string
  status: OperationOutcomeStatus
  /** Why there is no rule: only `no-rule` may change with a wider search. */
  reason?: SynthesisFailureReason
  /** Description length of the written rule, in bits (all outputs). */
  bits?: number
  /** One line per output: `cost = Math.max(weight, 1) * 2 + 3`. */
  rules?: string[]
  /** Why no program was written, or why the one written is unconfirmed. */
  message?: string
  /** `feature:line` of the operation's first example, for located messages. */
  source?: string
  distinguishingExamples?: DistinguishingRow[]
  /** A story's: the scenario (as Gherkin lines) that would decide its model, where one was found. */
  decidingScenario?: string[]
  examples: number
  elapsedMs: number
  /** The module was edited by hand and kept: the code that runs is the person's, not this rule. */
  keptByHand?: boolean
  /** A number the feature's words state ("80 percent", "0.50 per kWh") where the rule takes another from the rows. */
  wordsAgainstRows?: { stated: string; used: string }
}

export interface ImplementedOperations {
  modules: Map<string, RenderedOperationModule>
  outcomes: OperationOutcome[]
}

function cell(value: Value | undefined, words?: BooleanWords, decimals?: number): string {
  if (value === undefined) return '?'
  if (typeof value === 'boolean' && words !== undefined) return value ? words.true : words.false
  // As the column writes its numbers: 43.8 is "43.80" where every row has two decimals.
  if (typeof value === 'number' && decimals !== undefined && Number(value.toFixed(decimals)) === value) return value.toFixed(decimals)
  return String(value)
}

/**
 * A row of the scenario's own Examples table (or of the operation's inputs and outputs): the
 * inputs given, each output known or `?`. An output goes in the column named as it is, or in
 * the table's only column that is no input.
 */
export function exampleRow(
  operation: PlannedOperation,
  inputs: Record<string, Value>,
  outputs: Record<string, Value> = {},
  outputName?: string
): { header: string; row: string } {
  const columns = operation.examplesColumns
  let header: string[]
  let cells: string[]
  if (columns !== undefined) {
    header = columns.header
    const outputColumns = header.filter((name) => !Object.values(columns.inputs).includes(name))
    const outputIn = (name: string) =>
      outputs[name] ?? (outputColumns.length === 1 && operation.outputs.length === 1 ? outputs[operation.outputs[0]!.name] : undefined)
    cells = header.map((name) => {
      const input = Object.entries(columns.inputs).find(([, column]) => column === name)?.[0]
      const words = columns.booleanWords?.[name]
      const decimals = columns.decimals?.[name]
      return input !== undefined ? cell(inputs[input], words, decimals) : cell(outputIn(name), words, decimals)
    })
  } else {
    const outputNames = outputName !== undefined ? [outputName] : operation.outputs.map((output) => output.name)
    header = [...operation.inputs.map((input) => input.name), ...outputNames]
    cells = [...operation.inputs.map((input) => cell(inputs[input.name])), ...outputNames.map((name) => cell(outputs[name]))]
  }
  const widths = header.map((name, index) => Math.max(name.length, cells[index]!.length))
  const line = (values: string[]) => `| ${values.map((value, index) => value.padEnd(widths[index]!)).join(' | ')} |`
  return { header: line(header), row: line(cells) }
}

/** The deciding example as a row of the scenario's own Examples table (or of the operation's inputs and outputs). */
export function distinguishingRow(operation: PlannedOperation, output: string, question: DistinguishingExample): DistinguishingRow {
  const lone = loneRow(operation, output, question)
  return {
    output,
    ...exampleRow(operation, question.inputs, {}, output),
    inputs: question.inputs,
    answers: question.answers,
    ...(lone ? { loneRow: lone } : {})
  }
}

/** The one example row that answers one of the question's values, where every other value is answered by several. */
function loneRow(operation: PlannedOperation, output: string, question: DistinguishingExample): DistinguishingRow['loneRow'] {
  const rowsAnswering = (value: Value) => operation.examples.filter((example) => valuesAgree(example.outputs[output] as Value, value))
  const counts = question.answers.map((answer) => rowsAnswering(answer.value))
  const lone = counts.filter((rows) => rows.length === 1)
  if (lone.length !== 1 || counts.some((rows) => rows.length === 0)) return undefined
  const [row] = lone[0]!
  return { source: row!.source, value: row!.outputs[output] as Value }
}

/**
 * Writes the body of every operation the offline generator can: the synthesised rule (confident
 * or unconfirmed), otherwise the typed stub that throws, and says which. Pure.
 */
export interface ImplementOptions {
  synthesis?: SynthesisOptions
  /**
   * Told before each operation is worked on (1-based index). Synthesis holds the event loop, so
   * this is the only moment a progress line can be redrawn.
   */
  onOperation?: (name: string, index: number, total: number) => void
}

export function implementOperations(operations: PlannedOperation[], options: ImplementOptions = {}): ImplementedOperations {
  const modules = new Map<string, RenderedOperationModule>()
  const outcomes: OperationOutcome[] = []
  for (const [index, operation] of operations.entries()) {
    options.onOperation?.(operation.name, index + 1, operations.length)
    const base = {
      name: operation.name,
      modulePath: operation.modulePath,
      examples: operation.examples.length,
      ...(operation.examples[0] ? { source: operation.examples[0].source } : {})
    }
    if (operation.stateful) {
      outcomes.push({
        ...base,
        status: 'stateful',
        // A story no model reproduced in its search's time: a wider round may find one.
        ...(operation.unmodelled ? { reason: 'no-rule' as const } : {}),
        message: `${operation.name} needs a model provider: ${operation.reason ?? 'not a table of examples'}`,
        elapsedMs: 0
      })
      continue
    }
    const started = Date.now()
    const result = synthesise(operation, options.synthesis ?? {})
    const elapsedMs = Date.now() - started
    if (!result.ok) {
      outcomes.push({ ...base, status: 'no-rule', reason: result.reason, message: result.message, elapsedMs })
      modules.set(operation.modulePath, { body: renderOperationStub(operation) as string, generator: STUB_GENERATOR })
      continue
    }
    modules.set(operation.modulePath, {
      body: renderOperation(operation, result),
      generator: SYNTHESIS_GENERATOR,
      rule: result.status === 'synthesised' ? 'confirmed' : 'unconfirmed'
    })
    const outcome: OperationOutcome = {
      ...base,
      status: result.status,
      bits: Math.round(result.outputs.reduce((sum, output) => sum + output.bits, 0) * 10) / 10,
      rules: result.outputs.map((output) => `${output.name} = ${output.description}`),
      elapsedMs
    }
    // Only a confirmed rule is held against the words: an unconfirmed one is a guess, and its question comes first.
    const against = result.status === 'synthesised' ? wordsAgainstRule(operation.context ?? '', operation, result.outputs) : undefined
    if (against !== undefined) outcome.wordsAgainstRows = against
    const unconfirmed = result.outputs.filter((output) => output.question !== undefined)
    if (unconfirmed.length > 0) {
      outcome.distinguishingExamples = unconfirmed.map((output) => distinguishingRow(operation, output.name, output.question!))
      outcome.message = `the examples do not decide the rule of ${operation.name}: add the row that decides it`
    } else if (result.status === 'ambiguous')
      // Unconfirmed with no row found that would decide it: say so, never leave the user looking for one.
      outcome.message =
        `the examples do not confirm the rule of ${operation.name}, and no single row found would decide it: ` +
        `add examples that show the rule, or state it in the feature's description`
    outcomes.push(outcome)
  }
  return { modules, outcomes }
}
