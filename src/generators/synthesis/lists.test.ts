import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  callsMedian,
  extremeEntry,
  isNumberList,
  isNumberListColumn,
  labelledSum,
  markCount,
  median,
  numberListProbes,
  numbersIn,
  sumLabelsOf
} from './lists'

test('a list of numbers in one cell is read as its numbers; other text is not one', () => {
  assert.deepEqual(numbersIn('32, 18, 25'), [32, 18, 25])
  assert.deepEqual(numbersIn('25'), [25])
  assert.deepEqual(numbersIn('1.5,-2'), [1.5, -2])
  for (const text of ['', '1,,2', '1;2', 'A1, B2', 'Line 12']) assert.equal(isNumberList(text), false, text)
})

test('the median is the middle value, or the mean of the two middle ones', () => {
  assert.equal(median([40, 12, 33, 27, 19]), 27)
  assert.equal(median([20, 20, 21, 90]), 20.5)
  assert.equal(median([]), undefined)
  assert.equal(callsMedian('median(times.split(...))'), true)
  assert.equal(callsMedian('listMedian(x)'), false)
})

test('probes are other lists: another order, one fewer, one more, an even count', () => {
  const probes = numberListProbes(['32, 18, 25', '5, 5, 50']).map((probe) => probe.value)
  assert.ok(probes.includes('25, 18, 32'))
  assert.ok(probes.includes('18, 25'))
  assert.ok(probes.some((probe) => probe.split(',').length === 4))
  assert.ok(!probes.includes('32, 18, 25'), 'never an example')
})

test('a list may mark an entry that is no number (a foul): its numbers skip it; a list of words is no list of numbers', () => {
  assert.deepEqual(numbersIn('X, 6.45, 6.40'), [6.45, 6.4])
  assert.deepEqual(numbersIn('X, X, X'), [])
  assert.equal(isNumberListColumn(['X, 6.45, 6.40', '7.02, X, X', '6.12, 6.30, 5.98']), true)
  // Words, or more kinds of mark than numbers: not a list of numbers.
  assert.equal(isNumberListColumn(['a, b', 'c, d']), false)
  assert.equal(isNumberListColumn(['X, 1, Y', 'Z, 2, 3']), false)
  assert.equal(isNumberListColumn(['X, X, 1', 'X, 2, X']), false)
})

test('the best entry of a list as written, marks skipped; none where every entry is a mark', () => {
  assert.equal(extremeEntry('6.99, 7.00, X', 'highest'), '7.00')
  assert.equal(extremeEntry('6.99, 7.00, X', 'lowest'), '6.99')
  assert.equal(extremeEntry('X, X, X', 'highest'), '')
  assert.equal(extremeEntry('beans 2', 'highest'), undefined)
})

test('probes keep the count every example has, and mark a number where the examples use a mark', () => {
  const fixed = numberListProbes(['32, 28, 41, 30, 29', '25, 25, 25, 25, 26', '40, 22, 35, 58, 37']).map((probe) => probe.value)
  assert.ok(fixed.length > 3)
  assert.ok(
    fixed.every((probe) => probe.split(',').length === 5),
    fixed.join(' | ')
  )
  const marked = numberListProbes(['6.12, 6.30, 5.98', 'X, 6.45, 6.40', '7.02, X, X']).map((probe) => probe.value)
  assert.ok(marked.includes('X, X, X'))
  assert.ok(marked.includes('X, 6.30, 5.98'))
})

test('the sum of the amounts a list labels with a word, its binary noise cleared', () => {
  assert.equal(labelledSum('beans 0.1, tomatoes 2.5, beans 0.2', 'beans'), 0.3)
  assert.equal(labelledSum('courgettes 5.5', 'beans'), 0)
  assert.equal(labelledSum('5.5 courgettes', 'courgettes'), undefined)
  assert.deepEqual(sumLabelsOf('totalBeans', ['beans 1, peas 2']), ['beans'])
  // An output named after no label of the list sums nothing.
  assert.deepEqual(sumLabelsOf('total', ['beans 1, peas 2']), [])
})

test('a list written with spaces only is a list of numbers with marks; a sentence or a size is not', () => {
  assert.equal(isNumberListColumn(['X 10 9 M 7 7', '10 10 9 8 8 7', 'M M 5 X 9 9']), true)
  assert.deepEqual(numbersIn('X 10 9 M 7'), [10, 9, 7])
  assert.equal(markCount('X 10 X M 7', 'X'), 2)
  assert.equal(markCount('X 10 X M 7', 'M'), 1)
  assert.equal(isNumberListColumn(['Lost 1.4 kg', 'Gained 2 kg']), false)
  assert.equal(isNumberListColumn(['2 x 3', '4 x 5']), false)
  const probes = numberListProbes(['X 10 9 M 7 7', '10 10 9 8 8 7', '9 9 9 9 8 M']).map((probe) => probe.value)
  assert.ok(probes.every((probe) => !probe.includes(',')))
  assert.ok(probes.includes('M M M M M M') && probes.includes('X X X X X X'))
})
