import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('money answered with a fraction of a cent on an ordinary row is written to the nearest cent, whatever form found the rule', () => {
  const result = synthesise(
    tableOperation(
      'chargeParking',
      [
        ['hours', 'number'],
        ['badge', 'boolean']
      ],
      [['fee', 'number']],
      [
        [0, false, 0],
        [1, false, 0.35],
        [4, false, 1.4],
        [10, false, 3.5],
        [20, false, 6],
        [30, false, 6],
        [4, true, 0.7],
        [10, true, 1.75],
        [30, true, 3]
      ],
      'Parking is charged 0.35 for each hour, and the fee never goes above 6.00. Blue badge holders pay half the fee.'
    )
  )
  assert.ok(result.ok)
  // One hour with a badge is 0.175: written 0.18, as the spec's checks compare cents.
  assert.equal(answerOf(result, { hours: 1, badge: true }), 0.18)
  assert.equal(answerOf(result, { hours: 3, badge: true }), 0.53)
  assert.equal(answerOf(result, { hours: 8, badge: true }), 1.4)
})
