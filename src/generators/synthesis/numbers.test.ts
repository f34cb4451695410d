import { test } from 'node:test'
import assert from 'node:assert/strict'
import { runInNewContext } from 'node:vm'
import { evaluateProgram } from './index'
import { asDecimal, roundHalfUp, thresholdBetween } from './numbers'
import { OPERATORS } from './operators'
import { apply, constant, input } from './program'

test('asDecimal reads a calculation as the decimal it stands for and keeps every number as written', () => {
  assert.equal(19.99 * 50, 999.4999999999999)
  assert.equal(asDecimal(19.99 * 50), 999.5)
  assert.equal(asDecimal((100 * 1.1) / 4), 27.5)
  assert.equal(asDecimal(0.29 * 100), 29)
  for (const written of [0.1, 19.99, 2.5, -3.75, 1234567890123, 0.000123, 33.333333])
    assert.equal(asDecimal(written), written, String(written))
  assert.equal(roundHalfUp((19.99 * 50) / 100, 2), 10)
  assert.equal(roundHalfUp(0.45, 1), 0.5)
})

test('asDecimal keeps whole numbers as they are, as writing them out would (-0 as 0)', () => {
  for (const value of [0, -0, 1, -7, 12345678901234, -99999999999999, 2 ** 40])
    assert.ok(Object.is(asDecimal(value), Number(value.toPrecision(14))), `${value}`)
})

test('every rounding operator rounds the decimal, not its binary neighbour', () => {
  assert.equal(OPERATORS.round.apply([19.99 * 50]), 1000)
  assert.equal(OPERATORS.floor.apply([0.29 * 100]), 29)
  assert.equal(OPERATORS.ceil.apply([((100 * 1.1) / 4) * 100]), 2750)
  assert.equal(OPERATORS.roundCents.apply([(19.99 * 50) / 100]), 10)
  assert.equal(OPERATORS.ceilCents.apply([(100 * 1.1) / 4]), 27.5)
  // 100 * 1.1 * 0.98 is 107.80000000000001 and 0.29 * 100 / 100 a hair under 0.29 in binary: down to the cent as on paper.
  assert.equal(OPERATORS.floorCents.apply([100 * 1.1 * 0.98]), 107.8)
  assert.equal(OPERATORS.floorCents.apply([(0.29 * 100) / 100]), 0.29)
  assert.equal(OPERATORS.floorCents.apply([1.0799]), 1.07)
  assert.equal(OPERATORS.roundTenths.apply([0.45]), 0.5)
  assert.equal(OPERATORS.roundTo.apply([0.7 * 25, 2.5]), 17.5)
  // Written numbers are rounded as they are: half up, and down or up from a real fraction.
  assert.equal(OPERATORS.round.apply([2.5]), 3)
  assert.equal(OPERATORS.floor.apply([2.9999]), 2)
})

test('generated code rounds a calculation through one helper, and a bare input without it', () => {
  const rounded = apply('divide', apply('round', apply('multiply', input('price', 'number'), input('percent', 'number'))), constant(100))
  assert.equal(
    OPERATORS.round.render([{ text: 'price * percent', precedence: 7 }]).text,
    'Math.round(asDecimal(price * percent))',
    'a calculation is read as a decimal'
  )
  assert.equal(OPERATORS.round.render([{ text: 'price', precedence: 9 }]).text, 'Math.round(price)')
  // A name divided by a whole number is exact at a whole or a half: written as a person would.
  assert.equal(OPERATORS.floor.render([{ text: 'minutes / 60', precedence: 7 }]).text, 'Math.floor(minutes / 60)')
  assert.equal(OPERATORS.floor.render([{ text: 'minutes / size', precedence: 7 }]).text, 'Math.floor(asDecimal(minutes / size))')
  assert.equal(OPERATORS.roundCents.render([{ text: 'price', precedence: 9 }]).text, 'Math.round(asDecimal(price * 100)) / 100')
  assert.deepEqual(evaluateProgram(rounded, { price: 19.99, percent: 50 }), { ok: true, value: 10 })
})

test('a threshold beside an end no double holds exactly (an overflow to Infinity) is that end: no search for a round number', () => {
  assert.equal(thresholdBetween(20000, Infinity), 20000)
  assert.equal(thresholdBetween(-Infinity, 5), 5)
  assert.equal(thresholdBetween(85, 91), 90)
})

test('a number written to a few decimals rounds its halves up on the decimal as written, in the evaluator and in the code', () => {
  // 7 of 2000 is 0.35%: toFixed alone, on the binary 0.34999…, writes 0.3.
  assert.equal(OPERATORS.fixed1.apply([(7 / 2000) * 100]), '0.4')
  assert.equal(OPERATORS.fixed2.apply([1.005]), '1.01')
  assert.equal(OPERATORS.fixed3.apply([2.0005]), '2.001')
  const code = OPERATORS.fixed1.render([{ text: 'share', precedence: 100 }]).text
  assert.equal(code, '(Math.round(asDecimal(share * 10)) / 10).toFixed(1)')
  assert.equal(runInNewContext(code, { share: 0.35, asDecimal }), '0.4')
})
