import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation } from '../operation'
import { OPERATORS } from './operators'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a change as a percentage of where it started', () => {
  assert.equal(OPERATORS.percentChange.apply([1000, 1051]), 5.1)
  assert.equal(OPERATORS.percentChange.apply([0, 5]), undefined)
  const text = OPERATORS.percentChange.render([
    { text: 'before', precedence: 9 },
    { text: 'after', precedence: 9 }
  ]).text
  assert.equal(text, '(after - before) / before * 100')
})

function priceTable(rows: Array<[number, number, string]>): Operation {
  const context = 'The change is shown as a percentage of the old price, to one decimal, with its sign.'
  return tableOperation(
    'comparePrices',
    [
      ['before', 'number'],
      ['after', 'number']
    ],
    [['change', 'string']],
    rows,
    context
  )
}

test('a signed percentage change to one decimal is synthesised', () => {
  const result = synthesise(
    priceTable([
      [200, 210, '+5.0%'],
      [80, 84.4, '+5.5%'],
      [400, 400, '0.0%'],
      [250, 240, '-4.0%'],
      [60, 63.3, '+5.5%'],
      [125, 100, '-20.0%'],
      [90, 99.9, '+11.0%'],
      [300, 291.3, '-2.9%']
    ])
  )
  assert.equal(answerOf(result, { before: 1000, after: 1032 }), '+3.2%')
  assert.equal(answerOf(result, { before: 500, after: 450 }), '-10.0%')
})
