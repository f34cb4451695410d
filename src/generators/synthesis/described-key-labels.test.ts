import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('labels the words give to each weekday answer for a date the rows never show', () => {
  const result = synthesise(
    tableOperation(
      'lookUpSpecial',
      [['date', 'string']],
      [['dish', 'string']],
      [
        ['2026-03-02', 'soup'],
        ['2026-03-03', 'pasta'],
        ['2026-03-05', 'curry'],
        ['2026-03-06', 'fish'],
        ['2026-03-09', 'soup'],
        ['2026-03-13', 'fish']
      ],
      'The canteen has one special a day: Monday soup, Tuesday pasta, Wednesday risotto, Thursday curry, Friday fish, Saturday pizza and Sunday roast.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(
    ['2026-03-04', '2026-03-07', '2026-03-08', '2026-12-24'].map((date) => answerOf(result, { date })),
    ['risotto', 'pizza', 'roast', 'curry']
  )
})

test('labels the words give to each month answer for a month name the rows never show', () => {
  const result = synthesise(
    tableOperation(
      'lookUpFlower',
      [['month', 'string']],
      [['flower', 'string']],
      [
        ['January', 'carnation'],
        ['March', 'daffodil'],
        ['May', 'lily'],
        ['June', 'rose'],
        ['September', 'aster'],
        ['December', 'holly']
      ],
      'Birth flowers: January carnation, February violet, March daffodil, April daisy, May lily, June rose, July larkspur, ' +
        'August gladiolus, September aster, October marigold, November chrysanthemum and December holly.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(
    ['February', 'July', 'November'].map((month) => answerOf(result, { month })),
    ['violet', 'larkspur', 'chrysanthemum']
  )
})
