import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a number scaled and rounded on the rows of one branch, the input itself on the others', () => {
  const result = synthesise(
    tableOperation(
      'priceMembership',
      [
        ['price', 'number'],
        ['member', 'boolean']
      ],
      [['charged', 'number']],
      [
        [40, false, 40],
        [40, true, 34],
        [25, true, 22],
        [25, false, 25],
        [19, true, 17],
        [63, true, 54],
        [70, false, 70],
        [101, true, 86]
      ],
      'Members get 15% off, rounded up to a whole euro.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { price: 55, member: true }), 47)
  assert.equal(answerOf(result, { price: 33, member: true }), 29)
  assert.equal(answerOf(result, { price: 33, member: false }), 33)
})
