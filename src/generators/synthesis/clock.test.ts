import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  clockSpan,
  clockStyleOf,
  clockText,
  clockValue,
  durationText,
  wrappedClockText,
  isClockText,
  isTimedText,
  timedText,
  writeClock
} from './clock'
import { clockThresholdBetween } from './numbers'
import { synthesise } from './search'
import { answerOf, tableOperation } from './testing'

test('clock readings are base-60 numbers: h:mm in minutes, m:ss and h:mm:ss in seconds; nothing else is one', () => {
  assert.equal(clockValue('07:15'), 435)
  assert.equal(clockValue('25:00'), 1500)
  assert.equal(clockValue('1:45:00'), 6300)
  for (const text of ['7.15', '07:60', '123:00', 'noon', '1:2', '']) {
    assert.equal(isClockText(text), false, text)
    assert.equal(clockValue(text), undefined, text)
  }
})

test('numbers are written back as clock readings, and a time of day stays within the day', () => {
  assert.equal(clockText(435), '07:15')
  assert.equal(clockText(1440), undefined)
  assert.equal(clockText(7.5), undefined)
  assert.equal(durationText(299), '4:59')
  assert.equal(durationText(-1), undefined)
})

test('the time from one reading to the next occurrence of another crosses midnight when it must', () => {
  assert.equal(clockSpan(clockValue('23:30')!, clockValue('07:15')!), 465)
  assert.equal(clockSpan(clockValue('01:00')!, clockValue('06:30')!), 330)
  assert.equal(clockSpan(1440, 0), undefined)
})

test("probes are written in the examples' own style", () => {
  const times = clockStyleOf(['08:58', '17:03'])
  assert.deepEqual(times, { withSeconds: false, timeOfDay: true, padded: true })
  assert.equal(writeClock(9 * 60 + 5, times), '09:05')
  assert.equal(writeClock(1500, times), undefined)
  const runs = clockStyleOf(['25:00', '1:45:00'])
  assert.equal(runs.timeOfDay, false)
  assert.equal(writeClock(1500, runs), '25:00')
  assert.equal(writeClock(6330, runs), '1:45:30')
})

test('seconds with tenths or hundredths are written as a stopwatch shows them, without binary noise', () => {
  assert.equal(timedText(65.3, 1), '1:05.3')
  assert.equal(timedText(3599.9, 1), '59:59.9')
  assert.equal(timedText(5.2, 1), '0:05.2')
  assert.equal(timedText(754.6, 1), '12:34.6')
  assert.equal(timedText(59.87, 2), '0:59.87')
  assert.equal(timedText(65.34, 1), undefined, 'more decimals than shown')
  assert.equal(timedText(-1, 1), undefined)
  assert.equal(isTimedText('1:05.3'), true)
  assert.equal(isTimedText('1:05'), false)
})

test('a time of day past midnight wraps to the next day, and before midnight to the day before', () => {
  assert.equal(wrappedClockText(22 * 60 + 30 + 8 * 60 + 15), '06:45')
  assert.equal(wrappedClockText(1440), '00:00')
  assert.equal(wrappedClockText(-60), '23:00')
  assert.equal(wrappedClockText(435), '07:15')
  assert.equal(wrappedClockText(7.5), undefined)
})

test('a threshold between two times of day is round on the clock: 17:00 between 16:30 and 17:00, never 16:40', () => {
  assert.equal(clockThresholdBetween(990, 1020), 1020)
  assert.equal(clockThresholdBetween(555, 575), 570)
  assert.equal(clockThresholdBetween(601, 604), 604)
  const rows = [
    ['09:00', 30],
    ['10:30', 30],
    ['16:30', 30],
    ['17:00', 45],
    ['19:30', 45],
    ['21:00', 45]
  ]
  const result = synthesise(tableOperation('priceHire', [['start', 'string']], [['price', 'number']], rows))
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { start: '16:45' }), 30)
  assert.equal(answerOf(result, { start: '16:59' }), 30)
})
