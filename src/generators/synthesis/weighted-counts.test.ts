import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('whole boxes for two kinds of things, one taking more room: a rounded line through their weighted count', () => {
  const result = synthesise(
    tableOperation(
      'packBottles',
      [
        ['bottles', 'number'],
        ['magnums', 'number']
      ],
      [['boxes', 'number']],
      [
        [8, 0, 1],
        [9, 0, 2],
        [0, 4, 1],
        [3, 3, 2],
        [2, 3, 1],
        [12, 6, 3],
        [1, 0, 1],
        [5, 9, 3],
        [20, 1, 3]
      ],
      'A box holds 8 places. A bottle takes 1 place and a magnum takes 2. Boxes are needed whole.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { bottles: 25, magnums: 0 }), 4)
  assert.equal(answerOf(result, { bottles: 7, magnums: 10 }), 4)
  assert.equal(answerOf(result, { bottles: 40, magnums: 20 }), 10)
})
