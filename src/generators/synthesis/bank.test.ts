import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation } from '../operation'
import { Bank, ROUNDABOUT_BITS } from './bank'
import { Prior } from './prior'
import { probeRows } from './probes'
import { describeProgram, inputsUsed } from './program'
import { isTableProblem, tabulate } from './table'

/** The bank of a two-input table whose words speak of relating the inputs ("than"). */
function bankOf(): { bank: Bank; prior: Prior } {
  const operation: Operation = {
    name: 'compare',
    whenText: 'the parcels are compared',
    context: 'A parcel heavier than the other, or than the difference of the two, is sent first.',
    inputs: [
      { name: 'weight', type: 'number' },
      { name: 'other', type: 'number' }
    ],
    outputs: [{ name: 'first', type: 'boolean' }],
    scenarios: ['compare'],
    examples: [
      [3, 5, false],
      [8, 2, true],
      [12, 30, false],
      [25, 4, true],
      [40, 41, false]
    ].map(([weight, other, first], index) => ({
      inputs: { weight: weight!, other: other! },
      outputs: { first: first! },
      source: `features/compare.feature:${10 + index}`
    }))
  }
  const table = tabulate(operation)
  if (isTableProblem(table)) throw new Error(table.error.message)
  const prior = new Prior({ text: operation.context, inputs: 2 })
  const bank = new Bank(
    table,
    probeRows(table).map((probe) => probe.inputs),
    prior,
    { maxEntries: 16000, maxLevel: 40, wholeOutputs: false, clockOutputs: false, dateOutputs: false },
    'boolean'
  )
  while (bank.grow()) {
    // to the level limit
  }
  return { bank, prior }
}

const ORDERS: readonly string[] = ['less', 'lessOrEqual', 'greater', 'greaterOrEqual']

test('a relation of a quantity with an expression of itself costs more than one between two quantities', () => {
  const { bank, prior } = bankOf()
  const numbers = new Map(bank.all('number').map((entry) => [describeProgram(entry.program), entry.bits]))
  const charged = { roundabout: new Set<number>(), between: new Set<number>() }
  for (const entry of bank.all('boolean')) {
    const program = entry.program
    if (program.kind !== 'apply' || !ORDERS.includes(program.operator) || program.args.some((argument) => argument.kind === 'constant'))
      continue
    const [left, right] = program.args.map((argument) => numbers.get(describeProgram(argument)))
    if (left === undefined || right === undefined) continue
    const [leftInputs, rightInputs] = program.args.map((argument) => inputsUsed(argument))
    const roundabout = leftInputs!.length === rightInputs!.length && leftInputs!.every((name) => rightInputs!.includes(name))
    // The words say "than": relating two quantities costs nothing more; relating one with itself does.
    charged[roundabout ? 'roundabout' : 'between'].add(entry.bits - (prior.operatorBits(program.operator) + left + right))
  }
  assert.deepEqual([...charged.between], [0])
  assert.deepEqual([...charged.roundabout], [ROUNDABOUT_BITS])
  assert.ok(ROUNDABOUT_BITS > 0)
})
