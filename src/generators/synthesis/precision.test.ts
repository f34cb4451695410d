/**
 * Precision first: an operation called `synthesised` must be right on inputs the examples never
 * showed. These are the holes an outside tester found: a rule that answers with more decimals than
 * any example (a price of 29.997), a lookup of the rows that has no answer for a new name, and a
 * refusal outline that hid the fee outline sharing its When step.
 */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Value } from '../operation'
import { evaluateProgram, synthesise } from './index'
import { candidateOf, type Problem } from './candidate'
import { judge } from './confidence'
import { probeRows } from './probes'
import { answersOneRowByHeart, copiesOneRow, restatesRows } from './memorisation'
import { Prior } from './prior'
import { apply, conditional, constant, input, type Program } from './program'
import { COMPRESSION } from './search'
import { isTableProblem, tabulate } from './table'
import { answerOf as answer, tableOperation as operation } from './testing'

const DISCOUNT_ROWS: Value[][] = [
  ['none', 50, 50],
  ['silver', 50, 47.5],
  ['gold', 50, 45],
  ['gold', 19.99, 19.99],
  ['silver', 20, 19],
  ['gold', 200, 180],
  ['silver', 100, 95],
  ['none', 10, 10]
]

test('probes include an input written as precisely as the examples, in their widest gap', () => {
  const table = tabulate(
    operation(
      'x',
      [['total', 'number']],
      [['y', 'number']],
      [
        [10, 1],
        [19.99, 2],
        [50, 3],
        [100, 4],
        [200, 5]
      ]
    )
  )
  assert.ok(!isTableProblem(table))
  const precise = probeRows(table).filter(
    (probe) => probe.plausibility >= 0.8 && /\.\d\d$/.test(String(probe.inputs['total'])) && (probe.inputs['total'] as number) > 100
  )
  assert.ok(precise.length > 0, 'an amount in cents between 100 and 200')
})

test('a discount "rounded to the cent" rounds: a tenth off 33.33 is 30.00, never 29.997', () => {
  const result = synthesise({
    ...operation(
      'applyDiscount',
      [
        ['tier', 'string', { categorical: true }],
        ['total', 'number']
      ],
      [['due', 'number']],
      DISCOUNT_ROWS
    ),
    whenText: 'the discount is applied',
    context: [
      'Loyalty discount',
      'Members get a percentage off their order depending on their tier:',
      'silver 5 %, gold 10 %. Orders under 20 EUR get no discount.',
      'Amounts are rounded to the cent.',
      'discount by tier and order total',
      'a member',
      'an order totalling EUR',
      'the discount is applied',
      'the member pays EUR'
    ].join('\n')
  })
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { tier: 'gold', total: 33.33 }), 30)
  assert.equal(answer(result, { tier: 'silver', total: 33.33 }), 31.66)
})

test('more decimals than any example on an input like theirs is a question, not a confident answer', () => {
  // Every example's answer has one decimal at most; a quarter of 3 has two: 0.75, or rounded?
  const rows: Value[][] = [
    [2, 0.5],
    [6, 1.5],
    [10, 2.5],
    [4, 1],
    [8, 2],
    [12, 3]
  ]
  const result = synthesise(operation('portion', [['n', 'number']], [['portion', 'number']], rows))
  assert.ok(result.ok)
  assert.equal(result.status, 'ambiguous')
  assert.equal(result.outputs[0]!.question?.inputs['n'], 3)
})

const USERNAME_ROWS: Value[][] = [
  ['Ada', 'Lovelace', 'ada.lovelace'],
  ['GRACE', 'Hopper', 'grace.hopper'],
  ['Jean', 'Le Roux', 'jean.le-roux'],
  ['Alan', 'Turing', 'alan.turing'],
  ['Bartholomew', 'Featherstonehaugh', 'bartholomew.feathers'],
  ['GRACE', 'GRACE', 'grace.grace']
]

