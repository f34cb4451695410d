import { test } from 'node:test'
import assert from 'node:assert/strict'
import { type Bank, ROUNDABOUT_BITS, isPoint } from './bank'
import type { Prior } from './prior'
import { apply, constant, describeProgram, input, inputsUsed } from './program'
import { grownBank, tableOperation } from './testing'

/** The bank of a two-input table whose words speak of relating the inputs ("than"). */
function bankOf(): { bank: Bank; prior: Prior } {
  const operation = tableOperation(
    'compare',
    [
      ['weight', 'number'],
      ['other', 'number']
    ],
    [['first', 'boolean']],
    [
      [3, 5, false],
      [8, 2, true],
      [12, 30, false],
      [25, 4, true],
      [40, 41, false]
    ],
    'A parcel heavier than the other, or than the difference of the two, is sent first.'
  )
  return grownBank(operation, { maxEntries: 16000, maxLevel: 40, wholeOutputs: false, clockOutputs: false, dateOutputs: false }, 'boolean')
}

const ORDERS: readonly string[] = ['less', 'lessOrEqual', 'greater', 'greaterOrEqual']

test('a relation of a quantity with an expression of itself costs more than one between two quantities', () => {
  const { bank, prior } = bankOf()
  const numbers = new Map(bank.all('number').map((entry) => [describeProgram(entry.program), entry.bits]))
  const charged = { roundabout: new Set<number>(), between: new Set<number>() }
  for (const entry of bank.all('boolean')) {
    const program = entry.program
    if (program.kind !== 'apply' || !ORDERS.includes(program.operator) || program.args.some((argument) => argument.kind === 'constant'))
      continue
    const [left, right] = program.args.map((argument) => numbers.get(describeProgram(argument)))
    if (left === undefined || right === undefined) continue
    const [leftInputs, rightInputs] = program.args.map((argument) => inputsUsed(argument))
    const roundabout = leftInputs!.length === rightInputs!.length && leftInputs!.every((name) => rightInputs!.includes(name))
    // The words say "than": relating two quantities costs nothing more; relating one with itself does.
    charged[roundabout ? 'roundabout' : 'between'].add(entry.bits - (prior.operatorBits(program.operator) + left + right))
  }
  assert.deepEqual([...charged.between], [0])
  assert.deepEqual([...charged.roundabout], [ROUNDABOUT_BITS])
  assert.ok(ROUNDABOUT_BITS > 0)
})

test('a point on a scale (a weekday, a date) is compared and moved, never multiplied, divided or added to another point', () => {
  const operation = tableOperation(
    'ringUp',
    [
      ['day', 'string'],
      ['time', 'string'],
      ['list', 'number']
    ],
    [['price', 'number']],
    [
      ['Monday', '17:00', 6, 3],
      ['Monday', '16:30', 6, 6],
      ['Tuesday', '18:15', 4.5, 2.25],
      ['Wednesday', '19:30', 5, 5],
      ['Saturday', '17:30', 6, 6],
      ['Sunday', '18:00', 5, 5]
    ],
    'Drinks are half price on weekdays from 17:00 until 19:00.'
  )
  const { bank } = grownBank(
    operation,
    { maxEntries: 16000, maxLevel: 40, wholeOutputs: false, clockOutputs: false, dateOutputs: false },
    'number'
  )
  const numbers = bank.all('number').map((entry) => entry.program)
  const combined = (operators: readonly string[], points: number) =>
    numbers.filter(
      (program) =>
        program.kind === 'apply' &&
        operators.includes(program.operator) &&
        program.args.every((argument) => argument.kind !== 'constant') &&
        program.args.filter((argument) => isPoint(argument)).length >= points
    )
  // The bank reads the points, and moves them: a mechanism that is on.
  assert.ok(numbers.some((program) => program.kind === 'apply' && program.operator === 'weekdayNumber'))
  assert.ok(numbers.some((program) => program.kind === 'apply' && program.operator === 'multiply' && !program.args.some(isPoint)))
  assert.deepEqual(combined(['multiply', 'divide', 'remainder'], 1).map(describeProgram), [])
  assert.deepEqual(combined(['add'], 2).map(describeProgram), [])
  const scaled = numbers.filter(
    (program) =>
      program.kind === 'apply' &&
      program.operator === 'multiply' &&
      program.args.some(isPoint) &&
      program.args.some((argument) => argument.kind === 'constant')
  )
  assert.deepEqual(scaled.map(describeProgram), [])
  const reading = (name: string) => apply('dateValue', input(name, 'string'))
  assert.ok(isPoint(apply('floor', apply('divide', apply('monthNumber', input('month', 'string')), constant(3)))))
  assert.ok(!isPoint(apply('subtract', reading('later'), reading('earlier'))))
  // A clock reading may be a duration: a pace divides it.
  assert.ok(!isPoint(apply('clockValue', input('time', 'string'))))
})
