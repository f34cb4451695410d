import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a yes/no input that adds one amount on top of a rule: the rule of the rows without it, and the amount', () => {
  const result = synthesise(
    tableOperation(
      'priceCourier',
      [
        ['kilos', 'number'],
        ['express', 'boolean']
      ],
      [['charge', 'number']],
      [
        [1, false, 6],
        [2, false, 6],
        [3, false, 7.5],
        [4, false, 10],
        [10, false, 25],
        [1, true, 11],
        [6, true, 20],
        [12, true, 35]
      ],
      'a parcel costs 2.50 a kilo, and never less than 6.00; express delivery adds 5.00 to that'
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { kilos: 8, express: true }), 25)
  assert.equal(answerOf(result, { kilos: 2, express: true }), 11)
  assert.equal(answerOf(result, { kilos: 7, express: false }), 17.5)
})

test('one factor on the rows with the flag: the rule scaled where it is yes', () => {
  const result = synthesise(
    tableOperation(
      'priceTicket',
      [
        ['age', 'number'],
        ['peak', 'boolean']
      ],
      [['fare', 'number']],
      [
        [3, false, 0],
        [5, false, 0],
        [6, false, 2],
        [10, false, 2],
        [15, false, 2],
        [16, false, 4],
        [30, false, 4],
        [70, false, 4],
        [10, true, 3],
        [40, true, 6]
      ],
      'children under 6 ride free, under 16 pay 2, adults 4; at peak times every fare is half as much again'
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { age: 12, peak: true }), 3)
  assert.equal(answerOf(result, { age: 50, peak: true }), 6)
})

test('a price per category the words state, the days past a number they name, and a yes/no surcharge: one sum', () => {
  const result = synthesise(
    tableOperation(
      'priceBoatHire',
      [
        ['boat', 'string', { categorical: true }],
        ['hours', 'number'],
        ['lifejackets', 'boolean']
      ],
      [['price', 'number']],
      [
        ['rowing', 2, false, 20],
        ['rowing', 4, false, 30],
        ['pedalo', 1, false, 25],
        ['pedalo', 5, false, 40],
        ['motor', 2, false, 60],
        ['motor', 6, false, 80],
        ['rowing', 3, true, 31],
        ['motor', 2, true, 66],
        ['pedalo', 4, true, 41]
      ],
      'A rowing boat is 20.00, a pedalo 25.00 and a motor boat 60.00 for up to 2 hours. Every hour after that costs 5.00 more, ' +
        'and life jackets for the crew add 6.00.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { boat: 'pedalo', hours: 8, lifejackets: false }), 55)
  assert.equal(answerOf(result, { boat: 'motor', hours: 1, lifejackets: true }), 66)
  assert.equal(answerOf(result, { boat: 'rowing', hours: 7, lifejackets: true }), 51)
})

test('a number past a cut the words name adds one amount on top, as a yes/no input would', () => {
  const rows: Array<[number, number, number]> = [
    [12.5, 2, 5],
    [39.99, 5, 5],
    [45, 3, 0],
    [80, 10, 0],
    [25, 22, 13],
    [60, 30, 8],
    [15, 18, 5],
    [12.5, 26, 13],
    [70, 26, 8],
    [40, 2, 0],
    [40, 24, 8],
    [40, 8, 0]
  ]
  const result = synthesise(
    tableOperation(
      'chargeDelivery',
      [
        ['total', 'number'],
        ['weight', 'number']
      ],
      [['charge', 'number']],
      rows,
      'Delivery costs 5.00, and is free for orders of 40.00 or more. Parcels heavier than 20 kg pay 8.00 more on top.'
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  // 20 kg itself is not heavier than 20 kg; each condition counts on its own.
  assert.equal(answerOf(result, { total: 40, weight: 21 }), 8)
  assert.equal(answerOf(result, { total: 30, weight: 20 }), 5)
  assert.equal(answerOf(result, { total: 10, weight: 20.5 }), 13)
  assert.equal(answerOf(result, { total: 100, weight: 50 }), 8)
})

test('a yes/no input that doubles a quantity before the rule rounds it scales that input, not the rounded answer', () => {
  // Return trips: 2 × 137 km at 0.18 is 49.32, so 49 — twice the one-way 25 would be 50.
  const rows: Array<[number, boolean, number]> = [
    [137, false, 25],
    [137, true, 49],
    [260, false, 47],
    [55, false, 10],
    [410, false, 74],
    [410, true, 148],
    [90, true, 32],
    [333, false, 60],
    [21, true, 8]
  ]
  const result = synthesise(
    tableOperation(
      'chargeFuel',
      [
        ['km', 'number'],
        ['returnTrip', 'boolean']
      ],
      [['fuel', 'number']],
      rows,
      'Fuel is charged at 0.18 per km, counting the distance twice for a return trip, to the nearest whole euro.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  // 2 × 243 km at 0.18 is 87.48: 87, where twice the rounded one-way 44 is 88.
  assert.equal(answerOf(result, { km: 243, returnTrip: true }), 87)
  assert.equal(answerOf(result, { km: 243, returnTrip: false }), 44)
})

test('a row of nothing with the flag (nothing is any factor of nothing) leaves the factor to the other rows', () => {
  const result = synthesise(
    tableOperation(
      'chargeHire',
      [
        ['days', 'number'],
        ['member', 'boolean']
      ],
      [['charge', 'number']],
      [
        [0, false, 0],
        [1, false, 1.5],
        [4, false, 6],
        [8, false, 12],
        [12, false, 15],
        [20, false, 15],
        [0, true, 0],
        [2, true, 1.5],
        [4, true, 3],
        [8, true, 6],
        [20, true, 7.5],
        [30, true, 7.5]
      ],
      'Hire is 1.50 a day, never more than 15.00. Members pay half.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { days: 6, member: true }), 4.5)
  assert.equal(answerOf(result, { days: 40, member: true }), 7.5)
})
