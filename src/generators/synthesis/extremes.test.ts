import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('whichever of two needs is larger: not a threshold on one input that mimics it on the examples', () => {
  // One van per 12 chairs, one per 3 tables: the examples never show a big order of both at once.
  const result = synthesise(
    tableOperation(
      'planVans',
      [
        ['chairs', 'number'],
        ['tables', 'number']
      ],
      [['vans', 'number']],
      [
        [10, 0, 1],
        [12, 0, 1],
        [13, 0, 2],
        [12, 3, 1],
        [8, 4, 2],
        [30, 0, 3],
        [25, 9, 3],
        [20, 11, 4],
        [40, 3, 4]
      ],
      'a van carries 12 chairs and at most 3 tables the vans are planned the vans needed are'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { chairs: 50, tables: 4 }), 5)
  assert.equal(answerOf(result, { chairs: 10, tables: 10 }), 4)
})
