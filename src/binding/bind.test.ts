import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from '../gherkin'
import { bindSteps, StepDefinitionInfo } from './bind'

const definition = (id: string, pattern: RegExp, line: number): StepDefinitionInfo => ({
  id,
  pattern: pattern.toString(),
  patternKind: 'regular-expression',
  keyword: 'Unknown',
  uri: 'steps/x.ts',
  line,
  matches: (text) => pattern.test(text)
})

const feature = parseFeature({
  uri: 'features/a.feature',
  data: `Feature: A
  Background:
    Given a shared start
  Scenario Outline: o
    When I pick <n>
    Then it is done
    Examples:
      | n |
      | 1 |
      | 2 |
  Scenario: plain
    When I pick 3
    Then nothing is known
`
})

test('undefined steps are grouped by text and keep each place of use once', () => {
  const binding = bindSteps([feature], [definition('pick', /^I pick \d$/, 1), definition('done', /^it is done$/, 2)])
  assert.deepEqual(
    binding.undefinedSteps.map((step) => [step.text, step.uses.map((use) => `${use.line}:${use.column}`)]),
    [
      ['a shared start', ['3:5']],
      ['nothing is known', ['13:5']]
    ]
  )
})

test('a step matched by two definitions is ambiguous and names both', () => {
  const binding = bindSteps([feature], [definition('a', /^I pick/, 4), definition('b', /\d$/, 9)])
  const ambiguous = binding.ambiguousSteps.map((step) => [step.text, step.definitions.map((d) => d.line)])
  assert.deepEqual(ambiguous, [
    ['I pick 1', [4, 9]],
    ['I pick 2', [4, 9]],
    ['I pick 3', [4, 9]]
  ])
})

test('definitions no step uses are unused; matching runs once per distinct text', () => {
  let calls = 0
  const counting: StepDefinitionInfo = { ...definition('c', /^it is done$/, 7), matches: (text) => (calls++, text === 'it is done') }
  const binding = bindSteps([feature], [counting, definition('never', /^never$/, 8)])
  assert.deepEqual(
    binding.unusedDefinitions.map((d) => d.line),
    [8]
  )
  const distinctTexts = new Set(feature.pickles.flatMap((pickle) => pickle.steps.map((step) => step.text))).size
  assert.equal(calls, distinctTexts)
})
