import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './search'
import { describeProgram } from './program'
import { answerOf, tableOperation } from './testing'

test('a choice between two phrases starts where a word starts, not inside the letters they share', () => {
  // "the wind" is what both messages begin with: a choice cut there ('ows stay shut' or ' turbine ...') restates no rule.
  const operation = tableOperation(
    'message',
    [
      ['raining', 'boolean'],
      ['gusts', 'number']
    ],
    [['message', 'string']],
    [
      [true, 10, 'the windows stay shut'],
      [false, 10, 'the wind turbine spins'],
      [true, 30, 'the windows stay shut'],
      [false, 30, 'the wind turbine spins'],
      [true, 50, 'the windows stay shut'],
      [false, 50, 'the wind turbine spins']
    ]
  )
  const result = synthesise(operation)
  assert.ok(result.ok)
  assert.equal(answerOf(result, { raining: true, gusts: 70 }), 'the windows stay shut')
  const text = describeProgram(result.outputs[0]!.program)
  assert.doesNotMatch(text, /'ows|'the wind'|`the wind\$/, text)
})
