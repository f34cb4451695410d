import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

/** Two swimmers' two laps each: the faster of a swimmer's laps counts, the faster swimmer wins, equal times tie. */
const LAPS: Array<[number, number, number, number, string, number]> = [
  [31.2, 30.8, 30.5, 31.0, 'Noor', 0.3],
  [29.9, 30.4, 30.1, 30.6, 'Ola', 0.2],
  [32.0, 31.5, 31.5, 32.2, 'tie', 0],
  [30.7, 31.9, 31.4, 30.2, 'Noor', 0.5],
  [33.1, 30.9, 30.0, 32.5, 'Noor', 0.9],
  [30.3, 30.6, 31.8, 30.9, 'Ola', 0.6],
  [31.0, 31.0, 31.7, 31.0, 'tie', 0],
  [29.5, 30.2, 29.8, 29.9, 'Ola', 0.3],
  [30.8, 32.4, 31.6, 31.2, 'Ola', 0.4]
]

test('the try the words say counts ("the faster of her two laps") is each side of a contest and of a gap', () => {
  const result = synthesise(
    tableOperation(
      'judgeRace',
      [
        ['ola1', 'number'],
        ['ola2', 'number'],
        ['noor1', 'number'],
        ['noor2', 'number']
      ],
      [
        ['winner', 'string'],
        ['gap', 'number']
      ],
      LAPS,
      'Each swimmer swims two laps and the faster of her two laps counts. The winner is the swimmer whose faster lap is ' +
        'quicker, or "tie" when they are equal; the gap is the difference between the two faster laps.'
    )
  )
  // The second lap decides where the first would not, and the other way round.
  assert.equal(answerOf(result, { ola1: 31.5, ola2: 29.4, noor1: 29.6, noor2: 33.0 }), 'Ola')
  assert.equal(answerOf(result, { ola1: 29.7, ola2: 32.0, noor1: 33.3, noor2: 29.5 }), 'Noor')
  assert.equal(answerOf(result, { ola1: 30.4, ola2: 31.1, noor1: 31.5, noor2: 30.4 }), 'tie')
  const gap = answerOf(result, { ola1: 31.5, ola2: 29.4, noor1: 29.6, noor2: 33.0 }, 1)
  assert.ok(typeof gap === 'number' && Math.abs(gap - 0.2) < 1e-9, String(gap))
})
