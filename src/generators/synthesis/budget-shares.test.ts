import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('growing the bank leaves time for the forms built on it: a signed percent template where the words also name bands', () => {
  // The bands' words ("or more", "or less") make many small expressions likelier: the bank alone could spend the budget.
  const result = synthesise(
    tableOperation(
      'compareMonths',
      [
        ['before', 'number'],
        ['after', 'number']
      ],
      [['change', 'string']],
      [
        [400, 440, '+10%'],
        [400, 439, '+10%'],
        [400, 437, '+9%'],
        [250, 250, '0%'],
        [250, 225, '-10%'],
        [250, 226, '-10%'],
        [500, 452, '-10%'],
        [300, 450, '+50%'],
        [120, 0, '-100%']
      ],
      'The change is (after - before) / before, shown as a whole percent rounded to the nearest, with a plus sign for a rise ' +
        'and a minus sign for a fall ("0%" when nothing changed). A change of +5% or more is a strong month, -5% or less a ' +
        'weak month, anything in between a steady one.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { before: 200, after: 230 }), '+15%')
  assert.equal(answerOf(result, { before: 200, after: 170 }), '-15%')
})
