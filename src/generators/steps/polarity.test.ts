import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isNegated, withoutNegation } from './polarity'

test("a step text denies what it names with not, never, cannot or a contraction in n't", () => {
  for (const fixed of [
    ['the lock is not blocked'],
    ['', ' is not available'],
    ["the door isn't open"],
    ['it never opens'],
    ['it cannot open']
  ])
    assert.equal(isNegated(fixed), true, fixed.join('{}'))
  for (const fixed of [['the lock is blocked'], ['a member ', ' with no loans'], ['the note says nothing'], ['it is not not open']])
    assert.equal(isNegated(fixed), false, fixed.join('{}'))
})

test('without its negation a step names the same thing as its affirmative', () => {
  assert.equal(withoutNegation('the lock is not blocked'), 'the lock is blocked')
  assert.equal(withoutNegation("the door isn't open"), 'the door is open')
  assert.equal(withoutNegation('the order won\u2019t ship'), 'the order will ship')
  assert.equal(withoutNegation('it cannot open'), 'it can open')
  assert.equal(withoutNegation('a member with no loans'), 'a member with no loans')
})
