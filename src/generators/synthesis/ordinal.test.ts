import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'
import { evaluateProgram } from './program'
import { labelOrder } from './ordinal'

test('labels in the order the description names them, or by the number each holds', () => {
  assert.deepEqual(labelOrder(['gold', 'bronze', 'silver'], 'Bronze is bronze, then silver, then gold.'), ['bronze', 'silver', 'gold'])
  assert.deepEqual(labelOrder(['3-star', '1-star', '2-star'], ''), ['1-star', '2-star', '3-star'])
  assert.equal(labelOrder(['red', 'blue', 'green'], 'Any colour.'), undefined)
})

test('a label moved up one place by a condition, never past the last: the band of one input plus the conditions', () => {
  const result = synthesise(
    tableOperation(
      'chooseBoot',
      [
        ['distance', 'number'],
        ['rocky', 'boolean']
      ],
      [['boot', 'string']],
      [
        [3, false, 'trainer'],
        [9, false, 'trainer'],
        [10, false, 'walking'],
        [19, false, 'walking'],
        [20, false, 'hiking'],
        [35, false, 'hiking'],
        [40, false, 'mountain'],
        [5, true, 'walking'],
        [12, true, 'hiking'],
        [25, true, 'mountain'],
        [50, true, 'mountain']
      ],
      'Under 10 km a trainer, under 20 a walking boot, under 40 a hiking boot and from 40 a mountain boot; rocky ground needs one boot up, ' +
        'and nothing goes past a mountain boot.'
    )
  )
  assert.equal(result.status, 'synthesised')
  const rule = result.ok ? result.outputs[0]!.program : undefined
  assert.deepEqual(rule && evaluateProgram(rule, { distance: 15, rocky: true }), { ok: true, value: 'hiking' })
  assert.deepEqual(rule && evaluateProgram(rule, { distance: 30, rocky: true }), { ok: true, value: 'mountain' })
  assert.deepEqual(rule && evaluateProgram(rule, { distance: 0, rocky: false }), { ok: true, value: 'trainer' })
})
