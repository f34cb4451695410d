import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a zero the rule cannot divide by: its rows are the guard, the other rows the rule', () => {
  const result = synthesise(
    tableOperation(
      'workOutPercentage',
      [
        ['made', 'number'],
        ['attempts', 'number']
      ],
      [['percentage', 'string']],
      [
        [7, 10, '70.0%'],
        [0, 5, '0.0%'],
        [5, 5, '100.0%'],
        [2, 3, '66.7%'],
        [1, 3, '33.3%'],
        [0, 0, 'no attempts'],
        [45, 61, '73.8%'],
        [9, 11, '81.8%'],
        [1, 6, '16.7%']
      ],
      'free throws made out of the percentage is worked out the free throw percentage is'
    )
  )
  assert.equal(answerOf(result, { made: 0, attempts: 0 }), 'no attempts')
  assert.equal(answerOf(result, { made: 5, attempts: 7 }), '71.4%')
  assert.equal(answerOf(result, { made: 20, attempts: 23 }), '87.0%')
})
