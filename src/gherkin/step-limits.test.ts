import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from './parse'
import { MAX_STEP_TEXT_LENGTH, MAX_STEP_VALUES, stepLimitErrors } from './step-limits'

const feature = (steps: string) => parseFeature({ uri: 'features/a.feature', data: `Feature: a\n  Scenario: s\n${steps}` })

test('a step with a thousand quoted strings is refused at its location, quickly', () => {
  const started = Date.now()
  const errors = stepLimitErrors(feature(`    Given a fine step\n    When I say ${'"a" '.repeat(1000)}\n`))
  assert.deepEqual(
    errors.map(({ code, file, line, column }) => ({ code, file, line, column })),
    [{ code: 'STEP_TOO_MANY_VALUES', file: 'features/a.feature', line: 4, column: 5 }]
  )
  assert.match(errors[0].message, /too many values: 1,000 quoted strings, numbers, booleans or placeholders, at most 100/)
  assert.ok(Date.now() - started < 1000)
})

test('a step text longer than the limit is refused; one at the limit is not', () => {
  const long = stepLimitErrors(feature(`    Given ${'word '.repeat(MAX_STEP_TEXT_LENGTH / 5)}x\n`))
  assert.deepEqual(
    long.map((error) => [error.code, error.line]),
    [['STEP_TOO_LONG', 3]]
  )
  assert.deepEqual(stepLimitErrors(feature(`    Given ${'w'.repeat(MAX_STEP_TEXT_LENGTH)}\n`)), [])
  assert.deepEqual(stepLimitErrors(feature(`    Given ${'1 '.repeat(MAX_STEP_VALUES)}\n`)), [])
})

test("an outline's step is checked with its rows filled in, and reported once", () => {
  const many = Array.from({ length: MAX_STEP_VALUES + 1 }, (_, index) => index).join(' ')
  const errors = stepLimitErrors(
    parseFeature({
      uri: 'b.feature',
      data: `Feature: b\n  Scenario Outline: o\n    Given the values <values>\n\n    Examples:\n      | values |\n      | ${many} |\n      | ${many} |\n`
    })
  )
  assert.deepEqual(
    errors.map((error) => [error.code, error.line, error.column]),
    [['STEP_TOO_MANY_VALUES', 3, 5]]
  )
})
