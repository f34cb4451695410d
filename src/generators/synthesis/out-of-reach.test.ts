import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { type Operation, type OperationExample, type Value, type ValueType, valuesAgree } from '../operation'
import { evaluateProgram, renderOperation, synthesize } from './index'

function operation(name: string, inputType: ValueType, outputType: ValueType, rows: Array<[Value, Value]>): Operation {
  return {
    name,
    whenText: 'the value is looked up',
    inputs: [{ name: 'n', type: inputType }],
    outputs: [{ name: 'value', type: outputType }],
    scenarios: ['lookup'],
    examples: rows.map(([n, value], index): OperationExample => ({ inputs: { n }, outputs: { value }, source: `features/lookup.feature:${10 + index}` }))
  }
}

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function randomNumbers(seed: number, count: number, range: number): number[] {
  const numbers: number[] = []
  let state = seed
  while (numbers.length < count) {
    state = (state * 1103515245 + 12345) % 2147483648
    const value = Math.floor((state / 2147483648) * range)
    if (!numbers.includes(value)) numbers.push(value)
  }
  return numbers
}

test('a table keyed on numbers with random outputs has no rule, and no lookup table is written for it', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    const outputs = randomNumbers(seed, 8, 100)
    const rows = outputs.map((value, index): [Value, Value] => [index * 3 + seed, value])
    const result = synthesize(operation('lookUpRandomNumber', 'number', 'number', rows))
    assert.equal(result.ok, false, `seed ${seed}: ${result.ok ? result.outputs[0]!.description : ''}`)
    assert.ok(!result.ok)
    assert.equal(result.reason, 'no-rule')
    assert.equal(result.message, 'no rule found for lookUpRandomNumber within size 24: add examples or configure a model provider')
    assert.equal(result.error.code, 'synthesis/no-rule')
    assert.equal(result.error.file, 'features/lookup.feature')
  }
  const words = ['apple', 'river', 'stone', 'cloud', 'maple', 'ember', 'quartz']
  const rows = words.map((word, index): [Value, Value] => [[4, 9, 15, 16, 23, 42, 8][index]!, word])
  const result = synthesize(operation('lookUpWord', 'number', 'string', rows), { maxSize: 16 })
  assert.ok(!result.ok)
  assert.equal(result.message, 'no rule found for lookUpWord within size 16: add examples or configure a model provider')
})

test('a table over two numeric inputs with random outputs has no rule: no linear fit interpolates it', () => {
  for (const seed of [1, 2, 3, 4]) {
    const outputs = randomNumbers(seed, 5, 1000)
    const firsts = randomNumbers(seed + 10, 5, 50)
    const table: Operation = {
      name: 'lookUpPair',
      whenText: 'the pair is looked up',
      inputs: [
        { name: 'a', type: 'number' },
        { name: 'b', type: 'number' }
      ],
      outputs: [{ name: 'value', type: 'number' }],
      scenarios: ['lookup'],
      examples: outputs.map((value, index) => ({ inputs: { a: firsts[index]!, b: index * 7 + seed }, outputs: { value }, source: `features/pair.feature:${10 + index}` }))
    }
    const result = synthesize(table)
    assert.equal(result.ok, false, `seed ${seed}: ${result.ok ? result.outputs[0]!.description : ''}`)
    assert.ok(!result.ok)
    assert.equal(result.message, 'no rule found for lookUpPair within size 24: add examples or configure a model provider')
  }
})

test('contradictory examples are reported with both rows', () => {
  const result = synthesize(operation('classify', 'number', 'string', [[1, 'a'], [2, 'b'], [1, 'c']]))
  assert.ok(!result.ok)
  assert.equal(result.reason, 'contradiction')
  assert.equal(result.error.file, 'features/lookup.feature')
  assert.equal(result.error.line, 12)
  assert.match(result.message, /contradictory examples for classify: n=1 gives value=c here but a at features\/lookup\.feature:10/)
})

