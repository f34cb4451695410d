import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation } from '../operation'
import { findRowLookup } from './row-lookup'

function operation(name: string, inputs: Operation['inputs'], rows: Array<Record<string, number | string>>, output = 'result'): Operation {
  return {
    name,
    whenText: name,
    inputs,
    outputs: [{ name: output, type: 'string' }],
    scenarios: [],
    examples: rows.map((row, index) => ({ inputs: row, outputs: { [output]: String(index) }, source: `f:${index}` }))
  }
}

const fizz = operation('fizzBuzz', [{ name: 'n', type: 'number' }], [{ n: 3 }, { n: 5 }, { n: 15 }, { n: 7 }])

test('a function that tests its input against the example values is a lookup of the rows, located at the first test', () => {
  const code = [
    'export function fizzBuzz(n: number): string {',
    "  if (n === 3) return 'Fizz'",
    "  if (n === 5) return 'Buzz'",
    "  if (n === 15) return 'FizzBuzz'",
    '  return String(n)',
    '}',
    ''
  ].join('\n')
  const refusal = findRowLookup('generated/src/fizzBuzz.ts', code, fizz)
  assert.equal(refusal?.code, 'MODEL_ROW_LOOKUP')
  assert.equal(refusal?.line, 2)
  assert.equal(refusal?.column, 13)
  assert.match(refusal!.message, /example values 3, 5, 15/)
})

test('a switch over the examples and a table keyed by them are lookups too', () => {
  const switched =
    "export const fizzBuzz = (n: number) => {\n  switch (n) {\n    case 3: return 'Fizz'\n    case 5: return 'Buzz'\n    default: return String(n)\n  }\n}\n"
  assert.equal(findRowLookup('a.ts', switched, fizz)?.line, 3)
  const keyed =
    "const ANSWERS: Record<number, string> = { 3: 'Fizz', 5: 'Buzz', 15: 'FizzBuzz' }\n" +
    'export function fizzBuzz(n: number): string {\n  return ANSWERS[n] ?? String(n)\n}\n'
  assert.equal(findRowLookup('a.ts', keyed, fizz)?.line, 1)
})

test('a rule is no lookup, even where its constants are example values', () => {
  const rule =
    "export function fizzBuzz(n: number): string {\n  if (n % 15 === 0) return 'FizzBuzz'\n  if (n % 3 === 0) return 'Fizz'\n" +
    "  if (n % 5 === 0) return 'Buzz'\n  return String(n)\n}\n"
  assert.equal(findRowLookup('a.ts', rule, fizz), undefined)
  const bands = operation('deliveryDays', [{ name: 'km', type: 'number' }], [{ km: 10 }, { km: 50 }, { km: 300 }, { km: 301 }])
  assert.equal(
    findRowLookup('a.ts', 'export function deliveryDays(km: number) { return km < 50 ? 1 : km <= 300 ? 2 : 4 }\n', bands),
    undefined
  )
})

test('a mapping over a whole domain is no lookup: it names values the examples never show', () => {
  const days = operation('daysIn', [{ name: 'month', type: 'number' }], [{ month: 2 }, { month: 4 }, { month: 1 }])
  const code =
    'export function daysIn(month: number) {\n  switch (month) {\n    case 2: return 28\n' +
    '    case 4: case 6: case 9: case 11: return 30\n    default: return 31\n  }\n}\n'
  assert.equal(findRowLookup('a.ts', code, days), undefined)
})

test('a rate per category is a rule, and a table keyed by whole rows is a lookup', () => {
  const tiers = operation(
    'discount',
    [{ name: 'tier', type: 'string', categorical: true }],
    [{ tier: 'gold' }, { tier: 'silver' }, { tier: 'gold' }]
  )
  assert.equal(
    findRowLookup('a.ts', "export function discount(tier: string) { return tier === 'gold' ? 0.2 : tier === 'silver' ? 0.1 : 0 }\n", tiers),
    undefined
  )
  const pairs = operation(
    'sum',
    [
      { name: 'a', type: 'number' },
      { name: 'b', type: 'number' }
    ],
    [
      { a: 2, b: 3 },
      { a: 4, b: 4 },
      { a: 10, b: 7 }
    ]
  )
  const keyed =
    "const SUMS: Record<string, number> = { '2,3': 5, '4,4': 8, '10,7': 17 }\nexport function sum(a: number, b: number) { return SUMS[`${a},${b}`]! }\n"
  assert.equal(findRowLookup('a.ts', keyed, pairs)?.code, 'MODEL_ROW_LOOKUP')
})
