import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation } from '../operation'
import { probeRows } from './probes'
import { isTableProblem, tabulate } from './table'

function tableOf(inputs: Array<[string, 'number' | 'string' | 'boolean']>, rows: Array<Record<string, number | string | boolean>>) {
  const operation: Operation = {
    name: 'x',
    whenText: 'x',
    inputs: inputs.map(([name, type]) => ({ name, type })),
    outputs: [{ name: 'y', type: 'number' }],
    scenarios: [],
    examples: rows.map((row, index) => ({ inputs: row, outputs: { y: index }, source: '' }))
  }
  const table = tabulate(operation)
  assert.ok(!isTableProblem(table))
  return table
}

test('probes lie between, around and beyond the examples, never on them', () => {
  const table = tableOf([['n', 'number']], [{ n: 10 }, { n: 20 }, { n: 50 }])
  const values = probeRows(table).map((probe) => probe.inputs['n'] as number)
  assert.ok(
    values.some((value) => value > 20 && value < 50),
    'between'
  )
  assert.ok(
    values.some((value) => value > 50),
    'beyond'
  )
  assert.ok(values.every((value) => ![10, 20, 50].includes(value)))
})

test('probes are no more precise than the examples, and not negative when nothing in the examples is', () => {
  const prices = tableOf([['price', 'number']], [{ price: 0 }, { price: 4.5 }, { price: 12.25 }])
  for (const probe of probeRows(prices)) {
    const value = probe.inputs['price'] as number
    assert.ok(value >= 0, `${value} is not negative`)
    assert.ok(
      Math.round(value * 100) === value * 100 || Math.abs(Math.round(value * 100) - value * 100) < 1e-6,
      `${value} has at most two decimals`
    )
  }
})

test('what every example shares is the domain: a departure before the arrival is no ordinary probe', () => {
  const stays = tableOf(
    [
      ['arrival', 'number'],
      ['departure', 'number']
    ],
    [
      { arrival: 1, departure: 3 },
      { arrival: 10, departure: 17 },
      { arrival: 5, departure: 6 }
    ]
  )
  for (const probe of probeRows(stays)) {
    if ((probe.inputs['departure'] as number) < (probe.inputs['arrival'] as number))
      assert.ok(probe.plausibility < 0.3, JSON.stringify(probe))
  }
})

test('text probes change the number of words and their case; categories stay the known ones', () => {
  const names = tableOf([['name', 'string']], [{ name: 'ada lovelace' }, { name: 'alan turing' }, { name: 'grace hopper' }])
  const texts = probeRows(names).map((probe) => probe.inputs['name'] as string)
  assert.ok(texts.some((text) => text.split(' ').length === 1))
  assert.ok(texts.some((text) => text.split(' ').length >= 3))
  assert.ok(texts.some((text) => text !== text.toLowerCase()))
})

test('text gets a probe of a length between the examples: a middling surname where only one is long', () => {
  const table = tableOf(
    [['surname', 'string']],
    ['Li', 'Wei', 'Ross', 'Kim', 'Alexander'].map((surname) => ({ surname }))
  )
  const probes = probeRows(table)
  // The lengths are 2 to 4 and 9: the long one cut to the middle of that gap.
  const middling = probes.find((probe) => probe.inputs['surname'] === 'Alexan')
  assert.ok(middling !== undefined && middling.plausibility >= 0.8)
  // Several words are less ordinary than one where every example is one word.
  const severalWords = probes.filter((probe) => (probe.inputs['surname'] as string).includes(' '))
  assert.ok(severalWords.length > 0)
  assert.ok(severalWords.every((probe) => probe.plausibility < middling.plausibility))
})

