import { test } from 'node:test'
import assert from 'node:assert/strict'
import { OPERATORS, maskPattern, unitLabelsIn, unitsText } from './operators'

test('an amount in two units: both parts, or a zero part left out as durations are spoken', () => {
  assert.equal(unitsText(120, 16, ' lb', ' oz', false), '7 lb 8 oz')
  assert.equal(unitsText(128, 16, ' lb', ' oz', false), '8 lb 0 oz')
  assert.equal(unitsText(85, 60, ' h', ' min', true), '1 h 25 min')
  assert.equal(unitsText(60, 60, ' h', ' min', true), '1 h')
  assert.equal(unitsText(35, 60, ' h', ' min', true), '35 min')
  assert.equal(unitsText(0, 60, ' h', ' min', true), '0 min')
  // Not an amount of the small unit: no answer.
  assert.equal(unitsText(7.5, 16, ' lb', ' oz', false), undefined)
  assert.equal(unitsText(-5, 60, ' h', ' min', true), undefined)
  // An amount of the big unit is rounded to the nearest small one: 3400 g is 119.93 oz.
  assert.equal(OPERATORS.bigUnitsText.apply([3400 / 453.59237, 16, ' lb', ' oz']), '7 lb 8 oz')
})

test('unit labels are read off outputs that write two numbers with two words; other outputs name none', () => {
  assert.deepEqual(unitLabelsIn(['7 lb 8 oz', '8 lb 0 oz']), [[' lb', ' oz']])
  assert.deepEqual(unitLabelsIn(['1h 25m', '2h']), [['h', 'm']])
  // Minutes written with two digits (`1h 05m`) are another format: no pair is offered.
  for (const outputs of [['35 min', '1 h'], ['Page 2 of 5'], ['2.5 kg 3 g'], ['Hi Ana, 2 items are ready'], ['1h 05m', '2h 30m']])
    assert.deepEqual(unitLabelsIn(outputs), [], outputs.join())
})

test('a mask of each word keeps each word its first letters; the mask of all characters runs over the spaces', () => {
  const words = new RegExp(maskPattern('words', 1, 0), 'gu')
  assert.equal('Sam K Wood'.replace(words, '*'), 'S** K W***')
  assert.equal('Maria Gonzalez'.replace(new RegExp(maskPattern('characters', 1, 0), 'gu'), '*'), 'M*************')
})

test('the letters a code starts with: none where it starts with a digit', () => {
  assert.equal(OPERATORS.leadingLetters.apply(['CV1 5FB']), 'CV')
  assert.equal(OPERATORS.leadingLetters.apply(['12 High Street']), '')
})
