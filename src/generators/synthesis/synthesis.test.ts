import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation, Value } from '../operation'
import vm from 'node:vm'
import ts from 'typescript'
import { DECIMAL_HELPER, evaluateProgram, renderOperation, synthesise, type SynthesisResult } from './index'
import { domainOf } from './confidence'
import { answerOf as answer, tableOperation as table } from './testing'

test('a linear rule the rows decide is synthesised, confident, and right beyond the rows', () => {
  const result = synthesise(
    table(
      'fahrenheit',
      [['celsius', 'number']],
      [['fahrenheit', 'number']],
      [
        [0, 32],
        [100, 212],
        [-40, -40],
        [37, 98.6],
        [20, 68]
      ]
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { celsius: 50 }), 122)
  assert.equal(
    answer(result, { celsius: -273.15 }) !== undefined && Math.abs((answer(result, { celsius: -273.15 }) as number) + 459.67) < 1e-9,
    true
  )
})

test('bands with conventional cuts: a round number inside a narrow gap, the first value of the upper band', () => {
  const result = synthesise(
    table(
      'ticket',
      [['age', 'number']],
      [['type', 'string']],
      [
        [4, 'child'],
        [11, 'child'],
        [12, 'adult'],
        [40, 'adult'],
        [64, 'adult'],
        [65, 'senior'],
        [90, 'senior']
      ]
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(result.ok && result.outputs[0]!.description, "age < 12 ? 'child' : age < 65 ? 'adult' : 'senior'")
})

test('rows that fit a coincidence as well as the rule: ambiguous, with the deciding row and what each candidate answers', () => {
  const result = synthesise(
    table(
      'prize',
      [['n', 'number']],
      [['prize', 'boolean']],
      [
        [15, true],
        [30, true],
        [3, false],
        [5, false],
        [9, false],
        [10, false]
      ],
      'divisible by three and by five'
    )
  )
  assert.equal(result.status, 'ambiguous')
  const question = result.ok ? result.outputs[0]!.question : undefined
  assert.ok(question, 'a question')
  const answers = new Set(question!.answers.map((entry) => entry.value))
  assert.equal(answers.size >= 2, true, 'the candidates disagree on the deciding row')
  const n = question!.inputs['n'] as number
  assert.ok(n > 10 && n < 15, `the deciding row is between the examples that do not decide: ${n}`)
})

test('once the deciding rows are added, the same table is decided', () => {
  const result = synthesise(
    table(
      'prize',
      [['n', 'number']],
      [['prize', 'boolean']],
      [
        [15, true],
        [30, true],
        [45, true],
        [3, false],
        [5, false],
        [9, false],
        [10, false],
        [18, false],
        [20, false]
      ],
      'divisible by three and by five'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { n: 60 }), true)
  assert.equal(answer(result, { n: 25 }), false)
})

test('a table no rule explains more simply than its rows is no-rule, located at the first example', () => {
  const result = synthesise(
    table(
      'lottery',
      [['ticket', 'number']],
      [['prize', 'number']],
      [
        [4, 37],
        [7, 4],
        [10, 91],
        [13, 15],
        [16, 62],
        [19, 8],
        [22, 55],
        [25, 23]
      ]
    )
  )
  assert.equal(result.ok, false)
  assert.equal(result.status, 'no-rule')
  assert.equal(!result.ok && result.error.file, 'features/lottery.feature')
  assert.equal(!result.ok && result.error.line, 10)
})

test("an answer outside the outputs' domain is a question even without a rival: whole tins", () => {
  const result = synthesise(
    table(
      'paint',
      [['area', 'number']],
      [['tins', 'number']],
      [
        [12, 1],
        [24, 2],
        [36, 3],
        [60, 5]
      ]
    )
  )
  assert.equal(result.status, 'ambiguous')
})

test('relations between inputs, min, max and the middle of three', () => {
  assert.equal(
    answer(
      synthesise(
        table(
          'bid',
          [
            ['first', 'number'],
            ['second', 'number']
          ],
          [['winning', 'number']],
          [
            [10, 20, 20],
            [35, 12, 35],
            [7, 7, 7],
            [100, 250, 250]
          ]
        )
      ),
      { first: 999, second: 3 }
    ),
    999
  )
  const middle = synthesise(
    table(
      'middle',
      [
        ['a', 'number'],
        ['b', 'number'],
        ['c', 'number']
      ],
      [['middle', 'number']],
      [
        [1, 2, 3, 2],
        [9, 4, 6, 6],
        [5, 8, 7, 7],
        [2, 2, 9, 2],
        [10, 3, 1, 3]
      ],
      'the middle reading counts'
    )
  )
  assert.equal(answer(middle, { a: 40, b: 10, c: 25 }), 25)
})

test('the cheapest of three, though no example has the third one cheapest: the three are named as one set', () => {
  const rows = '1200 900 1500 900 | 800 800 950 800 | 3000 2500 2750 2500 | 450 600 500 450 | 7200 6800 9100 6800 | 99 150 120 99'
    .split(' | ')
    .map((row) => row.split(' ').map(Number))
  const quotes = (['first', 'second', 'third'] as const).map((name): [string, 'number'] => [name, 'number'])
  const cheapest = synthesise(table('quotes', quotes, [['cheapest', 'number']], rows, 'comparing three quotes: the cheapest is kept'))
  assert.equal(cheapest.status, 'synthesised')
  assert.equal(answer(cheapest, { first: 640, second: 720, third: 580 }), 580)
  assert.equal(cheapest.ok && cheapest.outputs[0]!.description, 'Math.min(first, second, third)')
})

test('which of three is the busiest, by its label, as one branch of a decision list: "nobody" where none came', () => {
  const rows =
    '120 80 60 North | 30 95 10 South | 5 8 40 East | 0 0 0 nobody | 70 200 150 South | 300 20 10 North | 12 3 90 East | 0 0 0 nobody'
      .split(' | ')
      .map((row) => row.split(' '))
      .map(([north, south, east, gate]) => [Number(north), Number(south), Number(east), gate!])
  const gates = (['north', 'south', 'east'] as const).map((name): [string, 'number'] => [name, 'number'])
  const busiest = synthesise(
    table('busiestGate', gates, [['gate', 'string']], rows, 'the gate that counted the most visitors is the busiest')
  )
  assert.ok(busiest.ok, busiest.ok ? '' : busiest.message)
  assert.equal(answer(busiest, { north: 10, south: 50, east: 20 }), 'South')
  assert.equal(answer(busiest, { north: 9, south: 2, east: 1 }), 'North')
  assert.equal(answer(busiest, { north: 0, south: 0, east: 0 }), 'nobody')
  // The rows of "nobody" are where every gate counted 0: a condition that only names one gate, or two gates being equal, is a guess.
  if (answer(busiest, { north: 0, south: 40, east: 5 }) !== 'South' || answer(busiest, { north: 5, south: 1, east: 5 }) === 'nobody')
    assert.equal(busiest.status, 'ambiguous')
})

test('word-level text: a slug, initials, title case', () => {
  const slug = synthesise(
    table(
      'slug',
      [['title', 'string']],
      [['slug', 'string']],
      [
        ['Hello World', 'hello-world'],
        ['Release Notes Today', 'release-notes-today'],
        ['FAQ', 'faq']
      ],
      'the address is the title in lower case, words joined by hyphens'
    )
  )
  assert.equal(answer(slug, { title: 'Terms Of Service' }), 'terms-of-service')
  const initials = synthesise(
    table(
      'initials',
      [['name', 'string']],
      [['initials', 'string']],
      [
        ['ada lovelace', 'AL'],
        ['grace brewster hopper', 'GBH'],
        ['alan turing', 'AT']
      ],
      'the initials of a name'
    )
  )
  assert.equal(answer(initials, { name: 'linus benedict torvalds' }), 'LBT')
})

test('templates that mix text and arithmetic: a duration, a twelve-hour clock', () => {
  const duration = synthesise(
    table(
      'duration',
      [['minutes', 'number']],
      [['shown', 'string']],
      [
        [135, '2:15'],
        [60, '1:00'],
        [59, '0:59'],
        [605, '10:05'],
        [90, '1:30'],
        [7, '0:07']
      ]
    )
  )
  assert.equal(answer(duration, { minutes: 125 }), '2:05')
  const clock = synthesise(
    table(
      'clock',
      [['hour', 'number']],
      [['shown', 'string']],
      [
        [0, '12 AM'],
        [7, '7 AM'],
        [11, '11 AM'],
        [12, '12 PM'],
        [13, '1 PM'],
        [18, '6 PM'],
        [23, '11 PM']
      ],
      'hours on the 12-hour clock, AM before noon'
    )
  )
  assert.equal(answer(clock, { hour: 15 }), '3 PM')
  assert.equal(answer(clock, { hour: 9 }), '9 AM')
})

test('a category decides first, a threshold within one category', () => {
  const result = synthesise(
    table(
      'cinema',
      [
        ['ticket', 'string'],
        ['hour', 'number']
      ],
      [['price', 'number']],
      [
        ['member', 14, 5],
        ['member', 20, 5],
        ['child', 10, 4],
        ['child', 19, 4],
        ['adult', 11, 9],
        ['adult', 16, 9],
        ['adult', 17, 12],
        ['adult', 21, 12]
      ]
    )
  )
  assert.equal(answer(result, { ticket: 'member', hour: 22 }), 5)
  assert.equal(answer(result, { ticket: 'adult', hour: 18 }), 12)
})

test('widening the search keeps the bar: a larger bank never turns a question into a confident rule', () => {
  const operation = table(
    'prize',
    [['n', 'number']],
    [['prize', 'boolean']],
    [
      [15, true],
      [30, true],
      [3, false],
      [5, false],
      [9, false],
      [10, false]
    ]
  )
  assert.equal(synthesise(operation, { maxLevel: 60, maxEntries: 24000 }).status, 'ambiguous')
})

test('contradictory rows and a single row are located problems, not rules', () => {
  const contradiction = synthesise(
    table(
      'twice',
      [['n', 'number']],
      [['m', 'number']],
      [
        [1, 2],
        [1, 3],
        [2, 4]
      ]
    )
  )
  assert.equal(!contradiction.ok && contradiction.reason, 'contradiction')
  // Both rows are named where they are: the one that disagrees and the one it disagrees with.
  assert.match(!contradiction.ok ? contradiction.message : '', /m=3 at \S+:11 but 2 at \S+:10/)
  const single = synthesise(table('once', [['n', 'number']], [['m', 'number']], [[1, 2]]))
  assert.equal(!single.ok && single.reason, 'too-few-examples')
})

test('whole outputs: a rule answering a fraction of a box on ordinary inputs ranks below the rounded one the words cue', () => {
  const result = synthesise(
    table(
      'boxes',
      [['books', 'number']],
      [['boxes', 'number']],
      [
        [20, 1],
        [40, 2],
        [60, 3],
        [100, 5],
        [200, 10]
      ],
      'Packing books: a box holds 20 books, and any part of a box means packing one more box.'
    )
  )
  assert.ok(result.ok)
  // The examples never show a partial box: the written rule must not answer 1.5 boxes.
  assert.equal(answer(result, { books: 30 }), 2)
  assert.equal(answer(result, { books: 41 }), 3)
  // Floor and round fit the examples as well: the rule is not confident, and says which row decides.
  assert.notEqual(result.status, 'synthesised')
})

test('a modulus the rows cannot pin down (8 or 400 for hundreds) is a question, asked at a round neighbour of the examples', () => {
  // The leap-year rule by divisibility, where no word speaks of years: the calendar's own rule is not offered.
  const rows: Value[][] = [
    [2024, true],
    [2023, false],
    [1900, false],
    [2000, true],
    [2100, false],
    [1996, true],
    [2019, false],
    [2400, true],
    [1998, false],
    [2021, false],
    [2020, true]
  ]
  const result = synthesise(table('marked', [['n', 'number']], [['marked', 'boolean']], rows, 'Some multiples are marked by the ledger.'))
  assert.ok(result.ok)
  assert.notEqual(result.status, 'synthesised')
  const question = result.outputs[0]!.question
  assert.ok(question, 'a deciding row is asked for')
  assert.equal((question.inputs.n as number) % 100, 0, `asks a multiple of 100, not ${JSON.stringify(question.inputs)}`)
  // With that row answered, the rule is decided.
  const decided = synthesise(
    table(
      'marked',
      [['n', 'number']],
      [['marked', 'boolean']],
      [...rows, [question.inputs.n as number, (question.inputs.n as number) % 400 === 0]],
      'Some multiples are marked by the ledger.'
    )
  )
  assert.equal(answer(decided, { n: 2200 }), false)
  assert.equal(answer(decided, { n: 1600 }), true)
})

test('money is kept to the cent: a rule whose rows never show a fraction of a cent is written rounded', () => {
  const result = synthesise(
    table(
      'shareBooking',
      [
        ['price', 'number'],
        ['fee', 'number'],
        ['travellers', 'number']
      ],
      [['share', 'number']],
      [
        [200, 5, 4, 52.5],
        [90, 0, 3, 30],
        [150, 10, 2, 82.5],
        [400, 2.5, 5, 82],
        [60, 20, 1, 72],
        [300, 4, 6, 52]
      ],
      'the fee is added as a percent on top of the price and the total is shared between the travellers'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { price: 100, fee: 7, travellers: 3 }), 35.67)
})

test('numbers padded with zeros to a width, and text whose numbers keep their width on every example', () => {
  const result = synthesise(
    table(
      'showTicketCode',
      [
        ['number', 'number'],
        ['queue', 'string']
      ],
      [['code', 'string']],
      [
        [12, 'IT', 'IT/00012'],
        [3, 'HR', 'HR/00003'],
        [45678, 'IT', 'IT/45678'],
        [900, 'SALES', 'SALES/00900'],
        [2024, 'HR', 'HR/02024']
      ]
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { number: 5555, queue: 'HR' }), 'HR/05555')
  const domain = domainOf(['EU-000042', 'US-000007', 'APAC-001000'])
  assert.deepEqual(domain.digitWidths, [6])
  assert.deepEqual(domainOf(['3 PM', '12 AM', '9 AM']).digitWidths, undefined)
})

test('an output only some examples check is learnt from those examples', () => {
  const operation = table(
    'lower',
    [
      ['target', 'number'],
      ['amount', 'number']
    ],
    [
      ['target2', 'number'],
      ['heating', 'boolean']
    ],
    [
      [20, 3, 17, false],
      [8, 10, 5, true],
      [25, 5, 20, false],
      [12, 2, 10, false]
    ]
  )
  delete operation.examples[1]!.outputs.heating
  delete operation.examples[3]!.outputs.heating
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.deepEqual(
    result.outputs.map((output) => output.name),
    ['target2', 'heating']
  )
})

test('the calendar rule for leap years, where the words speak of years; not a coincidence of sevens', () => {
  const rows: Value[][] = [
    [2016, 29],
    [2017, 28],
    [1600, 29],
    [1700, 28],
    [2200, 28],
    [1988, 29],
    [2021, 28]
  ]
  const result = synthesise(table('layFebruaryOut', [['year', 'number']], [['days', 'number']], rows, 'February of the year is laid out'))
  assert.equal(result.status, 'synthesised')
  for (const [year, days] of [
    [2000, 29],
    [1900, 28],
    [2032, 29],
    [2031, 28]
  ])
    assert.equal(answer(result, { year: year! }), days)
})

test('a value rounded to a step the words name: the offset is the cheapest in the interval the rounding leaves', () => {
  const rows: Value[][] = [
    [180, 355],
    [200, 390],
    [220, 430],
    [160, 320],
    [150, 300],
    [190, 375],
    [175, 345]
  ]
  const result = synthesise(
    table(
      'setDial',
      [['celsius', 'number']],
      [['fahrenheit', 'number']],
      rows,
      'Multiply by 9, divide by 5 and add 32; the dial moves in steps of 5.'
    )
  )
  assert.equal(result.status, 'synthesised')
  for (const [celsius, fahrenheit] of [
    [230, 445],
    [140, 285],
    [250, 480],
    [120, 250],
    [100, 210]
  ])
    assert.equal(answer(result, { celsius: celsius! }), fahrenheit)
})

test('clock readings: a time rounded to the quarter hour is written back as a time, right beyond the rows', () => {
  const result = synthesise(
    table(
      'round',
      [['clockIn', 'string']],
      [['rounded', 'string']],
      [
        ['08:58', '09:00'],
        ['09:07', '09:00'],
        ['09:08', '09:15'],
        ['07:52', '07:45'],
        ['10:00', '10:00'],
        ['13:23', '13:30']
      ],
      'clock times are rounded to the nearest quarter hour'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { clockIn: '06:37' }), '06:30')
  assert.equal(answer(result, { clockIn: '16:53' }), '17:00')
})

test('clock readings: the time slept, across midnight, in hours and minutes', () => {
  const result = synthesise(
    table(
      'sleep',
      [
        ['bed', 'string'],
        ['woke', 'string']
      ],
      [['slept', 'string']],
      [
        ['23:30', '07:15', '7 h 45 min'],
        ['01:00', '06:30', '5 h 30 min'],
        ['22:00', '06:00', '8 h 0 min'],
        ['00:15', '07:00', '6 h 45 min'],
        ['21:45', '05:15', '7 h 30 min'],
        ['23:50', '07:05', '7 h 15 min'],
        ['02:00', '11:00', '9 h 0 min']
      ],
      'I went to bed at, I woke up at, I slept'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answer(result, { bed: '22:31', woke: '06:00' }), '7 h 29 min')
  assert.equal(answer(result, { bed: '20:00', woke: '04:10' }), '8 h 10 min')
})

test('a search cut short by its budget is cut at the same point every time: budgets count work, not wall time', () => {
  const operation = table(
    'fare',
    [
      ['age', 'number'],
      ['zones', 'number'],
      ['peak', 'boolean']
    ],
    [['fare', 'number']],
    [
      [30, 1, true, 2.5],
      [30, 3, true, 4.5],
      [10, 2, false, 1.75],
      [70, 1, false, 0],
      [40, 2, false, 3],
      [15, 3, true, 2.25],
      [66, 2, true, 3.5]
    ]
  )
  const first = synthesise(operation, { timeBudgetMs: 20 })
  // Work done between the two searches (another operation) must not change where the second is cut.
  synthesise(
    table(
      'twice',
      [['n', 'number']],
      [['m', 'number']],
      [
        [1, 2],
        [2, 4],
        [3, 6],
        [5, 10]
      ]
    )
  )
  const second = synthesise(operation, { timeBudgetMs: 20 })
  const describe = (result: SynthesisResult) => (result.ok ? result.outputs.map((output) => output.description).join('; ') : result.message)
  assert.equal(describe(second), describe(first))
  assert.equal(second.statistics.evaluated, first.statistics.evaluated)
})

test('words split on spaces or hyphens where the text has both: a hyphenated word keeps its parts as words', () => {
  const result = synthesise(
    table(
      'handle',
      [['name', 'string']],
      [['handle', 'string']],
      [
        ['Anna Smith', 'anna_smith'],
        ['Jean-Luc Picard', 'jean_luc_picard'],
        ['Ole Gunnar Solskjaer', 'ole_gunnar_solskjaer'],
        ['Mary-Kate Olsen', 'mary_kate_olsen'],
        ['Bo Li', 'bo_li']
      ],
      'a user handle: the words of the name, lower case, joined by underscores'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answer(result, { name: 'Anne-Marie Duff' }), 'anne_marie_duff')
  assert.equal(answer(result, { name: 'Zoe Ball' }), 'zoe_ball')
})

test('a number written back as a duration when every output is one, with no clock reading among the inputs', () => {
  const result = synthesise(
    table(
      'walk',
      [['km', 'number']],
      [['time', 'string']],
      [
        [1, '0:12'],
        [5, '1:00'],
        [2.5, '0:30'],
        [10, '2:00'],
        [7, '1:24'],
        [0.5, '0:06']
      ],
      'walking takes 12 minutes per kilometre, shown as hours and minutes'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answer(result, { km: 12 }), '2:24')
  assert.equal(answer(result, { km: 3 }), '0:36')
})

test('a derived quantity: an output computed from another output (the score plus the handicap), written out over the inputs', () => {
  const result = synthesise(
    table(
      'handicap',
      [
        ['average', 'number'],
        ['game', 'number']
      ],
      [
        ['handicap', 'number'],
        ['final', 'number']
      ],
      [
        [150, 140, 63, 203],
        [180, 200, 36, 236],
        [200, 190, 18, 208],
        [220, 220, 0, 220],
        [235, 250, 0, 250],
        [163, 170, 51, 221],
        [199, 205, 18, 223]
      ],
      'The handicap is 90 percent of the difference between 220 and the average, rounded down, never less than 0. ' +
        'The final score is the game score plus the handicap.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(answer(result, { average: 171, game: 160 }, 1), 204)
  assert.equal(answer(result, { average: 219, game: 300 }, 1), 300)
  // Written out: the generated rule names only the inputs.
  assert.doesNotMatch(result.outputs[1]!.description, /handicap/)
})

test('a share of a hundred taken off a derived discount, kept to the cent', () => {
  const result = synthesise(
    table(
      'orderLine',
      [
        ['quantity', 'number'],
        ['price', 'number']
      ],
      [
        ['discount', 'number'],
        ['total', 'number']
      ],
      [
        [5, 2, 0, 10],
        [9, 3.1, 0, 27.9],
        [10, 2, 5, 19],
        [11, 1.99, 5, 20.8],
        [20, 1.5, 5, 28.5],
        [49, 1, 5, 46.55],
        [50, 1, 10, 45],
        [100, 0.8, 10, 72]
      ],
      'Buying 10 or more takes 5% off the line; buying 50 or more takes 10% off. Line totals are rounded to the cent.'
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.match(result.outputs[1]!.description, /100 - /)
  assert.equal(answer(result, { quantity: 13, price: 0.99 }, 1), 12.23)
  assert.equal(answer(result, { quantity: 75, price: 2.2 }, 1), 148.5)
})

test('rounded up to the next cent where the words say so, past the float noise of the product', () => {
  const result = synthesise(
    table(
      'splitBill',
      [
        ['bill', 'number'],
        ['tip', 'number'],
        ['diners', 'number']
      ],
      [['share', 'number']],
      [
        [100, 10, 4, 27.5],
        [60, 15, 3, 23],
        [100, 0, 3, 33.34],
        [45.5, 20, 2, 27.3],
        [80, 12.5, 3, 30],
        [10, 15, 1, 11.5],
        [99.99, 10, 7, 15.72],
        [50, 18, 6, 9.84]
      ],
      'The tip is a percentage of the bill; each share is rounded up to the next cent.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { bill: 120, tip: 10, diners: 4 }), 33)
  assert.equal(answer(result, { bill: 10, tip: 0, diners: 3 }), 3.34)
})

test('kept between two ends (a volume from 0 to 100), and the mean of three inputs', () => {
  const clamped = synthesise(
    table(
      'volume',
      [
        ['volume', 'number'],
        ['change', 'number']
      ],
      [['result', 'number']],
      [
        [50, 10, 60],
        [95, 10, 100],
        [5, -10, 0],
        [100, 5, 100],
        [30, -30, 0],
        [0, 7, 7],
        [80, -25, 55]
      ]
    )
  )
  assert.equal(clamped.status, 'synthesised')
  assert.equal(answer(clamped, { volume: 60, change: 45 }), 100)
  assert.equal(answer(clamped, { volume: 12, change: -20 }), 0)
  assert.equal(answer(clamped, { volume: 40, change: -15 }), 25)
  const mean = synthesise(
    table(
      'reportCard',
      [
        ['autumn', 'number'],
        ['spring', 'number'],
        ['summer', 'number']
      ],
      [['average', 'number']],
      [
        [70, 80, 90, 80],
        [65, 70, 71, 69],
        [50, 51, 51, 51],
        [100, 99, 99, 99],
        [0, 0, 1, 0],
        [55, 56, 56, 56],
        [34, 35, 35, 35]
      ],
      'The report card shows the average of the three term marks, rounded to the nearest whole mark.'
    )
  )
  assert.ok(mean.ok, mean.ok ? '' : mean.message)
  assert.equal(answer(mean, { autumn: 88, spring: 92, summer: 95 }), 92)
  assert.equal(answer(mean, { autumn: 12, spring: 13, summer: 14 }), 13)
})

test('known sequences: month names, Roman numerals and ordinals are rules, right on numbers the rows never show', () => {
  const months = synthesise(
    table(
      'printStatementHeader',
      [['month', 'number']],
      [['name', 'string']],
      [
        [1, 'Jan'],
        [2, 'Feb'],
        [3, 'Mar'],
        [6, 'Jun'],
        [10, 'Oct'],
        [12, 'Dec']
      ],
      'Statement dates: short month names on statements'
    )
  )
  assert.equal(months.status, 'synthesised')
  assert.deepEqual(
    [4, 7, 9, 11].map((month) => answer(months, { month })),
    ['Apr', 'Jul', 'Sep', 'Nov']
  )
  const numerals = synthesise(
    table(
      'typesetHeading',
      [['chapter', 'number']],
      [['heading', 'string']],
      [
        [1, 'Chapter I'],
        [2, 'Chapter II'],
        [4, 'Chapter IV'],
        [5, 'Chapter V'],
        [9, 'Chapter IX'],
        [10, 'Chapter X'],
        [14, 'Chapter XIV']
      ],
      'Chapters are numbered in Roman numerals.'
    )
  )
  assert.equal(numerals.status, 'synthesised')
  assert.deepEqual(
    [3, 19, 40, 1994].map((chapter) => answer(numerals, { chapter })),
    ['Chapter III', 'Chapter XIX', 'Chapter XL', 'Chapter MCMXCIV']
  )
  const places = synthesise(
    table(
      'readResultsOut',
      [['position', 'number']],
      [['place', 'string']],
      [
        [1, '1st'],
        [2, '2nd'],
        [3, '3rd'],
        [4, '4th'],
        [11, '11th'],
        [12, '12th'],
        [13, '13th'],
        [21, '21st'],
        [22, '22nd'],
        [101, '101st']
      ],
      'Places are read out as English ordinals.'
    )
  )
  assert.equal(places.status, 'synthesised')
  assert.deepEqual(
    [20, 23, 111, 112, 1002].map((position) => answer(places, { position })),
    ['20th', '23rd', '111th', '112th', '1002nd']
  )
})

test('known sequences read back from text, letters from indices and the days of a month of a year', () => {
  const monthNumbers = synthesise(
    table(
      'fileStatement',
      [['month', 'string']],
      [['folder', 'number']],
      [
        ['January', 1],
        ['March', 3],
        ['April', 4],
        ['August', 8],
        ['November', 11],
        ['December', 12]
      ],
      'Statements are filed by month number.'
    )
  )
  assert.equal(monthNumbers.status, 'synthesised')
  assert.deepEqual(
    ['February', 'July', 'October'].map((month) => answer(monthNumbers, { month })),
    [2, 7, 10]
  )
  const seats = synthesise(
    table(
      'labelSeat',
      [['seat', 'number']],
      [['label', 'string']],
      [
        [1, 'A1'],
        [12, 'A12'],
        [13, 'B1'],
        [24, 'B12'],
        [25, 'C1'],
        [30, 'C6'],
        [100, 'I4']
      ],
      'Cinema tickets: the seat printed on a ticket, rows of 12 seats lettered from A.'
    )
  )
  assert.ok(seats.ok)
  assert.deepEqual(
    [7, 18, 36, 37, 144].map((seat) => answer(seats, { seat })),
    ['A7', 'B6', 'C12', 'D1', 'L12']
  )
  const days = synthesise(
    table(
      'countDays',
      [
        ['month', 'number'],
        ['year', 'number']
      ],
      [['days', 'number']],
      [
        [1, 2026, 31],
        [2, 2026, 28],
        [2, 2024, 29],
        [2, 1900, 28],
        [2, 2000, 29],
        [4, 2026, 30],
        [11, 2023, 30],
        [12, 1999, 31],
        [9, 2100, 30]
      ],
      'Days in a month: February has 28 days, or 29 in a leap year.'
    )
  )
  assert.equal(days.status, 'synthesised')
  assert.deepEqual(
    [
      [3, 2026],
      [2, 2028],
      [2, 2200],
      [6, 2027]
    ].map(([month, year]) => answer(days, { month: month!, year: year! })),
    [31, 29, 28, 30]
  )
})

test("a choice between a word and a number inside a template: 'no' for none, the count otherwise", () => {
  const result = synthesise(
    table(
      'inboxOpens',
      [
        ['name', 'string'],
        ['count', 'number']
      ],
      [['greeting', 'string']],
      [
        ['Sam', 3, 'Hi Sam, you have 3 unread messages'],
        ['Ana', 1, 'Hi Ana, you have 1 unread message'],
        ['Bo', 0, 'Hi Bo, you have no unread messages'],
        ['Priya', 27, 'Hi Priya, you have 27 unread messages'],
        ['Tom', 2, 'Hi Tom, you have 2 unread messages']
      ]
    )
  )
  assert.ok(result.ok)
  assert.equal(answer(result, { name: 'Kim', count: 0 }), 'Hi Kim, you have no unread messages')
  assert.equal(answer(result, { name: 'Lee', count: 1 }), 'Hi Lee, you have 1 unread message')
  assert.equal(answer(result, { name: 'Noor', count: 100 }), 'Hi Noor, you have 100 unread messages')
})

test('calendar dates: a stay of some nights from a check-in date, across month ends, a year end and a leap day', () => {
  const result = synthesise(
    table(
      'confirmBooking',
      [
        ['arrival', 'string'],
        ['nights', 'number']
      ],
      [['departure', 'string']],
      [
        ['2026-03-10', 3, '2026-03-13'],
        ['2026-03-28', 5, '2026-04-02'],
        ['2026-12-30', 4, '2027-01-03'],
        ['2028-02-27', 2, '2028-02-29'],
        ['2027-02-27', 2, '2027-03-01'],
        ['2026-06-15', 1, '2026-06-16']
      ],
      'Hotel stay: the day the guest leaves'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { arrival: '2026-08-29', nights: 4 }), '2026-09-02')
  assert.equal(answer(result, { arrival: '2028-02-25', nights: 7 }), '2028-03-03')
  assert.equal(answer(result, { arrival: '2026-05-31', nights: 14 }), '2026-06-14')
})

test('a branch of a decision list written as a template: a draw, or which side won and by how many', () => {
  const result = synthesise(
    table(
      'writeMatchReport',
      [
        ['home', 'number'],
        ['away', 'number']
      ],
      [['headline', 'string']],
      [
        [3, 1, 'home win by 2'],
        [0, 1, 'away win by 1'],
        [2, 2, 'draw'],
        [5, 0, 'home win by 5'],
        [1, 4, 'away win by 3'],
        [0, 0, 'draw']
      ],
      'Match report: the headline for a final score, where the home side scored home and the away side scored away'
    )
  )
  assert.ok(result.ok)
  assert.deepEqual(
    [
      [4, 3],
      [2, 6],
      [7, 7],
      [10, 2]
    ].map(([home, away]) => answer(result, { home: home!, away: away! })),
    ['home win by 1', 'away win by 4', 'draw', 'home win by 8']
  )
})

test('title case: short articles and prepositions stay lower case inside a title, never first or last', () => {
  const result = synthesise(
    table(
      'tidyTitle',
      [['title', 'string']],
      [['label', 'string']],
      [
        ['the lord of the rings', 'The Lord of the Rings'],
        ['war and peace', 'War and Peace'],
        ['A TALE OF TWO CITIES', 'A Tale of Two Cities'],
        ['of mice and men', 'Of Mice and Men'],
        ['to kill a mockingbird', 'To Kill a Mockingbird'],
        ['dune', 'Dune'],
        ['tHe CATCHER in the rYE', 'The Catcher in the Rye']
      ],
      'Shelf labels: a title as printed on the shelf label'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { title: 'the cat in the hat' }), 'The Cat in the Hat')
  assert.equal(answer(result, { title: 'PRIDE AND PREJUDICE' }), 'Pride and Prejudice')
  assert.equal(answer(result, { title: 'what it is for' }), 'What It Is For')
})

test('a table the description states is the rule: codes the rows never show get the answer the words give them', () => {
  const cabins = synthesise(
    table(
      'lookCabinUp',
      [['code', 'string']],
      [['cabin', 'string']],
      [
        ['F', 'first'],
        ['J', 'business'],
        ['W', 'premium economy'],
        ['Y', 'economy'],
        ['B', 'economy']
      ],
      'Cabin from fare code. F and A are first class, J and C are business, W is premium economy, and Y, B and M are economy.'
    )
  )
  assert.equal(cabins.status, 'synthesised')
  assert.deepEqual(
    ['A', 'C', 'M'].map((code) => answer(cabins, { code })),
    ['first', 'business', 'economy']
  )
  const collectionDays = (fourth: string) =>
    synthesise(
      table(
        'lookCollectionDayUp',
        [['district', 'string']],
        [['day', 'string']],
        [
          ['N1', 'Monday'],
          ['N2', 'Wednesday'],
          ['N3', 'Friday'],
          ['N4', fourth],
          ['E1', 'Friday']
        ],
        'Bins are collected on Monday in the N1 and N4 postcode districts, on Wednesday in N2 and N7, and on Friday everywhere else.'
      )
    )
  const days = collectionDays('Monday')
  assert.equal(days.status, 'synthesised')
  assert.deepEqual(
    ['N7', 'N9', 'W2'].map((district) => answer(days, { district })),
    ['Wednesday', 'Friday', 'Friday']
  )
  // Words that contradict an example state no table: the rows are not restated as one.
  const contradicted = collectionDays('Wednesday')
  assert.notEqual(contradicted.status, 'synthesised')
})

test('a scale rounded down where the words say so: a share of a maximum, rounded down to a whole percent', () => {
  const result = synthesise(
    table(
      'measureEffort',
      [
        ['age', 'number'],
        ['bpm', 'number']
      ],
      [['percent', 'number']],
      [
        [30, 113, 59],
        [30, 114, 60],
        [40, 125, 69],
        [40, 126, 70],
        [20, 160, 80],
        [20, 179, 89],
        [20, 180, 90],
        [50, 85, 50],
        [60, 176, 110]
      ],
      "A runner's maximum heart rate is 220 minus their age. The effort is the heart rate as a percentage of that maximum, " +
        'rounded down to a whole number. Under 60 percent is easy.'
    )
  )
  assert.ok(result.ok)
  assert.deepEqual(
    [
      [25, 150],
      [35, 170],
      [28, 130],
      [55, 140]
    ].map(([age, bpm]) => answer(result, { age: age!, bpm: bpm! })),
    [76, 91, 67, 84]
  )
})

test('kept to one decimal where the words say so: the average of three marks', () => {
  const result = synthesise(
    table(
      'writeReport',
      [
        ['first', 'number'],
        ['second', 'number'],
        ['third', 'number']
      ],
      [['average', 'number']],
      [
        [12, 14, 16, 14],
        [10, 10, 10, 10],
        [9, 10, 10, 9.7],
        [10, 10, 11, 10.3],
        [18, 17, 5, 13.3],
        [6, 12, 12, 10],
        [7, 8, 8, 7.7],
        [20, 20, 19, 19.7]
      ],
      'Each pupil has three marks out of 20. The average of the three is rounded to one decimal.'
    )
  )
  assert.ok(result.ok)
  assert.deepEqual(
    [
      [14, 15, 15],
      [12, 13, 15],
      [9, 10, 12],
      [8, 9, 10]
    ].map(([first, second, third]) => answer(result, { first: first!, second: second!, third: third! })),
    [14.7, 13.3, 10.3, 9]
  )
})

/** The generated module's function, compiled as TypeScript and loaded. */
function compiled(module: string, name: string): (...args: Value[]) => Value {
  const javascript = ts.transpileModule(module, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } })
  const exports: Record<string, unknown> = {}
  vm.runInNewContext(javascript.outputText, { exports })
  return exports[name] as (...args: Value[]) => Value
}

test('the generated TypeScript answers what the evaluator answers where binary noise would tip a rounding', () => {
  // A service charge to the cent, half a cent up: 19.99 * 50 is 999.4999999999999 in binary.
  const rows = '100 10 10 | 19.99 50 10 | 40 12.5 5 | 8.5 20 1.7 | 12.34 10 1.23 | 250 15 37.5 | 0.99 50 0.5 | 66.6 5 3.33'
    .split(' | ')
    .map((row) => row.split(' ').map(Number))
  const operation = table(
    'serviceCharge',
    [
      ['bill', 'number'],
      ['percent', 'number']
    ],
    [['charge', 'number']],
    rows,
    'The service charge is a percentage of the bill, rounded to the nearest cent.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  const module = renderOperation(operation, result)
  assert.equal(module.split(DECIMAL_HELPER).length - 1, 1, `the helper is written once:\n${module}`)
  const charge = compiled(module, 'serviceCharge')
  for (const [bill, percent] of [
    [19.99, 50],
    [0.99, 50],
    [1.005, 100],
    [0.29, 50],
    [1.15, 50],
    [74.9, 40]
  ] as const) {
    const evaluated = evaluateProgram(result.outputs[0]!.program, { bill, percent })
    assert.ok(evaluated.ok)
    assert.equal(charge(bill, percent), evaluated.value, `${bill} at ${percent}%`)
  }
  // 0.29 * 50 is 14.499999999999998 and 1.15 * 50 is 57.49999999999999 in binary: half a cent on paper, rounded up.
  assert.equal(charge(0.29, 50), 0.15)
  assert.equal(charge(1.15, 50), 0.58)
})

type Field = [string, 'number' | 'string' | 'boolean']

/** A table of one input and one output. */
function oneInput(name: string, column: Field, output: Field, rows: Value[][], context: string): Operation {
  return table(name, [column], [output], rows, context)
}

/** Synthesise a table, then check the generated TypeScript answers what the evaluator answers on new inputs. */
function printedAgrees(operation: Operation, probes: ReadonlyArray<Record<string, Value>>): SynthesisResult {
  const result = synthesise(operation)
  assert.ok(result.ok, result.ok ? '' : result.message)
  const generated = compiled(renderOperation(operation, result), operation.name)
  for (const inputs of probes) {
    const evaluated = evaluateProgram(result.outputs[0]!.program, inputs)
    assert.ok(evaluated.ok, JSON.stringify(inputs))
    assert.equal(generated(...operation.inputs.map((field) => inputs[field.name]!)), evaluated.value, JSON.stringify(inputs))
  }
  return result
}

test('seconds shown to the tenth on a results board: m:ss.t, the printer agreeing with the evaluator', () => {
  const rows = '65.3 1:05.3 | 59.9 0:59.9 | 60 1:00.0 | 120 2:00.0 | 5.2 0:05.2 | 754.6 12:34.6 | 99.1 1:39.1 | 3599.9 59:59.9'
    .split(' | ')
    .map((row) => row.split(' '))
    .map(([seconds, board]) => [Number(seconds), board!])
  const operation = table(
    'board',
    [['seconds', 'number']],
    [['board', 'string']],
    rows,
    'a swimmer finished in seconds; the result board shows the time'
  )
  const result = printedAgrees(operation, [{ seconds: 72.8 }, { seconds: 601.4 }, { seconds: 9.5 }, { seconds: 3599.9 }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { seconds: 185 }), '3:05.0')
  assert.equal(answer(result, { seconds: 44.4 }), '0:44.4')
})

test('a time of day moved on by hours and minutes wraps at midnight, the printer agreeing with the evaluator', () => {
  const rows =
    '09:00 8 0 17:00 | 22:30 8 15 06:45 | 06:45 0 30 07:15 | 23:59 0 1 00:00 | 00:00 12 0 12:00 | 14:50 2 20 17:10 | 18:00 6 0 00:00'
      .split(' | ')
      .map((row) => row.split(' '))
      .map(([start, hours, minutes, end]) => [start!, Number(hours), Number(minutes), end!])
  const operation = table(
    'shiftEnd',
    [
      ['start', 'string'],
      ['hours', 'number'],
      ['minutes', 'number']
    ],
    [['end', 'string']],
    rows,
    'a shift starting at a time, lasting hours and minutes, ends at'
  )
  const result = printedAgrees(operation, [
    { start: '21:40', hours: 9, minutes: 30 },
    { start: '16:45', hours: 8, minutes: 20 },
    { start: '23:00', hours: 1, minutes: 0 }
  ])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { start: '12:30', hours: 12, minutes: 30 }), '01:00')
})

test('a time of day moved back by hours and minutes wraps at midnight the other way: the time to leave for a train', () => {
  const rows = '09:00 1 0 08:00 | 07:15 0 45 06:30 | 00:30 1 15 23:15 | 18:40 2 50 15:50 | 06:00 8 0 22:00 | 12:00 0 5 11:55'
    .split(' | ')
    .map((row) => row.split(' '))
    .map(([train, hours, minutes, leave]) => [train!, Number(hours), Number(minutes), leave!])
  const operation = table(
    'leaveAt',
    [
      ['train', 'string'],
      ['hours', 'number'],
      ['minutes', 'number']
    ],
    [['leave', 'string']],
    rows,
    'to catch a train at a time, with a journey of hours and minutes, I leave at'
  )
  const result = printedAgrees(operation, [
    { train: '01:10', hours: 2, minutes: 20 },
    { train: '16:45', hours: 3, minutes: 50 }
  ])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { train: '10:00', hours: 11, minutes: 30 }), '22:30')
})

test('amounts given with a label each: the total of one label (the card takings of three sales), printed as it evaluates', () => {
  const rows = [
    [5, 'cash', 3, 'card', 2, 'cash', 3],
    [4, 'card', 6, 'card', 1, 'cash', 10],
    [2, 'cash', 2, 'cash', 9, 'cash', 0],
    [8, 'card', 5, 'cash', 7, 'card', 15],
    [1, 'card', 1.5, 'card', 1, 'card', 3.5]
  ]
  const sales = table(
    'cardTakings',
    [
      ['first', 'number'],
      ['first_by', 'string'],
      ['second', 'number'],
      ['second_by', 'string'],
      ['third', 'number'],
      ['third_by', 'string']
    ],
    [['card', 'number']],
    rows,
    'three sales of the morning, each paid by cash or by card: the card takings'
  )
  const held = { first: 3, first_by: 'card', second: 4, second_by: 'cash', third: 10, third_by: 'card' }
  const result = printedAgrees(sales, [held, { ...held, first_by: 'cash', third_by: 'cash' }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, held), 13)
})

test('a date months later keeps its day of the month, or takes the last day of a shorter month', () => {
  const rows = [
    '2025-03-15 12 2026-03-15 | 2025-01-31 1 2025-02-28 | 2024-01-31 1 2024-02-29 | 2025-08-31 3 2025-11-30',
    '2025-10-10 24 2027-10-10 | 2025-12-01 1 2026-01-01 | 2025-05-31 6 2025-11-30'
  ]
    .join(' | ')
    .split(' | ')
    .map((row) => row.split(' '))
    .map(([bought, months, ends]) => [bought!, Number(months), ends!])
  const operation = table(
    'warranty',
    [
      ['bought', 'string'],
      ['months', 'number']
    ],
    [['ends', 'string']],
    rows,
    'A warranty runs for a number of months from the purchase date'
  )
  const result = printedAgrees(operation, [
    { bought: '2027-11-30', months: 3 },
    { bought: '2026-03-31', months: 11 },
    { bought: '2025-07-31', months: 2 }
  ])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { bought: '2027-11-30', months: 3 }), '2028-02-29')
  assert.equal(answer(result, { bought: '2026-04-20', months: 36 }), '2029-04-20')
})

test('masks: every digit but the last four starred, spaces and dashes kept; short numbers shown whole', () => {
  const rows = [
    ['4111111111111111', '************1111'],
    ['4111 1111 1111 1234', '**** **** **** 1234'],
    ['5500-0000-0000-0004', '****-****-****-0004'],
    ['1234', '1234'],
    ['12345', '*2345'],
    ['378282246310005', '***********0005'],
    ['123', '123']
  ]
  const operation = oneInput(
    'cardMask',
    ['card', 'string'],
    ['shown', 'string'],
    rows,
    'Every digit except the last four is replaced by a star'
  )
  const result = printedAgrees(operation, [{ card: '12 34 56' }, { card: '1-2-3-4-5' }, { card: '98765' }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { card: '12 34 56' }), '** 34 56')
  assert.equal(answer(result, { card: '3530 1113 3330 0000' }), '**** **** **** 0000')
})

test('masks: a name kept to its first and last letters, the middle starred, inside a template', () => {
  const rows = [
    ['anna@example.com', 'a**a@example.com'],
    ['john.smith@mail.org', 'j********h@mail.org'],
    ['bo@shop.nl', 'bo@shop.nl'],
    ['x@test.com', 'x@test.com'],
    ['kim@web.de', 'k*m@web.de'],
    ['peter_1990@post.co.uk', 'p********0@post.co.uk'],
    ['sam@x.co', 's*m@x.co']
  ]
  const operation = oneInput('hidden', ['address', 'string'], ['printed', 'string'], rows, 'hiding most of the address on the receipt')
  const result = printedAgrees(operation, [{ address: 'eve@home.net' }, { address: 'al@mail.com' }, { address: 'christopher@company.com' }])
  assert.equal(answer(result, { address: 'tina.lee@uni.edu' }), 't******e@uni.edu')
})

test('a list of numbers in one cell: its median, the printer agreeing with the evaluator', () => {
  const rows = ['25|25', '32, 18, 25|25', '5, 5, 50|5', '10, 20, 30, 40|25', '10, 15|12.5', '40, 12, 33, 27, 19|27', '60, 1, 2|2']
    .map((row) => row.split('|'))
    .map(([times, typical]) => [times!, Number(typical)])
  const operation = oneInput(
    'typical',
    ['times', 'string'],
    ['typical', 'number'],
    rows,
    'the typical delivery time of a set of deliveries'
  )
  const result = printedAgrees(operation, [{ times: '45, 15, 30, 90' }, { times: '7, 3, 9' }, { times: '33' }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { times: '1, 2, 3, 4, 1000' }), 3)
})

test('kept to one decimal where the outputs show it, without a word for it: an average speed', () => {
  const rows = '5 1500 12 | 10 3150 11.4 | 3 850 12.7 | 8 3840 7.5 | 7.5 2520 10.7 | 12 3599 12 | 21.1 6300 12.1'
    .split(' | ')
    .map((row) => row.split(' ').map(Number))
  const fields = (['distance', 'seconds'] as const).map((name): Field => [name, 'number'])
  const result = synthesise(table('speed', fields, [['speed', 'number']], rows, 'the average speed of a run in km/h'))
  assert.equal(answer(result, { distance: 15, seconds: 4860 }), 11.1)
  assert.equal(answer(result, { distance: 1, seconds: 239 }), 15.1)
})

test('a measure shown to one decimal keeps its zero: 2.0 kg', () => {
  const result = synthesise(
    table(
      'labelParcel',
      [['grams', 'number']],
      [['label', 'string']],
      [
        [1540, '1.5 kg'],
        [2000, '2.0 kg'],
        [3230, '3.2 kg'],
        [380, '0.4 kg'],
        [12340, '12.3 kg'],
        [6970, '7.0 kg']
      ],
      'the parcel weighs  grams\nthe label shows its weight in kg'
    )
  )
  assert.equal(answer(result, { grams: 4980 }), '5.0 kg')
  assert.equal(answer(result, { grams: 8610 }), '8.6 kg')
})

// Issue 11 families: texts holding lists, amounts in two units, templates whose words follow a number.

test('an amount in two units: a running time in minutes spoken as hours and minutes, a zero part left out', () => {
  const rows = '125|2 h 5 min, 45|45 min, 120|2 h, 95|1 h 35 min, 61|1 h 1 min, 180|3 h, 30|30 min, 150|2 h 30 min'
    .split(', ')
    .map((row) => row.split('|'))
    .map(([minutes, shown]) => [Number(minutes), shown!])
  const operation = oneInput('runningTime', ['minutes', 'number'], ['shown', 'string'], rows, 'the running time of a film')
  const result = printedAgrees(operation, [{ minutes: 0 }, { minutes: 59 }, { minutes: 240 }, { minutes: 601 }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { minutes: 200 }), '3 h 20 min')
  assert.equal(answer(result, { minutes: 240 }), '4 h')
})

test('an amount in two units: kilograms as stones and pounds, to the nearest pound, a zero part shown', () => {
  // A pound is 0.45359237 kg; 14 pounds make a stone.
  const rows = [
    [70, '11 st 0 lb'],
    [80, '12 st 8 lb'],
    [63.5, '10 st 0 lb'],
    [95, '14 st 13 lb'],
    [55, '8 st 9 lb'],
    [101.6, '16 st 0 lb'],
    [88, '13 st 12 lb']
  ]
  const operation = oneInput(
    'imperialWeight',
    ['kilograms', 'number'],
    ['imperial', 'string'],
    rows,
    'A pound is 0.45359237 kg and a stone has 14 pounds. The weight is rounded to the nearest pound.'
  )
  const result = printedAgrees(operation, [{ kilograms: 50 }, { kilograms: 76.2 }, { kilograms: 120 }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { kilograms: 76.2 }), '12 st 0 lb')
})

test('masks of each word: every word of a name keeps its first letter, the rest starred, inside a template', () => {
  const rows = [
    ['Red Lions', 'Team R** L****'],
    ['Oak', 'Team O**'],
    ['Blue Fox Club', 'Team B*** F** C***'],
    ['Al Greens', 'Team A* G*****'],
    ['Northern Stars', 'Team N******* S****'],
    ['Vale A', 'Team V*** A']
  ]
  const operation = oneInput(
    'maskedTeam',
    ['team', 'string'],
    ['shown', 'string'],
    rows,
    'every word of the team name is masked but its first letter'
  )
  const result = printedAgrees(operation, [{ team: 'Green Hill Rovers' }, { team: 'X' }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { team: 'Green Hill Rovers' }), 'Team G**** H*** R*****')
})

test('a list with marks where there is no number: the best entry as written, and a word where there is none', () => {
  const rows = [
    ['12.40, DNF, 11.90', '11.90'],
    ['DNF, DNF, DNF', 'no time'],
    ['13.05, 12.80, 12.95', '12.80'],
    ['DNF, 12.10, DNF', '12.10'],
    ['11.75, 11.80, DNF', '11.75'],
    ['DNF, DNF, 14.00', '14.00'],
    ['12.60, 12.60, 12.70', '12.60'],
    ['DNF, 9, DNF', '9']
  ]
  const operation = oneInput('bestTime', ['laps', 'string'], ['best', 'string'], rows, 'the fastest lap of a driver')
  const result = printedAgrees(operation, [{ laps: 'DNF, 9.5, DNF' }, { laps: '10.00, 9.99, 10.01' }, { laps: 'DNF, DNF, DNF' }])
  assert.equal(result.status, 'synthesised')
  // The rule reads the list's entries, not the length of its text.
  assert.equal(answer(result, { laps: 'DNF, 9.5, DNF' }), '9.5')
})

test('a table the words state, read through the letters a code starts with', () => {
  const rows = [
    ['AB10 1XG', 'ferry'],
    ['IV2 3BB', 'ferry'],
    ['KW15 1NX', 'plane'],
    ['ZE1 0AA', 'plane'],
    ['EH1 1YZ', 'road'],
    ['A1 1AA', 'road'],
    ['G2 4JR', 'road']
  ]
  const context =
    'A parcel travels by the letters at the start of its postcode. AB and IV go by "ferry"; KW and ZE go by "plane". Every other postcode goes by "road".'
  const operation = oneInput('route', ['postcode', 'string'], ['by', 'string'], rows, context)
  const result = printedAgrees(operation, [{ postcode: 'ZE2 9XX' }, { postcode: 'AA1 1AA' }, { postcode: 'IV99 1AB' }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { postcode: 'KW1 2AB' }), 'plane')
  // "A" opens a sentence that names no answer: it is no code of the table.
  assert.equal(answer(result, { postcode: 'A9 9ZZ' }), 'road')
})

test('a table the words state, read through the code a value starts with: the longest that fits', () => {
  const rows = [
    ['+31 20 555 0101', 'Netherlands'],
    ['+32 2 555 0199', 'Belgium'],
    ['+352 26 555 01', 'Luxembourg'],
    ['+3120555', 'Netherlands'],
    ['+7 495 555 0000', 'Other'],
    ['+359 2 555 0000', 'Other'],
    ['+33 1 5555 0000', 'Other']
  ]
  // The list wraps across lines as a description does: "+32\n  Belgium" is one clause.
  const context =
    'Calls are labelled by country code: +31 Netherlands, +32\n  Belgium, +352 Luxembourg.\n  Any other code is labelled "Other".'
  const operation = oneInput('label', ['phone', 'string'], ['country', 'string'], rows, context)
  const result = printedAgrees(operation, [{ phone: '+352 1' }, { phone: '+35 1' }, { phone: '+32 9' }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { phone: '+352 691 555' }), 'Luxembourg')
  assert.equal(answer(result, { phone: '+321 555' }), 'Belgium')
  assert.equal(answer(result, { phone: '+44 20 7946' }), 'Other')
})

test('a sum per label of one text: the amounts labelled with the word the output is named after', () => {
  const rows = [
    ['apples 3, pears 2, apples 1', 4],
    ['pears 5', 0],
    ['apples 0.5', 0.5],
    ['plums 2, apples 1.2, apples 0.1', 1.3],
    ['pears 1, plums 1', 0],
    ['apples 2.2, apples 0.1, pears 4', 2.3]
  ]
  const operation = oneInput('tally', ['basket', 'string'], ['apples', 'number'], rows, 'the fruit picked in a day')
  const result = printedAgrees(operation, [{ basket: 'apples 0.1, apples 0.2' }, { basket: 'plums 1' }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { basket: 'apples 0.1, apples 0.2, pears 9' }), 0.3)
})

test('a template whose words follow a number: "1 seat is" and "2 seats are", among nine pieces', () => {
  const rows = [
    ['Ana', 2, 3, 'Hi Ana, 2 seats are booked in row 3.'],
    ['Ben', 1, 1, 'Hi Ben, 1 seat is booked in row 1.'],
    ['Chloe', 5, 2, 'Hi Chloe, 5 seats are booked in row 2.'],
    ['Dev', 1, 4, 'Hi Dev, 1 seat is booked in row 4.'],
    ['Eva', 10, 1, 'Hi Eva, 10 seats are booked in row 1.'],
    ['Farid', 3, 7, 'Hi Farid, 3 seats are booked in row 7.'],
    ['Grace', 12, 5, 'Hi Grace, 12 seats are booked in row 5.']
  ]
  const operation = table(
    'bookingText',
    [
      ['name', 'string'],
      ['seats', 'number'],
      ['row', 'number']
    ],
    [['text', 'string']],
    rows,
    'the booking confirmation'
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { name: 'Ida', seats: 1, row: 9 }), 'Hi Ida, 1 seat is booked in row 9.')
  assert.equal(answer(result, { name: 'Jo', seats: 4, row: 2 }), 'Hi Jo, 4 seats are booked in row 2.')
})

test('letters that score inside a spaced list: a B is worth 5, an N nothing, learnt as a sum of what the list is read as', () => {
  const rows = [
    ['3 2 4 1', 10],
    ['B B B B', 20],
    ['B 3 2 N', 10],
    ['N N N N', 0],
    ['4 N 2 B', 11],
    ['1 1 B 4', 11],
    ['2 3 3 2', 10],
    ['B 4 N 4', 13]
  ]
  const operation = oneInput('quizTotal', ['rounds', 'string'], ['total', 'number'], rows, 'the rounds of one quiz night')
  const result = printedAgrees(operation, [{ rounds: 'B B 4 N' }, { rounds: '2 N N 1' }])
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { rounds: 'B N B 1' }), 11)
})

test('numbers written with their thousands grouped ("1,250") are a piece of a template', () => {
  const rows = [
    [0, 500, '0 of 500 raised'],
    [320, 500, '320 of 500 raised'],
    [1250, 3000, '1,250 of 3,000 raised'],
    [85, 120, '85 of 120 raised'],
    [499, 500, '499 of 500 raised'],
    [2400, 10000, '2,400 of 10,000 raised']
  ]
  const operation = table(
    'pledges',
    [
      ['raised', 'number'],
      ['goal', 'number']
    ],
    [['line', 'string']],
    rows,
    'the pledges so far'
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { raised: 1234567, goal: 2000 }), '1,234,567 of 2,000 raised')
})

