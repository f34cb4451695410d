import { test } from 'node:test'
import assert from 'node:assert/strict'
import { callsMedian, isNumberList, median, numberListProbes, numbersIn } from './lists'

test('a list of numbers in one cell is read as its numbers; other text is not one', () => {
  assert.deepEqual(numbersIn('32, 18, 25'), [32, 18, 25])
  assert.deepEqual(numbersIn('25'), [25])
  assert.deepEqual(numbersIn('1.5,-2'), [1.5, -2])
  for (const text of ['', 'a, b', '1,,2', '1 2', '1;2']) assert.equal(isNumberList(text), false, text)
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
