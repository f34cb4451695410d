import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a branch of a decision list may be a scaled input rounded to the cent: a price matched less a further 5%', () => {
  const result = synthesise(
    tableOperation(
      'matchPrice',
      [
        ['ours', 'number'],
        ['theirs', 'number']
      ],
      [['pays', 'number']],
      [
        [20, 18, 17.1],
        [20, 20, 20],
        [20, 21.5, 20],
        [49.99, 45.99, 43.69],
        [9.99, 9.49, 9.02],
        [129, 119.9, 113.91],
        [5, 4.9, 4.66],
        [19.99, 19.98, 18.98],
        [250, 199, 189.05]
      ],
      "When a competitor sells the same item for less than we do, the customer pays the competitor's price less a further 5%, " +
        'rounded to the nearest cent. A competitor price that is the same as ours or higher changes nothing. ' +
        'our price is the competitor price is the price is matched the customer pays'
    )
  )
  assert.equal(answerOf(result, { ours: 30, theirs: 27 }), 25.65)
  assert.equal(answerOf(result, { ours: 99.99, theirs: 89.7 }), 85.22)
  assert.equal(answerOf(result, { ours: 8, theirs: 9.25 }), 8)
})
