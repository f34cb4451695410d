import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a text cut to the number of characters the words name', () => {
  const result = synthesise(
    tableOperation(
      'makeLabel',
      [['product', 'string']],
      [['label', 'string']],
      [
        ['Blueberry muffin', 'Blueberry '],
        ['Scone', 'Scone'],
        ['Cinnamon roll', 'Cinnamon r'],
        ['Flapjack', 'Flapjack'],
        ['Lemon drizzle cake', 'Lemon driz'],
        ['Carrot cake', 'Carrot cak']
      ],
      'A shelf label shows the product name cut to at most 10 characters. the label is made the label reads'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { product: 'Chocolate brownie' }), 'Chocolate ')
  assert.equal(answerOf(result, { product: 'Bun' }), 'Bun')
})
