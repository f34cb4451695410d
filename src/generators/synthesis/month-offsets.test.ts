import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a date moved on by whole calendar months, to the month end where it is short, and off a weekend', () => {
  const result = synthesise(
    tableOperation(
      'lendLaptop',
      [['lent', 'string']],
      [['due', 'string']],
      [
        ['2026-01-05', '2026-03-05'],
        ['2026-03-31', '2026-06-01'],
        ['2026-12-31', '2027-03-01'],
        ['2027-06-15', '2027-08-16'],
        ['2026-07-04', '2026-09-04'],
        ['2027-01-29', '2027-03-29'],
        ['2026-10-17', '2026-12-17']
      ],
      'A laptop is lent for two calendar months. A due date on a Saturday or a Sunday moves to the Monday after.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { lent: '2027-08-30' }), '2027-11-01')
  assert.equal(answerOf(result, { lent: '2028-12-29' }), '2029-02-28')
  assert.equal(answerOf(result, { lent: '2029-04-30' }), '2029-07-02')
})
