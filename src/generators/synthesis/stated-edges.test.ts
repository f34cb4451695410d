import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'

test('a rule that answers the same on both sides of a bound the words state is not confirmed: the row past it is asked for', () => {
  const result = synthesise(
    tableOperation(
      'gradeDive',
      [['faults', 'number']],
      [['score', 'number']],
      [
        [0, 5],
        [30, 5],
        [31, 4],
        [40, 4],
        [41, 3],
        [60, 3],
        [80, 2],
        [100, 1],
        [101, 0]
      ],
      'Fewer faults mean a higher score. Up to 30 faults scores 5, up to 40 a 4, up to 60 a 3, up to 80 a 2, up to 100 a 1 and anything above 100 scores 0.'
    )
  )
  assert.ok(result.ok)
  // Whatever rule fits the rows, 80 is an edge the words state: a rule without it is a question, never a confident answer.
  const question = result.outputs[0]!.question
  assert.equal(result.status, 'ambiguous')
  assert.deepEqual(question?.inputs, { faults: 81 })
})