test('names seen once each are not categories: a rule per name is never confident', () => {
  const result = synthesise(
    operation(
      'signsUp',
      [
        ['first', 'string'],
        ['last', 'string']
      ],
      [['username', 'string']],
      USERNAME_ROWS
    )
  )
  assert.notEqual(result.status, 'synthesised')
  if (result.ok) assert.doesNotMatch(result.outputs[0]!.description, /first === 'Ada'/)
})

test("a rule that copies one row's own text into a branch of its own is never confident", () => {
  // Declared categorical, so a rule per value is possible; its cases for names seen once answer
  // their own row's output, copied from its inputs.
  const result = synthesise(
    operation(
      'signsUp',
      [
        ['first', 'string', { categorical: true }],
        ['last', 'string']
      ],
      [['username', 'string']],
      USERNAME_ROWS
    )
  )
  assert.notEqual(result.status, 'synthesised')
})

test("branches that test for one example's own value and answer its own output count as the table they restate", () => {
  const rows: Value[][] = [
    ['Ada', 'Lovelace', 'pioneer'],
    ['Jean', 'Le Roux', 'founder'],
    ['Alan', 'Turing', 'logician'],
    ['Bob', 'Smith', 'member'],
    ['Tom', 'Jones', 'member']
  ]
  const table = tabulate(
    operation(
      'role',
      [
        ['first', 'string'],
        ['last', 'string']
      ],
      [['role', 'string']],
      rows
    )
  )
  assert.ok(!isTableProblem(table))
  const prior = new Prior({ text: '', inputs: 2 })
  const problem = { table, target: rows.map((row) => row[2]!), prior } as unknown as Problem
  const first = input('first', 'string')
  const memorising = ['Ada', 'Jean', 'Alan'].reduceRight<Program>(
    (otherwise, name, index) => conditional(apply('equal', first, constant(name)), constant(rows[index]![2]!), otherwise),
    constant('member')
  )
  const bits = prior.bits(memorising)
  // Three of its four branches are three of the rows again, however the plain test prices them.
  assert.equal(restatesRows(candidateOf(memorising, bits, 'decision-list'), problem, COMPRESSION), true)
  const general = constant('member')
  assert.equal(restatesRows(candidateOf(general, prior.bits(general), 'expression'), problem, COMPRESSION), false)
})

test("a branch one example takes that answers a piece of that example's own output is not a rule", () => {
  const rows: Value[][] = [
    ['2026-01-05', '2026-01-26'],
    ['2026-02-20', '2026-03-13'],
    ['2024-02-10', '2024-03-02']
  ]
  const table = tabulate(operation('due', [['borrowed', 'string']], [['due', 'string']], rows))
  const problem = { table, target: rows.map((row) => row[1]!), prior: new Prior({ text: '', inputs: 1 }) } as unknown as Problem
  const borrowed = input('borrowed', 'string')
  const before2025 = apply('less', apply('dateValue', borrowed), constant(20000))
  // Only the 2024 row takes the first branch, which answers "-03-02", the end of its own output.
  const memorising = conditional(before2025, constant('2024-03-02'.slice(4)), constant('2026-01-26'))
  assert.equal(copiesOneRow(memorising, problem), true)
  // The same shape answering words of its own (a separator, a unit) copies nothing.
  assert.equal(copiesOneRow(conditional(before2025, constant('n/a'), constant('2026-01-26')), problem), false)
})

test('a text answered by a cut that isolates one row, in a computed rule, is by heart; a case a test names is not', () => {
  const rows: Value[][] = [
    ['lee, kim', 'KL'],
    ['brown, mary ann', 'MAB'],
    ['cole, sam', 'SC'],
    ['ward, ann', 'AW']
  ]
  const table = tabulate(operation('initials', [['listed', 'string']], [['initials', 'string']], rows))
  const problem = { table, target: rows.map((row) => row[1]!), prior: new Prior({ text: '', inputs: 1 }) } as unknown as Problem
  const listed = input('listed', 'string')
  const computed = apply('concat', apply('initial', apply('after', listed, constant(', '))), apply('initial', listed))
  // Only the longest name is 15 characters: the cut picks out its row and answers that row's output.
  const byHeart = conditional(apply('greaterOrEqual', apply('length', listed), constant(15)), constant('MAB'), computed)
  assert.equal(answersOneRowByHeart(byHeart, problem), true)
  // The same answer for a case a test names (equality with a value) is a rule's special case.
  const named = conditional(apply('sameText', listed, constant('brown, mary ann')), constant('MAB'), computed)
  assert.equal(answersOneRowByHeart(named, problem), false)
})

