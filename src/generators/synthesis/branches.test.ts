import { test } from 'node:test'
import assert from 'node:assert/strict'
import { branchesOf } from './branches'
import { apply, evaluateProgram, type Program } from './program'

const staff: Program = { kind: 'input', name: 'staff', type: 'number' }
const floors: Program = { kind: 'input', name: 'floors', type: 'number' }
const constant = (value: number): Program => ({ kind: 'constant', value })

/** By risk: a normal risk rounds up a twentieth of the staff, never below the floors; a high one a tenth, below 50 staff 2. */
const MARSHALS: Program = {
  kind: 'match',
  input: 'risk',
  cases: [
    { value: 'normal', result: apply('ceil', apply('max', floors, apply('divide', staff, constant(20)))) },
    {
      value: 'high',
      result: {
        kind: 'conditional',
        condition: apply('less', staff, constant(50)),
        then: constant(2),
        otherwise: apply('ceil', apply('divide', staff, constant(10)))
      }
    }
  ]
}

const EXAMPLES = [
  { inputs: { risk: 'normal', staff: 100, floors: 3 } },
  { inputs: { risk: 'high', staff: 30, floors: 1 } },
  { inputs: { risk: 'high', staff: 120, floors: 2 } },
  { inputs: { risk: 'normal', staff: 20, floors: 4 } }
]

test('the branches of a rule: cases, the leaves of their decisions and through a rounding, with the rows that take each', () => {
  const branches = branchesOf(MARSHALS, EXAMPLES)
  assert.deepEqual(
    branches.map((branch) => ({ rows: branch.rows, guarded: branch.guard !== undefined })),
    [
      { rows: [0, 3], guarded: false },
      { rows: [1], guarded: true },
      { rows: [2], guarded: false }
    ]
  )
  assert.deepEqual(branches[0]!.answer, apply('max', floors, apply('divide', staff, constant(20))))
  assert.deepEqual(branches[2]!.answer, apply('divide', staff, constant(10)))
})

test('a branch put back with another answer leaves the rest of the rule as it was', () => {
  const high = branchesOf(MARSHALS, EXAMPLES)[2]!
  const floored = high.replaced(apply('max', high.answer, floors))
  const value = (program: Program, inputs: Record<string, string | number>) => evaluateProgram(program, inputs)
  assert.deepEqual(value(floored, { risk: 'high', staff: 60, floors: 9 }), { ok: true, value: 9 })
  assert.deepEqual(value(floored, { risk: 'high', staff: 40, floors: 9 }), { ok: true, value: 2 })
  assert.deepEqual(value(floored, { risk: 'normal', staff: 100, floors: 9 }), value(MARSHALS, { risk: 'normal', staff: 100, floors: 9 }))
})
