import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

const rows = [
  [1, 2, 13],
  [2, 3, 39],
  [3, 5, 97.5],
  [1, 6, 33.15],
  [3, 7, 116.03],
  [4, 1, 26],
  [1, 9, 49.73],
  [2, 4, 52],
  [3, 6, 99.45]
] as const

test('a share the words state taken off where their condition holds, the rule found on the rows where none is', () => {
  const result = synthesise(
    tableOperation(
      'priceStay',
      [
        ['guests', 'number'],
        ['nights', 'number']
      ],
      [['total', 'number']],
      rows,
      'Each guest pays 6.50 a night. Stays of 6 or more nights get 15% off the whole stay, rounded to the nearest penny with halves going up.'
    )
  )
  assert.equal(result.status, 'synthesised')
  const near = (guests: number, nights: number, total: number) =>
    assert.ok(Math.abs(Number(answerOf(result, { guests, nights })) - total) < 1e-6, `${guests} guests, ${nights} nights`)
  near(5, 5, 162.5)
  near(1, 7, 38.68)
  near(3, 11, 182.33)
})
