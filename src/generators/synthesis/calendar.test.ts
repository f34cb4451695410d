import { test } from 'node:test'
import assert from 'node:assert/strict'
import vm from 'node:vm'
import type { Operation, Value } from '../operation'
import { dateValue } from './dates'
import { dayOfMonth, monthNameOf, monthOf, weekdayOf, weekendToMonday, yearOf, yearsBetween } from './calendar'
import { OPERATORS } from './operators'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

const day = (text: string): number => dateValue(text)!

test('the parts of a date: weekday, day of the month, month and year', () => {
  assert.equal(weekdayOf(day('2026-07-07')), 'Tuesday')
  assert.equal(weekdayOf(day('1970-01-01')), 'Thursday')
  assert.equal(weekdayOf(day('1969-12-28')), 'Sunday')
  assert.equal(dayOfMonth(day('2026-12-25')), 25)
  assert.equal(monthOf(day('2026-12-25')), 12)
  assert.equal(monthNameOf(day('2026-02-08')), 'February')
  assert.equal(yearOf(day('2027-01-01')), 2027)
  assert.equal(weekdayOf(0.5), undefined)
})

test('whole years between two dates count an age, a 29 February birthday on 1 March', () => {
  assert.equal(yearsBetween(day('2010-05-14'), day('2026-05-14')), 16)
  assert.equal(yearsBetween(day('2010-05-14'), day('2026-05-13')), 15)
  assert.equal(yearsBetween(day('2012-02-29'), day('2025-02-28')), 12)
  assert.equal(yearsBetween(day('2012-02-29'), day('2025-03-01')), 13)
  assert.equal(yearsBetween(day('2026-05-14'), day('2026-05-13')), undefined)
})

test('a weekend day moves to the Monday after; a weekday stays', () => {
  assert.equal(weekendToMonday(day('2026-07-04')), day('2026-07-06'))
  assert.equal(weekendToMonday(day('2026-07-05')), day('2026-07-06'))
  assert.equal(weekendToMonday(day('2026-07-03')), day('2026-07-03'))
})

test('generated code for the date parts agrees with the evaluator', () => {
  const operand = { text: 'days', precedence: 9 }
  const rendered = (name: keyof typeof OPERATORS, args = [operand]) =>
    (OPERATORS[name].render as (a: typeof args) => { text: string })(args).text
  for (const text of ['1969-12-28', '2026-07-04', '2026-07-05', '2028-02-29', '2026-12-31']) {
    const days = day(text)
    const run = (code: string) => vm.runInNewContext(code, { days, other: day('2030-03-01') }) as unknown
    assert.equal(run(rendered('weekdayOf')), weekdayOf(days))
    assert.equal(run(rendered('monthNameOf')), monthNameOf(days))
    assert.equal(run(rendered('dayOfMonth')), dayOfMonth(days))
    assert.equal(run(rendered('monthOf')), monthOf(days))
    assert.equal(run(rendered('yearOf')), yearOf(days))
    assert.equal(run(rendered('weekendToMonday')), weekendToMonday(days))
    assert.equal(run(rendered('yearsBetween', [operand, { text: 'other', precedence: 9 }])), yearsBetween(days, day('2030-03-01')))
  }
})

/** Text inputs (dates) and outputs typed by the first row's values. */
function operation(name: string, inputs: string[], outputs: string[], rows: Value[][], context = ''): Operation {
  const type = (value: Value | undefined) => (typeof value === 'number' ? 'number' : 'string')
  return tableOperation(
    name,
    inputs.map((input) => [input, 'string']),
    outputs.map((output) => [output, type(rows[0]![inputs.length])]),
    rows,
    context
  )
}

function answer(operationValue: Operation, inputs: Record<string, Value>, output = 0): Value | undefined {
  return answerOf(synthesise(operationValue), inputs, output)
}

test('an age in whole years on a day is synthesised from two dates', () => {
  const ages = operation(
    'ageOnTheDay',
    ['born', 'day'],
    ['age'],
    [
      ['2010-05-14', '2026-05-14', 16],
      ['2010-05-14', '2026-05-13', 15],
      ['2000-12-31', '2026-01-01', 25],
      ['2019-01-01', '2026-12-31', 7],
      ['2012-02-29', '2025-02-28', 12],
      ['2012-02-29', '2025-03-01', 13],
      ['2026-03-10', '2026-06-01', 0],
      ['1950-07-20', '2026-07-19', 75]
    ]
  )
  assert.equal(answer(ages, { born: '2008-02-29', day: '2026-03-01' }), 18)
  assert.equal(answer(ages, { born: '2014-09-01', day: '2026-08-31' }), 11)
})

test('a weekday and a month name of a date are pieces of a template', () => {
  const notes = operation(
    'remind',
    ['date'],
    ['message'],
    [
      ['2026-07-07', 'See you on Tuesday 7 July.'],
      ['2026-07-11', 'See you on Saturday 11 July.'],
      ['2026-12-25', 'See you on Friday 25 December.'],
      ['2027-01-01', 'See you on Friday 1 January.'],
      ['2026-09-30', 'See you on Wednesday 30 September.'],
      ['2026-03-16', 'See you on Monday 16 March.']
    ]
  )
  assert.equal(answer(notes, { date: '2027-04-05' }), 'See you on Monday 5 April.')
})

test('a due date some days on, moved off a weekend to the Monday, is synthesised', () => {
  const due = operation(
    'setDue',
    ['sent'],
    ['due'],
    [
      ['2026-06-01', '2026-06-15'],
      ['2026-06-20', '2026-07-06'],
      ['2026-06-21', '2026-07-06'],
      ['2026-06-10', '2026-06-24'],
      ['2026-12-15', '2026-12-29'],
      ['2026-01-24', '2026-02-09'],
      ['2026-10-03', '2026-10-19'],
      ['2027-02-01', '2027-02-15']
    ],
    'A bill is due 14 days after it is sent. If that day is a Saturday or a Sunday, it is due on the Monday after.'
  )
  assert.equal(answer(due, { sent: '2026-08-01' }), '2026-08-17')
  assert.equal(answer(due, { sent: '2026-08-04' }), '2026-08-18')
})

test('a template of eleven pieces (greeting, name, weekday, day, month, time) is found', () => {
  const notes = operation(
    'remind',
    ['client', 'date', 'time'],
    ['message'],
    [
      ['Ana Lopez', '2026-07-07', '14:30', 'Hi Ana, see you on Tuesday 7 July at 14:30.'],
      ['Ben Carter', '2026-07-11', '09:00', 'Hi Ben, see you on Saturday 11 July at 09:00.'],
      ['Chloe Martin', '2026-12-25', '10:15', 'Hi Chloe, see you on Friday 25 December at 10:15.'],
      ['David Osei', '2027-01-01', '16:45', 'Hi David, see you on Friday 1 January at 16:45.'],
      ['Emma Walsh', '2026-09-30', '11:00', 'Hi Emma, see you on Wednesday 30 September at 11:00.'],
      ['Farid Khan', '2026-03-16', '08:30', 'Hi Farid, see you on Monday 16 March at 08:30.']
    ]
  )
  assert.equal(answer(notes, { client: 'Kate Young', date: '2027-04-05', time: '09:30' }), 'Hi Kate, see you on Monday 5 April at 09:30.')
})