test("each input at the least or the most its examples show joins another example's row, where inputs vary independently", () => {
  const table = tableOf(
    [
      ['start', 'string'],
      ['minutes', 'number']
    ],
    [
      { start: '06:30', minutes: 120 },
      { start: '23:00', minutes: 45 },
      { start: '12:10', minutes: 5 }
    ]
  )
  const joined = (probes: ReturnType<typeof probeRows>) =>
    probes.some((probe) => probe.inputs['start'] === '23:00' && probe.inputs['minutes'] === 120)
  assert.ok(joined(probeRows(table)), 'the latest start with the longest wait')
  // A story's state: its quantities move together, and such a row may be a state that cannot exist.
  assert.ok(!joined(probeRows(table, false)))
})

test('where every example is a run of digits, a probe with letters or spaces is no ordinary input', () => {
  const table = tableOf([['digits', 'string']], [{ digits: '0612345678' }, { digits: '0201234567' }, { digits: '0699887766' }])
  const ordinary = probeRows(table).filter((probe) => probe.plausibility >= 0.3)
  assert.ok(ordinary.length > 0)
  assert.ok(
    ordinary.every((probe) => /^\d+$/.test(probe.inputs['digits'] as string)),
    JSON.stringify(ordinary)
  )
})

test('codes (every example holds a digit) keep to the parts the examples show: codes pasted together are no ordinary input', () => {
  const table = tableOf([['seat', 'string']], [{ seat: '12a' }, { seat: 'row 7 b' }, { seat: '3C' }, { seat: '40f' }, { seat: 'row 2 d' }])
  const ordinary = probeRows(table).filter((probe) => probe.plausibility >= 0.3)
  assert.ok(ordinary.length > 0)
  assert.ok(
    ordinary.every((probe) => (probe.inputs['seat'] as string).split(' ').filter(Boolean).length <= 3),
    JSON.stringify(ordinary)
  )
})

test('dates every example keeps in order (arrival before departure) stay in order in ordinary probes', () => {
  const table = tableOf(
    [
      ['arrival', 'string'],
      ['departure', 'string']
    ],
    [
      { arrival: '2024-03-01', departure: '2024-03-04' },
      { arrival: '2024-06-10', departure: '2024-06-11' },
      { arrival: '2024-12-30', departure: '2025-01-02' }
    ]
  )
  const ordinary = probeRows(table).filter((probe) => probe.plausibility >= 0.3)
  assert.ok(ordinary.length > 0)
  assert.ok(ordinary.every((probe) => (probe.inputs['arrival'] as string) < (probe.inputs['departure'] as string)))
})

test('values in a narrow band far from nothing (years) are probed beside it; nothing, one or ten times them ask no question', () => {
  const years = tableOf([['year', 'number']], [{ year: 2023 }, { year: 2024 }, { year: 2026 }])
  const asked = probeRows(years).filter((probe) => probe.plausibility >= 0.3)
  const values = asked.map((probe) => probe.inputs['year'] as number)
  assert.ok(values.includes(2027) && values.includes(2022), values.join(', '))
  assert.ok(
    values.every((value) => value >= 1000 && value < 4052),
    values.join(', ')
  )
  // Counts near nothing keep their probes at 0 and 1.
  const counts = tableOf([['count', 'number']], [{ count: 3 }, { count: 5 }, { count: 9 }])
  const small = probeRows(counts)
    .filter((probe) => probe.plausibility >= 0.3)
    .map((probe) => probe.inputs['count'] as number)
  assert.ok(small.includes(0) && small.includes(1), small.join(', '))
})

test('the probes kept are spread over what they vary: a year of many values leaves room for the title and the surname', () => {
  const books: Array<[string, number, string]> = [
    ['Knuth', 1984, 'The TeXbook'],
    ['Darwin', 1859, 'On the Origin of Species'],
    ['Austen', 1813, 'Pride and Prejudice'],
    ['Tolkien', 1937, 'The Hobbit'],
    ['Dickens', 1843, 'A Christmas Carol'],
    ['Heller', 1961, 'Catch-22'],
    ['Montgomery', 1908, 'Anne of Green Gables']
  ]
  const table = tableOf(
    [
      ['surname', 'string'],
      ['year', 'number'],
      ['title', 'string']
    ],
    books.map(([surname, year, title]) => ({ surname, year, title }))
  )
  const probes = probeRows(table)
  const varies = (name: string) =>
    probes.filter((probe) => !table.examples.some((example) => example.inputs[name] === probe.inputs[name])).length
  assert.ok(varies('title') >= 5, `titles varied on ${varies('title')} probes`)
  assert.ok(varies('surname') >= 5, `surnames varied on ${varies('surname')} probes`)
  assert.ok(varies('year') >= 5, `years varied on ${varies('year')} probes`)
})

