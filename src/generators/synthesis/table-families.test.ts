import { test } from 'node:test'
import assert from 'node:assert/strict'
import vm from 'node:vm'
import ts from 'typescript'
import type { Operation, Value } from '../operation'
import { evaluateProgram, renderOperation, synthesise, type SynthesisResult } from './index'
import { dayMarkedClockText, dayMarkedClockValue } from './clock'
import { labelledEntriesSum, labelledEntry } from './lists'
import { bandsOf, fitRates } from './tiers'
import { roundHalfUp } from './numbers'
import { type Column, tableOperation } from './testing'

/** An operation from a table: inputs, outputs, then rows of inputs followed by outputs. */
function table(name: string, columns: Column[], outputs: Column[], rows: Value[][], context: string): Operation {
  return tableOperation(name, columns, outputs, rows, context)
}

/** The generated module's function, compiled as TypeScript and loaded. */
function compiled(module: string, name: string): (...args: Value[]) => Value {
  const javascript = ts.transpileModule(module, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } })
  const exports: Record<string, unknown> = {}
  vm.runInNewContext(javascript.outputText, { exports })
  return exports[name] as (...args: Value[]) => Value
}

/** The rule's answer on new inputs, from the evaluator and from the generated code: both must agree. */
function answers(operation: Operation, result: SynthesisResult, inputs: Record<string, Value>, output = 0): Value | undefined {
  assert.ok(result.ok, result.ok ? '' : result.message)
  const evaluated = evaluateProgram(result.outputs[output]!.program, inputs)
  assert.ok(evaluated.ok)
  if (operation.outputs.length === 1) {
    const generated = compiled(renderOperation(operation, result), operation.name)
    assert.deepEqual(generated(...operation.inputs.map((input) => inputs[input.name]!)), evaluated.value)
  }
  return evaluated.value
}

test('a time of day with the day it falls on: "+1" past midnight, "-1" before the first midnight, nothing on the day', () => {
  assert.equal(dayMarkedClockText(9 * 60 + 15), '09:15')
  assert.equal(dayMarkedClockText(1440 + 15), '00:15 +1')
  assert.equal(dayMarkedClockText(-90), '22:30 -1')
  assert.equal(dayMarkedClockText(2 * 1440 + 60), '01:00 +2')
  assert.equal(dayMarkedClockText(7.5), undefined)
  assert.equal(dayMarkedClockValue('07:15 +1'), 1440 + 435)
  assert.equal(dayMarkedClockValue('22:30 -1'), 1350 - 1440)
  assert.equal(dayMarkedClockValue('11:45'), 705)
  assert.equal(dayMarkedClockValue('11:45 +0'), undefined)
})

