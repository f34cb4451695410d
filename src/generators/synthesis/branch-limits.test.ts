import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'

test('a floor one case applies and another never reached is not confirmed: the row where it would bite is asked for', () => {
  const result = synthesise(
    tableOperation(
      'staffPool',
      [
        ['swimmers', 'number'],
        ['pools', 'number'],
        ['session', 'string']
      ],
      [['lifeguards', 'number']],
      [
        [25, 1, 'lanes', 1],
        [26, 1, 'lanes', 2],
        [75, 1, 'lanes', 3],
        [10, 3, 'lanes', 3],
        [80, 2, 'lanes', 4],
        [15, 1, 'waves', 1],
        [16, 1, 'waves', 2],
        [90, 2, 'waves', 6],
        [140, 4, 'lanes', 6]
      ],
      'One lifeguard for every 25 swimmers or part of 25; in a wave session one for every 15 or part of 15. Every ' +
        'open pool needs its own lifeguard, so never fewer lifeguards than pools.'
    )
  )
  const [output] = result.ok ? result.outputs : []
  assert.ok(output !== undefined)
  assert.equal(output.confident, false)
  // The question is a wave session with more pools than its swimmers need lifeguards for.
  const inputs = output.question?.inputs ?? {}
  assert.equal(inputs['session'], 'waves', JSON.stringify(output.question))
  const answers = (output.question?.answers ?? []).map((answer) => answer.value)
  assert.ok(answers.includes(inputs['pools']!), JSON.stringify(output.question))
})