test('a piece of a template chosen for one row by a cut, where the others compute theirs, is by heart; a case a test names is not', () => {
  const rows: Value[][] = [
    ['home', 2025, 'HOME-25'],
    ['away', 2026, 'AWAY-26'],
    ['third', 2024, 'THIRD-24'],
    ['home', 2030, 'HOME-30']
  ]
  const table = tabulate(
    operation(
      'kit',
      [
        ['kind', 'string'],
        ['season', 'number']
      ],
      [['kit', 'string']],
      rows
    )
  )
  const problem = { table, target: rows.map((row) => row[2]!), prior: new Prior({ text: '', inputs: 2 }) } as unknown as Problem
  const season = input('season', 'number')
  const digits = apply('toText', apply('subtract', season, constant(2000)))
  const kit = (piece: Program) => apply('concat', apply('concat', apply('upper', input('kind', 'string')), constant('-')), piece)
  // Only 2030 passes the cut, and its piece is the constant its own output shows.
  assert.equal(answersOneRowByHeart(kit(conditional(apply('less', season, constant(2030)), digits, constant('30'))), problem), true)
  // A piece every row computes, or one chosen by a test that names a case, is a rule's own.
  assert.equal(answersOneRowByHeart(kit(digits), problem), false)
  assert.equal(answersOneRowByHeart(kit(conditional(apply('equal', season, constant(2030)), constant('30'), digits)), problem), false)
})

test("a year's last digits are the last characters of its digits, never the digits of a fraction as JavaScript writes it", () => {
  const rows: Value[][] = [
    ['football', 2025, 'FOOTBALL-25'],
    ['netball', 2026, 'NETBALL-26'],
    ['hockey', 2024, 'HOCKEY-24'],
    ['rugby', 2027, 'RUGBY-27'],
    ['tennis', 2023, 'TENNIS-23'],
    ['squash', 2026, 'SQUASH-26']
  ]
  const result = synthesise(
    operation(
      'teamCode',
      [
        ['sport', 'string'],
        ['season', 'number']
      ],
      [['code', 'string']],
      rows
    )
  )
  assert.ok(result.ok)
  // `String(season / 100)` cut after its point writes 2030 as "3".
  assert.equal(answer(result, { sport: 'golf', season: 2030 }), 'GOLF-30')
  assert.equal(answer(result, { sport: 'golf', season: 2001 }), 'GOLF-01')
})

test('a computed branch that one example alone takes, by a learnt cut, answers from that row alone: by heart', () => {
  const rows: Value[][] = [
    [5, 20, 2],
    [8, 24, 3],
    [10, 30, 3],
    [11, 40, 4],
    [12, 66, 12]
  ]
  const table = tabulate(
    operation(
      'trays',
      [
        ['depth', 'number'],
        ['area', 'number']
      ],
      [['trays', 'number']],
      rows
    )
  )
  const problem = { table, target: rows.map((row) => row[2]!), prior: new Prior({ text: '', inputs: 2 }) } as unknown as Problem
  const depth = input('depth', 'number')
  const computed = apply('ceil', apply('divide', input('area', 'number'), constant(10)))
  // Only the 12 cm row passes the cut, and its answer is an input that happens to equal its output.
  assert.equal(answersOneRowByHeart(conditional(apply('greater', depth, constant(11)), depth, computed), problem), true)
  // A branch two rows take, or one a test names, is the rule's own.
  assert.equal(answersOneRowByHeart(conditional(apply('greater', depth, constant(10)), depth, computed), problem), false)
  assert.equal(answersOneRowByHeart(conditional(apply('equal', depth, constant(12)), depth, computed), problem), false)
})

