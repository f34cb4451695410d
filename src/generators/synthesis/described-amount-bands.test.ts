import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { describedAmountBands } from './described-amount-bands'
import { evaluateProgram } from './program'
import { type ExampleTable, tabulate } from './table'
import { answerOf, tableOperation } from './testing'

const WAGE =
  'From April the lowest pay per hour is 12.21 for workers of 21 and over, 10.00\n  from 18 to 20 and 7.55 under 18. The pay ' +
  'is fine if it is at least the rate.'

const ages = (values: number[], words: string): ExampleTable =>
  tabulate(
    tableOperation(
      'priceOf',
      [['age', 'number']],
      [['price', 'number']],
      values.map((age) => [age, 1]),
      words
    )
  ) as ExampleTable

/** What the stated quantity gives each age. */
const amounts = (words: string, table: ExampleTable, at: number[]): number[] => {
  const [derived] = describedAmountBands(words, table)
  assert.ok(derived, 'no stated amount')
  return at.map((age) => {
    const result = evaluateProgram(derived.program, { age })
    assert.ok(result.ok)
    return result.value as number
  })
}

test('amounts the words give by bands of a number are a quantity: each band from its edges, in any order said', () => {
  const table = ages([16, 19, 25], WAGE)
  assert.deepEqual(amounts(WAGE, table, [0, 17, 18, 20, 21, 90]), [7.55, 7.55, 10, 10, 12.21, 12.21])
  const zoo = 'Children under 3 go free; ages 3 to 15 pay 8.00, 16 to 64 pay 14.50, and 65 and over pay 10.00.'
  assert.deepEqual(amounts(zoo, ages([2, 10, 40], zoo), [2, 3, 15, 16, 64, 65]), [0, 8, 8, 14.5, 14.5, 10])
  // The one band the others leave: "everyone else".
  const cinema = 'Children under 12 pay 6.00 euros and people aged 65 or over pay 7.50 euros. Everyone else pays 9.50 euros.'
  assert.deepEqual(amounts(cinema, ages([8, 30, 70], cinema), [11, 12, 64, 65]), [6, 9.5, 9.5, 7.5])
})

test('amounts the words give beside the bands qualify them: a rule over the bands is then not called sure', () => {
  const zoo = 'Children under 3 go free; ages 3 to 15 pay 8.00, 16 to 64 pay 14.50, and 65 and over pay 10.00.'
  assert.equal(describedAmountBands(zoo, ages([2, 10, 40], zoo))[0]?.confident, true)
  const cinema =
    'Children under 12 pay 6.00 euros and people aged 65 or over pay 7.50 euros. Everyone else pays 11.00 euros, or 8.50 ' +
    'euros with a student card. On Tuesdays every ticket is 2.00 euros cheaper.'
  assert.equal(describedAmountBands(cinema, ages([8, 30, 70], cinema))[0]?.confident, false)
})

test('words whose bands leave a gap, overlap, or give no amount define nothing', () => {
  const table = ages([10, 20, 70], '')
  assert.deepEqual(describedAmountBands('Children under 12 pay 6.00 and people aged 65 or over pay 7.50.', table), [])
  assert.deepEqual(describedAmountBands('Ages 3 to 15 pay 8.00 and 10 to 64 pay 14.50.', table), [])
  const overlapping = 'Ages 3 to 15 pay 8.00 and 10 to 64 pay 14.50. Everyone else pays 9.00.'
  assert.deepEqual(describedAmountBands(overlapping, ages([4, 20, 70], overlapping)), [])
  assert.deepEqual(describedAmountBands('Pupils aged 13 to 16 may work; under 13 they may not work at all.', table), [])
  assert.deepEqual(describedAmountBands('Open 08:00 to 17:00 for 4.00 and 17:00 to 22:00 for 6.00.', table), [])
  // Rows all in one band: the bands tell nothing of them.
  assert.deepEqual(describedAmountBands(WAGE, ages([25, 30, 40], WAGE)), [])
})

test('a check against the amount of the band the words give is right for ages the rows never show', () => {
  const result = synthesise(
    tableOperation(
      'checkPay',
      [
        ['age', 'number'],
        ['pay', 'number']
      ],
      [['legal', 'boolean']],
      [
        [25, 12.21, true],
        [25, 12.2, false],
        [21, 12, false],
        [20, 10, true],
        [18, 9.99, false],
        [17, 7.55, true],
        [16, 7.5, false],
        [40, 13, true]
      ],
      WAGE
    )
  )
  assert.ok(result.ok)
  assert.equal(answerOf(result, { age: 19, pay: 10.5 }), true)
  assert.equal(answerOf(result, { age: 30, pay: 11 }), false)
  assert.equal(answerOf(result, { age: 15, pay: 8 }), true)
  assert.equal(answerOf(result, { age: 22, pay: 12.21 }), true)
})
