import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fitsInTime } from './generate-offline'

// A round that could not be type-checked and run in the time left is not started: otherwise its
// files are written and then reported as not compiling, tsc and cucumber given no time at all.
test('a wider round is started only when twice the last round still fits in the time limit', () => {
  assert.equal(fitsInTime(30_000, 40_000, 120_000), true)
  assert.equal(fitsInTime(45_000, 40_000, 120_000), false)
  assert.equal(fitsInTime(60_000, 60_000, 120_000), false)
  assert.equal(fitsInTime(1_000, 117_000, 120_000), true)
})