test('a row repeated verbatim is one example, not a contradiction', () => {
  const result = synthesize(operation('double', 'number', 'number', [[1, 2], [2, 4], [2, 4], [5, 10]]))
  assert.ok(result.ok)
  assert.equal(result.outputs[0]!.description, 'n * 2')
  assert.equal(result.statistics.examples, 3)
})

test('an operation without inputs (a stateful specification) needs a model provider', () => {
  const stateful: Operation = {
    name: 'withdraw',
    whenText: 'I withdraw 30',
    inputs: [],
    outputs: [{ name: 'balance', type: 'number' }],
    scenarios: ['deposit then withdraw'],
    examples: [{ inputs: {}, outputs: { balance: 70 }, source: 'features/account.feature:9' }]
  }
  const result = synthesize(stateful)
  assert.ok(!result.ok)
  assert.equal(result.reason, 'no-inputs')
  assert.match(result.message, /withdraw has no inputs: an example table cannot define it/)
  assert.equal(result.error.hint, 'configure a model provider to write it')
})

test('one example, no expected outputs or a value of the wrong type are out of reach, located', () => {
  const single = synthesize(operation('single', 'number', 'number', [[1, 2]]))
  assert.ok(!single.ok)
  assert.equal(single.reason, 'too-few-examples')
  const noOutputs = synthesize({ ...operation('silent', 'number', 'number', [[1, 2], [2, 3]]), outputs: [] })
  assert.ok(!noOutputs.ok)
  assert.equal(noOutputs.reason, 'no-outputs')
  const wrongType = synthesize(operation('typed', 'number', 'number', [[1, 2], [2, 'three']]))
  assert.ok(!wrongType.ok)
  assert.equal(wrongType.reason, 'invalid-example')
  assert.equal(wrongType.error.line, 11)
})

test('a spent time budget is reported as such', () => {
  let now = 0
  const clock = () => (now += 1000)
  const rows = [1, 2, 3, 4, 5].map((n): [Value, Value] => [n, n * n * n - 7])
  const result = synthesize(operation('cube', 'number', 'number', rows), { timeBudgetMs: 1500, clock })
  assert.ok(!result.ok)
  assert.equal(result.reason, 'budget')
  assert.equal(result.message, 'no rule found for cube within the time budget of 1500 ms: add examples or configure a model provider')
})

test('the same output for varying inputs is a constant rule', () => {
  const flat = synthesize(operation('flatFee', 'number', 'number', [[1, 5], [2, 5], [10, 5]]))
  assert.ok(flat.ok)
  assert.equal(flat.outputs[0]!.description, '5')
})

test('property: any well-typed table gives a rule that fits every example, or a reason, never an exception', () => {
  const scalar = fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constantFrom('red', 'green', 'blue', 'a b', "it's"), fc.boolean())
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.constantFrom('x', 'y', 'z'), scalar), { minLength: 2, maxLength: 9 }), (rows) => {
      const outputType = typeof rows[0]![2] as ValueType
      const typed = rows.filter((row) => typeof row[2] === outputType)
      const table: Operation = {
        name: 'anything',
        whenText: 'anything happens',
        inputs: [
          { name: 'n', type: 'number' },
          { name: 'kind', type: 'string' }
        ],
        outputs: [{ name: 'out', type: outputType }],
        scenarios: ['anything'],
        examples: typed.map(([n, kind, out], index) => ({ inputs: { n, kind }, outputs: { out }, source: `any.feature:${index}` }))
      }
      const result = synthesize(table, { maxSize: 14 })
      if (!result.ok) return typeof result.message === 'string' && result.message.length > 0
      renderOperation(table, result)
      return table.examples.every((example) => {
        const value = evaluateProgram(result.outputs[0]!.program, example.inputs)
        return value.ok && valuesAgree(value.value, example.outputs.out!)
      })
    }),
    { numRuns: 150, seed: 11 }
  )
})
