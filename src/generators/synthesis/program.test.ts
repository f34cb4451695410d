import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram } from './describe'
import { rounderOf, significantDigits, simplestDecimal, thresholdBetween } from './numbers'
import { binary, conditional, constant, evaluateProgram, input, programSize, unary, type Program } from './program'

const year = input('year', 'number')
const leap: Program = conditional(
  binary('divisibleBy', year, constant(100)),
  binary('divisibleBy', year, constant(400)),
  binary('divisibleBy', year, constant(4))
)

test('a program evaluates on one row of inputs', () => {
  assert.deepEqual(evaluateProgram(leap, { year: 2000 }), { ok: true, value: true })
  assert.deepEqual(evaluateProgram(leap, { year: 1900 }), { ok: true, value: false })
  assert.deepEqual(evaluateProgram(leap, { year: 2024 }), { ok: true, value: true })
  const name = input('email', 'string')
  assert.deepEqual(evaluateProgram(binary('after', name, constant('@')), { email: 'ada@example.com' }), { ok: true, value: 'example.com' })
  assert.deepEqual(evaluateProgram(binary('before', name, constant('@')), { email: 'ada@example.com' }), { ok: true, value: 'ada' })
  assert.deepEqual(evaluateProgram(binary('after', name, constant('@')), { email: 'nobody' }), { ok: true, value: '' })
  assert.deepEqual(evaluateProgram(unary('first', unary('upper', name)), { email: 'ada' }), { ok: true, value: 'A' })
})

test('undefined operations and unknown categories are failures, not exceptions', () => {
  const ratio = binary('divide', input('a', 'number'), input('b', 'number'))
  assert.equal(evaluateProgram(ratio, { a: 1, b: 0 }).ok, false)
  assert.equal(evaluateProgram(ratio, { a: 1 }).ok, false)
  const rate: Program = { kind: 'lookup', input: 'tier', role: 'factor', entries: [['gold', 0.9], ['silver', 0.95]] }
  assert.deepEqual(evaluateProgram(rate, { tier: 'gold' }), { ok: true, value: 0.9 })
  const unknown = evaluateProgram(rate, { tier: 'platinum' })
  assert.equal(unknown.ok, false)
  assert.match(unknown.ok ? '' : unknown.message, /no rule for tier "platinum"/)
})

test('size counts nodes; a lookup table counts its entries', () => {
  assert.equal(programSize(leap), 10)
  assert.equal(programSize({ kind: 'lookup', input: 'tier', role: 'value', entries: [['a', 1], ['b', 2], ['c', 3]] }), 4)
  assert.equal(programSize({ kind: 'match', input: 'tier', cases: [{ value: 'a', result: constant(1) }, { value: 'b', result: year }] }), 5)
})

test('programs read as one line, with only the parentheses they need', () => {
  assert.equal(describeProgram(leap), 'year % 100 === 0 ? year % 400 === 0 : year % 4 === 0')
  const weight = input('weight', 'number')
  assert.equal(describeProgram(binary('max', binary('add', binary('multiply', weight, constant(2)), constant(3)), constant(5))), 'max(weight * 2 + 3, 5)')
  assert.equal(describeProgram(binary('multiply', binary('add', weight, constant(1)), constant(2))), '(weight + 1) * 2')
  assert.equal(describeProgram(binary('subtract', weight, binary('subtract', weight, constant(1)))), 'weight - (weight - 1)')
  assert.equal(describeProgram(unary('not', binary('divisibleBy', year, constant(100)))), 'year % 100 !== 0')
  const first = input('first', 'string')
  assert.equal(describeProgram(binary('concat', binary('concat', first, constant(' ')), input('last', 'string'))), '`${first} ${last}`')
})

test('learnt constants use as few digits as the examples allow', () => {
  assert.equal(simplestDecimal(1.7999999999999998, (value) => Math.abs(value * 37 + 32 - 98.6) < 1e-9), 1.8)
  assert.equal(simplestDecimal(0.95, (value) => value === 0.95), 0.95)
  assert.equal(simplestDecimal(Number.NaN, () => true), undefined)
  assert.equal(simplestDecimal(3, () => false), undefined)
})

test('thresholds prefer the rounder of two neighbouring values', () => {
  assert.equal(significantDigits(90), 1)
  assert.equal(significantDigits(89), 2)
  assert.equal(significantDigits(1.25), 3)
  assert.equal(rounderOf(89, 90), 90)
  assert.equal(rounderOf(1, 2), 1)
  assert.equal(rounderOf(0.5, 1), 1)
  assert.equal(rounderOf(100, 250), 100)
  assert.equal(rounderOf(5, 10), 10)
  // A round number inside the gap, rounder than both neighbours, is where a person puts the band's edge.
  assert.equal(thresholdBetween(85, 91), 90)
  assert.equal(thresholdBetween(12, 37), 20)
  assert.equal(thresholdBetween(89, 90), 90)
  assert.equal(thresholdBetween(50, 81), 50)
  assert.equal(thresholdBetween(100, 250), 100)
  assert.equal(thresholdBetween(1, 2), 1)
  assert.equal(thresholdBetween(0.5, 1), 1)
})
