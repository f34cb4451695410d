import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('yes/no inputs are terms of a sum: each its amount where yes, nothing where no', () => {
  // windows * 3 + doors * 5 + 3, a conservatory 25 more, the gutters 15 more.
  const result = synthesise(
    tableOperation(
      'quoteWindowCleaning',
      [
        ['windows', 'number'],
        ['doors', 'number'],
        ['conservatory', 'boolean'],
        ['gutters', 'boolean']
      ],
      [['quote', 'number']],
      [
        [6, 1, false, false, 26],
        [8, 2, false, true, 52],
        [8, 2, true, false, 62],
        [10, 1, true, true, 78],
        [12, 3, false, false, 54],
        [4, 0, true, false, 40],
        [14, 2, false, true, 70],
        [5, 1, false, false, 23]
      ],
      'Each window is 3.00 and each glass door 5.00, on a call-out of 3.00. A conservatory is 25.00 extra and clearing the gutters 15.00.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { windows: 20, doors: 4, conservatory: true, gutters: true }), 123)
  assert.equal(answerOf(result, { windows: 1, doors: 0, conservatory: false, gutters: true }), 21)
})
