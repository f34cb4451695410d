import { test } from 'node:test'
import assert from 'node:assert/strict'
import { type Bank, ROUNDABOUT_BITS } from './bank'
import type { Prior } from './prior'
import { describeProgram, inputsUsed } from './program'
import { grownBank, tableOperation } from './testing'

/** The bank of a two-input table whose words speak of relating the inputs ("than"). */
function bankOf(): { bank: Bank; prior: Prior } {
  const operation = tableOperation(
    'compare',
    [
      ['weight', 'number'],
      ['other', 'number']
    ],
    [['first', 'boolean']],
    [
      [3, 5, false],
      [8, 2, true],
      [12, 30, false],
      [25, 4, true],
      [40, 41, false]
    ],
    'A parcel heavier than the other, or than the difference of the two, is sent first.'
  )
  return grownBank(operation, { maxEntries: 16000, maxLevel: 40, wholeOutputs: false, clockOutputs: false, dateOutputs: false }, 'boolean')
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
