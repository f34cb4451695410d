import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './search'
import { answerOf, tableOperation } from './testing'
import { describedRanges } from './described-ranges'

test('a stretch of months the words name decides the months the rows never show, round the year end too', () => {
  // The rows show the season's two ends and a few months outside it; January and February are inside, unseen.
  const operation = tableOperation(
    'lift pass',
    [
      ['month', 'string', { categorical: true }],
      ['adult', 'boolean']
    ],
    [['price', 'number']],
    [
      ['December', true, 60],
      ['March', true, 60],
      ['April', true, 35],
      ['July', true, 35],
      ['October', true, 35],
      ['December', false, 30],
      ['April', false, 20],
      ['November', false, 20]
    ],
    'A day pass costs more in the high season, which runs from December to March.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok)
  assert.equal(answerOf(result, { month: 'January', adult: true }), 60)
  assert.equal(answerOf(result, { month: 'February', adult: false }), 30)
  assert.equal(answerOf(result, { month: 'September', adult: true }), 35)
})

test('days the words name as a stretch of the week, read in the short forms the rows use', () => {
  const operation = tableOperation(
    'parking',
    [['day', 'string', { categorical: true }]],
    [['charged', 'boolean']],
    [
      ['Mon', true],
      ['Fri', true],
      ['Sat', false],
      ['Sun', false],
      ['Tue', true]
    ],
    'Parking is charged Monday to Friday.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok)
  assert.equal(answerOf(result, { day: 'Wed' }), true)
  assert.equal(answerOf(result, { day: 'Thu' }), true)
})

test('a stretch is named by "to" or by "between … and"; two months joined by "and" are two months', () => {
  const table = (values: string[]) =>
    ({ columns: [{ name: 'month', type: 'string' as const, categorical: true, values, integral: false }] }) as never
  const months = ['January', 'March', 'July', 'October']
  assert.deepEqual(
    describedRanges('The market is closed in March and July.', table(months)).map((quantity) => quantity.name),
    []
  )
  assert.deepEqual(
    describedRanges('Open between March and July.', table(months)).map((quantity) => quantity.name),
    ['monthMarchToJuly']
  )
})

test('stretches of the alphabet the words name ("A to H") decide by a text\'s first letter, whatever its case', () => {
  const operation = tableOperation(
    'find locker room',
    [['surname', 'string']],
    [['room', 'string']],
    [
      ['Adams', 'blue'],
      ['Hussain', 'blue'],
      ['Ibbotson', 'green'],
      ['Novak', 'green'],
      ['Pereira', 'green'],
      ['Quinn', 'red'],
      ['Walsh', 'red'],
      ['de Souza', 'blue'],
      ['Zhang', 'red']
    ],
    'Members find their locker by the first letter of their surname: A to H in the blue room, I to P in the green room and Q to Z in the red room.'
  )
  const result = synthesise(operation)
  assert.ok(result.ok)
  // Letters the rows never start with, and a lower-case one.
  for (const [surname, room] of [
    ['Gill', 'blue'],
    ['Jones', 'green'],
    ['Kowalski', 'green'],
    ['Reid', 'red'],
    ['van Dijk', 'red'],
    ['Evans', 'blue']
  ])
    assert.equal(answerOf(result, { surname }), room, surname)
})