test('a rule with no answer on an ordinary probe is not confident', () => {
  const table = tabulate(
    operation(
      'x',
      [['n', 'number']],
      [['y', 'number']],
      [
        [1, 2],
        [2, 4],
        [3, 6]
      ]
    )
  )
  assert.ok(!isTableProblem(table))
  const probes = [{ inputs: { n: 4 }, plausibility: 0.9 }]
  // A lookup of the rows: nothing for 4.
  const lookup = { kind: 'match' as const, input: 'n', cases: [1, 2, 3].map((n) => ({ value: String(n), result: constant(n * 2) })) }
  assert.equal(judge([candidateOf(lookup, 10, 'per-category')], probes).confident, false)
  assert.equal(judge([candidateOf(constant(2), 10, 'expression')], probes).confident, true)
})

test('a refusal outline decides the refusal and the fee outline the fee, under one When', () => {
  const fees: Array<Array<Value | undefined>> = [
    [0.2, 4.5, undefined],
    [1, 4.5, undefined],
    [1.5, 6.9, undefined],
    [5, 6.9, undefined],
    [5.1, 12, undefined],
    [10, 12, undefined],
    [10.5, 19.5, undefined],
    [30, 19.5, undefined],
    [30.5, undefined, 'too heavy'],
    [45, undefined, 'too heavy']
  ]
  const result = synthesise(
    operation(
      'calculateShippingFee',
      [['weight', 'number']],
      [
        ['fee', 'number'],
        ['parcel', 'string']
      ],
      fees,
      'Parcels are charged by weight band. Parcels over 30 kg are not accepted.'
    )
  )
  assert.equal(result.status, 'synthesised', result.ok ? '' : result.message)
  assert.equal(answer(result, { weight: 3 }, 0), 6.9)
  assert.equal(answer(result, { weight: 25 }, 0), 19.5)
  assert.equal(answer(result, { weight: 100 }, 1), 'too heavy')
  assert.equal(answer(result, { weight: 0.5 }, 1), '')
})

test('a length the words name is a constant the search tries: the first ten characters, however long the cut', () => {
  const result = synthesise(
    operation(
      'code',
      [['station', 'string']],
      [['code', 'string']],
      ['Amsterdam', 'Rotterdam Centraal', 'Utrecht', 'Den Haag Centraal', 'Eindhoven Strijp'].map((station) => [
        station,
        // The examples as a person writes them: the first ten characters, upper case.
        station.slice(0, 10).toUpperCase()
      ]),
      'The code is the first ten characters of the station name, in upper case.'
    )
  )
  assert.ok(result.ok)
  assert.match(result.outputs[0]!.description, /\{1,10\}/)
  assert.deepEqual(evaluateProgram(result.outputs[0]!.program, { station: 'Schiphol Airport' }), { ok: true, value: 'SCHIPHOL A' })
})

test('an arithmetic rule that answers one example by heart (`price === 3 ? 12 : ...`) is never confident', () => {
  const result = synthesise(
    operation(
      'tillAddsThemUp',
      [
        ['quantity', 'number'],
        ['price', 'number']
      ],
      [['total', 'number']],
      [
        [1, 2, 2],
        [2, 2, 4],
        [3, 2, 4],
        [4, 2, 6],
        [6, 1.5, 6],
        [7, 1.5, 7.5],
        [5, 3, 12],
        [6, 2.5, 10]
      ],
      [
        'Three for the price of two',
        '  Every third item of the same product is free.',
        'the total for a number of items',
        '  items at   each',
        'the till adds them up',
        'the total is  '
      ].join('\n')
    )
  )
  // Every third item free is (quantity - floor(quantity / 3)) * price: 9 at 1.00 is 6.00.
  assert.ok(result.ok)
  const rule = result.outputs[0]!
  const right = evaluateProgram(rule.program, { quantity: 9, price: 1 })
  assert.ok(rule.confident === false || (right.ok && right.value === 6), rule.description)
})

