import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describedLabelLimits } from './described-label-limits'
import { synthesise } from './index'
import { isTableProblem, tabulate } from './table'
import { answerOf, tableOperation } from './testing'

// Two limits per label, in two units the words name: which input each unit is, the rows say.
const CLASSES = [
  'A boat takes the first class whose limits it meets. A "dinghy" is under 5 metres long and carries',
  'at most 3 people, a "launch" is under 9 metres and carries at most 12 people, and a "cruiser" is',
  'under 15 metres and carries at most 40 people. Anything else is a "ship".'
].join(' ')

const boats = (context: string) =>
  tableOperation(
    'classifyBoat',
    [
      ['people', 'number'],
      ['length', 'number']
    ],
    [['kind', 'string']],
    [
      [2, 4.5, 'dinghy'],
      [4, 4.5, 'launch'],
      [3, 5, 'launch'],
      [12, 8.9, 'launch'],
      [13, 6, 'cruiser'],
      [10, 9, 'cruiser'],
      [40, 14, 'cruiser'],
      [41, 10, 'ship'],
      [20, 15, 'ship']
    ],
    context
  )

test('labels with several stated limits each are read as a decision list, the rows giving each unit its input', () => {
  const result = synthesise(boats(CLASSES))
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  // Inputs no row shows: each label's limits, at and beyond their edges.
  assert.equal(answerOf(result, { people: 1, length: 2 }), 'dinghy')
  assert.equal(answerOf(result, { people: 3, length: 4.99 }), 'dinghy')
  assert.equal(answerOf(result, { people: 7, length: 3 }), 'launch')
  assert.equal(answerOf(result, { people: 2, length: 12 }), 'cruiser')
  assert.equal(answerOf(result, { people: 30, length: 7 }), 'cruiser')
  assert.equal(answerOf(result, { people: 5, length: 40 }), 'ship')
  assert.equal(answerOf(result, { people: 100, length: 3 }), 'ship')
})

test('a unit without its word takes the one of the limit in that place of another clause; none where the words are unclear', () => {
  const table = tabulate(boats(CLASSES.replace('carries at most 12 people', 'at most 12')))
  assert.ok(!isTableProblem(table))
  const [derived] = describedLabelLimits(CLASSES.replace('carries at most 12 people', 'at most 12'), table)
  assert.ok(derived?.confident)
  // A label said twice, or a last label with limits of its own: no list is read.
  assert.deepEqual(describedLabelLimits(`${CLASSES} A "dinghy" is small.`, table), [])
  assert.deepEqual(describedLabelLimits(CLASSES.replace('Anything else is a "ship".', 'A "ship" is over 15 metres.'), table), [])
})
