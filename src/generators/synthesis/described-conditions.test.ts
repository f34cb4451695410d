import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { describedConditions } from './described-conditions'
import { describeProgram } from './program'
import { answerOf, tableOperation } from './testing'
import { tabulate, isTableProblem } from './table'

const WORDS = [
  'Who may take out a club e-bike',
  'A member may take out an e-bike when they are at least 16 years old, have 3 or more completed rides with a guide,',
  'and weigh no more than 120 kg.',
  'a member aged weighing with guided rides',
  'the member may take out an e-bike'
].join('\n')

const INPUTS: Array<[string, 'number']> = [
  ['age', 'number'],
  ['weight', 'number'],
  ['rides', 'number']
]
const ROWS: Array<[number, number, number, string]> = [
  [30, 80, 5, 'yes'],
  [16, 120, 3, 'yes'],
  [15, 70, 6, 'no'],
  [40, 95, 2, 'no'],
  [25, 125, 8, 'no'],
  [17, 60, 3, 'yes'],
  [62, 150, 40, 'no'],
  [15, 65, 4, 'no'],
  [45, 100, 10, 'yes'],
  [16, 110, 2, 'no']
]

test('bounds the words join into conditions are one yes/no quantity, each bound on the input the rows give it', () => {
  const table = tabulate(tableOperation('mayTakeEbike', INPUTS, [['answer', 'string']], ROWS, WORDS))
  assert.ok(!isTableProblem(table))
  const [stated] = describedConditions(WORDS, table, 'answer')
  assert.equal(describeProgram(stated!.program), 'age >= 16 && rides >= 3 && weight <= 120')
  // A row that goes against every reading of the words: they define nothing.
  const against = tabulate(tableOperation('mayTakeEbike', INPUTS, [['answer', 'string']], [...ROWS, [50, 90, 12, 'no']], WORDS))
  assert.ok(!isTableProblem(against))
  assert.deepEqual(describedConditions(WORDS, against, 'answer'), [])
})

test('the stated conditions decide the rule beyond the rows: no bound learnt as an equality with one example value', () => {
  const result = synthesise(tableOperation('mayTakeEbike', INPUTS, [['answer', 'string']], ROWS, WORDS))
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  // Beyond the rows: no rides yet, a light sixteen-year-old at the weight limit, a member far older than any shown.
  assert.deepEqual(
    [
      answerOf(result, { age: 30, weight: 80, rides: 0 }),
      answerOf(result, { age: 16, weight: 120, rides: 4 }),
      answerOf(result, { age: 90, weight: 70, rides: 3 }),
      answerOf(result, { age: 20, weight: 121, rides: 9 })
    ],
    ['no', 'yes', 'yes', 'no']
  )
})

test('conditions on a text the words state (its length, a digit, a capital letter) are read as bounds on that text', () => {
  const words = [
    'Guest Wi-Fi passphrases',
    'A passphrase is accepted only when it is at least 12 characters long, has at least one digit',
    'and has at least one capital letter.',
    'the passphrase',
    'the passphrase is accepted'
  ].join('\n')
  const result = synthesise(
    tableOperation(
      'checkPassphrase',
      [['passphrase', 'string']],
      [['accepted', 'boolean']],
      [
        ['BlueOcean2024', true],
        ['blueocean2024', false],
        ['BlueOcean', false],
        ['Blue1', false],
        ['QuietHarbour8', true],
        ['quiet harbour', false],
        ['Mountain9Lakes', true],
        ['S3condStreet', true]
      ],
      words
    )
  )
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.status, 'synthesised')
  // Long enough and with a capital, but no digit; long enough with a digit, but no capital.
  assert.deepEqual(
    ['GreenMeadows', 'greenmeadows7', 'GreenMeadows7', 'Green7'].map((passphrase) => answerOf(result, { passphrase })),
    [false, false, true, false]
  )
})

test('a band written as its two ends is two bounds, and a yes/no input the words name excepts one bound', () => {
  const words = [
    'Climbing wall',
    'Climbers must be at least 8 years old and weigh between 25 and 120 kg.',
    'Climbers younger than 16 also need a supervising adult on the floor.',
    'the climber is old weighs an adult supervises',
    'the climber may climb'
  ].join('\n')
  const inputs: Array<[string, 'number' | 'boolean']> = [
    ['age', 'number'],
    ['weight', 'number'],
    ['adult', 'boolean']
  ]
  const rows: Array<[number, number, boolean, boolean]> = [
    [8, 30, true, true],
    [7, 30, true, false],
    [9, 30, false, false],
    [15, 50, false, false],
    [16, 50, false, true],
    [40, 25, false, true],
    [40, 24, false, false],
    [35, 120, false, true],
    [35, 121, true, false]
  ]
  const table = tabulate(tableOperation('mayClimb', inputs, [['allowed', 'boolean']], rows, words))
  assert.ok(!isTableProblem(table))
  const [stated] = describedConditions(words, table, 'allowed')
  assert.equal(describeProgram(stated!.program), 'age >= 8 && weight >= 25 && weight <= 120 && (age >= 16 || adult)')
})

test("a category's value the words name is one more condition beside the bounds", () => {
  const words = [
    'Market pitch hours',
    'Stalls of up to 9 square metres may trade as long as they like.',
    'Bigger stalls may trade for at most 5 hours on a Saturday and as long as they like on other days.',
    'the stall the day the hours',
    'the plan is allowed'
  ].join('\n')
  const inputs: Array<[string, 'number' | 'string']> = [
    ['size', 'number'],
    ['day', 'string'],
    ['hours', 'number']
  ]
  const rows: Array<[number, string, number, boolean]> = [
    [9, 'Saturday', 10, true],
    [10, 'Saturday', 6, false],
    [10, 'Saturday', 5, true],
    [30, 'Friday', 12, true],
    [30, 'Saturday', 7, false],
    [4, 'Saturday', 12, true],
    [40, 'Saturday', 3, true],
    [20, 'Tuesday', 12, true]
  ]
  const table = tabulate(tableOperation('checkPlan', inputs, [['allowed', 'boolean']], rows, words))
  assert.ok(!isTableProblem(table))
  const [stated] = describedConditions(words, table, 'allowed')
  assert.equal(describeProgram(stated!.program), "size <= 9 || hours <= 5 || day !== 'Saturday'")
})

test('a share of a whole the words bound is a condition over a part and its whole, the rows choosing which', () => {
  const result = synthesise(
    tableOperation(
      'countVote',
      [
        ['present', 'number'],
        ['votes', 'number']
      ],
      [['passed', 'boolean']],
      [
        [12, 8, true],
        [12, 7, false],
        [9, 9, false],
        [30, 20, true],
        [30, 19, false],
        [15, 11, true],
        [10, 3, false],
        [21, 14, true]
      ],
      'A motion passes when at least 10 members are present and at least two thirds of the members present vote for it.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(
    [
      answerOf(result, { present: 18, votes: 12 }),
      answerOf(result, { present: 18, votes: 11 }),
      answerOf(result, { present: 9, votes: 8 }),
      answerOf(result, { present: 100, votes: 67 })
    ],
    [true, false, false, true]
  )
})
