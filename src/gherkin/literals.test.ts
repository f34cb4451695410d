import { test } from 'node:test'
import assert from 'node:assert/strict'
import { splitLiterals, shapeOf } from './literals'

const kinds = (text: string) =>
  splitLiterals(text).map((segment) => (segment.kind === 'text' ? segment.text : `${segment.kind}:${segment.text}`))

test('numbers, strings, booleans and placeholders are literals; words around them are text', () => {
  assert.deepEqual(kinds('a parcel weighing 0.5 kg'), ['a parcel weighing ', 'float:0.5', ' kg'])
  assert.deepEqual(kinds('the numbers -4 and 9'), ['the numbers ', 'int:-4', ' and ', 'int:9'])
  assert.deepEqual(kinds('a "gold" customer buying goods worth <amount>'), [
    'a ',
    'string:"gold"',
    ' customer buying goods worth ',
    'placeholder:<amount>'
  ])
  assert.deepEqual(kinds("the answer is true, isn't it"), ['the answer is ', 'boolean:true', ", isn't it"])
})

test('yes, no, true and false are values only standing alone, not inside a phrase', () => {
  assert.deepEqual(kinds('a member "Sam" with no loans'), ['a member ', 'string:"Sam"', ' with no loans'])
  assert.deepEqual(kinds('the offer is no longer valid'), ['the offer is no longer valid'])
  assert.deepEqual(kinds('the answer is no'), ['the answer is ', 'boolean:no'])
  assert.deepEqual(kinds('premium is yes for "Ann"'), ['premium is ', 'boolean:yes', ' for ', 'string:"Ann"'])
  assert.deepEqual(kinds('true and false'), ['boolean:true', ' and ', 'boolean:false'])
})

test('digits inside words are not numbers', () => {
  assert.deepEqual(kinds('version v2 on the 3rd day'), ['version v2 on the 3rd day'])
  assert.deepEqual(kinds('ip 1.2.3'), ['ip 1.2.3'])
})

test('steps differing only in values have the same shape', () => {
  assert.equal(shapeOf(splitLiterals('the numbers 1, 2 and 3')), shapeOf(splitLiterals('the numbers <a>, <b> and <c>')))
  assert.notEqual(shapeOf(splitLiterals('the sum is 3')), shapeOf(splitLiterals('the total is 3')))
})

test('joining the segments gives back the text', () => {
  for (const text of ['a "b" c 1.5 d <e> yes', "it's 'x' and no", '-1 -2.5 <a><b>', 'with no loans and 2 yes votes']) {
    assert.equal(
      splitLiterals(text)
        .map((segment) => segment.text)
        .join(''),
      text
    )
  }
})
