import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram } from '../synthesis'
import { acceptedModesGuard } from './implied'

test('a step of a lifecycle is refused outside the modes the examples show it accepted in', () => {
  const occurrences = [
    { inputs: { mode: 'placed' }, refused: true },
    { inputs: { mode: 'shipped' }, refused: false },
    { inputs: { mode: 'returned' }, refused: false }
  ]
  const guard = acceptedModesGuard({ op: 'mode', value: 'delivered' }, occurrences)
  assert.equal(guard && describeProgram(guard), "!(mode === 'returned' || mode === 'shipped')")
  // Beside a quantity too; never for a command that does not put the mode in one state.
  assert.ok(
    acceptedModesGuard({ op: 'both', first: { op: 'mode', value: 'x' }, second: { op: 'step', reg: 'count', sign: 1 } }, occurrences)
  )
  assert.equal(acceptedModesGuard({ op: 'add', reg: 'count', arg: 0, sign: 1 }, occurrences), undefined)
  assert.equal(acceptedModesGuard({ op: 'mode', value: 'x' }, [{ inputs: { mode: 'a' }, refused: true }]), undefined)
})
