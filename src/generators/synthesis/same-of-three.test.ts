import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './search'
import { answerOf, tableOperation } from './testing'

test('three dice all the same, or two of them: one call over the three, numbers the rows never show', () => {
  const result = synthesise(
    tableOperation(
      'score a throw',
      [
        ['first', 'number'],
        ['second', 'number'],
        ['third', 'number']
      ],
      [['points', 'number']],
      [
        [6, 6, 6, 50],
        [2, 2, 2, 50],
        [3, 3, 5, 10],
        [1, 4, 1, 10],
        [5, 2, 2, 10],
        [1, 2, 3, 0],
        [6, 4, 1, 0],
        [2, 5, 3, 0],
        [4, 4, 1, 10]
      ],
      'Three of a kind scores 50 points and any two the same 10 points.'
    )
  )
  assert.ok(result.ok && result.status === 'synthesised', JSON.stringify(result.ok && result.outputs[0]?.question))
  for (const [first, second, third, points] of [
    [4, 4, 4, 50],
    [3, 6, 3, 10],
    [6, 1, 1, 10],
    [3, 1, 6, 0],
    [5, 5, 5, 50]
  ])
    assert.equal(answerOf(result, { first, second, third }), points, `${first} ${second} ${third}`)
})

test('three judges agreeing, or two of three, over texts', () => {
  const result = synthesise(
    tableOperation(
      'decide the appeal',
      [
        ['judgeA', 'string'],
        ['judgeB', 'string'],
        ['judgeC', 'string']
      ],
      [['decision', 'string']],
      [
        ['allow', 'allow', 'allow', 'unanimous'],
        ['refuse', 'refuse', 'refuse', 'unanimous'],
        ['allow', 'refuse', 'allow', 'majority'],
        ['refuse', 'allow', 'allow', 'majority'],
        ['allow', 'allow', 'refuse', 'majority'],
        ['allow', 'refuse', 'abstain', 'none'],
        ['abstain', 'allow', 'refuse', 'none'],
        ['refuse', 'abstain', 'allow', 'none']
      ],
      'All three the same is unanimous, any two the same a majority, otherwise there is no decision.'
    )
  )
  assert.ok(result.ok)
  assert.equal(answerOf(result, { judgeA: 'abstain', judgeB: 'abstain', judgeC: 'abstain' }), 'unanimous')
  assert.equal(answerOf(result, { judgeA: 'refuse', judgeB: 'abstain', judgeC: 'refuse' }), 'majority')
  assert.equal(answerOf(result, { judgeA: 'abstain', judgeB: 'refuse', judgeC: 'allow' }), 'none')
})
