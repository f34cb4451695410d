import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'

const ROWS: Array<[number, string, boolean]> = [
  [70, 'Tuesday', true],
  [30, 'Tuesday', false],
  [66, 'Tuesday', true],
  [64, 'Tuesday', false],
  [40, 'Friday', false],
  [20, 'Monday', false],
  [80, 'Tuesday', true],
  [12, 'Sunday', false]
]

const museum = (rows: ReadonlyArray<[number, string, boolean]>) =>
  synthesise(
    tableOperation(
      'checkEntry',
      [
        ['age', 'number'],
        ['day', 'string']
      ],
      [['free', 'boolean']],
      rows.map((row) => [...row]),
      'Visitors aged 65 or over get in free on a Tuesday. Everyone else pays.'
    )
  )

test('a rule that never reads an input the words name (the day, "on a Tuesday") is not confirmed: the row asked varies that input', () => {
  const result = museum(ROWS)
  assert.ok(result.ok)
  const free = result.outputs[0]!
  assert.equal(free.confident, false)
  assert.ok(free.question !== undefined)
  assert.notEqual(free.question.inputs['day'], 'Tuesday', 'the asked row varies the day')
})

test('with rows that vary the day, the rule reads it and is confident', () => {
  const result = museum([...ROWS, [70, 'Friday', false], [68, 'Monday', false]])
  assert.ok(result.ok)
  const free = result.outputs[0]!
  assert.equal(free.confident, true, free.question ? JSON.stringify(free.question) : '')
  assert.match(free.program ? JSON.stringify(free.program) : '', /Tuesday/)
})
