import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describedPrices } from './described-prices'
import { isTableProblem, tabulate } from './table'
import { tableOperation } from './testing'

const animals = (text: string) => {
  const table = tabulate(
    tableOperation(
      'planRelease',
      [
        ['animal', 'string', { categorical: true }],
        ['arrived', 'string']
      ],
      [['release', 'string']],
      [
        ['goose', '2026-03-01', '2026-03-22'],
        ['ox', '2026-03-01', '2026-03-31'],
        ['mouse', '2026-04-10', '2026-04-24'],
        ['sheep', '2026-06-20', '2026-06-27']
      ],
      text
    )
  )
  assert.ok(!isTableProblem(table))
  return describedPrices(text, table).map((derived) => derived.program)
}

test('a number per category the words give is read where they name the category in the plural (geese, oxen, mice)', () => {
  const [lookup] = animals('New animals stay in quarantine: geese for 21 days, oxen 30, mice 14 and sheep 7.')
  assert.deepEqual(lookup, {
    kind: 'lookup',
    input: 'animal',
    role: 'animalPrice',
    entries: [
      ['goose', 21],
      ['ox', 30],
      ['mouse', 14],
      ['sheep', 7]
    ]
  })
  // A category the words never name leaves no list: the numbers could belong to anything.
  assert.deepEqual(animals('New animals stay in quarantine: geese for 21 days, oxen 30 and mice 14.'), [])
})

test('where the numbers come first, each category takes the number its group follows', () => {
  const [lookup] = animals('Quarantine is 21 days for a goose or an ox, and 7 days for mice and sheep.')
  assert.deepEqual(lookup?.kind === 'lookup' ? lookup.entries : undefined, [
    ['goose', 21],
    ['ox', 21],
    ['mouse', 7],
    ['sheep', 7]
  ])
  // One number for every category is no list per category.
  assert.deepEqual(animals('Quarantine is 21 days for geese, oxen, mice and sheep.'), [])
})

test('a number in a category\'s own name ("zone 1") is part of the name, never its price', () => {
  const text = 'A day ticket costs 7.50 for zone 1, 9.20 for zone 2 and 12.80 for zone 3.'
  const table = tabulate(
    tableOperation(
      'sellTicket',
      [
        ['zone', 'string', { categorical: true }],
        ['days', 'number']
      ],
      [['fare', 'number']],
      [
        ['zone 1', 1, 7.5],
        ['zone 2', 2, 18.4],
        ['zone 3', 1, 12.8],
        ['zone 1', 3, 22.5]
      ],
      text
    )
  )
  assert.ok(!isTableProblem(table))
  const [lookup] = describedPrices(text, table).map((derived) => derived.program)
  assert.deepEqual(lookup?.kind === 'lookup' ? lookup.entries : undefined, [
    ['zone 1', 7.5],
    ['zone 2', 9.2],
    ['zone 3', 12.8]
  ])
})
