import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram, synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a share by a whole number of parts, rounded to the cent: the year divided by 52, not a scale of 0.0192', () => {
  const rows: Array<[number, number]> = [31200, 25000, 20000, 18500, 45000, 52000, 27350, 60100].map((annual) => [
    annual,
    Math.round((annual / 52) * 100) / 100
  ])
  const result = synthesise(tableOperation('weeklyPay', [['annual', 'number']], [['weekly', 'number']], rows))
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.match(describeProgram(result.outputs[0]!.program), /annual \/ 52/)
  assert.equal(answerOf(result, { annual: 33333 }), 641.02)
})
