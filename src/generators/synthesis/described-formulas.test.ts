import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesise } from './index'
import { answerOf, tableOperation } from './testing'

test('a quantity the description defines from the inputs in words is one the rule can threshold', () => {
  // The bands are on weight / height², which no cut on either input, nor a small sum, follows near its edges.
  const result = synthesise(
    tableOperation(
      'workOutBmi',
      [
        ['weight', 'number'],
        ['height', 'number']
      ],
      [['category', 'string']],
      [
        [50, 1.8, 'underweight'],
        [70, 1.75, 'normal'],
        [85, 1.75, 'overweight'],
        [100, 1.7, 'obese'],
        [60, 1.6, 'normal'],
        [90, 1.9, 'normal'],
        [55, 1.75, 'underweight'],
        [80, 1.7, 'overweight'],
        [110, 1.9, 'obese']
      ],
      'The body mass index is the weight in kg divided by the square of the height in metres. ' +
        'Below 18.5 is underweight, below 25 is normal, below 30 is overweight, and 30 or more is obese. ' +
        'a person of kg and m the BMI is worked out the category is'
    )
  )
  assert.equal(answerOf(result, { weight: 50, height: 1.65 }), 'underweight')
  assert.equal(answerOf(result, { weight: 95, height: 1.95 }), 'normal')
  assert.equal(answerOf(result, { weight: 76, height: 1.6 }), 'overweight')
})

test('a chain of inputs and numbers with signs of arithmetic ("length x width x height / 1000") is a quantity the rule may round', () => {
  const result = synthesise(
    tableOperation(
      'fillTank',
      [
        ['length', 'number'],
        ['width', 'number'],
        ['height', 'number']
      ],
      [['litres', 'number']],
      [
        [60, 30, 40, 72],
        [100, 40, 50, 200],
        [45, 25, 30, 34],
        [80, 35, 45, 126],
        [120, 50, 60, 360],
        [33, 21, 27, 19],
        [150, 45, 55, 371]
      ],
      'A tank holds length x width x height in centimetres / 1000 litres, rounded to the nearest litre.'
    )
  )
  assert.equal(result.status, 'synthesised')
  assert.equal(answerOf(result, { length: 90, width: 33, height: 41 }), 122)
  assert.equal(answerOf(result, { length: 200, width: 61, height: 70 }), 854)
})
