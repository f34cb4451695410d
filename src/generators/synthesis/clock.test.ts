import { test } from 'node:test'
import assert from 'node:assert/strict'
import { clockSpan, clockStyleOf, clockText, clockValue, durationText, isClockText, writeClock } from './clock'

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
