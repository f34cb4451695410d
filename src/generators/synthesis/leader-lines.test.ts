import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a line of one width: a run of one mark fills the room between the dish and its price', () => {
  const result = synthesise(
    tableOperation(
      'chalkMenuLine',
      [
        ['dish', 'string'],
        ['pounds', 'number']
      ],
      [['line', 'string']],
      [
        ['Soup', 6, 'Soup--------------£6'],
        ['Fish Pie', 14, 'Fish Pie---------£14'],
        ['Salad', 9, 'Salad-------------£9'],
        ['Steak and Chips', 22, 'Steak and Chips--£22'],
        ['Pudding', 7, 'Pudding-----------£7'],
        ['Cheese Board', 11, 'Cheese Board-----£11'],
        ['Roast Lamb', 18, 'Roast Lamb-------£18']
      ],
      'Each line of the menu board is 20 characters: the dish, dashes, and the price.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { dish: 'Curry', pounds: 13 }), 'Curry------------£13')
  assert.equal(answerOf(result, { dish: 'Apple Crumble', pounds: 8 }), 'Apple Crumble-----£8')
  assert.equal(answerOf(result, { dish: 'Ham', pounds: 5 }), 'Ham---------------£5')
})