test('a long text is singled out by its length, so a list of its rows answers does not pass for compression', () => {
  const prior = new Prior({ inputs: 1 })
  const long = 'tomatoes 0.9, beans 1.1, tomatoes 0.6, beans 0.4'
  const rows = [long, 'beans 0.5', 'tomatoes 3.1'].map((text, index) => ({ inputs: [text], output: index + 0.5 }))
  const spelled = rows.reduce((sum, row) => sum + prior.constantBits(row.inputs[0]!), 0)
  assert.ok(prior.tableBits(rows) < spelled, 'the table costs less than spelling its texts out')
  // A short key is still written out: a number costs its digits.
  assert.equal(prior.tableBits([{ inputs: [7], output: 1 }]) > prior.constantBits(7), true)
})

test('days of the week are a category, never text to measure: no rule reads the length of a day name', () => {
  const result = synthesise(
    operation(
      'priceTicket',
      [
        ['age', 'number'],
        ['day', 'string']
      ],
      [['price', 'number']],
      [
        [8, 'Monday', 5],
        [30, 'Monday', 10],
        [11, 'Tuesday', 2.5],
        [12, 'Tuesday', 5],
        [40, 'Saturday', 10],
        [12, 'Friday', 10],
        [65, 'Tuesday', 5],
        [5, 'Sunday', 5],
        [10, 'Monday', 5]
      ],
      'Cinema ticket price\nChildren under 12 pay 5 euros and everybody else pays 10 euros.\nOn Tuesdays every ticket is half price.'
    )
  )
  assert.ok(result.ok)
  assert.doesNotMatch(result.outputs[0]!.description, /day\.length/)
  // Wednesday is a day the probes try: a rule is judged on it too.
  const table = tabulate(
    operation(
      'days',
      [['day', 'string']],
      [['open', 'boolean']],
      [
        ['Monday', true],
        ['Tuesday', false]
      ]
    )
  )
  assert.ok(!isTableProblem(table))
  assert.equal(table.columns[0]!.categorical, true)
  assert.ok(probeRows(table).some((probe) => probe.inputs.day === 'Wednesday'))
})

test('a yes/no about the number an earlier output shows (the next day, past midnight) is not decided by the start alone', () => {
  const result = synthesise(
    operation(
      'setTimer',
      [
        ['start', 'string'],
        ['hours', 'number'],
        ['minutes', 'number']
      ],
      [
        ['ready', 'string'],
        ['next_day', 'boolean']
      ],
      [
        ['08:00', 6, 0, '14:00', false],
        ['09:30', 4, 45, '14:15', false],
        ['14:20', 8, 30, '22:50', false],
        ['16:00', 8, 0, '00:00', true],
        ['15:59', 8, 0, '23:59', false],
        ['22:30', 3, 10, '01:40', true],
        ['19:45', 10, 15, '06:00', true],
        ['07:05', 2, 55, '10:00', false],
        ['23:50', 0, 20, '00:10', true]
      ],
      'Slow cooker\nThe ready time is the start time plus the cooking time. Past midnight it is the next day.'
    )
  )
  assert.ok(result.ok)
  const nextDay = result.outputs[1]!
  // 16:40 and six hours is 22:40, the same day; a rule that reads the start alone says otherwise.
  const answer = evaluateProgram(nextDay.program, { start: '16:40', hours: 6, minutes: 0 })
  assert.ok(!nextDay.confident || (answer.ok && answer.value === false), nextDay.description)
  if (answer.ok && answer.value !== false) assert.ok(nextDay.question, 'an unsure rule asks for the row that decides it')
})

