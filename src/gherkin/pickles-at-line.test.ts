import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from './parse'
import { picklesAtLine } from './pickles-at-line'

const FEATURE = `Feature: mixed
  Background:
    Given a background

  Scenario: plain
    Given a step

  @tagged
  Scenario Outline: outline <n>
    When I double <n>
    Then I get <r>

    Examples:
      | n | r |
      | 1 | 2 |
      | 2 | 4 |

  Rule: a rule
    Scenario: in the rule
      Given a step
`

test('a FEATURE:LINE names the pickles cucumber-js runs for it', () => {
  const { gherkinDocument, pickles } = parseFeature({ uri: 'features/mixed.feature', data: FEATURE })
  const names = (line: number) =>
    picklesAtLine(gherkinDocument!, pickles, line).map((id) => pickles.find((pickle) => pickle.id === id)!.name)
  assert.deepEqual(names(5), ['plain'])
  // The outline's keyword line: every example; a row: that example.
  assert.deepEqual(names(9), ['outline 1', 'outline 2'])
  assert.deepEqual(names(15), ['outline 1'])
  assert.deepEqual(names(16), ['outline 2'])
  assert.deepEqual(names(19), ['in the rule'])
  // Steps, tags, an Examples header, a blank line, the feature's header, a Background, a Rule's header: none.
  for (const line of [1, 2, 3, 4, 6, 8, 10, 11, 12, 13, 14, 17, 18, 20]) assert.deepEqual(names(line), [], `line ${line}`)
})
