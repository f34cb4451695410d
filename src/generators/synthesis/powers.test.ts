import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('doubling: each fold doubles the layers of a sheet', () => {
  const result = synthesise(
    tableOperation(
      'countLayers',
      [['folds', 'number']],
      [['layers', 'number']],
      [
        [0, 1],
        [1, 2],
        [2, 4],
        [3, 8],
        [5, 32],
        [7, 128]
      ],
      'Each fold doubles the layers of the sheet.'
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { folds: 10 }), 1024)
  assert.equal(answerOf(result, { folds: 4 }), 16)
})

test('halving: the binary digits needed to give every item a code of its own', () => {
  const result = synthesise(
    tableOperation(
      'countBits',
      [['items', 'number']],
      [['bits', 'number']],
      [
        [2, 1],
        [3, 2],
        [4, 2],
        [5, 3],
        [8, 3],
        [9, 4],
        [16, 4],
        [17, 5],
        [1000, 10]
      ],
      'How many binary digits it takes to give every item a code of its own.'
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { items: 33 }), 6)
  assert.equal(answerOf(result, { items: 64 }), 6)
  assert.equal(answerOf(result, { items: 65 }), 7)
})
