import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'

test('answers shown as a few repeated levels: a rule that answers a level no example shows is not confirmed', () => {
  const result = synthesise(
    tableOperation(
      'pumpTyres',
      [['weight', 'number']],
      [['pressure', 'number']],
      [
        [52, 4.5],
        [59, 4.5],
        [60, 5],
        [69, 5],
        [70, 5.5],
        [79, 5.5],
        [80, 6],
        [88, 6]
      ]
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'ambiguous')
  const question = result.outputs[0]!.question
  assert.ok(question, 'the row with a new level is asked')
  assert.ok(![4.5, 5, 5.5, 6].includes(question.answers[0]!.value as number))
})

test('counts that go on past the examples are no levels: boxes of six stay confirmed', () => {
  const result = synthesise(
    tableOperation(
      'packEggs',
      [['eggs', 'number']],
      [['boxes', 'number']],
      [
        [1, 1],
        [6, 1],
        [7, 2],
        [12, 2],
        [13, 3],
        [18, 3],
        [19, 4],
        [24, 4]
      ],
      'Eggs are packed in boxes of six; a part box counts as a box.'
    )
  )
  assert.equal(result.status, 'synthesised')
})
