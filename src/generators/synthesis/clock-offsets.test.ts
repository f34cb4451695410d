import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a time of day moved on by two durations and a fixed stretch between them, past midnight too', () => {
  const result = synthesise(
    tableOperation(
      'planLaundry',
      [
        ['start', 'string'],
        ['wash', 'number'],
        ['dry', 'number']
      ],
      [['done', 'string']],
      [
        ['08:00', 60, 45, '10:00'],
        ['08:00', 90, 45, '10:30'],
        ['09:30', 40, 70, '11:35'],
        ['13:15', 55, 50, '15:15'],
        ['18:00', 75, 90, '21:00'],
        ['22:30', 60, 60, '00:45'],
        ['07:05', 30, 20, '08:10']
      ],
      'The wash runs first, then 15 minutes to move the load, then the dryer.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { start: '10:00', wash: 50, dry: 40 }), '11:45')
  assert.equal(answerOf(result, { start: '23:50', wash: 30, dry: 30 }), '01:05')
})

test('a time of day moved on by a stretch each kind has its own of: a branch of a decision', () => {
  const result = synthesise(
    tableOperation(
      'printTicket',
      [
        ['bought', 'string'],
        ['ticket', 'string']
      ],
      [['expires', 'string']],
      [
        ['08:00', 'short stay', '10:00'],
        ['09:40', 'short stay', '11:40'],
        ['23:15', 'short stay', '01:15'],
        ['07:30', 'long stay', '12:30'],
        ['21:10', 'long stay', '02:10'],
        ['12:05', 'long stay', '17:05'],
        ['16:45', 'long stay', '21:45']
      ],
      'A short-stay ticket lasts 2 hours and a long-stay ticket 5 hours from when it was bought.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answerOf(result, { bought: '22:50', ticket: 'short stay' }), '00:50')
  assert.equal(answerOf(result, { bought: '13:20', ticket: 'long stay' }), '18:20')
  assert.equal(answerOf(result, { bought: '20:00', ticket: 'long stay' }), '01:00')
})

test('the minutes from one time of day to another, less two stretches; and a yes/no that follows from them, found after', () => {
  const result = synthesise(
    tableOperation(
      'checkDiary',
      [
        ['first_start', 'string'],
        ['length', 'number'],
        ['travel', 'number'],
        ['second_start', 'string']
      ],
      [
        ['clash', 'boolean'],
        ['spare', 'number']
      ],
      [
        ['09:00', 30, 15, '10:00', false, 15],
        ['09:00', 30, 15, '09:45', false, 0],
        ['09:00', 30, 15, '09:40', true, -5],
        ['14:20', 50, 20, '15:30', false, 0],
        ['11:45', 45, 0, '12:30', false, 0],
        ['16:10', 90, 25, '18:00', true, -5],
        ['08:30', 20, 40, '09:45', false, 15],
        ['13:00', 60, 30, '13:30', true, -60],
        ['10:15', 40, 10, '11:06', false, 1]
      ],
      'After the first appointment ends, the travel time is needed to reach the second one. The two clash when the second ' +
        'starts before the first has ended and the travel time has passed. The minutes to spare are negative for a clash, ' +
        'and 0 means just in time.'
    )
  )
  assert.equal(result.status, 'synthesised')
  const inputs = { first_start: '07:00', length: 100, travel: 5, second_start: '08:50' }
  assert.equal(answerOf(result, inputs, 1), 5)
  assert.equal(answerOf(result, inputs, 0), false)
  assert.equal(answerOf(result, { ...inputs, travel: 20 }, 0), true)
})

test('a time read from an input shown on the twelve-hour clock the answers use, minutes dropped on the hour where they are', () => {
  const card = synthesise(
    tableOperation(
      'printCard',
      [['slot', 'string']],
      [['card', 'string']],
      [
        ['08:05', 'See you at 8:05 AM'],
        ['09:30', 'See you at 9:30 AM'],
        ['12:00', 'See you at 12:00 PM'],
        ['13:45', 'See you at 1:45 PM'],
        ['16:10', 'See you at 4:10 PM'],
        ['11:50', 'See you at 11:50 AM'],
        ['17:00', 'See you at 5:00 PM']
      ],
      'The card gives the appointment on the 12-hour clock.'
    )
  )
  assert.equal(card.status, 'synthesised')
  assert.equal(answerOf(card, { slot: '00:20' }), 'See you at 12:20 AM')
  assert.equal(answerOf(card, { slot: '10:00' }), 'See you at 10:00 AM')
  const poster = synthesise(
    tableOperation(
      'writeSign',
      [
        ['opens', 'string'],
        ['closes', 'string']
      ],
      [['sign', 'string']],
      [
        ['09:00', '17:30', 'open 9am to 5:30pm'],
        ['10:30', '16:00', 'open 10:30am to 4pm'],
        ['08:15', '12:00', 'open 8:15am to 12pm'],
        ['12:00', '20:45', 'open 12pm to 8:45pm'],
        ['07:00', '23:00', 'open 7am to 11pm'],
        ['11:45', '18:00', 'open 11:45am to 6pm']
      ],
      'Times on the sign are on the twelve-hour clock, with the minutes only when the time is not on the hour.'
    )
  )
  assert.equal(poster.status, 'synthesised')
  assert.equal(answerOf(poster, { opens: '06:30', closes: '13:00' }), 'open 6:30am to 1pm')
})
