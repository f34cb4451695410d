import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a floor the words name on the answer, reached by several rows, is held on every probe: no rival goes below it', () => {
  const result = synthesise(
    tableOperation(
      'bookCars',
      [['passengers', 'number']],
      [['cars', 'number']],
      [
        [7, 3],
        [9, 3],
        [10, 4],
        [14, 5],
        [20, 7],
        [30, 10],
        [0, 2],
        [1, 2],
        [2, 2]
      ],
      'The convoy has one car for every 3 passengers, rounded up, and never fewer than 2 cars.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  // A rival that cuts at 3 (`passengers < 3 ? 2 : Math.ceil(passengers / 3)`) gives 3 passengers 1 car: the words forbid it.
  assert.equal(result.status, 'synthesised', result.ok ? result.outputs[0]!.description : '')
  assert.equal(answerOf(result, { passengers: 3 }), 2)
  assert.equal(answerOf(result, { passengers: 44 }), 15)
})
