import { test } from 'node:test'
import assert from 'node:assert/strict'
import { keyNumber, numberKey, simplestDecimal } from './numbers'
import { type SynthValue, sameKey, valueHash, valueKey } from './values'

/** Numbers of every kind the bank computes: whole, fractional, floating-point noise, large, tiny. */
function sampleNumbers(): number[] {
  let seed = 12345
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
  const numbers = [
    0,
    -0,
    1,
    -1,
    0.1 + 0.2,
    98.60000000000001,
    1.7999999999999998,
    Number('999999.9999999996'),
    1e6 + 0.5,
    1234567.123456789,
    -7654321.5,
    1e12 + 0.3,
    5e-7,
    4.9999999999e-7,
    1e21,
    2 ** 53 + 2
  ]
  for (let index = 0; index < 20000; index++) {
    const scale = 10 ** Math.floor(random() * 16 - 6)
    const value = (random() - 0.5) * scale
    numbers.push(value, Math.round(value), Math.round(value) + 1e-11 * value, (value * 3) / 3, Math.round(value * 100) / 100)
  }
  return numbers
}

test('keyNumber is the number numberKey writes', () => {
  for (const value of sampleNumbers()) assert.equal(keyNumber(value), Number(numberKey(value)) + 0, `${value}`)
})

test('sameKey and valueHash agree with valueKey', () => {
  const numbers = sampleNumbers()
  const values: SynthValue[] = [...numbers.slice(0, 2000), 'a', 'T', '1', '', true, false, ['a', 'b'], ['a b'], []]
  for (let index = 0; index + 1 < numbers.length; index++) {
    const [a, b] = [numbers[index]!, numbers[index + 1]! * (index % 3 === 0 ? 1 + 1e-13 : 1)]
    assert.equal(sameKey(a, b), valueKey(a) === valueKey(b), `${a} ${b}`)
    if (valueKey(a) === valueKey(b)) assert.equal(valueHash(a), valueHash(b))
  }
  for (const a of values) {
    for (const b of values.slice(0, 50).concat(values.slice(-9))) {
      assert.equal(sameKey(a, b), valueKey(a) === valueKey(b), `${String(a)} ${String(b)}`)
      if (valueKey(a) === valueKey(b)) assert.equal(valueHash(a), valueHash(b))
    }
    assert.equal(sameKey(a, undefined), false)
  }
  assert.equal(sameKey(0.1 + 0.2, 0.3), true)
  assert.equal(valueHash(0.1 + 0.2), valueHash(0.3))
})

test('simplestDecimal stops once the value is written exactly, with the answer of trying every digit count', () => {
  const tryingAll = (value: number, fits: (candidate: number) => boolean): number | undefined => {
    for (let digits = 1; digits <= 15; digits++) {
      const candidate = Number(value.toPrecision(digits))
      if (fits(candidate)) return Object.is(candidate, -0) ? 0 : candidate
    }
    return undefined
  }
  for (const value of sampleNumbers().slice(0, 5000)) {
    for (const fits of [
      () => false,
      (candidate: number) => candidate === value,
      (candidate: number) => Math.abs(candidate - value) < 1e-3 * Math.abs(value)
    ]) {
      assert.ok(Object.is(simplestDecimal(value, fits), tryingAll(value, fits)), `${value}`)
    }
  }
})

test('sameKey tells texts, truth values and lists of words apart as their keys do, without writing the keys', () => {
  const values: SynthValue[] = [
    'a',
    'a b',
    '"a"',
    'T',
    'true',
    '5',
    '',
    true,
    false,
    5,
    0,
    ['a'],
    ['a', 'b'],
    ['a b'],
    ['a', 'b'],
    [],
    ['']
  ]
  for (const a of values)
    for (const b of values) {
      // Copies are other objects with the same contents: equal keys all the same.
      const copy = Array.isArray(b) ? [...(b as string[])] : b
      assert.equal(sameKey(a, copy), valueKey(a) === valueKey(copy), `${JSON.stringify(a)} ${JSON.stringify(copy)}`)
    }
})

test('simplestDecimal answers each call by its own test, whatever an earlier call on the same value was told', () => {
  const tried: number[] = []
  assert.equal(
    simplestDecimal(1.2345, () => false),
    undefined
  )
  assert.equal(
    simplestDecimal(1.2345, (candidate) => (tried.push(candidate), candidate === 1.23)),
    1.23
  )
  assert.deepEqual(tried, [1, 1.2, 1.23])
  assert.equal(
    simplestDecimal(-0.00001, (candidate) => candidate < 0),
    -0.00001
  )
})
