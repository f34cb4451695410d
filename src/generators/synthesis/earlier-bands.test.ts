import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'
import { evaluateProgram } from './program'

const valueOf = (result: ReturnType<typeof synthesise>, output: string, inputs: Record<string, number>) => {
  assert.ok(result.ok, result.ok ? '' : result.message)
  const rule = result.outputs.find((candidate) => candidate.name === output)!
  const value = evaluateProgram(rule.program, inputs)
  return value.ok ? value.value : undefined
}

test('a number that goes with the band an earlier output names is looked up by that band', () => {
  const result = synthesise(
    tableOperation(
      'rateTheLight',
      [['lux', 'number']],
      [
        ['feel', 'string'],
        ['stars', 'number']
      ],
      [
        [0, 'faint', 1],
        [450, 'faint', 1],
        [500, 'soft', 2],
        [2000, 'soft', 2],
        [4999, 'soft', 2],
        [5000, 'bright', 3],
        [40000, 'bright', 3],
        [50000, 'dazzling', 4],
        [90000, 'dazzling', 4]
      ],
      'Under 500 lux is faint, under 5000 soft, under 50000 bright and 50000 or more dazzling. Faint gets one star and each step up adds one.'
    )
  )
  assert.equal(result.status, 'synthesised', result.ok ? '' : result.message)
  assert.equal(valueOf(result, 'stars', { lux: 20000 }), 3)
  assert.equal(valueOf(result, 'stars', { lux: 100 }), 1)
  assert.equal(valueOf(result, 'stars', { lux: 200000 }), 4)
})

test('a verdict given by the number an earlier output shows, not by the inputs it is worked out from', () => {
  const result = synthesise(
    tableOperation(
      'markTheQuiz',
      [
        ['asked', 'number'],
        ['right', 'number']
      ],
      [
        ['score', 'number'],
        ['grade', 'string']
      ],
      [
        [10, 10, 100, 'gold'],
        [20, 18, 90, 'gold'],
        [40, 35, 88, 'silver'],
        [12, 9, 75, 'silver'],
        [8, 5, 63, 'silver'],
        [30, 18, 60, 'silver'],
        [25, 14, 56, 'try again'],
        [16, 2, 13, 'try again'],
        [50, 0, 0, 'try again']
      ],
      'The score is the share of questions answered right, as a whole percent rounded to the nearest. ' +
        'By that score, 90 or more is gold, 60 to 89 silver and below 60 try again.'
    )
  )
  assert.equal(result.status, 'synthesised')
  // 59.5% rounds to 60: silver, though fewer than 60% were right.
  assert.equal(valueOf(result, 'grade', { asked: 200, right: 119 }), 'silver')
  assert.equal(valueOf(result, 'grade', { asked: 9, right: 8 }), 'silver')
})

test('a verdict given by the number a piece of an earlier text shows ("+10%"), not by the inputs it is worked out from', () => {
  const result = synthesise(
    tableOperation(
      'compareMonths',
      [
        ['before', 'number'],
        ['after', 'number']
      ],
      [
        ['change', 'string'],
        ['month', 'string']
      ],
      [
        [400, 440, '+10%', 'strong'],
        [400, 419, '+5%', 'strong'],
        [400, 417, '+4%', 'steady'],
        [250, 250, '0%', 'steady'],
        [1000, 900, '-10%', 'weak'],
        [250, 238, '-5%', 'weak'],
        [200, 196, '-2%', 'steady'],
        [500, 478, '-4%', 'steady'],
        [300, 450, '+50%', 'strong'],
        [120, 0, '-100%', 'weak']
      ],
      'The change is (after - before) / before, shown as a whole percent rounded to the nearest, with a plus sign for a ' +
        'rise. A shown change of +5% or more is a strong month, -5% or less a weak month, anything in between a steady one.'
    )
  )
  assert.equal(result.status, 'synthesised')
  // 4.6% is shown as +5%: a strong month, though the change itself is under 5%.
  assert.equal(valueOf(result, 'month', { before: 1000, after: 1046 }), 'strong')
  assert.equal(valueOf(result, 'month', { before: 1000, after: 954 }), 'weak')
})

test('a band rule on the number an earlier output shows is kept over a longer unconfirmed rule on the inputs', () => {
  const result = synthesise(
    tableOperation(
      'readTheTank',
      [
        ['stored', 'number'],
        ['capacity', 'number']
      ],
      [
        ['percent', 'number'],
        ['status', 'string']
      ],
      [
        [0, 500, 0, 'hosepipe ban'],
        [195, 500, 39, 'hosepipe ban'],
        [317, 820, 39, 'hosepipe ban'],
        [1203, 3000, 40, 'watch'],
        [1770, 3000, 59, 'watch'],
        [2090, 3500, 60, 'normal'],
        [480, 800, 60, 'normal'],
        [7950, 8000, 99, 'normal'],
        [8000, 8000, 100, 'normal']
      ],
      'The level is the water stored as a percentage of the capacity, rounded to a whole percent. The status goes by ' +
        'that shown percent: 60 or more is "normal", 40 to 59 is "watch", and below 40 there is a "hosepipe ban".'
    )
  )
  assert.equal(valueOf(result, 'status', { stored: 1500, capacity: 2400 }), 'normal')
  assert.equal(valueOf(result, 'status', { stored: 1190, capacity: 3000 }), 'watch')
  assert.equal(valueOf(result, 'status', { stored: 400, capacity: 1200 }), 'hosepipe ban')
})
