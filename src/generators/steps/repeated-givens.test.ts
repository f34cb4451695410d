import { test } from 'node:test'
import assert from 'node:assert/strict'
import vm from 'node:vm'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from './analyse'
import { planStepFiles } from './plan-files'

const analyse = (data: string) =>
  analyseSteps([parseFeature({ uri: 'features/a.feature', data }, { newId: IdGenerator.incrementing() })], [])

const TIPS = `Feature: Tips
  Scenario Outline: two waiters share the tips
    Given a waiter earned <first> in tips
    And a waiter earned <second> in tips
    When the tips are pooled
    Then the pool holds <total>
    Examples:
      | first | second | total |
      | 10    | 5      | 15    |
      | 7     | 7      | 14    |
      | 3     | 4      | 7     |
`

const signature = (data: string) =>
  analyse(data).operations.map((operation) => `${operation.name}(${operation.parameters.map((parameter) => parameter.name).join(', ')})`)

test("an example table's scenario that gives one Given step twice gives its operation one input per use, in order", () => {
  const [operation] = analyse(TIPS).operations
  assert.deepEqual(
    operation!.parameters.map((parameter) => parameter.name),
    ['first', 'second']
  )
  // A row whose two uses read the same text ("7") still gives each use its own column.
  assert.deepEqual(
    operation!.examples.map((example) => example.inputs),
    [
      { first: 10, second: 5 },
      { first: 7, second: 7 },
      { first: 3, second: 4 }
    ]
  )
  assert.deepEqual(operation!.examplesColumns?.inputs, { first: 'first', second: 'second' })
})

test('uses that no placeholder tells apart are numbered after the value: waiter, waiter2', () => {
  const data = `Feature: Tips
  Scenario: two waiters
    Given a waiter earned 10 in tips
    And a waiter earned 5 in tips
    When the tips are pooled
    Then the pool holds 15

  Scenario: two more
    Given a waiter earned 3 in tips
    And a waiter earned 4 in tips
    When the tips are pooled
    Then the pool holds 7
`
  assert.deepEqual(signature(data), ['poolTips(waiter, waiter2)'])
  assert.deepEqual(
    analyse(data).operations[0]!.examples.map((example) => example.inputs),
    [
      { waiter: 10, waiter2: 5 },
      { waiter: 3, waiter2: 4 }
    ]
  )
})

test('the generated Given stores each use of one scenario in its own field, in the order they come', () => {
  const file = planStepFiles({ analysis: analyse(TIPS), featureHashes: new Map(), version: '0' }).find((planned) =>
    planned.path.endsWith('a.steps.ts')
  )
  const content = file?.content ?? ''
  const start = content.indexOf('Given("a waiter earned {int} in tips"')
  const body = content.slice(content.indexOf('{\n', start) + 2, content.indexOf('\n})', start))
  // The body as it runs: one World per scenario, the step called once per use.
  const given = vm.runInNewContext(`(function (waiter) {\n${body}\n})`) as (this: Record<string, unknown>, waiter: number) => void
  const world: Record<string, unknown> = {}
  given.call(world, 10)
  given.call(world, 5)
  assert.deepEqual(world, { first: 10, second: 5 })
  assert.match(content, /poolTips\(requireInput\(this, "first"\), requireInput\(this, "second"\)\)/)
})

test("a story's repeated Given adds to its state: its step keeps one field and no use is numbered", () => {
  const data = `Feature: Shelf
  Scenario: lending one book
    Given a book "Dune" on the shelf
    And a book "Emma" on the shelf
    When I lend "Dune"
    And I lend "Emma"
    Then the shelf holds 0 books
`
  const analysis = analyse(data)
  const given = analysis.steps.find((step) => step.group.role === 'given')!
  assert.equal(given.occurrenceFields, undefined)
  assert.deepEqual(
    given.fields.map((field) => field.name),
    ['book']
  )
  assert.ok(analysis.operations.every((operation) => operation.stateful))
})
