import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('whole groups of a number the words name, and the singles left over, priced each their own way', () => {
  const result = synthesise(
    tableOperation(
      'priceSwims',
      [['swims', 'number']],
      [['price', 'number']],
      [
        [1, 4.5],
        [4, 18],
        [11, 49.5],
        [12, 45],
        [13, 49.5],
        [17, 67.5],
        [24, 90],
        [26, 99]
      ],
      'A book of 12 swims costs 45.00; swims beyond whole books are 4.50 each.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  // Past the examples: three and four whole books.
  assert.equal(answerOf(result, { swims: 36 }), 135)
  assert.equal(answerOf(result, { swims: 50 }), 189)
})
