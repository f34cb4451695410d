import { test } from 'node:test'
import assert from 'node:assert/strict'
import { colourFor } from './run'

test('cucumber colours its output on a terminal, never in CI, a pipe or under NO_COLOR', () => {
  assert.equal(colourFor({ isTTY: true }, {}), true)
  assert.equal(colourFor({ isTTY: true }, { CI: 'true' }), false)
  assert.equal(colourFor({ isTTY: true }, { NO_COLOR: '' }), false)
  assert.equal(colourFor({}, {}), false)
  assert.equal(colourFor(undefined, {}), false)
})
