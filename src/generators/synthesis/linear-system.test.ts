import { test } from 'node:test'
import assert from 'node:assert/strict'
import { solvable, solveExactly } from './linear-system'

test('amounts are the one solution of the totals: none where a total cannot be met, none where an amount is left open', () => {
  // 2a + b = 0.65, b = 0.15.
  assert.deepEqual(
    solveExactly(
      [
        [2, 1, 0.65],
        [0, 1, 0.15]
      ],
      2
    )?.map((value) => Number(value.toPrecision(12))),
    [0.25, 0.15]
  )
  // a + b = 1 alone: a and b are open.
  assert.equal(solveExactly([[1, 1, 1]], 2), undefined)
  // a = 1 and a = 2: nothing fits.
  assert.equal(
    solveExactly(
      [
        [1, 1],
        [1, 2]
      ],
      1
    ),
    undefined
  )
})

test('a system is solvable with one solution or many, not with none', () => {
  // x = 1 and x = 2: none.
  assert.equal(
    solvable(
      [
        [1, 1],
        [1, 2]
      ],
      1
    ),
    false
  )
  // x + y = 3, twice: many.
  assert.equal(
    solvable(
      [
        [1, 1, 3],
        [2, 2, 6]
      ],
      2
    ),
    true
  )
  assert.equal(
    solvable(
      [
        [1, 0, 1],
        [1, 1, 3]
      ],
      2
    ),
    true
  )
})
