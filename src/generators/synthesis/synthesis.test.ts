import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { Operation, Value } from '../operation'
import { CORPUS, OWN_SPECIFICATIONS, type CorpusSpecification } from './corpus-operations'
import { passesRow as passes } from './generalisation'
import { type SynthesisResult, renderOperation, synthesize, synthesizeCandidates } from './index'
import type { Program } from './program'

/** Nothing and one, where counting words change: the only numbers a rule may test an input for. */
const COUNTING_POINTS: Value[] = [0, 1]

/**
 * A table keyed by numeric input values would compare a number input for equality with a
 * constant learnt from the examples (anything but 0 and 1).
 */
function memorisesNumbers(program: Program): boolean {
  switch (program.kind) {
    case 'binary':
      if (
        (program.operator === 'equal' || program.operator === 'notEqual') &&
        program.left.kind === 'input' &&
        program.left.type === 'number' &&
        program.right.kind === 'constant' &&
        !COUNTING_POINTS.includes(program.right.value)
      ) {
        return true
      }
      return memorisesNumbers(program.left) || memorisesNumbers(program.right)
    case 'unary':
      return memorisesNumbers(program.operand)
    case 'conditional':
      return memorisesNumbers(program.condition) || memorisesNumbers(program.then) || memorisesNumbers(program.otherwise)
    case 'match':
      return program.cases.some((entry) => memorisesNumbers(entry.result))
    default:
      return false
  }
}

function checkSpecification(specification: CorpusSpecification): SynthesisResult {
  const result = synthesize(specification.operation)
  assert.ok(result.ok, `${specification.operation.name}: ${result.ok ? '' : result.message}`)
  for (const example of specification.operation.examples) {
    assert.ok(passes(result, example), `${specification.operation.name} gets its own example ${example.source} wrong`)
  }
  for (const row of specification.heldOut) {
    assert.ok(passes(result, row), `${specification.operation.name} = ${result.outputs[0]!.description} fails held-out ${JSON.stringify(row)}`)
  }
  for (const output of result.outputs) assert.equal(memorisesNumbers(output.program), false)
  return result
}

for (const specification of CORPUS) {
  test(`corpus ${specification.origin}: a rule that passes rows it never saw`, () => {
    checkSpecification(specification)
  })
}

for (const specification of OWN_SPECIFICATIONS) {
  test(`${specification.origin}: a rule that passes rows it never saw`, () => {
    checkSpecification(specification)
  })
}

const byName = (name: string) => [...CORPUS, ...OWN_SPECIFICATIONS].find((specification) => specification.operation.name === name)!

test('the rules read like the specifications', () => {
  const expected: Record<string, string> = {
    add: 'a + b',
    convertToFahrenheit: 'celsius * 1.8 + 32',
    isEven: 'n % 2 === 0',
    isLeapYear: 'year % 100 === 0 ? year % 400 === 0 : year % 4 === 0',
    gradeScore: "score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : 'F'",
    formatFullName: '`${first} ${last}`',
    pickLargest: 'max(a, b, c)',
    // Learnt bands and several-input linear rules, not digit counts or interpolations.
    findItsQuarter: 'ceil(month / 3)',
    computeItsLength: 'hours * 60 + minutes',
    findWeekOfYear: 'ceil(day / 7)',
    countFullHours: 'floor(minutes / 60)',
    convertToCents: 'euros * 100 + cents',
    weighScore: 'theory * 2 + practice * 3',
    measureDuration: 'hours * 3600 + minutes * 60 + seconds + 5',
    // Counting words: a choice inside a template where the rows differ by a suffix or a word.
    describeCount: "`${count} ${word}${count === 1 ? '' : 's'}`",
    describeDaysLeft: "`${days} day${days === 1 ? '' : 's'} left`",
    describeChildren: "`${count} child${count === 1 ? '' : 'ren'}`",
    describeResults: "`${count === 0 ? 'no' : count} ${noun}${count === 1 ? '' : 's'}`",
    greetVisitor: 'visits > 1 ? `Welcome back, ${name}` : `Welcome, ${name}`'
  }
  for (const [name, description] of Object.entries(expected)) {
    const result = synthesize(byName(name).operation)
    assert.ok(result.ok)
    assert.equal(result.outputs[0]!.description, description)
  }
  const fizzBuzz = synthesize(byName('sayFizzBuzz').operation)
  assert.ok(fizzBuzz.ok)
  assert.match(fizzBuzz.outputs[0]!.description, /^n % 15 === 0 \? 'FizzBuzz'/)
  assert.equal(fizzBuzz.outputs[0]!.form, 'decision-list')
  const discount = synthesize(byName('applyDiscount').operation)
  assert.ok(discount.ok)
  assert.equal(discount.outputs[0]!.form, 'lookup')
})

