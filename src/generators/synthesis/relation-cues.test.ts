import { test } from 'node:test'
import assert from 'node:assert/strict'
import { withoutBounds } from './described-bounds'
import { Prior } from './prior'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a "than" of a bound the words name is no word of relating two values', () => {
  assert.equal(withoutBounds('Closed when the ice is thinner than 10 cm.').includes('than'), false)
  const bounded = new Prior({ text: 'closed when the ice is thinner than 10 cm or the air above 0 degrees', inputs: 2 })
  assert.equal(bounded.cued('than'), true)
  assert.equal(bounded.cuedBeyondBounds('than'), false)
  assert.equal(new Prior({ text: 'a parcel heavier than the limit', inputs: 2 }).cuedBeyondBounds('than'), true)
})

test('a notice decided by two inputs at cuts the words name: each input against its own cut, not against the other', () => {
  const result = synthesise(
    tableOperation(
      'postLakeStatus',
      [
        ['ice', 'number'],
        ['air', 'number']
      ],
      [['status', 'string']],
      [
        [9, -5, 'closed'],
        [10, -5, 'walking only'],
        [14, -1, 'walking only'],
        [15, -1, 'open for skating'],
        [22, 0, 'open for skating'],
        [22, 1, 'closed'],
        [30, -12, 'open for skating'],
        [12, 3, 'closed'],
        [0, -8, 'closed']
      ],
      'The lake is "closed" when the ice is thinner than 10 cm or when the air temperature is above 0 degrees. ' +
        'Otherwise ice of 10 to 14 cm means "walking only" and ice of 15 cm or more means "open for skating". ' +
        'the ice is cm thick the air temperature is degrees the lake status is posted'
    )
  )
  // Rows the examples never show: thin ice in deep frost, thick enough ice on a mild day.
  assert.equal(answerOf(result, { ice: 8, air: -15 }), 'closed')
  assert.equal(answerOf(result, { ice: 11, air: -3 }), 'walking only')
  assert.equal(answerOf(result, { ice: 13, air: 0 }), 'walking only')
})
