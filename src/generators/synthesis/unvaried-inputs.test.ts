import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { tableOperation } from './testing'

const lateFee = (dueDates: readonly string[]) =>
  synthesise(
    tableOperation(
      'returnBook',
      [
        ['due', 'string'],
        ['returned', 'string']
      ],
      [['fee', 'number']],
      [
        ['2024-03-01', '2024-03-01', 0],
        ['2024-03-01', '2024-03-03', 0.5],
        ['2024-03-01', '2024-03-05', 1],
        ['2024-03-01', '2024-03-09', 2],
        ['2024-03-01', '2024-03-21', 5],
        ['2024-03-01', '2024-04-10', 10],
        ['2024-03-01', '2024-05-10', 10]
      ].map((row, index) => [dueDates[index % dueDates.length]!, ...row.slice(1)]),
      'a book returned after its due date costs 25 cents a day, at most 10 euros'
    )
  )

test('an input every example gives the same value leaves the rule unconfirmed, asking for a row that varies it', () => {
  const result = lateFee(['2024-03-01'])
  assert.ok(result.ok, 'a rule is written')
  const fee = result.outputs[0]!
  assert.equal(fee.confident, false)
  assert.ok(fee.question !== undefined, 'a row is asked for')
  assert.notEqual(fee.question.inputs['due'], '2024-03-01', 'the asked row varies the due date')
  assert.equal(fee.question.inputs['returned'] !== undefined, true)
})

test("a number the step's own text writes in every row is no column to vary: nothing is asked about it", () => {
  const operation = tableOperation(
    'estimateFuel',
    [
      ['km', 'number'],
      ['litres', 'number'],
      ['per', 'number'],
      ['price', 'number']
    ],
    [['cost', 'number']],
    [
      [100, 5, 100, 2, 10],
      [250, 6, 100, 1.8, 27],
      [80, 7.5, 100, 1.6, 9.6],
      [400, 5.5, 100, 2.1, 46.2],
      [120, 8, 100, 1.75, 16.8],
      [60, 4.5, 100, 1.9, 5.13]
    ],
    'Fuel cost is the distance divided by 100, times the litres used per 100 km, times the price per litre, rounded to the cent.'
  )
  operation.inputs.find((input) => input.name === 'per')!.written = true
  const result = synthesise(operation)
  assert.ok(result.ok)
  const cost = result.outputs[0]!
  assert.notEqual(cost.question?.inputs['per'] ?? 100, 50)
  for (const answer of cost.question?.answers ?? []) assert.doesNotMatch(answer.rule, /per/)
  assert.equal(cost.confident, true, JSON.stringify(cost.question))
})