test('a bound the words name that no example reaches is not dropped: the rule is unconfirmed and asks past the bound', () => {
  const rows: Value[][] = [
    [0, 0],
    [1, 0.25],
    [3, 0.75],
    [8, 2],
    [4, 1]
  ]
  const fine = (context: string) => synthesise(operation('worksOutFine', [['days', 'number']], [['fine', 'number']], rows, context))
  const capped = fine('Overdue fines\n  A late book costs 0.25 for every day it is overdue, but the fine never goes above 5.00.')
  assert.equal(capped.status, 'ambiguous')
  assert.equal(answer(capped, { days: 30 }), 5)
  assert.ok(capped.ok && capped.outputs[0]!.question !== undefined, 'a row past the bound is asked for')
  // Without the words the plain rule is the rule.
  const plain = fine('Overdue fines\n  A late book costs 0.25 for every day it is overdue.')
  assert.equal(plain.status, 'synthesised')
  assert.equal(answer(plain, { days: 30 }), 7.5)
})

test('a bound the rule already uses is what the words number says, not a cap on the answer as well', () => {
  // "at most 6 to a box" is the 6 of `Math.ceil(eggs / 6)`: no row has more than 5 boxes, yet 8 boxes hold 48 eggs.
  const result = synthesise(
    operation(
      'packEggs',
      [['eggs', 'number']],
      [['boxes', 'number']],
      [
        [7, 2],
        [12, 2],
        [13, 3],
        [18, 3],
        [20, 4],
        [25, 5],
        [30, 5],
        [9, 2]
      ],
      'Egg boxes\nThe eggs are packed into as few boxes as possible, at most 6 to a box.\npacking eggs\nthe eggs are packed\nthere are boxes'
    )
  )
  assert.equal(answer(result, { eggs: 48 }), 8)
  assert.equal(answer(result, { eggs: 61 }), 11)
})