test('the same operation gives the same program and byte-identical code', () => {
  for (const specification of [...CORPUS, ...OWN_SPECIFICATIONS]) {
    const first = synthesize(specification.operation)
    const second = synthesize(structuredClone(specification.operation))
    assert.ok(first.ok && second.ok)
    assert.deepEqual(second.outputs, first.outputs)
    assert.equal(renderOperation(specification.operation, second), renderOperation(specification.operation, first))
  }
})

test('candidates come smallest first, distinct, and end with a clear failure', () => {
  const operation = byName('calculateShippingCost').operation
  const results = [...synthesizeCandidates(operation)]
  const found = results.filter((result) => result.ok)
  assert.ok(found.length >= 2, 'shipping has more than one consistent rule')
  const first = synthesize(operation)
  assert.ok(first.ok)
  assert.ok(found[0]!.ok)
  assert.deepEqual(found[0]!.outputs, first.outputs)
  const descriptions = found.map((result) => (result.ok ? result.outputs[0]!.description : ''))
  assert.equal(new Set(descriptions).size, descriptions.length)
  const sizes = found.map((result) => (result.ok ? result.size : 0))
  assert.deepEqual(sizes, [...sizes].sort((a, b) => a - b))
  for (const result of found) for (const example of operation.examples) assert.ok(passes(result, example))
  const last = results[results.length - 1]!
  assert.equal(last.ok, false)
  assert.match(last.ok ? '' : last.message, /^no further rule found for calculateShippingCost within size \d+/)
})

test('an operation with several outputs gets a program per output', () => {
  const operation: Operation = {
    name: 'quoteParcel',
    whenText: 'the parcel is quoted',
    inputs: [{ name: 'weight', type: 'number' }],
    outputs: [
      { name: 'cost', type: 'number' },
      { name: 'heavy', type: 'boolean' }
    ],
    scenarios: ['quote'],
    examples: [1, 2, 5, 10, 20, 30].map((weight, index) => ({
      inputs: { weight },
      outputs: { cost: weight * 3 + 4, heavy: weight >= 10 },
      source: `features/quote.feature:${10 + index}`
    }))
  }
  const result = synthesize(operation)
  assert.ok(result.ok)
  assert.deepEqual(
    result.outputs.map((output) => output.description),
    ['weight * 3 + 4', 'weight >= 10']
  )
  assert.ok(passes(result, { inputs: { weight: 100 }, outputs: { cost: 304, heavy: true } }))
})

test('property: linear rules with integer coefficients generalise from four rows', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: -9, max: 9 }).filter((slope) => slope !== 0),
      fc.integer({ min: -50, max: 50 }),
      fc.uniqueArray(fc.integer({ min: -100, max: 100 }), { minLength: 4, maxLength: 4 }),
      (slope, intercept, xs) => {
        const row = (x: number) => ({ inputs: { x } as Record<string, Value>, outputs: { y: slope * x + intercept } as Record<string, Value> })
        const operation: Operation = {
          name: 'line',
          whenText: 'the line is evaluated',
          inputs: [{ name: 'x', type: 'number' }],
          outputs: [{ name: 'y', type: 'number' }],
          scenarios: ['line'],
          examples: xs.map((x, index) => ({ ...row(x), source: `line.feature:${index}` }))
        }
        const result = synthesize(operation)
        return result.ok && [1000, -777, 0.5].every((x) => passes(result, row(x)))
      }
    ),
    { numRuns: 25, seed: 4 }
  )
})
