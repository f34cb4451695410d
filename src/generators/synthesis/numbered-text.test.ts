import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'
import { lastNumberIn } from './operators'

test('the number a text ends with', () => {
  assert.equal(lastNumberIn('1:76'), 76)
  assert.equal(lastNumberIn('size 12'), 12)
  assert.equal(lastNumberIn('version 2.5'), 2.5)
  // A postcode ends with letters: no number.
  assert.equal(lastNumberIn('SW1A 1AA'), undefined)
})

test('the number a text input ends with, beside other marks ("1:50"), is a quantity the rule reads: a scale never seen works', () => {
  const result = synthesise(
    tableOperation(
      'measureDrawing',
      [
        ['millimetres', 'number'],
        ['scale', 'string']
      ],
      [['metres', 'number']],
      [
        [100, '1:50', 5],
        [40, '1:50', 2],
        [100, '1:20', 2],
        [250, '1:20', 5],
        [30, '1:100', 3],
        [75, '1:100', 7.5],
        [12, '1:200', 2.4],
        [80, '1:200', 16]
      ],
      'A length on the drawing, in millimetres, times the scale is the real length in metres.'
    )
  )
  assert.ok(result.ok)
  assert.equal(answerOf(result, { millimetres: 60, scale: '1:500' }), 30)
})
