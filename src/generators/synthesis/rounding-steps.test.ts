import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './search'
import { answerOf, tableOperation } from './testing'
import { Prior } from './prior'

test('a number rounded to the step the words name ("to the nearest 5 seconds") is a rule', () => {
  const result = synthesise(
    tableOperation(
      'show lap time',
      [['seconds', 'number']],
      [['shown', 'number']],
      [
        [62, 60],
        [63, 65],
        [118, 120],
        [121, 120],
        [147, 145],
        [148, 150],
        [200, 200],
        [33, 35]
      ],
      'Lap times on the board are shown to the nearest 5 seconds.'
    )
  )
  assert.ok(result.ok && result.status === 'synthesised', JSON.stringify(result.ok && result.outputs[0]?.question))
  for (const [seconds, shown] of [
    [7, 5],
    [302, 300],
    [303, 305],
    [12, 10],
    [1001, 1000]
  ])
    assert.equal(answerOf(result, { seconds }), shown, String(seconds))
})

test('the steps a rule may round to are the numbers after "nearest", not decimal places', () => {
  const steps = (text: string) => new Prior({ text, inputs: 1 }).roundingSteps
  assert.deepEqual(steps('shown to the nearest 50 m, or the nearest 0.5 km beyond'), [50, 0.5])
  assert.deepEqual(steps('rounded to the nearest 2 decimal places'), [])
  assert.deepEqual(steps('rounded to the nearest penny'), [])
})
