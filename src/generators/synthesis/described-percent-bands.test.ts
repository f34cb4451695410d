import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'
import { describedPercentBands } from './described-percent-bands'
import { evaluateProgram } from './program'

const DESCRIPTION =
  'Season ticket holders save 10% after 2 seasons, 15% from 4 seasons and 25% for 8 seasons or more. ' +
  'Prices are rounded to the nearest penny. a ticket of and seasons held the ticket is priced the price to pay is'

test('percentages the words give by bands of a number are a quantity the rule may take off', () => {
  const result = synthesise(
    tableOperation(
      'priceSeasonTicket',
      [
        ['price', 'number'],
        ['seasons', 'number']
      ],
      [['pay', 'number']],
      [
        [420, 0, 420],
        [420, 2, 378],
        [365.5, 3, 328.95],
        [512.25, 4, 435.41],
        [299.99, 6, 254.99],
        [610, 8, 457.5],
        [388.4, 11, 291.3],
        [455, 1, 455]
      ],
      DESCRIPTION
    )
  )
  assert.ok(result.ok && result.status === 'synthesised', JSON.stringify(result.ok && result.outputs[0]?.question))
  // Seasons the rows never show: each band's percentage from the words.
  assert.equal(answerOf(result, { price: 200, seasons: 5 }), 170)
  assert.equal(answerOf(result, { price: 200, seasons: 7 }), 170)
  assert.equal(answerOf(result, { price: 200, seasons: 20 }), 150)
  assert.equal(answerOf(result, { price: 333.33, seasons: 9 }), 250)
})

test('bands that do not rise define no quantity; one band is one, its start said after the percentage or before it', () => {
  const table = {
    columns: [{ name: 'seasons', type: 'number' as const, categorical: false, values: [0, 3, 9], integral: true }],
    examples: []
  }
  assert.deepEqual(describedPercentBands('10% off after 5 seasons and 20% after 2 seasons', table as never), [])
  assert.deepEqual(describedPercentBands('Members get 10% off.', table as never), [])
  // One band and another percentage it does not place: the words may mean more than one band.
  assert.deepEqual(describedPercentBands('Players of 5 or more seasons get 10% off; the club keeps 20% of every fee.', table as never), [])
  const [both] = describedPercentBands(
    'Players of 3 seasons or more get 5 percent off, and players of 8 or more get 12 percent off.',
    table as never
  )
  assert.deepEqual(
    [2, 3, 7, 8].map((seasons) => evaluateProgram(both!.program, { seasons })).map((value) => value.ok && value.value),
    [0, 5, 5, 12]
  )
  for (const words of [
    '10% off after 5 seasons',
    'Players of 5 or more seasons get 10% off.',
    'Players of more than 4 seasons get 10% off.'
  ]) {
    const [single] = describedPercentBands(words, table as never)
    assert.ok(single !== undefined, words)
    assert.deepEqual(
      [4, 5, 9].map((seasons) => evaluateProgram(single.program, { seasons })).map((value) => value.ok && value.value),
      [0, 10, 10],
      words
    )
  }
  const [quantity] = describedPercentBands('5% off over 2 seasons and 12% off from 8 seasons', table as never)
  assert.ok(quantity !== undefined)
  const at = (seasons: number) => evaluateProgram(quantity.program, { seasons })
  assert.deepEqual(
    [at(2), at(3), at(8)].map((value) => value.ok && value.value),
    [0, 5, 12]
  )
})

test('a band of counts of kinds together, off a price per kind found on the rows below it ("8 or more visitors")', () => {
  // 9.00 an adult, 6.50 a senior; 15% off the whole for 8 or more visitors, to the cent.
  const price = (adults: number, seniors: number) => {
    // In whole hundredths of a cent first, so 73.525 rounds up as it is written, not as the float 73.52499… does.
    const hundredths = Math.round((adults * 900 + seniors * 650) * (adults + seniors >= 8 ? 85 : 100))
    return Math.round(hundredths / 100) / 100
  }
  const rows: Array<[number, number, number]> = (
    [
      [1, 0],
      [2, 1],
      [0, 3],
      [3, 2],
      [4, 3],
      [5, 3],
      [2, 6],
      [8, 0],
      [6, 5]
    ] as Array<[number, number]>
  ).map(([adults, seniors]) => [adults, seniors, price(adults, seniors)])
  const result = synthesise(
    tableOperation(
      'priceVisit',
      [
        ['adults', 'number'],
        ['seniors', 'number']
      ],
      [['total', 'number']],
      rows,
      'An adult ticket costs 9.00 and a senior ticket 6.50. Parties of 8 or more visitors get 15% off the total, rounded to the cent.'
    )
  )
  assert.equal(result.status, 'synthesised')
  for (const [adults, seniors] of [
    [7, 1],
    [0, 9],
    [3, 3],
    [10, 10]
  ] as Array<[number, number]>)
    assert.equal(answerOf(result, { adults, seniors }), price(adults, seniors))
})