test('a clock time the rule cannot write, among the examples own values, is a question: its code would write "25:10"', () => {
  // No example ends past midnight; the latest start plus the longest wait would.
  const rows: Value[][] = [
    ['09:15', 20, '09:35'],
    ['07:00', 75, '08:15'],
    ['13:40', 10, '13:50'],
    ['22:00', 50, '22:50'],
    ['05:30', 150, '08:00']
  ]
  const result = synthesise(
    operation(
      'bakeFor',
      [
        ['start', 'string'],
        ['minutes', 'number']
      ],
      [['ready', 'string']],
      rows
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'ambiguous')
  const question = result.outputs[0]!.question!
  assert.ok(
    question.answers.some((answer) => typeof answer.value === 'string' && answer.value < '02:00'),
    JSON.stringify(question)
  )
})

test('a cut between equally round examples (60 and 70) is a question: "70 and over" and "over 60" are as plain, 65 lies between', () => {
  const result = synthesise(
    operation(
      'priceSwim',
      [['age', 'number']],
      [['price', 'number']],
      [
        [10, 5],
        [30, 5],
        [50, 5],
        [60, 5],
        [70, 3],
        [80, 3],
        [90, 3]
      ],
      'A swim costs 5.00. Older swimmers pay less.'
    )
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'ambiguous')
  const asked = result.outputs[0]!.question!.inputs['age'] as number
  assert.ok(asked > 60 && asked < 70, JSON.stringify(result.outputs[0]!.question))
  // Ends of unequal roundness keep the convention: 55 and 70 give "70 and over", no question.
  const plain = synthesise(
    operation(
      'priceSwim',
      [['age', 'number']],
      [['price', 'number']],
      [
        [10, 5],
        [30, 5],
        [55, 5],
        [70, 3],
        [80, 3],
        [90, 3]
      ]
    )
  )
  assert.ok(plain.ok)
  assert.equal(answer(plain, { age: 65 }), 5)
})

test('a rate written to the cent ("12.50", "20.00") is probed to the cent beside the other input: pay for odd hours over the line is kept to the cent', () => {
  // Night work: hours past 8 are paid at 1.5 times the rate. No rate has a second decimal place
  // and every example's overtime is even, but 15.33 an hour for 9 hours would be 145.635.
  const result = synthesise(
    operation(
      'workOutShiftPay',
      [
        ['rate', 'number', { decimals: 2 }],
        ['hours', 'number']
      ],
      [['pay', 'number']],
      [
        [20, 8, 160],
        [20, 6, 120],
        [20, 10, 220],
        [12.5, 12, 175],
        [16, 0, 0],
        [16, 14, 272]
      ],
      'Night shift pay. Hours past 8 are paid at 1.5 times the hourly rate; the rest at the rate.'
    )
  )
  const at = (rate: number, hours: number) => answer(result, { rate, hours })
  assert.equal(at(20, 12), 280)
  // Right to the cent, or asked about: never an amount with fractions of a cent called confirmed.
  if (result.status === 'synthesised') assert.equal(at(15.33, 9), 145.64)
})

test('a cap the words name on the answer, reached by the examples, rules out a rival that passes it: no question at 21 days', () => {
  const result = synthesise(
    operation(
      'workOutLateFee',
      [['days', 'number']],
      [['fee', 'number']],
      [
        [0, 0],
        [1, 0.25],
        [4, 1],
        [10, 2.5],
        [20, 5],
        [30, 5]
      ],
      'Tool hire late fee\nA drill returned late costs 0.25 a day, but the fee never goes above 5.00.\na drill returned days late\nthe late fee is'
    )
  )
  // `days > 24 ? 5 : days * 0.25` fits every row too, and says 5.25 at 21: the words rule it out.
  assert.equal(result.status, 'synthesised', JSON.stringify(result.ok ? result.outputs[0]!.question : result))
  assert.equal(answer(result, { days: 21 }), 5)
  assert.equal(answer(result, { days: 7 }), 1.75)
})

test('whole amounts written to the cent (20.00) are probed to the cent: a share of them is rounded to the cent', () => {
  // Every price here is whole: 0.85 of it never needs a third decimal, 0.85 of 33.33 does.
  const result = synthesise(
    operation(
      'priceOffPeak',
      [['day', 'number', { decimals: 2 }]],
      [['night', 'number']],
      [
        [20, 17],
        [40, 34],
        [60, 51],
        [10, 8.5],
        [80, 68]
      ],
      'Off-peak bookings cost the day price with 15% off, rounded to the cent.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answer(result, { day: 33.33 }), 28.33)
})

test('a table of constants that answers two rows or more each with its own amount is a lookup of the rows; bands are not', () => {
  const rows: Value[][] = [
    [1200, 0],
    [1800, 0],
    [2400, 31],
    [3100, 87],
    [4000, 168],
    [900, 0]
  ]
  const table = tabulate(operation('tax', [['pay', 'number']], [['tax', 'number']], rows))
  assert.ok(!isTableProblem(table))
  const problem = (text: string) =>
    ({ table, target: rows.map((row) => row[1]!), prior: new Prior({ text, inputs: 1 }) }) as unknown as Problem
  const pay = input('pay', 'number')
  // 31, 87 and 168 are each one row's own amount, cut out by learnt thresholds.
  const byHeart = conditional(
    apply('less', pay, constant(2000)),
    constant(0),
    conditional(
      apply('less', pay, constant(3000)),
      constant(31),
      conditional(apply('less', pay, constant(3500)), constant(87), constant(168))
    )
  )
  assert.equal(answersOneRowByHeart(byHeart, problem('Tax is taken from pay.')), true)
  // The amounts the words give are the rule's: bands of stated fees.
  assert.equal(answersOneRowByHeart(byHeart, problem('Tax is 0 below 2000, 31 up to 3000, 87 up to 3500 and 168 above.')), false)
  // One amount of its own is a band with one example, not a lookup.
  const band = conditional(
    apply('less', pay, constant(2000)),
    constant(0),
    conditional(apply('less', pay, constant(3000)), constant(31), constant(99))
  )
  assert.equal(answersOneRowByHeart(band, problem('Tax is taken from pay.')), false)
})
