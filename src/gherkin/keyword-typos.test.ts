import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from './parse'
import { keywordTypos, meantKeyword } from './keyword-typos'

test('a line that reads as a misspelt keyword, or one without its colon, is named; prose is not', () => {
  const meant: [string, string | undefined][] = [
    ['Scenaro going up one floor', 'Scenario'],
    ['Scneario: going up', 'Scenario'],
    ['Scenario going up', 'Scenario'],
    ['Scenario Outlin: floors', 'Scenario Outline'],
    ['Exmples:', 'Examples'],
    ['Example usage: press the button', undefined],
    ['Scenarios that tell a short story are written below', undefined],
    ['Features of the lift are listed here', undefined],
    ['The lift goes up one floor', undefined],
    ['Background, Rules, Scenario Outlines and Examples are written below', undefined],
    ['Background allows you to add some context', undefined],
    ['scenario planning is hard', undefined]
  ]
  assert.deepEqual(
    meant.map(([line]) => [line, meantKeyword(line)]),
    meant
  )
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

test('a scenario whose first step has a mistyped keyword is named at that line, and a scenario with no step at all is named too', () => {
  const source = [
    'Feature: Lift',
    '',
    '  Scenario: going down',
    '    Giiven the lift is at floor 2',
    '    When it is called to floor 0',
    '    Then it is at floor 0',
    '',
    '  Scenario: nothing written yet',
    '',
    '  Scenario: waiting',
    '    The lift waits with its doors open.',
    '    Given the lift is at floor 1',
    '    Then it is at floor 1'
  ].join('\n')
  const uri = 'features/lift.feature'
  const warnings = keywordTypos(uri, parseFeature({ uri, data: source }).gherkinDocument, source)
  assert.deepEqual(
    warnings.map((warning) => [warning.code, warning.line, warning.column]),
    [
      ['KEYWORD_TYPO', 4, 5],
      ['SCENARIO_EMPTY', 8, 3]
    ]
  )
  assert.match(warnings[0]!.message, /reads like 'Given'/)
})

test('a scenario whose every line is a step with a mistyped keyword has no steps: a problem at each such line, not a warning', () => {
  const source = [
    'Feature: Lift',
    '',
    '  Scenario: going up',
    '    Gven the lift is at floor 0',
    '    Whne it is called to floor 3',
    '    Thne it is at floor 3',
    '',
    '  Scenario: staying',
    '    Giiven the lift is at floor 1',
    '    Then it is at floor 1'
  ].join('\n')
  const uri = 'features/lift.feature'
  const found = keywordTypos(uri, parseFeature({ uri, data: source }).gherkinDocument, source)
  assert.deepEqual(
    found.map((typo) => [typo.code, typo.line]),
    [
      ['STEPS_MISTYPED', 4],
      ['STEPS_MISTYPED', 5],
      ['STEPS_MISTYPED', 6],
      ['KEYWORD_TYPO', 9]
    ]
  )
  assert.match(found[0]!.message, /reads like 'Given' \("Gven the"\).*so this scenario has no steps/)
})
