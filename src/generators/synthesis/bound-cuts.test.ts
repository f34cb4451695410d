import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

// "At most 4 parcels" bounds the load after the next parcel: the rows refuse a rider who already
// carries 4. The number is a cut the rows place, never a single value to test for equality.
const courier = () =>
  tableOperation(
    'offerParcel',
    [
      ['bike', 'string', { categorical: true }],
      ['parcels', 'number']
    ],
    [['taken', 'string']],
    [
      ['works', 0, 'takes'],
      ['works', 3, 'takes'],
      ['works', 4, 'refuses'],
      ['flat tyre', 1, 'refuses'],
      ['works', 1, 'takes'],
      ['flat tyre', 0, 'refuses'],
      ['works', 2, 'takes'],
      ['flat tyre', 4, 'refuses'],
      ['flat tyre', 5, 'refuses']
    ],
    'A rider takes a parcel when the bike works. A rider may carry at most 4 parcels at a time.'
  )

test('a bound the words name is a cut where an example sits at it, never an equality with its number', () => {
  const result = synthesise(courier())
  assert.ok(result.ok, result.ok ? '' : result.message)
  // The cut, and sure of it: an equality with the bound (`parcels !== 4`) is no near rival.
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { bike: 'works', parcels: 5 }), 'refuses')
  assert.equal(answerOf(result, { bike: 'works', parcels: 6 }), 'refuses')
})
