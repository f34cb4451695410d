import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { statedPercentages } from './prior'
import { answerOf, tableOperation } from './testing'

test('a percentage the words state is a share taken off a computed amount, rounded to the cent where the rows need it', () => {
  const result = synthesise(
    tableOperation(
      'ringUpSale',
      [
        ['price', 'number'],
        ['tickets', 'number'],
        ['member', 'boolean']
      ],
      [['total', 'number']],
      [
        [9.5, 1, false, 9.5],
        [9.5, 2, false, 19],
        [9.5, 2, true, 16.72],
        [12, 3, true, 31.68],
        [12, 1, false, 12],
        [7.25, 4, false, 29],
        [7.25, 3, true, 19.14],
        [11.4, 5, true, 50.16],
        [8.75, 1, true, 7.7],
        [10.99, 1, true, 9.67],
        [6.45, 3, true, 17.03],
        [7, 5, true, 30.8],
        [6.72, 5, true, 29.57]
      ],
      'The total is the ticket price times the number of tickets. Members get 12% off the total. The amount to pay is rounded to the nearest cent.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised', result.ok ? result.outputs[0]!.description : '')
  // Rows the examples never showed: 13.90 × 4 × 0.88 = 48.928, 9.95 × 3 × 0.88 = 26.268.
  assert.equal(answerOf(result, { price: 13.9, tickets: 4, member: true }), 48.93)
  assert.equal(answerOf(result, { price: 9.95, tickets: 3, member: true }), 26.27)
  assert.equal(answerOf(result, { price: 8.75, tickets: 6, member: false }), 52.5)
})

test('percentages are read where the words write them as such, not from any number', () => {
  assert.deepEqual([...statedPercentages('Members get 12% off, 2.5 percent on top, 7 per cent tax; 30 days later.')], [12, 2.5, 7])
})
