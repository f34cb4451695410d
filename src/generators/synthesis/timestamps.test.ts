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
  // Minutes and seconds under an hour, hours from an hour on.
  assert.equal(timestampPatternOf(['4:05', '59:59', '1:02:09', '12:00:00']), '~0:00:00')
  assert.equal(timestampText(245, '~0:00:00'), '4:05')
  assert.equal(timestampText(3729, '~0:00:00'), '1:02:09')
})

test('hours shown only from an hour on, and a time of day in minutes on the twelve-hour clock the outputs show', () => {
  const track = synthesise(
    tableOperation(
      'markTrack',
      [['seconds', 'number']],
      [['mark', 'string']],
      [
        [0, '0:00'],
        [7, '0:07'],
        [75, '1:15'],
        [600, '10:00'],
        [3599, '59:59'],
        [3600, '1:00:00'],
        [3725, '1:02:05'],
        [50000, '13:53:20'],
        [7384, '2:03:04']
      ],
      'A track mark shows minutes and seconds, and hours as well from an hour on.'
    )
  )
  assert.equal(track.status, 'synthesised')
  assert.equal(answerOf(track, { seconds: 3540 }), '59:00')
  assert.equal(answerOf(track, { seconds: 36061 }), '10:01:01')
  const radio = synthesise(
    tableOperation(
      'announceSlot',
      [['minutes', 'number']],
      [['slot', 'string']],
      [
        [0, '12:00 am'],
        [90, '1:30 am'],
        [425, '7:05 am'],
        [719, '11:59 am'],
        [720, '12:00 pm'],
        [795, '1:15 pm'],
        [1110, '6:30 pm'],
        [1439, '11:59 pm'],
        [45, '12:45 am']
      ],
      'A radio slot starts some minutes after midnight and is announced on the twelve-hour clock with am or pm.'
    )
  )
  assert.equal(answerOf(radio, { minutes: 1200 }), '8:00 pm')
  assert.equal(answerOf(radio, { minutes: 780 }), '1:00 pm')
  assert.equal(answerOf(radio, { minutes: 60 }), '1:00 am')
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
