import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram } from './program'
import { grownBank, tableOperation } from './testing'

/** The bits of `total < par` in a bank whose words say nothing of relating, `total` an earlier output or not. */
function relationBits(derivedInputs: readonly string[]): number {
  const operation = tableOperation(
    'card',
    [
      ['total', 'number'],
      ['par', 'number']
    ],
    [['under', 'boolean']],
    [
      [16, 16, false],
      [15, 16, true],
      [22, 16, false],
      [13, 15, true],
      [17, 17, false]
    ]
  )
  const limits = { maxEntries: 16000, maxLevel: 30, wholeOutputs: false, clockOutputs: false, dateOutputs: false, derivedInputs }
  const { bank } = grownBank(operation, limits, 'boolean')
  const entry = bank.all('boolean').find((candidate) => describeProgram(candidate.program) === 'total < par')
  assert.ok(entry !== undefined)
  return entry.bits
}

test('an earlier output compared with an input costs no relation bits: the total with the par', () => {
  assert.ok(relationBits(['total']) < relationBits([]))
})
