import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

/** Two bowlers' frames: more pins wins, with equal pins fewer throws, with both equal a draw. */
const FRAMES: Array<[number, number, number, number, string]> = [
  [9, 2, 7, 2, 'Ada'],
  [6, 2, 8, 2, 'Bo'],
  [8, 1, 8, 2, 'Ada'],
  [8, 2, 8, 1, 'Bo'],
  [10, 1, 10, 1, 'draw'],
  [3, 2, 9, 1, 'Bo'],
  [10, 2, 4, 1, 'Ada'],
  [5, 2, 5, 2, 'draw'],
  [7, 2, 7, 1, 'Bo']
]

function bowling(rows: typeof FRAMES) {
  return tableOperation(
    'judgeFrame',
    [
      ['ada_pins', 'number'],
      ['ada_throws', 'number'],
      ['bo_pins', 'number'],
      ['bo_throws', 'number']
    ],
    [['winner', 'string']],
    rows,
    'More pins wins the frame; with equal pins, fewer throws wins; otherwise it is a draw.'
  )
}

test('who is ahead of two sides, measure by measure: more pins, then fewer throws, then a draw', () => {
  const result = synthesise(bowling(FRAMES))
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { ada_pins: 4, ada_throws: 1, bo_pins: 4, bo_throws: 2 }), 'Ada')
  assert.equal(answerOf(result, { ada_pins: 2, ada_throws: 1, bo_pins: 9, bo_throws: 2 }), 'Bo')
  assert.equal(answerOf(result, { ada_pins: 6, ada_throws: 1, bo_pins: 6, bo_throws: 1 }), 'draw')
})

test('a second measure the rows never needed is no rule of the rows: unconfirmed, with the row that would decide', () => {
  // Every row is decided by the pins alone: whether throws count (and which way) is open.
  const result = synthesise(bowling(FRAMES.filter((row) => row[0] !== row[2] || row[4] === 'draw')))
  assert.notEqual(result.status, 'synthesised')
})

test('times of day are a measure too: the sooner finish wins among equal counts', () => {
  const result = synthesise(
    tableOperation(
      'judgeHeat',
      [
        ['ana_pies', 'number'],
        ['ana_time', 'string'],
        ['ben_pies', 'number'],
        ['ben_time', 'string']
      ],
      [['winner', 'string']],
      [
        [5, '8:10', 3, '9:00', 'Ana'],
        [4, '9:30', 6, '9:59', 'Ben'],
        [5, '7:45', 5, '8:02', 'Ana'],
        [5, '8:30', 5, '8:29', 'Ben'],
        [6, '9:12', 6, '9:12', 'nobody'],
        [7, '9:58', 2, '3:10', 'Ana'],
        [3, '4:00', 4, '9:40', 'Ben'],
        [8, '9:05', 8, '9:50', 'Ana'],
        [2, '6:00', 2, '6:00', 'nobody']
      ],
      'Whoever eats the most pies wins; with the same number, whoever finished sooner wins; else nobody.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { ana_pies: 3, ana_time: '5:00', ben_pies: 3, ben_time: '4:59' }), 'Ben')
  assert.equal(answerOf(result, { ana_pies: 1, ana_time: '1:00', ben_pies: 1, ben_time: '1:00' }), 'nobody')
})
