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

test('a FEATURE:LINE names the pickles a reader means', () => {
  const { gherkinDocument, pickles } = parseFeature({ uri: 'features/mixed.feature', data: FEATURE })
  const names = (line: number) => picklesAtLine(gherkinDocument!, pickles, line).map((id) => pickles.find((pickle) => pickle.id === id)!.name)
  assert.deepEqual(names(5), ['plain'])
  assert.deepEqual(names(6), ['plain'])
  // The outline's tag, title, steps and Examples header: every example; a row: that example.
  for (const line of [8, 9, 10, 11, 13, 14]) assert.deepEqual(names(line), ['outline 1', 'outline 2'], `line ${line}`)
  assert.deepEqual(names(15), ['outline 1'])
  assert.deepEqual(names(16), ['outline 2'])
  assert.deepEqual(names(19), ['in the rule'])
  // The feature's header, its Background, a Rule's header: no scenario.
  for (const line of [1, 2, 3, 18]) assert.deepEqual(names(line), [], `line ${line}`)
})
