import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a number written with its unit ("2.5 kg") is read as the number it starts with', () => {
  const result = synthesise(
    tableOperation(
      'priceCheese',
      [['weight', 'string']],
      [['price', 'number']],
      [
        ['0.5 kg', 9],
        ['1 kg', 18],
        ['1.5 kg', 27],
        ['2 kg', 36],
        ['0.25 kg', 4.5],
        ['3 kg', 54],
        ['0.75 kg', 13.5]
      ],
      'Cheese is sold by weight at 18.00 a kilo.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { weight: '4 kg' }), 72)
  assert.equal(answerOf(result, { weight: '0.1 kg' }), 1.8)
})
