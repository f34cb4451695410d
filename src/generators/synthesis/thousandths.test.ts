import { test } from 'node:test'
import assert from 'node:assert/strict'
import { OPERATORS } from './operators'
import { Prior } from './prior'
import { THOUSANDTHS } from './bank'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('three decimals are shown as written, the total of three inputs is one sum, and grams name a thousand', () => {
  assert.equal(OPERATORS.fixed3.apply([10.045]), '10.045')
  assert.equal(OPERATORS.fixed3.apply([0]), '0.000')
  assert.equal(OPERATORS.totalOfThree.apply([500, 750, 500]), 1750)
  assert.equal(THOUSANDTHS.test('1.750 kg'), true)
  assert.equal(THOUSANDTHS.test('1,250 points'), false)
  assert.equal(THOUSANDTHS.test('3.14159'), false)
  assert.equal(new Prior({ text: 'weighed in grams, shown in kilograms', inputs: 1 }).isMentioned(1000), true)
})

test('grams summed and shown in kilograms with three decimals: a number the outputs show to the thousandth', () => {
  const result = synthesise(
    tableOperation(
      'weighCatchIn',
      [
        ['first', 'number'],
        ['second', 'number'],
        ['third', 'number']
      ],
      [['total', 'string']],
      [
        [500, 750, 500, '1.750 kg'],
        [1200, 340, 980, '2.520 kg'],
        [0, 0, 0, '0.000 kg'],
        [85, 120, 60, '0.265 kg'],
        [2300, 2300, 150, '4.750 kg'],
        [0, 410, 0, '0.410 kg'],
        [999, 1, 1000, '2.000 kg'],
        [3050, 2875, 4120, '10.045 kg']
      ],
      'Each angler weighs in up to three fish, in grams. The total is shown in kilograms with three decimals. ' +
        "the angler's fish weigh , and grams the catch is weighed in the total weight is"
    )
  )
  assert.equal(answerOf(result, { first: 640, second: 720, third: 55 }), '1.415 kg')
  assert.equal(answerOf(result, { first: 12, second: 8, third: 30 }), '0.050 kg')
  assert.equal(answerOf(result, { first: 5000, second: 4999, third: 4998 }), '14.997 kg')
})
