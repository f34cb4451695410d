import { test } from 'node:test'
import assert from 'node:assert/strict'
import { OPERATORS, type OperatorName } from './operators'
import { hasPairLoop, hasSingleLoop, pairValue, singleValue } from './rows'
import type { SynthValue } from './values'

const VALUES: Array<SynthValue | undefined> = [
  undefined,
  0,
  -0,
  1,
  -1,
  2,
  0.5,
  -2.5,
  0.1 + 0.2,
  1e308,
  -1e308,
  5e-324,
  3,
  7,
  'a',
  '',
  true,
  false,
  ['a']
]

test('every pair loop means what its operator applies', () => {
  const operators = (Object.keys(OPERATORS) as OperatorName[]).filter(hasPairLoop)
  assert.equal(operators.length, 14)
  for (const operator of operators) {
    for (const a of VALUES) {
      for (const b of VALUES) {
        const expected = a === undefined || b === undefined ? undefined : OPERATORS[operator].apply([a, b])
        const actual = pairValue(operator, a, b)
        assert.ok(Object.is(actual, expected), `${operator}(${String(a)}, ${String(b)}): ${String(actual)} vs ${String(expected)}`)
      }
    }
  }
})

test('every unary loop means what its operator applies', () => {
  const operators = (Object.keys(OPERATORS) as OperatorName[]).filter(hasSingleLoop)
  assert.equal(operators.length, 7)
  for (const operator of operators) {
    for (const a of [...VALUES, 1.005, -1.5, 2.5, -0.4, 1e300, 19.99 * 50, 0.29 * 100]) {
      const expected = a === undefined ? undefined : OPERATORS[operator].apply([a])
      const actual = singleValue(operator, a)
      assert.ok(Object.is(actual, expected), `${operator}(${String(a)}): ${String(actual)} vs ${String(expected)}`)
    }
  }
})
