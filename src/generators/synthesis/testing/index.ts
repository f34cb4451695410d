/** TEST FIXTURES of the table synthesis: not part of specloop's API. */
import assert from 'node:assert/strict'
import type { Operation, Value, ValueType } from '../../operation'
import { Bank, type BankLimits } from '../bank'
import { Prior } from '../prior'
import { probeRows } from '../probes'
import { isTableProblem, tabulate } from '../table'
import { evaluateProgram } from '../program'
import type { SynthesisResult } from '../search'

/** A column of a table: its name, its type and, for an input, whether it names categories. */
export type Column = [string, 'number' | 'string' | 'boolean', { categorical?: boolean; decimals?: number }?]

/**
 * An operation from rows of inputs then outputs, as a feature's Examples table gives it (row `i`
 * sourced at line `10 + i`); an output left undefined is one that row's scenario never checks.
 */
export function tableOperation(
  name: string,
  inputs: Column[],
  outputs: Column[],
  rows: ReadonlyArray<ReadonlyArray<Value | undefined>>,
  context = ''
): Operation {
  return {
    name,
    whenText: name,
    context,
    inputs: inputs.map(([column, type, flags]) => ({ name: column, type, ...flags })),
    outputs: outputs.map(([column, type]) => ({ name: column, type })),
    scenarios: [name],
    examples: rows.map((row, index) => ({
      inputs: Object.fromEntries(inputs.map(([column], position) => [column, row[position]!])),
      outputs: Object.fromEntries(
        outputs.flatMap(([column], position) =>
          row[inputs.length + position] === undefined ? [] : [[column, row[inputs.length + position]!]]
        )
      ),
      source: `features/${name}.feature:${10 + index}`
    }))
  }
}

/** What the synthesised rule of output `output` answers for `inputs` (undefined where it has no answer). */
export function answerOf(result: SynthesisResult, inputs: Record<string, Value>, output = 0): Value | undefined {
  assert.ok(result.ok, result.ok ? '' : result.message)
  const value = evaluateProgram(result.outputs[output]!.program, inputs)
  return value.ok ? value.value : undefined
}

/** The bank of an operation's table grown to its level limit, with the prior of the operation's words. */
export function grownBank(operation: Operation, limits: BankLimits, outputType: ValueType): { bank: Bank; prior: Prior } {
  const table = tabulate(operation)
  if (isTableProblem(table)) throw new Error(table.error.message)
  const prior = new Prior({ text: operation.context, inputs: operation.inputs.length })
  const bank = new Bank(
    table,
    probeRows(table).map((probe) => probe.inputs),
    prior,
    limits,
    outputType
  )
  while (bank.grow()) {
    // to the level limit
  }
  return { bank, prior }
}
