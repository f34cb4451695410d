import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation } from '../operation'
import { Bank } from './bank'
import { Prior } from './prior'
import { probeRows } from './probes'
import { describeProgram } from './program'
import { isTableProblem, tabulate } from './table'

/** The bits of `total < par` in a bank whose words say nothing of relating, `total` an earlier output or not. */
function relationBits(derivedInputs: readonly string[]): number {
  const operation: Operation = {
    name: 'card',
    whenText: 'the card is read',
    context: '',
    inputs: [
      { name: 'total', type: 'number' },
      { name: 'par', type: 'number' }
    ],
    outputs: [{ name: 'under', type: 'boolean' }],
    scenarios: ['card'],
    examples: [
      [16, 16, false],
      [15, 16, true],
      [22, 16, false],
      [13, 15, true],
      [17, 17, false]
    ].map(([total, par, under], index) => ({
      inputs: { total: total!, par: par! },
      outputs: { under: under! },
      source: `features/card.feature:${10 + index}`
    }))
  }
  const table = tabulate(operation)
  if (isTableProblem(table)) throw new Error(table.error.message)
  const prior = new Prior({ text: operation.context, inputs: 2 })
  const bank = new Bank(
    table,
    probeRows(table).map((probe) => probe.inputs),
    prior,
    { maxEntries: 16000, maxLevel: 30, wholeOutputs: false, clockOutputs: false, dateOutputs: false, derivedInputs },
    'boolean'
  )
  while (bank.grow()) {
    // to the level limit
  }
  const entry = bank.all('boolean').find((candidate) => describeProgram(candidate.program) === 'total < par')
  assert.ok(entry !== undefined)
  return entry.bits
}

test('an earlier output compared with an input costs no relation bits: the total with the par', () => {
  assert.ok(relationBits(['total']) < relationBits([]))
})
