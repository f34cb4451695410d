import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a stretch of the year the words give each category decides a date, round the new year too', () => {
  const result = synthesise(
    tableOperation(
      'mayFish',
      [
        ['fish', 'string'],
        ['day', 'string']
      ],
      [['allowed', 'boolean']],
      [
        ['trout', '2026-03-15', true],
        ['trout', '2026-03-14', false],
        ['trout', '2026-07-02', true],
        ['pike', '2026-06-16', true],
        ['pike', '2026-06-15', false],
        ['pike', '2027-01-20', true],
        ['salmon', '2026-01-31', false],
        ['salmon', '2026-05-05', true],
        ['trout', '2026-12-01', false]
      ],
      'Anglers may keep a trout from 15 March to 30 September, a salmon from 1 February to 31 October, ' +
        'and a pike from 16 June to 14 March, the first and last days included.'
    )
  )
  // Edges no row shows: the end of each season, and pike round the new year.
  assert.equal(answerOf(result, { fish: 'trout', day: '2026-09-30' }), true)
  assert.equal(answerOf(result, { fish: 'trout', day: '2026-10-01' }), false)
  assert.equal(answerOf(result, { fish: 'salmon', day: '2026-10-31' }), true)
  assert.equal(answerOf(result, { fish: 'salmon', day: '2026-11-01' }), false)
  assert.equal(answerOf(result, { fish: 'pike', day: '2027-03-14' }), true)
  assert.equal(answerOf(result, { fish: 'pike', day: '2027-03-15' }), false)
})
