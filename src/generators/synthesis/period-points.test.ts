import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

const eggs = (rows: Array<[number, string]>) =>
  synthesise(
    tableOperation(
      'packEggs',
      [['eggs', 'number']],
      [['part', 'string']],
      rows,
      'Eggs are packed in boxes of 6. A part box is used when the eggs do not fill the last box.'
    )
  )

const EGG_ROWS: Array<[number, string]> = [
  [2, 'yes'],
  [5, 'yes'],
  [6, 'no'],
  [7, 'yes'],
  [11, 'yes'],
  [13, 'yes'],
  [17, 'yes']
]

test('a test for the one multiple of a size the words name is asked about at the next multiple', () => {
  const result = eggs(EGG_ROWS)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'ambiguous')
  assert.equal(result.outputs[0]!.question?.inputs['eggs'], 12)
  // With that row the size repeats, and the rule says so.
  const answered = eggs([...EGG_ROWS, [12, 'no']])
  assert.ok(answered.ok)
  assert.equal(answered.status, 'synthesised')
  assert.equal(answerOf(answered, { eggs: 18 }), 'no')
  assert.equal(answerOf(answered, { eggs: 20 }), 'yes')
})

test('a rule that repeats every 10 and tests for 10 itself answers 10 by heart: asked about 20', () => {
  const result = synthesise(
    tableOperation(
      'orderRolls',
      [['people', 'number']],
      [['small', 'number']],
      [
        [3, 1],
        [5, 1],
        [7, 0],
        [10, 0],
        [11, 1],
        [14, 1],
        [18, 0],
        [22, 1],
        [29, 0]
      ],
      'Rolls come in bags of 10 and bags of 5. We buy the fewest rolls that give everyone one, and then the fewest bags.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'ambiguous')
  assert.equal(result.outputs[0]!.question?.inputs['people'], 20)
})
