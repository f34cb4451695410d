import { test } from 'node:test'
import assert from 'node:assert/strict'
import { colourWanted, inCi } from './terminal'

test('colour on a terminal only: never in CI, through a pipe or under NO_COLOR', () => {
  assert.equal(colourWanted({ isTTY: true }, {}), true)
  assert.equal(colourWanted({ isTTY: true }, { CI: 'true' }), false)
  assert.equal(colourWanted({ isTTY: true }, { CI: 'false' }), true)
  assert.equal(colourWanted({ isTTY: true }, { NO_COLOR: '' }), false)
  assert.equal(colourWanted({}, {}), false)
  assert.equal(colourWanted(undefined, {}), false)
  assert.equal(inCi({ CI: '0' }), false)
  assert.equal(inCi({ CI: '1' }), true)
})
