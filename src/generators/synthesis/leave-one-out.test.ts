import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation, Value } from '../operation'
import { evaluateProgram, synthesise } from './index'
import { tableOperation } from './testing'
import { ruleInQuestion } from './questions'

/** A one-input, one-output operation from its rows. */
function operation(input: string, output: string, rows: Array<[Value, Value]>, context = ''): Operation {
  const type = (value: Value) => typeof value as 'number' | 'string' | 'boolean'
  return tableOperation(output, [[input, type(rows[0]![0])]], [[output, type(rows[0]![1])]], rows, context)
}

const SHORT_SURNAMES: Array<[Value, Value]> = [
  ['Li', 'li'],
  ['Wei', 'wei'],
  ['Ross', 'ross'],
  ['Kim', 'kim']
]

test('a part of a rule only one example shows is a question: "the first 4 characters" from one long surname', () => {
  const result = synthesise(
    operation('surname', 'handle', [...SHORT_SURNAMES, ['Alexander', 'alex']], 'The handle is made from the surname.')
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'ambiguous')
  const question = result.outputs[0]!.question!
  const asked = question.inputs.surname as string
  assert.ok(asked.length > 4, `asks for a surname longer than the cut: ${asked}`)
  // The rule without the long row (the whole surname) and the written rule answer differently there.
  assert.deepEqual(
    question.answers.map((answer) => answer.value),
    [asked.slice(0, 4).toLowerCase(), asked.toLowerCase()]
  )
  assert.equal(evaluateProgram(result.outputs[0]!.program, { surname: 'Johnson' }).ok, true)
})

test('the same rule shown by two examples is decided', () => {
  const result = synthesise(
    operation('surname', 'handle', [...SHORT_SURNAMES, ['Alexander', 'alex'], ['Johnson', 'john']], 'The handle is made from the surname.')
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(evaluateProgram(result.outputs[0]!.program, { surname: 'Peterson' }), { ok: true, value: 'pete' })
})

test('a special case one example shows at its own input asks nothing: only that input is answered differently', () => {
  const result = synthesise(
    operation('count', 'headline', [
      [0, 'nothing left'],
      [1, '1 item'],
      [2, '2 items'],
      [5, '5 items'],
      [12, '12 items']
    ])
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(evaluateProgram(result.outputs[0]!.program, { count: 0 }), { ok: true, value: 'nothing left' })
})

test('a constant the words name is decided by the words, not by the one row that shows it', () => {
  const rows: Array<[Value, Value]> = [...SHORT_SURNAMES, ['Alexander', 'alex']]
  const result = synthesise(operation('surname', 'handle', rows, 'The handle is the first four letters of the surname.'))
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(evaluateProgram(result.outputs[0]!.program, { surname: 'Johnson' }), { ok: true, value: 'john' })
})

/** Zones from an age and a pulse, as a running watch shows them: the first six rows are of runners aged 20. */
function zones(extra: Array<[number, number, string]>): Operation {
  const rows: Array<[number, number, string]> = [
    [20, 99, 'resting'],
    [20, 100, 'light'],
    [20, 139, 'light'],
    [20, 140, 'moderate'],
    [20, 169, 'moderate'],
    [20, 170, 'hard'],
    ...extra,
    [60, 79, 'resting']
  ]
  return {
    name: 'showZone',
    whenText: 'the zone is shown',
    context: [
      'Heart rate zones on a running watch',
      '  The maximum heart rate is 220 minus the age. Below 50 percent of it the zone',
      '  is resting, from 50 percent light, from 70 percent moderate and from 85',
      '  percent hard.',
      'zone for a heart rate',
      'a runner aged  ',
      'a heart rate of   beats per minute',
      'the zone is shown',
      'the zone is  '
    ].join('\n'),
    inputs: [
      { name: 'age', type: 'number' },
      { name: 'bpm', type: 'number' }
    ],
    outputs: [{ name: 'zone', type: 'string' }],
    scenarios: ['zone for a heart rate'],
    examples: rows.map(([age, bpm, zone], index) => ({
      inputs: { age, bpm },
      outputs: { zone },
      source: `features/zones.feature:${10 + index}`
    }))
  }
}

test('a condition of a decision list that one row alone chooses over a plainer one is a question', () => {
  // Only the runner aged 40 tells `age * bpm < 2800` from `bpm < 140`.
  const result = synthesise(zones([[40, 126, 'moderate']]))
  assert.ok(result.ok)
  assert.equal(result.status, 'ambiguous')
  const question = result.outputs[0]!.question!
  assert.equal(question.answers.length, 2)
  assert.notDeepEqual(question.answers[0]!.value, question.answers[1]!.value)
  // The rival is the written list with a plainer condition where the product was.
  assert.match(question.answers[0]!.rule, /age \* bpm/)
  assert.doesNotMatch(question.answers[1]!.rule, /age \* bpm/)
})

test('a condition of a decision list that two rows choose is decided', () => {
  const result = synthesise(
    zones([
      [40, 126, 'moderate'],
      [30, 100, 'moderate']
    ])
  )
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
})

test('a rival condition that one row shows is no rival: bands whose lowest holds 0 and 19 are decided', () => {
  // Without the row 19, `speed === 0` would select the lowest band, but only the row 0 would show it.
  const rows = '0 none, 19 none, 20 yellow, 35 yellow, 49 yellow, 50 orange, 79 orange, 80 red, 120 red'
    .split(', ')
    .map((row): [Value, Value] => [Number(row.split(' ')[0]), row.split(' ')[1]!])
  const result = synthesise(operation('speed', 'warning', rows))
  assert.ok(result.ok)
  assert.equal(result.status, 'synthesised')
  assert.deepEqual(evaluateProgram(result.outputs[0]!.program, { speed: 10 }), { ok: true, value: 'none' })
})

test('a rival that explains every row but one says which row the best rule rests on alone', () => {
  const result = synthesise(
    tableOperation(
      'checkRider',
      [
        ['height', 'number'],
        ['adult', 'boolean']
      ],
      [['ride', 'boolean']],
      [
        [130, false, true],
        [120, false, true],
        [119, false, false],
        [110, true, true],
        [100, true, true],
        [99, true, false],
        [90, false, false]
      ]
    )
  )
  assert.ok(result.ok)
  const question = result.outputs[0]!.question
  assert.ok(question, 'the cut for riders without an adult rests on one row')
  const [best, rival] = question.answers
  assert.equal(best!.allRowsBut, undefined)
  assert.equal(rival!.allRowsBut, 'height = 119, adult = false')
  assert.match(ruleInQuestion(rival!), /\(every row but height = 119, adult = false\)$/)
})
