import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a time moved on by a stretch repeated once for each stop after the first', () => {
  const result = synthesise(
    tableOperation(
      'timeStop',
      [
        ['depart', 'string'],
        ['every', 'number'],
        ['stop', 'number']
      ],
      [['arrives', 'string']],
      [
        ['08:00', 10, 1, '08:00'],
        ['08:00', 10, 3, '08:20'],
        ['09:15', 7, 4, '09:36'],
        ['10:40', 12, 2, '10:52'],
        ['06:05', 5, 9, '06:45'],
        ['13:30', 20, 5, '14:50'],
        ['07:50', 3, 6, '08:05'],
        ['11:00', 15, 7, '12:30']
      ],
      'The bus leaves the depot at the departure time, which is stop 1; each later stop is reached a fixed number of minutes after the one before.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { depart: '09:00', every: 8, stop: 10 }), '10:12')
  assert.equal(answerOf(result, { depart: '22:50', every: 30, stop: 4 }), '00:20')
})
