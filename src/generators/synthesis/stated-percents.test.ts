import { test } from 'node:test'
import assert from 'node:assert/strict'
import { percentAgainstRule } from './stated-percents'

test('a percentage the words state that the rule leaves out, where the rule takes another share, is named with the one used', () => {
  assert.deepEqual(
    percentAgainstRule('A cancelled stay is refunded 80 percent of what was paid, rounded down.', ['refund = Math.floor(paid * 0.85)']),
    {
      stated: 80,
      used: 85
    }
  )
  assert.deepEqual(percentAgainstRule('Members get 10% off.', ['price = Math.round(list * 0.85 * 100) / 100']), { stated: 10, used: 85 })
})

test('a percentage the rule writes as a share, a share off or a share on agrees with the words', () => {
  assert.equal(percentAgainstRule('A refund of 80 percent.', ['refund = Math.floor(paid * 0.8)']), undefined)
  assert.equal(percentAgainstRule('Members get 10% off.', ['price = list * 0.9']), undefined)
  assert.equal(percentAgainstRule('A service charge of 12.5%.', ['total = bill * 1.125']), undefined)
  assert.equal(percentAgainstRule('A fee of 1.5 per cent.', ['fee = amount * 0.015']), undefined)
  // No percentage stated, or none the rule could be mistaken for: nothing to say.
  assert.equal(percentAgainstRule('A refund of most of it.', ['refund = paid * 0.85']), undefined)
  assert.equal(percentAgainstRule('A 5% fee.', ['fee = Math.max(amount, 3)']), undefined)
})
