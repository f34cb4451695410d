import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'
import { workingDaysAfter } from './calendar'
import { dateText, dateValue } from './dates'
import { renderOperation } from './render'

// Orders from one week in March 2026: Monday the 2nd to Sunday the 8th.
const ORDERS = [
  ['2026-03-02', '2026-03-04'],
  ['2026-03-04', '2026-03-06'],
  ['2026-03-05', '2026-03-09'],
  ['2026-03-06', '2026-03-10'],
  ['2026-03-07', '2026-03-10'],
  ['2026-03-08', '2026-03-10']
]

const operation = (description: string) =>
  tableOperation('placeOrderOn', [['ordered', 'string']], [['delivered', 'string']], ORDERS, description)
const delivery = (description: string) => synthesise(operation(description))

const after = (date: string, count: number) => dateText(workingDaysAfter(dateValue(date)!, count)!)

test('working days skip Saturdays and Sundays; a weekend date counts from the Friday before', () => {
  assert.equal(after('2026-03-05', 2), '2026-03-09', 'Thursday + 2 is Monday')
  assert.equal(after('2026-03-06', 1), '2026-03-09', 'Friday + 1 is Monday')
  assert.equal(after('2026-03-07', 1), '2026-03-09', 'Saturday + 1 is Monday')
  assert.equal(after('2026-03-08', 5), '2026-03-13', 'Sunday + 5 is Friday')
  assert.equal(after('2026-03-02', 10), '2026-03-16', 'Monday + 10 is Monday two weeks on')
  assert.equal(after('2026-12-31', 2), '2027-01-04', 'over the turn of the year')
})

test('"two working days after the order" is counted in working days, and the generated module carries the helper', () => {
  const described = operation('A parcel is delivered two working days after the order date. Saturdays and Sundays are not working days.')
  const result = synthesise(described)
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { ordered: '2026-03-12' }), '2026-03-16')
  assert.equal(answerOf(result, { ordered: '2026-12-31' }), '2027-01-04')
  const module = renderOperation(described, result)
  assert.match(module, /function workingDaysAfter\(days: number, count: number\): number/)
})

test('where every example date falls in one week, a rule that treats a week later otherwise asks for that row', () => {
  // No word speaks of working days: the rows alone cannot tell the weekday from the day of the month.
  const result = delivery('A parcel is delivered after the order date, never at the weekend.')
  assert.ok(result.ok)
  const output = result.outputs[0]!
  assert.equal(output.confident, false)
  const asked = output.question?.inputs['ordered']
  assert.ok(typeof asked === 'string', 'a row is asked for')
  const askedDay = dateValue(asked)!
  assert.ok(
    ORDERS.some(([ordered]) => dateValue(ordered!)! + 7 === askedDay),
    `the asked date (${asked}) is an example's date a week later`
  )
})
