import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('days the words name ("closed on Sundays") are what a date is compared with', () => {
  const result = synthesise(
    tableOperation(
      'lookUpCollection',
      [['date', 'string']],
      [['collection', 'string']],
      [
        ['2026-05-03', 'none'],
        ['2026-05-05', 'recycling'],
        ['2026-05-06', 'general waste'],
        ['2026-05-07', 'general waste'],
        ['2026-05-10', 'none'],
        ['2026-05-12', 'recycling'],
        ['2026-05-15', 'general waste'],
        ['2026-06-02', 'recycling'],
        ['2026-06-28', 'none'],
        ['2026-07-01', 'general waste']
      ],
      'Bins are not collected on Sundays; recycling goes on Tuesdays and general waste on every other day.'
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { date: '2026-08-11' }), 'recycling')
  assert.equal(answerOf(result, { date: '2026-08-16' }), 'none')
  assert.equal(answerOf(result, { date: '2026-08-13' }), 'general waste')
})
