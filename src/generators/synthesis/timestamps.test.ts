import { test } from 'node:test'
import assert from 'node:assert/strict'
import { timestampPatternOf, timestampText } from './clock'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a time stamp pattern is read off the outputs: fields, the first one padded or not, the mark and the fraction', () => {
  assert.equal(timestampPatternOf(['00:01:05,250', '10:00:00,000']), '00:00:00,000')
  assert.equal(timestampPatternOf(['1:02:03', '0:00:59']), '0:00:00')
  assert.equal(timestampPatternOf(['02:03.450', '12:00.000']), '00:00.000')
  // Hours and minutes alone are the clock's own; mixed shapes are no pattern.
  assert.equal(timestampPatternOf(['08:30', '17:45']), undefined)
  assert.equal(timestampPatternOf(['00:01:05,250', '00:01:05.250']), undefined)
  assert.equal(timestampText(3723045, '00:00:00,000'), '01:02:03,045')
  assert.equal(timestampText(3723, '0:00:00'), '1:02:03')
  assert.equal(timestampText(-5, '00:00:00,000'), undefined)
})

test('a count of milliseconds shifted and kept from going below nothing is written as the outputs write it', () => {
  const result = synthesise(
    tableOperation(
      'markChapter',
      [
        ['at', 'number'],
        ['shift', 'number']
      ],
      [['marker', 'string']],
      [
        [90500, 0, '00:01:30.500'],
        [0, 0, '00:00:00.000'],
        [4000, -4200, '00:00:00.000'],
        [7199999, 1, '02:00:00.000'],
        [600010, 2500, '00:10:02.510'],
        [4000100, -3000, '01:06:37.100'],
        [12345, -345, '00:00:12.000'],
        [54000000, 75, '15:00:00.075'],
        [2500, -2500, '00:00:00.000']
      ],
      'A chapter marker shows hours, minutes and seconds, then a full stop and the milliseconds. Cutting the intro moves ' +
        'every marker by the shift, which can be negative, but a marker never goes below zero.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { at: 3661001, shift: -1 }), '01:01:01.000')
  assert.equal(answerOf(result, { at: 100, shift: -5000 }), '00:00:00.000')
  assert.equal(answerOf(result, { at: 359999999, shift: 0 }), '99:59:59.999')
})
