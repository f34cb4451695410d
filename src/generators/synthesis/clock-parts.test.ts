import { test } from 'node:test'
import assert from 'node:assert/strict'
import { clockParts } from './clock-parts'
import { synthesise } from './index'
import { isTableProblem, tabulate } from './table'
import { answerOf, tableOperation } from './testing'

const HORN = [
  'The harbour horn sounds on the hour as many times as the hour on a twelve-hour clock, so at 14:00',
  'it sounds twice and at midnight twelve times. At half past each hour it sounds 2 times; at any other',
  'minute it is silent.'
].join(' ')

const horn = tableOperation(
  'soundHorn',
  [['time', 'string']],
  [['blasts', 'number']],
  [
    ['00:00', 12],
    ['03:00', 3],
    ['12:00', 12],
    ['14:00', 2],
    ['16:30', 2],
    ['08:00', 8],
    ['08:20', 0],
    ['21:00', 9],
    ['19:50', 0]
  ],
  HORN
)

test('the parts of a time the words speak of are quantities: the hour, the minute, the twelve-hour hour, the moments named', () => {
  const table = tabulate(horn)
  assert.ok(!isTableProblem(table))
  assert.deepEqual(
    clockParts(HORN, table).map((part) => part.name),
    ['time_hour', 'time_minute', 'time_hour12', 'time_onTheHour', 'time_halfPast']
  )
  // Words that speak of no part of the hour give none.
  assert.deepEqual(clockParts('The horn sounds at the times below.', table), [])
})

test('a rule over the moments the words name holds beyond the rows', () => {
  const result = synthesise(horn)
  assert.ok(result.ok, result.ok ? '' : result.message)
  // Beyond the rows: half past midnight, an hour before noon, a minute past.
  assert.deepEqual(
    [
      answerOf(result, { time: '00:30' }),
      answerOf(result, { time: '11:00' }),
      answerOf(result, { time: '23:00' }),
      answerOf(result, { time: '17:01' }),
      answerOf(result, { time: '13:00' })
    ],
    [2, 11, 11, 0, 1]
  )
})
