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

test('words that only qualify an input, and a power set off by commas, are read past ("the speed in metres per second, squared, times …")', () => {
  // On these rows speed²·mass has a fraction under a half: "times 2, rounded down" and "rounded down, times 2" agree on them.
  const strain = (speed: number, mass: number) => Math.floor(speed * speed * mass * 2)
  const rows: Array<[number, number]> = [
    [3, 1],
    [4.3, 1],
    [2.5, 1.6],
    [6, 0.75],
    [1.2, 5],
    [5, 1.25],
    [7.3, 1],
    [2, 2.5],
    [8, 0.5]
  ]
  const result = synthesise(
    tableOperation(
      'scoreSwing',
      [
        ['speed', 'number'],
        ['mass', 'number']
      ],
      [['strain', 'number']],
      rows.map(([speed, mass]) => [speed, mass, strain(speed, mass)]),
      'The strain on the rope is the speed of the swing in metres per second, squared, times the mass of the seat ' +
        'in kilograms, times 2, rounded down to a whole point.'
    )
  )
  for (const [speed, mass] of [
    [3.5, 1.2],
    [4.5, 2.1],
    [2.2, 3.3]
  ] as Array<[number, number]>)
    assert.equal(answerOf(result, { speed, mass }), strain(speed, mass), `speed ${speed}, mass ${mass}`)
})

test('a number the words give as an example of an input stands for it in a fraction ("so 4 lessons earn 4/6 of the day rate")', () => {
  const pay = (days: number, lessons: number, rate: number) => Math.floor(((days * lessons) / 6) * rate * 0.85 * 100) / 100
  const rows: Array<[number, number, number]> = [
    [1, 6, 120],
    [2, 4, 120],
    [3, 5, 131.5],
    [1, 3, 118.4],
    [4, 2, 127.25],
    [2, 6, 109.9],
    [5, 4, 124.6],
    [3, 1, 133.33],
    [1, 5, 141.2]
  ]
  const result = synthesise(
    tableOperation(
      'payReliefTeacher',
      [
        ['days', 'number'],
        ['lessons', 'number'],
        ['rate', 'number']
      ],
      [['pay', 'number']],
      rows.map(([days, lessons, rate]) => [days, lessons, rate, pay(days, lessons, rate)]),
      'A relief teacher is paid by the day. The day rate is for 6 lessons; a teacher who gives fewer gets that many ' +
        'sixths of it, so 4 lessons earn 4/6 of the day rate. The agency passes on 85% of it, rounded down to the penny.'
    )
  )
  assert.equal(result.status, 'synthesised')
  for (const [days, lessons, rate] of [
    [2, 3, 127.9],
    [7, 5, 119.35],
    [1, 1, 150.01]
  ] as Array<[number, number, number]>)
    assert.equal(answerOf(result, { days, lessons, rate }), pay(days, lessons, rate), `${days} days, ${lessons} lessons at ${rate}`)
})
