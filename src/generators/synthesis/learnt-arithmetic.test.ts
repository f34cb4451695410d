import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Operation, Value } from '../operation'
import { Bank } from './bank'
import { bandsOn } from './bands'
import { type Problem, maskOf } from './candidate'
import { combinationProgram, combinationsOn, solveExactly } from './combination'
import { describeProgram } from './describe'
import { passesRow } from './generalisation'
import { evaluateProgram, input, programSize } from './program'
import { synthesize } from './search'
import { isTableProblem, tabulate } from './table'

/** A numeric operation from rows of numbers: the inputs in order, then the output. */
function operation(name: string, inputs: string[], rows: number[][]): Operation {
  return {
    name,
    whenText: `${name} is computed`,
    inputs: inputs.map((input) => ({ name: input, type: 'number' })),
    outputs: [{ name: 'out', type: 'number' }],
    scenarios: [name],
    examples: rows.map((row, index) => ({
      inputs: Object.fromEntries(inputs.map((input, column) => [input, row[column]!])),
      outputs: { out: row[inputs.length]! },
      source: `features/${name}.feature:${10 + index}`
    }))
  }
}

/** The problem the search works on, with the inputs (bank level 1) enumerated. */
function problemOf(rows: Operation): Problem {
  const table = tabulate(rows)
  if (isTableProblem(table)) throw new Error(table.error.message)
  const bank = new Bank(table, { maxEntries: 1000, maxLevel: { number: 1, string: 1, boolean: 1 } })
  bank.grow()
  const target = table.examples.map((example) => example.outputs.out!)
  return { table, bank, output: rows.outputs[0]!, target, all: maskOf(target.map((_, row) => row)) }
}

const everyRow = (problem: Problem) => problem.target.map((_, row) => row)

function heldOut(inputs: Record<string, Value>, out: number) {
  return { inputs, outputs: { out } }
}

test('bands: a fee per started hour is a scaled ceil, and it holds far outside the examples', () => {
  const parking = operation('chargeParking', ['minutes'], [
    [1, 3],
    [60, 3],
    [61, 6],
    [120, 6],
    [121, 9],
    [300, 15]
  ])
  const result = synthesize(parking)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.outputs[0]!.description, 'ceil(minutes / 60) * 3')
  assert.equal(result.outputs[0]!.form, 'bands')
  for (const [minutes, fee] of [[2, 3], [59, 3], [180, 9], [181, 12], [6000, 300]] as const) assert.ok(passesRow(result, heldOut({ minutes }, fee)), `${minutes} minutes`)
})

test('bands: an offset that is neither floor nor ceil is learnt, and counted as learnt', () => {
  // Tickets are printed in sheets of 5 starting at number 3: the sheet of a ticket number.
  const sheets = operation('findSheet', ['ticket'], [3, 4, 7, 8, 9, 12, 13, 20, 22].map((ticket) => [ticket, Math.floor((ticket + 2) / 5)]))
  const problem = problemOf(sheets)
  const [best] = bandsOn(problem, everyRow(problem))
  assert.ok(best)
  assert.equal(describeProgram(best.program), 'floor((ticket + 2) / 5)')
  assert.equal(best.fitted, 2)
  assert.deepEqual(evaluateProgram(best.program, { ticket: 102 }), { ok: true, value: 20 })
})

test('bands: no grouping in the examples, decimals, random outputs or too few rows give no band rule', () => {
  // Every row in a band of its own: the floor does nothing the examples show.
  const spread = operation('spread', ['n'], [[0, 0], [10, 1], [20, 2], [35, 3]])
  assert.deepEqual(bandsOn(problemOf(spread), everyRow(problemOf(spread))), [])
  const decimals = operation('decimals', ['x'], [[0.5, 1], [1.5, 1], [2.5, 2], [3.5, 2], [4.5, 3]])
  assert.deepEqual(bandsOn(problemOf(decimals), everyRow(problemOf(decimals))), [])
  const random = operation('random', ['n'], [[1, 37], [2, 4], [3, 91], [4, 15], [5, 62], [6, 8], [7, 55], [8, 23]])
  assert.deepEqual(bandsOn(problemOf(random), everyRow(problemOf(random))), [])
  const two = operation('two', ['n'], [[1, 1], [2, 1]])
  assert.deepEqual(bandsOn(problemOf(two), everyRow(problemOf(two))), [])
})

