import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './search'
import { tableOperation } from './testing'
import { wordsAgainstRule } from './words-against-rows'

/** The rule synthesis finds for rows of one numeric input and one amount, and what the words say against it. */
function against(words: string, input: string, output: string, rows: number[][]) {
  const operation = tableOperation('work', [[input, 'number']], [[output, 'number', { decimals: 2 }]], rows, words)
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  return wordsAgainstRule(words, operation, result.outputs)
}

/** Water at 1.10 a cubic metre for the first 10, 1.60 for every one beyond. */
const WATER = [
  [2, 2.2],
  [5, 5.5],
  [10, 11],
  [12, 14.2],
  [15, 19],
  [20, 27],
  [8, 8.8],
  [30, 43]
]
/** A refund of 85 percent of what was paid, rounded down to a whole amount. */
const REFUND = [
  [100, 85],
  [40, 34],
  [250, 212],
  [19, 16],
  [73, 62],
  [500, 425]
]

test('a rate the words state that the rule never takes, beside one of its size the rows take, is named with the one taken', () => {
  assert.deepEqual(against('Water costs 1.10 per m3 for the first 10 m3, and 1.75 per m3 above that.', 'cubic', 'bill', WATER), {
    stated: '1.75 per m3',
    used: '1.60 per m3'
  })
})

test('a percentage the words state that the rule never takes, even through a rounding, is named with the share taken', () => {
  assert.deepEqual(against('A cancelled stay is refunded 80 percent of what was paid, rounded down.', 'paid', 'refund', REFUND), {
    stated: '80 percent',
    used: '85 percent'
  })
  assert.deepEqual(against('Members get 10% off, rounded down.', 'paid', 'refund', REFUND), { stated: '10 percent', used: '15 percent' })
})

test('rates and percentages the rule takes, their sums, or rates of another size agree with the words', () => {
  assert.equal(against('Water costs 1.10 per m3 for the first 10 m3, and 1.60 per m3 above that.', 'cubic', 'bill', WATER), undefined)
  // 1.60 a cubic metre is 1.10 and a surcharge of 0.50 a cubic metre: the sum the words state.
  assert.equal(against('1.10 per m3, and beyond 10 m3 a surcharge of 0.50 per m3 on top.', 'cubic', 'bill', WATER), undefined)
  // A rate per litre is a rate of another size: nothing the rule could be mistaken for.
  assert.equal(against('That is about 0.0011 per litre.', 'cubic', 'bill', WATER), undefined)
  assert.equal(against('Water is billed by the cubic metre.', 'cubic', 'bill', WATER), undefined)
  assert.equal(against('A refund of 85 percent, rounded down.', 'paid', 'refund', REFUND), undefined)
  assert.equal(against('15% off, rounded down.', 'paid', 'refund', REFUND), undefined)
  // A percentage of another size: a share of something else, not the refund's.
  assert.equal(against('Only 2% of stays are ever refunded.', 'paid', 'refund', REFUND), undefined)
})