test('times of day every example keeps in one order (in before out) stay so on every probe that may raise a question', () => {
  const table = tableOf(
    [
      ['arrived', 'string'],
      ['left', 'string']
    ],
    [
      { arrived: '09:00', left: '09:20' },
      { arrived: '09:00', left: '10:01' },
      { arrived: '08:15', left: '11:45' },
      { arrived: '14:10', left: '14:35' },
      { arrived: '11:40', left: '11:45' }
    ]
  )
  const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3))
  const probes = probeRows(table)
  assert.ok(probes.length > 0)
  for (const probe of probes)
    if (minutes(probe.inputs['left'] as string) < minutes(probe.inputs['arrived'] as string))
      assert.ok(probe.plausibility < 0.3, JSON.stringify(probe))
})

test('with more kinds of probe than room for three of each, every kind still keeps its most ordinary probe', () => {
  const names = ['a', 'b', 'c', 'd', 'e', 'f']
  const table = tableOf(
    names.map((name) => [name, 'number'] as [string, 'number']),
    [3, 5, 8, 13, 21, 34].map((seed) => Object.fromEntries(names.map((name, index) => [name, seed + index * 7])))
  )
  const probes = probeRows(table)
  // Inputs that differ from the nearest example row: one for a probe of one input, two for a relation, all for "all at once".
  const changed = (probe: { inputs: Record<string, unknown> }) =>
    Math.min(...table.examples.map((example) => names.filter((name) => example.inputs[name] !== probe.inputs[name]).length))
  assert.ok(probes.length <= 64)
  assert.ok(
    probes.some((probe) => changed(probe) === names.length),
    'no probe varies every input at once'
  )
})

test('an input new below its least example is kept beside the first example row, before a value already tried beside every row', () => {
  // Twelve rows of three inputs: far more probes than room; the same between-values on four rows crowded out "none".
  const rows = [
    [30, 5, 0],
    [21, 2, 3],
    [20, 3, 0],
    [45, 1, 0],
    [35, 10, 4],
    [22, 2, 0],
    [60, 40, 6],
    [20, 4, 0],
    [40, 5, 0],
    [21, 2, 4],
    [50, 10, 0],
    [30, 8, 5]
  ].map(([age, years, points]) => ({ age: age!, years: years!, points: points! }))
  const probes = probeRows(
    tableOf(
      [
        ['age', 'number'],
        ['years', 'number'],
        ['points', 'number']
      ],
      rows
    )
  )
  assert.ok(probes.length <= 64)
  assert.ok(
    probes.some((probe) => probe.inputs['years'] === 0 && probe.inputs['age'] === 30 && probe.inputs['points'] === 0),
    'no licence yet, beside the first row'
  )
})

test('two text inputs that measure different things (a time of day, a weekday) never swap values in a probe', () => {
  const days = ['Tuesday', 'Saturday', 'Friday', 'Friday', 'Wednesday', 'Sunday']
  const starts = ['10:00', '09:45', '19:30', '19:31', '14:00', '20:30']
  const table = tableOf(
    [
      ['start', 'string'],
      ['day', 'string']
    ],
    starts.map((start, index) => ({ start, day: days[index]! }))
  )
  const probes = probeRows(table)
  assert.ok(probes.length > 0)
  assert.ok(probes.every((probe) => /^\d\d?:\d\d$/.test(probe.inputs['start'] as string)))
  assert.ok(probes.every((probe) => !/^\d/.test(probe.inputs['day'] as string)))
})