test('solveExactly: the unique solution, or nothing when the unknowns are not pinned', () => {
  const solution = solveExactly(
    [
      [1, 0],
      [0, 45],
      [2, 30]
    ].map(([hours, minutes]) => [hours!, minutes!, 1]),
    [60, 45, 150]
  )
  assert.ok(solution)
  assert.deepEqual(
    solution.map((value) => Math.round(value * 1e9) / 1e9),
    [60, 1, 0]
  )
  // The second column is twice the first in every row: any split of the coefficient fits.
  assert.equal(
    solveExactly(
      [
        [1, 2],
        [2, 4],
        [3, 6]
      ],
      [5, 10, 15]
    ),
    undefined
  )
  assert.equal(solveExactly([[1, 1]], [2]), undefined)
})

test('combinations: a fit needs more rows than unknowns, inputs that vary apart and short coefficients', () => {
  // y = 7a + 3b + 5 has three unknowns: three rows are interpolated, never called a rule.
  const exact = operation('exact', ['a', 'b'], [[1, 0, 12], [0, 1, 8], [2, 5, 34]])
  assert.deepEqual(combinationsOn(problemOf(exact), everyRow(problemOf(exact))), [])
  const confirmed = operation('confirmed', ['a', 'b'], [[1, 0, 12], [0, 1, 8], [2, 5, 34], [4, 4, 45]])
  const [rule] = combinationsOn(problemOf(confirmed), everyRow(problemOf(confirmed)))
  assert.ok(rule)
  assert.equal(describeProgram(rule.program), 'a * 7 + b * 3 + 5')
  assert.equal(rule.fitted, 3)
  // b is always twice a: the examples cannot tell a's share from b's.
  const together = operation('together', ['a', 'b'], [[1, 2, 5], [2, 4, 10], [3, 6, 15], [5, 10, 25]])
  assert.deepEqual(combinationsOn(problemOf(together), everyRow(problemOf(together))), [])
  // (5a + 3b) / 13 fits exactly, but 0.3846153846 is an interpolation, not a coefficient.
  const thirteenths = operation('thirteenths', ['a', 'b'], [[13, 0, 5], [0, 13, 3], [1, 1, 8 / 13], [2, 7, 31 / 13]])
  assert.deepEqual(combinationsOn(problemOf(thirteenths), everyRow(problemOf(thirteenths))), [])
})

test('combinations: negative coefficients and intercepts read as subtraction', () => {
  const a = input('a', 'number')
  const b = input('b', 'number')
  assert.equal(describeProgram(combinationProgram([{ program: a, coefficient: -1 }, { program: b, coefficient: 2 }], -4)), 'b * 2 - a - 4')
  assert.equal(describeProgram(combinationProgram([{ program: a, coefficient: -1 }, { program: b, coefficient: -3 }], 0)), '-a - b * 3')
  assert.equal(describeProgram(combinationProgram([{ program: a, coefficient: -2 }, { program: b, coefficient: -1 }], 1.5)), 'a * -2 - b + 1.5')
  const balance = operation('balance', ['income', 'spending'], [[100, 30, 65], [50, 50, -5], [0, 10, -15], [200, 0, 195]])
  const result = synthesize(balance)
  assert.ok(result.ok)
  assert.equal(result.outputs[0]!.description, 'income - spending - 5')
  assert.ok(passesRow(result, heldOut({ income: 10000, spending: 1 }, 9994)))
})

test('digits: counting the digits of a number is still possible, but costs four more nodes than it has', () => {
  const digits = operation('countDigits', ['n'], [[7, 1], [42, 2], [100, 3], [5, 1], [12345, 5], [999, 3], [31, 2]])
  const result = synthesize(digits)
  assert.ok(result.ok, result.ok ? '' : result.message)
  assert.equal(result.outputs[0]!.description, 'length(String(n))')
  assert.equal(result.size, 7)
  assert.equal(programSize(result.outputs[0]!.program), 7)
})
