import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from './parse'
import { keywordTypos, meantKeyword } from './keyword-typos'

test('a line that reads as a misspelt keyword, or one without its colon, is named; prose is not', () => {
  assert.equal(meantKeyword('Scenaro going up one floor'), 'Scenario')
  assert.equal(meantKeyword('Scneario: going up'), 'Scenario')
  assert.equal(meantKeyword('Scenario going up'), 'Scenario')
  assert.equal(meantKeyword('Scenario Outlin: floors'), 'Scenario Outline')
  assert.equal(meantKeyword('Exmples:'), 'Examples')
  assert.equal(meantKeyword('Example usage: press the button'), undefined)
  assert.equal(meantKeyword('Scenarios that tell a short story are written below'), undefined)
  assert.equal(meantKeyword('Features of the lift are listed here'), undefined)
  assert.equal(meantKeyword('The lift goes up one floor'), undefined)
  assert.equal(meantKeyword('Background, Rules, Scenario Outlines and Examples are written below'), undefined)
  assert.equal(meantKeyword('Background allows you to add some context'), undefined)
  assert.equal(meantKeyword('scenario planning is hard'), undefined)
})

test('each such line of a description is located; the scenario it was meant to start is the one missing', () => {
  const source = [
    'Feature: Lift',
    '  The lift moves between floors.',
    '',
    '  Scenario: going down',
    '    Given the lift is at floor 2',
    '',
    '  Scenario: staying',
    '    Scenaro going up one floor',
    '    Given the lift is at floor 1'
  ].join('\n')
  const uri = 'features/lift.feature'
  const warnings = keywordTypos(uri, parseFeature({ uri, data: source }).gherkinDocument, source)
  assert.deepEqual(
    warnings.map((warning) => [warning.line, warning.column, warning.message]),
    [[8, 5, `this description line reads like 'Scenario:' ("Scenaro going"): Gherkin takes it as prose, not a keyword`]]
  )
})
