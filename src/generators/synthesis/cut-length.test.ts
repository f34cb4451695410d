import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'
import { evaluateProgram } from './program'

test('a length every output is cut to, learnt from the rows where no words name it', () => {
  const result = synthesise(
    tableOperation(
      'printLockerLabel',
      [['owner', 'string']],
      [['label', 'string']],
      [
        ['Jo', 'jo'],
        ['Anders', 'anders'],
        ['Katarina', 'katari'],
        ['Li Wei', 'li wei'],
        ['Maximilian', 'maximi'],
        ['Ruth', 'ruth'],
        ['Hannelore', 'hannel']
      ]
    )
  )
  assert.equal(result.status, 'synthesised')
  const rule = result.ok ? result.outputs[0]!.program : undefined
  assert.deepEqual(rule && evaluateProgram(rule, { owner: 'Bartholomew' }), { ok: true, value: 'bartho' })
  assert.deepEqual(rule && evaluateProgram(rule, { owner: 'Al' }), { ok: true, value: 'al' })
})