test('an arrival time from a time, a duration and a shift in hours, with the day it lands on marked', () => {
  const operation = table(
    'arrival',
    [
      ['departs', 'string'],
      ['duration', 'string'],
      ['ahead', 'number']
    ],
    [['lands', 'string']],
    [
      ['09:15', '02:30', 0, '11:45'],
      ['22:40', '07:35', 1, '07:15 +1'],
      ['13:00', '08:00', -5, '16:00'],
      ['23:30', '00:45', 0, '00:15 +1'],
      ['07:00', '01:30', -1, '07:30'],
      ['18:20', '11:40', 8, '14:00 +1'],
      ['06:10', '02:00', -7, '01:10'],
      ['21:00', '03:00', 0, '00:00 +1'],
      ['00:30', '01:00', -3, '22:30 -1']
    ],
    'The arrival is the departure time plus the flight time, moved by the hours the destination clock is ahead. ' +
      'If that is on the next day "+1" is added after the time, and "-1" if it is on the day before.'
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  assert.equal(answers(operation, result, { departs: '16:45', duration: '09:20', ahead: 6 }), '08:05 +1')
  assert.equal(answers(operation, result, { departs: '01:15', duration: '02:00', ahead: -4 }), '23:15 -1')
  assert.equal(answers(operation, result, { departs: '12:00', duration: '11:59', ahead: 0 }), '23:59')
})

test("tiered rates: the bands of an amount, and each band's rate learnt from its rows, rounded as the outputs are", () => {
  assert.deepEqual(bandsOf(12500, [10000]), [10000, 2500])
  assert.deepEqual(bandsOf(5000, [10000]), [5000, 0])
  assert.deepEqual(bandsOf(25000, [10000, 20000]), [10000, 10000, 5000])
  const cents = (value: number) => roundHalfUp(value, 2)
  const sales = [5000, 9999.99, 10000.01, 12500, 15432.1]
  const commission = sales.map((amount) => cents(Math.min(amount, 10000) * 0.04 + Math.max(amount - 10000, 0) * 0.06))
  assert.deepEqual(fitRates(sales, commission, [10000], cents), [0.04, 0.06])
  // One rate throughout is no tier; a band no row reaches has no rate.
  assert.equal(
    fitRates(
      sales,
      sales.map((amount) => cents(amount * 0.05)),
      [10000],
      cents
    ),
    undefined
  )
  assert.equal(fitRates([100, 200], [4, 8], [10000], cents), undefined)
})

test('a commission of one rate up to a named threshold and another above it is synthesised, to the cent', () => {
  const sales = [0, 5000, 9999.99, 10000, 10000.01, 8333.33, 12500, 15432.1, 20000]
  const operation = table(
    'commission',
    [['sales', 'number']],
    [['commission', 'number']],
    sales.map((amount) => [amount, roundHalfUp(Math.min(amount, 10000) * 0.04 + Math.max(amount - 10000, 0) * 0.06, 2)]),
    'Sales staff earn 4% on the first 10000.00 of their monthly sales and 6% on the part above 10000.00. ' +
      'Commission is rounded to the nearest cent.'
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  assert.equal(answers(operation, result, { sales: 10250.5 }), 415.03)
  assert.equal(answers(operation, result, { sales: 30000 }), 1600)
  assert.equal(answers(operation, result, { sales: 1234.56 }), 49.38)
})

test('a cell holding one labelled amount is read as its label and amount; the amounts of one label are summed', () => {
  assert.deepEqual(labelledEntry('front desk 2.5'), { label: 'front desk', amount: 2.5 })
  assert.deepEqual(labelledEntry('Kitchen 3'), { label: 'kitchen', amount: 3 })
  assert.equal(labelledEntry('3 kitchen'), undefined)
  assert.equal(labelledEntry('kitchen'), undefined)
  assert.equal(labelledEntriesSum('front desk', ['kitchen 3', 'front desk 2', 'front  desk 0.1']), 2.1)
  assert.equal(labelledEntriesSum('kitchen', ['front desk 2', 'nothing here']), 0)
})

test('sums per label over cells each holding a labelled amount: the kitchen and front desk hours of three shifts', () => {
  const rows = [
    ['kitchen 3', 'front desk 2', 'kitchen 1.5', 4.5, 2],
    ['front desk 4', 'front desk 2.5', 'kitchen 2', 2, 6.5],
    ['kitchen 2', 'kitchen 2', 'kitchen 2', 6, 0],
    ['front desk 1', 'front desk 1.5', 'front desk 0.5', 0, 3],
    ['kitchen 0.5', 'front desk 3.5', 'kitchen 4', 4.5, 3.5],
    ['front desk 6', 'kitchen 2.5', 'front desk 1.5', 2.5, 7.5],
    ['kitchen 1.5', 'kitchen 2.5', 'front desk 3', 4, 3],
    ['kitchen 8', 'front desk 8', 'front desk 8', 8, 16]
  ]
  const operation = table(
    'totalHours',
    [
      ['shift1', 'string'],
      ['shift2', 'string'],
      ['shift3', 'string']
    ],
    [
      ['kitchen', 'number'],
      ['desk', 'number']
    ],
    rows,
    "the week's shifts were totalled; the kitchen has hours and the front desk has hours"
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  const week = { shift1: 'front desk 2.5', shift2: 'front desk 2.5', shift3: 'kitchen 7' }
  assert.equal(answers(operation, result, week, 0), 7)
  assert.equal(answers(operation, result, week, 1), 5)
})

test('a branch one row takes writes an input its text copies as the input: the category of a budget met exactly', () => {
  const rows = [
    ['Groceries', 400, 387.5, 'Groceries: 12.50 under budget'],
    ['Eating out', 120, 123.2, 'Eating out: 3.20 over budget'],
    ['Transport', 90, 90, 'Transport: on budget'],
    ['Clothes', 50, 0, 'Clothes: 50.00 under budget'],
    ['Gifts', 75, 150, 'Gifts: 75.00 over budget'],
    ['Phone and internet', 45.99, 46, 'Phone and internet: 0.01 over budget'],
    ['Household', 200, 199.9, 'Household: 0.10 under budget'],
    ['Pets', 60, 12.35, 'Pets: 47.65 under budget']
  ]
  const operation = table(
    'closeMonth',
    [
      ['category', 'string'],
      ['budget', 'number'],
      ['spent', 'number']
    ],
    [['summary', 'string']],
    rows,
    'the budget is; has been spent this month; the month is closed; the summary reads'
  )
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answers(operation, result, { category: 'Car', budget: 150, spent: 150 }), 'Car: on budget')
})

test('tiered multiples of another input: overtime at one and a half times the hourly rate, then twice it', () => {
  const pay = (hours: number, rate: number) =>
    roundHalfUp(rate * (Math.min(hours, 38) + Math.min(Math.max(hours - 38, 0), 7) * 1.5 + Math.max(hours - 45, 0) * 2), 2)
  const weeks = [
    [0, 20],
    [20, 15],
    [38, 20],
    [39, 20],
    [45, 20],
    [46, 20],
    [50, 18.5],
    [40.5, 16]
  ]
  const operation = table(
    'weeklyPay',
    [
      ['hours', 'number'],
      ['rate', 'number']
    ],
    [['pay', 'number']],
    weeks.map(([hours, rate]) => [hours!, rate!, pay(hours!, rate!)]),
    'The first 38 hours of a week are paid at the hourly rate. Time over 38 hours, up to 45 hours, is paid at ' +
      'one and a half times the rate, and time over 45 hours at twice the rate.'
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  assert.equal(answers(operation, result, { hours: 44, rate: 12 }), pay(44, 12))
  assert.equal(answers(operation, result, { hours: 60, rate: 22.5 }), pay(60, 22.5))
})

test('a list written as a sentence ("pens, pencils and rulers"), with its own answer where the list is empty', () => {
  const operation = table(
    'describeKit',
    [['items', 'string']],
    [['label', 'string']],
    [
      ['', 'Empty kit.'],
      ['pens', 'Kit with pens.'],
      ['glue sticks', 'Kit with glue sticks.'],
      ['pens, rulers', 'Kit with pens and rulers.'],
      ['tape, scissors', 'Kit with tape and scissors.'],
      ['pens, pencils, rulers', 'Kit with pens, pencils and rulers.'],
      ['crayons, paper, glue, tape', 'Kit with crayons, paper, glue and tape.'],
      ['chalk', 'Kit with chalk.']
    ],
    'The label lists what the kit holds.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answers(operation, result, { items: '' }), 'Empty kit.')
  assert.equal(answers(operation, result, { items: 'stamps, ink' }), 'Kit with stamps and ink.')
  assert.equal(answers(operation, result, { items: 'a, b, c, d, e' }), 'Kit with a, b, c, d and e.')
  assert.equal(answers(operation, result, { items: 'wool' }), 'Kit with wool.')
})

test('a change written with its sign ("+12%", "-5%", "0%")', () => {
  const rows: Array<[number, number]> = [
    [200, 224],
    [200, 190],
    [500, 500],
    [400, 300],
    [250, 275],
    [1000, 1234],
    [80, 40],
    [300, 303]
  ]
  const signed = (from: number, to: number) => {
    const percent = Math.round(((to - from) / from) * 100)
    return `${percent > 0 ? '+' : ''}${percent}%`
  }
  const operation = table(
    'compareMonths',
    [
      ['before', 'number'],
      ['after', 'number']
    ],
    [['change', 'string']],
    rows.map(([from, to]) => [from, to, signed(from, to)]),
    'The change is shown as a whole percent with a plus sign for a rise.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answers(operation, result, { before: 120, after: 150 }), '+25%')
  assert.equal(answers(operation, result, { before: 120, after: 90 }), '-25%')
  assert.equal(answers(operation, result, { before: 90, after: 90 }), '0%')
})

test('words the description lists to skip without quotes ("skipping A, An or The") are left out', () => {
  const operation = table(
    'shelveFilm',
    [['title', 'string']],
    [['shelf', 'string']],
    [
      ['The Secret Garden', 'SECRET'],
      ['A Little Princess', 'LITTLE'],
      ['Heidi', 'HEIDI'],
      ['An Unkindness of Ghosts', 'UNKINDNESS'],
      ['Little Women', 'LITTLE'],
      ['On Golden Pond', 'ON'],
      ['The Railway Children', 'RAILWAY'],
      ['Anne of Avonlea', 'ANNE']
    ],
    'A film is shelved under the first word of its title in capitals, skipping A, An or The at the start.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answers(operation, result, { title: 'The Wind in the Willows' }), 'WIND')
  assert.equal(answers(operation, result, { title: 'A Room with a View' }), 'ROOM')
  assert.equal(answers(operation, result, { title: 'Atonement' }), 'ATONEMENT')
})

test('a class from two measures, each band a conjunction the words state, is found within the budget', () => {
  // Words from numbers alone: no set of rows a condition picks needs the template search.
  const result = synthesise(
    table(
      'classifyBag',
      [
        ['kilos', 'number'],
        ['height', 'number']
      ],
      [['kind', 'string']],
      [
        [5, 40, 'cabin'],
        [7, 55, 'cabin'],
        [6, 70, 'hold'],
        [8, 45, 'hold'],
        [15, 60, 'hold'],
        [23, 80, 'hold'],
        [30, 60, 'oversize'],
        [10, 95, 'oversize'],
        [40, 120, 'oversize'],
        [3, 85, 'hold'],
        [3, 100, 'oversize'],
        [7.5, 20, 'hold'],
        [24, 30, 'oversize'],
        [1, 20, 'cabin']
      ],
      [
        'Bag class. A bag is cabin when it weighs at most 7 kg and stands at most 55 cm.',
        'Otherwise it is hold when it weighs at most 23 kg and stands at most 90 cm. Anything else is oversize.'
      ].join('\n')
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  const kind = (kilos: number, height: number) => evaluateProgram(result.outputs[0]!.program, { kilos, height })
  assert.deepEqual(
    [kind(7, 55), kind(7, 56), kind(23, 90), kind(23.5, 50), kind(22, 91)].map((answer) => answer.ok && answer.value),
    ['cabin', 'hold', 'hold', 'oversize', 'oversize']
  )
})
