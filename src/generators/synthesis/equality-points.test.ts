import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'

test('a number tested for two of the examples own values is answered there by heart: unconfirmed, asking for a value between', () => {
  // Two rows contradict the words ("10 to 29 visits"): only 10 and 29 show silver.
  const result = synthesise(
    tableOperation(
      'rankMember',
      [['visits', 'number']],
      [['tier', 'string']],
      [
        [0, 'none'],
        [3, 'none'],
        [9, 'none'],
        [10, 'silver'],
        [15, 'none'],
        [25, 'none'],
        [29, 'silver'],
        [30, 'gold'],
        [44, 'gold'],
        [60, 'gold']
      ],
      'Members with 10 to 29 visits are silver, 30 or more gold, fewer none.'
    )
  )
  assert.ok(result.ok)
  const output = result.outputs[0]!
  assert.equal(output.confident, false, output.description)
  const asked = output.question?.inputs['visits']
  assert.ok(typeof asked === 'number' && asked > 10 && asked < 29 && asked !== 15 && asked !== 25, `asked for ${String(asked)}`)
})
