import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation, Value } from '../operation'
import { evaluateProgram, synthesise } from './index'

/** A one-input, one-output operation from its rows. */
function operation(input: string, output: string, rows: Array<[Value, Value]>, context = ''): Operation {
  const type = (value: Value) => typeof value as 'number' | 'string' | 'boolean'
  return {
    name: output,
    whenText: output,
    context,
    inputs: [{ name: input, type: type(rows[0]![0]) }],
    outputs: [{ name: output, type: type(rows[0]![1]) }],
    scenarios: [output],
    examples: rows.map(([given, expected], index) => ({
      inputs: { [input]: given },
      outputs: { [output]: expected },
      source: `features/${output}.feature:${10 + index}`
    }))
  }
}

const SHORT_SURNAMES: Array<[Value, Value]> = [
  ['Li', 'li'],
  ['Wei', 'wei'],
  ['Ross', 'ross'],
  ['Kim', 'kim']
]

test('a part of a rule only one example shows is a question: "the first 4 characters" from one long surname', () => {
  const result = synthesise(
    operation('surname', 'handle', [...SHORT_SURNAMES, ['Alexander', 'alex']], 'The handle is made from the surname.')
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'ambiguous')
  const question = result.outputs[0]!.question!
  const asked = question.inputs.surname as string
  assert.ok(asked.length > 4, `asks for a surname longer than the cut: ${asked}`)
  // The rule without the long row (the whole surname) and the written rule answer differently there.
  assert.deepEqual(
    question.answers.map((answer) => answer.value),
    [asked.slice(0, 4).toLowerCase(), asked.toLowerCase()]
  )
  assert.equal(evaluateProgram(result.outputs[0]!.program, { surname: 'Johnson' }).ok, true)
})

test('the same rule shown by two examples is decided', () => {
  const result = synthesise(
    operation('surname', 'handle', [...SHORT_SURNAMES, ['Alexander', 'alex'], ['Johnson', 'john']], 'The handle is made from the surname.')
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(evaluateProgram(result.outputs[0]!.program, { surname: 'Peterson' }), { ok: true, value: 'pete' })
})

test('a special case one example shows at its own input asks nothing: only that input is answered differently', () => {
  const result = synthesise(
    operation('count', 'headline', [
      [0, 'nothing left'],
      [1, '1 item'],
      [2, '2 items'],
      [5, '5 items'],
      [12, '12 items']
    ])
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(evaluateProgram(result.outputs[0]!.program, { count: 0 }), { ok: true, value: 'nothing left' })
})

test('a constant the words name is decided by the words, not by the one row that shows it', () => {
  const rows: Array<[Value, Value]> = [...SHORT_SURNAMES, ['Alexander', 'alex']]
  const result = synthesise(operation('surname', 'handle', rows, 'The handle is the first four letters of the surname.'))
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(evaluateProgram(result.outputs[0]!.program, { surname: 'Johnson' }), { ok: true, value: 'john' })
})
