import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'

// A camp's fee per person per night; the cabin's second row is 17.50 (1 person, 5 nights at 3.50), or a typo of 17.00.
const campFee = (cabinRow: number) =>
  synthesise(
    tableOperation(
      'chargeCamp',
      [
        ['pitch', 'string', { categorical: true }],
        ['people', 'number'],
        ['nights', 'number']
      ],
      [['fee', 'number']],
      [
        ['tent', 1, 1, 1.5],
        ['tent', 2, 3, 9],
        ['caravan', 1, 2, 4],
        ['caravan', 3, 1, 6],
        ['cabin', 2, 2, 14],
        ['cabin', 1, 5, cabinRow],
        ['lodge', 2, 1, 10],
        ['lodge', 4, 3, 60]
      ],
      'The camp charges per person per night: a tent 1.50, a caravan 2.00, a cabin 3.50 and a lodge 5.00.'
    )
  )

test('one category whose two rows take a form of their own, unlike every other, rests on those rows: asked about', () => {
  const typo = campFee(17)
  assert.ok(typo.ok)
  const output = typo.outputs[0]!
  assert.equal(output.confident, false, output.description)
  assert.equal(output.question?.inputs['pitch'], 'cabin')
  const right = campFee(17.5)
  assert.ok(right.ok)
  assert.equal(right.outputs[0]!.confident, true, right.outputs[0]!.description)
})
