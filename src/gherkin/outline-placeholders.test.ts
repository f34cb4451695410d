import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from './parse'
import { emptyExampleCells, unknownPlaceholders } from './outline-placeholders'

const errorsOf = (lines: string[]) => {
  const parsed = parseFeature({ uri: 'features/tax.feature', data: `${lines.join('\n')}\n` })
  return unknownPlaceholders(parsed.uri, parsed.gherkinDocument).map((error) => ({
    at: `${error.line}:${error.column}`,
    message: error.message,
    hint: error.hint
  }))
}

test('a placeholder that names no column of its Examples is located where it is written, with the column it likely meant', () => {
  const errors = errorsOf([
    'Feature: Tax',
    '  Scenario Outline: tax on a price',
    '    Given a price of <price>',
    '    Then the tax is <taxx> for x < 5 and y > 3',
    '    And the lines are:',
    '      | <pirce> | <b>bold</b> |',
    '',
    '    Examples:',
    '      | price | tax |',
    '      | 100   | 20  |',
    '',
    '    Examples: more',
    '      | price | tax | rate |',
    '      | 10    | 2   | 5    |'
  ])
  assert.deepEqual(
    errors.map((error) => [error.at, error.hint]),
    [
      ['4:21', 'did you mean <tax>?'],
      ['6:9', 'did you mean <price>?']
    ]
  )
  assert.match(errors[0]!.message, /^<taxx> names no column of the Examples at line 8 \(its columns: price, tax\)/)
})

test('a placeholder one Examples table lacks is named; plain scenarios, doc strings and known columns are not', () => {
  const errors = errorsOf([
    'Feature: Rates',
    '  Scenario: a plain scenario keeps its text',
    '    Then the page shows <none>',
    '',
    '  Scenario Outline: a rate',
    '    Given the rate is <rate>',
    '    Then the output is:',
    '      """',
    '      <p><rate> and <duration-stat></p>',
    '      """',
    '',
    '    Examples:',
    '      | rate |',
    '      | 5    |',
    '',
    '    Examples:',
    '      | rates |',
    '      | 6     |'
  ])
  assert.deepEqual(
    errors.map((error) => [error.at, error.hint]),
    [['6:23', 'did you mean <rates>?']]
  )
})

test('an empty Examples cell whose placeholder a step holds unquoted is located; a quoted one is an empty text on purpose', () => {
  const parsed = parseFeature({
    uri: 'features/tax.feature',
    data: [
      'Feature: Tax',
      '  Scenario Outline: tax',
      '    Given a customer named "<name>"',
      '    And a price of <price>',
      '    Then the tax is <tax>',
      '',
      '    Examples:',
      '      | name | price | tax |',
      '      | Ana  | 100   | 20  |',
      '      |      | 10    |     |',
      ''
    ].join('\n')
  })
  const warnings = emptyExampleCells(parsed.uri, parsed.gherkinDocument)
  assert.deepEqual(
    warnings.map((warning) => [`${warning.line}:${warning.column}`, warning.message]),
    [['10:28', 'this Examples cell of "tax" is empty: "Then the tax is <tax>" reads "the tax is " for its row']]
  )
})
