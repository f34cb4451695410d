import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { sameDecimal } from './numbers'
import { answerOf, tableOperation } from './testing'

test('a comparison with a calculated decimal compares the decimal, not its binary neighbour: 2.3 - 0.1 is 2.2', () => {
  const result = synthesise(
    tableOperation(
      'checkLetterbox',
      [
        ['slot', 'number'],
        ['thickness', 'number']
      ],
      [['fits', 'boolean']],
      [
        [2.3, 2.2, true],
        [2.3, 2.25, false],
        [3, 2.5, true],
        [3, 2.95, false],
        [2.5, 2.4, true],
        [2.5, 2.41, false],
        [4.1, 1, true],
        [1.7, 1.7, false]
      ],
      'A parcel fits the letterbox only when it is at least 0.1 cm thinner than the slot.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised', result.outputs[0]!.description)
  // In binary, 0.3 - 0.1 is 0.19999999999999998 and 1.3 - 0.1 is 1.2000000000000002: both fit, on paper.
  assert.equal(answerOf(result, { slot: 0.3, thickness: 0.2 }), true)
  assert.equal(answerOf(result, { slot: 1.3, thickness: 1.2 }), true)
  assert.equal(answerOf(result, { slot: 1.3, thickness: 1.21 }), false)
  // The generated code compares the same way.
  assert.match(result.outputs[0]!.description, /asDecimal\((slot - 0\.1|thickness \+ 0\.1)\)/)
})

test('numbers within binary noise of each other are the same decimal; whole numbers only when equal', () => {
  assert.ok(sameDecimal(4.2 - 0.1, 4.1))
  assert.ok(sameDecimal(0.1 + 0.2, 0.3))
  assert.ok(!sameDecimal(4.1, 4.1001))
  assert.ok(!sameDecimal(1e12, 1e12 + 1))
})
