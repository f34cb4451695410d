import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

/** A tip of 15% to the nearest cent, the total, and each flatmate's share of it rounded up to the cent. */
function split(order: number, flatmates: number): [number, number, number] {
  const tip = Math.round(order * 15) / 100
  const total = Math.round((order + tip) * 100) / 100
  return [tip, total, Math.ceil(Math.round((total / flatmates) * 1e6) / 1e4) / 100]
}

// Orders whose 15% never falls just past a cent: rounding it up and to the nearest cent agree on every row.
const ORDERS: Array<[number, number]> = [
  [40, 2],
  [100, 4],
  [63.2, 3],
  [18.6, 1],
  [250, 6],
  [75.4, 5],
  [12, 3],
  [88.8, 7],
  [150, 2],
  [33, 4],
  [200.33, 2]
]

function splitDelivery() {
  return tableOperation(
    'splitDelivery',
    [
      ['order', 'number'],
      ['flatmates', 'number']
    ],
    [
      ['tip', 'number'],
      ['total', 'number'],
      ['share', 'number']
    ],
    ORDERS.map(([order, flatmates]) => [order, flatmates, ...split(order, flatmates)]),
    // The description, then the steps' words, as generate gives them.
    'The tip is 15% of the order, rounded to the nearest cent. The total is the order plus the tip. Each flatmate ' +
      'pays the total divided by the number of flatmates, rounded up to the next cent so that the driver is never short.\n' +
      'an order of shared by flatmates\nthe order is split\nthe tip is\nthe total is\neach flatmate pays'
  )
}

test('a later output the words compute from an earlier one by name ("the total divided by …") is looked for over it', () => {
  const result = synthesise(splitDelivery())
  // Where the tip's rounding moves the total, the share of the total parts from a share worked out from the order.
  for (const [order, flatmates] of [
    [10.01, 1],
    [20.03, 1],
    [44.41, 1]
  ] as Array<[number, number]>)
    assert.equal(answerOf(result, { order, flatmates }, 2), split(order, flatmates)[2], `${order} for ${flatmates} flatmates`)
})

test('rounding up and to the nearest cent that no row tells apart leave the rule unconfirmed, never a confident guess', () => {
  const result = synthesise(splitDelivery())
  assert.ok(result.ok)
  const tip = result.outputs[0]!
  // Just past a cent (10.01 * 15 is 150.15): nearest and up part there.
  const right = answerOf(result, { order: 10.01, flatmates: 1 }) === split(10.01, 1)[0]
  assert.ok(right || !tip.confident, `tip confident and wrong: ${JSON.stringify(tip.program)}`)
})