test('two long sentences on either side of a condition: each branch of a decision list is a template', () => {
  const rows = [
    [8200, 10000, '8,200 of 10,000 steps (82%)'],
    [0, 6000, '0 of 6,000 steps (0%)'],
    [5999, 6000, '5,999 of 6,000 steps (99%)'],
    [6000, 6000, 'Goal met: 6,000 steps, aim 6,000'],
    [12400, 10000, 'Goal met: 12,400 steps, aim 10,000'],
    [450, 800, '450 of 800 steps (56%)'],
    [9100, 8000, 'Goal met: 9,100 steps, aim 8,000'],
    [3000, 12000, '3,000 of 12,000 steps (25%)']
  ]
  const operation = table(
    'stepsBanner',
    [
      ['steps', 'number'],
      ['aim', 'number']
    ],
    [['banner', 'string']],
    rows,
    'the share of the aim as a whole percent rounded down; once the aim is met the banner says so'
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { steps: 7000, aim: 7000 }), 'Goal met: 7,000 steps, aim 7,000')
  assert.equal(answer(result, { steps: 1500, aim: 2000 }), '1,500 of 2,000 steps (75%)')
})

test('a sum per category over numbered (category, amount) inputs: the meals of three expenses', () => {
  const rows = [
    ['travel', 12.4, 'meals', 8.95, 'travel', 3.1, 8.95],
    ['meals', 10, 'meals', 4.5, 'meals', 0.75, 15.25],
    ['travel', 45, 'travel', 19.99, 'travel', 0.01, 0],
    ['meals', 0.1, 'travel', 2.2, 'meals', 0.2, 0.3],
    ['travel', 120, 'meals', 32.8, 'meals', 17.2, 50],
    ['meals', 6.35, 'travel', 6.35, 'travel', 6.35, 6.35],
    ['travel', 7.77, 'meals', 1.11, 'travel', 2.23, 1.11],
    ['travel', 88.1, 'meals', 14.65, 'meals', 9.35, 24]
  ]
  const operation = table(
    'claimTotals',
    [
      ['cat1', 'string'],
      ['amount1', 'number'],
      ['cat2', 'string'],
      ['amount2', 'number'],
      ['cat3', 'string'],
      ['amount3', 'number']
    ],
    [['meals', 'number']],
    rows,
    'the expenses of a claim, totalled by category'
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { cat1: 'meals', amount1: 0.1, cat2: 'meals', amount2: 0.2, cat3: 'travel', amount3: 5 }), 0.3)
})

test('which of three inputs is the highest, answered by its label: the name of the longest throw', () => {
  const rows = [
    [41.2, 39.8, 40.5, 'Ada'],
    [38.1, 42.7, 40.0, 'Ben'],
    [39.9, 39.5, 43.3, 'Cleo'],
    [44.0, 43.9, 12.5, 'Ada'],
    [30.2, 30.3, 30.1, 'Ben'],
    [35.5, 36.1, 36.2, 'Cleo'],
    [40.4, 38.8, 39.9, 'Ada'],
    [37.0, 41.5, 41.4, 'Ben']
  ]
  const operation = table(
    'winner',
    [
      ['ada', 'number'],
      ['ben', 'number'],
      ['cleo', 'number']
    ],
    [['longest', 'string']],
    rows,
    'the thrower with the longest throw of the three wins'
  )
  const result = synthesise(operation)
  assert.equal(result.status, 'synthesised')
  assert.equal(answer(result, { ada: 30, ben: 31, cleo: 45 }), 'Cleo')
  assert.equal(answer(result, { ada: 50, ben: 31, cleo: 45 }), 'Ada')
})
