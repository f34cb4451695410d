import { test } from 'node:test'
import assert from 'node:assert/strict'
import { percent, plural, pluralForm } from './index'

test('a count takes the form English gives it', () => {
  assert.equal(plural(0, 'scenario'), '0 scenarios')
  assert.equal(plural(1, 'scenario'), '1 scenario')
  assert.equal(plural(12, 'step'), '12 steps')
  assert.equal(plural(1, 'entry', 'entries'), '1 entry')
  assert.equal(plural(3, 'entry', 'entries'), '3 entries')
  assert.equal(pluralForm(1, 'is', 'are'), 'is')
  assert.equal(pluralForm(2, 'it', 'them'), 'them')
})

test('a share as a percentage, nothing as a dash', () => {
  assert.equal(percent(3, 8), '37.5%')
  assert.equal(percent(0, 0), '–')
})
