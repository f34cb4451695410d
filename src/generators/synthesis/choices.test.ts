import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation, Value } from '../operation'
import { OWN_SPECIFICATIONS } from './corpus-operations'
import { passesRow } from './generalisation'
import { renderOperation, synthesize } from './index'

/** A string-valued operation from rows: the inputs in order, then the output. */
function operation(name: string, inputs: Array<{ name: string; type: 'number' | 'string' }>, rows: Value[][]): Operation {
  return {
    name,
    whenText: `${name} is written`,
    inputs,
    outputs: [{ name: 'text', type: 'string' }],
    scenarios: [name],
    examples: rows.map((row, index) => ({
      inputs: Object.fromEntries(inputs.map((field, column) => [field.name, row[column]!])),
      outputs: { text: row[inputs.length]! },
      source: `features/${name}.feature:${10 + index}`
    }))
  }
}

const count = { name: 'count', type: 'number' } as const
const word = { name: 'word', type: 'string' } as const

test("specloop's own plural rule is a template with a choice, and its TypeScript reads as one", () => {
  const plural = OWN_SPECIFICATIONS.find((specification) => specification.operation.name === 'describeCount')!
  const result = synthesize(plural.operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.outputs[0]!.form, 'template')
  assert.equal(result.size, 13)
  const code = renderOperation(plural.operation, result)
  assert.match(code, /^export function describeCount\(count: number, word: string\): string \{\n {2}return `\$\{count\} \$\{word\}\$\{count === 1 \? '' : 's'\}`\n\}$/m)
})

test('writing nothing needs no evidence: the singular seen once is still a rule', () => {
  const result = synthesize(operation('countDays', [count], [[0, '0 days'], [1, '1 day'], [2, '2 days'], [9, '9 days']]))
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.outputs[0]!.description, "`${count} day${count === 1 ? '' : 's'}`")
  assert.ok(passesRow(result, { inputs: { count: 40 }, outputs: { text: '40 days' } }))
})

test('a text a choice would write on one row only is that row memorised: no rule', () => {
  const result = synthesize(operation('countDays', [count], [[0, 'no days'], [1, '1 day'], [2, '2 days'], [9, '9 days'], [14, '14 days']]))
  assert.equal(result.ok, false, result.ok ? result.outputs[0]!.description : '')
  assert.ok(!result.ok)
  assert.equal(result.reason, 'no-rule')
})

test('an exception at a number other than nothing or one is a table keyed on numbers: no rule', () => {
  const rows: Value[][] = [
    [2, 'cat', '2 cats'],
    [3, 'cat', '3 cats!'],
    [3, 'dog', '3 dogs!'],
    [4, 'dog', '4 dogs'],
    [6, 'cat', '6 cats'],
    [7, 'dog', '7 dogs']
  ]
  const result = synthesize(operation('exclaim', [count, word], rows))
  assert.equal(result.ok, false, result.ok ? result.outputs[0]!.description : '')
})

test('the examples decide between conditions: a threshold where a choice is not at one', () => {
  const rows: Value[][] = [0, 1, 2, 3, 5, 8].map((visits) => [visits, visits >= 3 ? `${visits} visits, a regular` : `${visits} visits`])
  const result = synthesize(operation('describeVisits', [{ name: 'visits', type: 'number' }], rows))
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.outputs[0]!.description, "`${visits} visits${visits > 2 ? ', a regular' : ''}`")
  assert.ok(passesRow(result, { inputs: { visits: 100 }, outputs: { text: '100 visits, a regular' } }))
})

test('words with no shared shape keep having no rule, choices or not', () => {
  const words = ['apple', 'river', 'stone', 'cloud', 'maple', 'ember', 'quartz', 'amber']
  const rows: Value[][] = words.map((text, index) => [index % 3, ['x', 'y'][index % 2]!, text])
  const result = synthesize(operation('pickWord', [count, word], rows))
  assert.equal(result.ok, false, result.ok ? result.outputs[0]!.description : '')
})
