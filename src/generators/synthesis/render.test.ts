import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import { type Operation, type Value, valuesAgree } from '../operation'
import { CORPUS, OWN_SPECIFICATIONS, type HeldOutRow } from './corpus-operations'
import { type SynthesisSuccess, evaluateProgram, renderOperation, synthesize } from './index'

/** Different rules per category (a switch) and several outputs (an object): the other two shapes of generated code. */
const SHAPES: Array<{ operation: Operation; heldOut: HeldOutRow[] }> = [
  {
    operation: {
      name: 'calculatePostage',
      whenText: 'the postage is calculated',
      inputs: [
        { name: 'service', type: 'string', categorical: true },
        { name: 'weight', type: 'number' }
      ],
      outputs: [{ name: 'postage', type: 'number' }],
      scenarios: ['postage by service'],
      examples: [
        ['standard', 1, 5],
        ['standard', 4, 5],
        ['express', 1, 5],
        ['express', 2, 8],
        ['express', 5, 17]
      ].map(([service, weight, postage], index) => ({ inputs: { service: service!, weight: weight! }, outputs: { postage: postage! }, source: `features/postage.feature:${9 + index}` }))
    },
    heldOut: [
      { inputs: { service: 'standard', weight: 30 }, outputs: { postage: 5 } },
      { inputs: { service: 'express', weight: 10 }, outputs: { postage: 32 } }
    ]
  },
  {
    operation: {
      name: 'quoteParcel',
      whenText: 'the parcel is quoted',
      inputs: [{ name: 'weight', type: 'number' }],
      outputs: [
        { name: 'cost', type: 'number' },
        { name: 'heavy', type: 'boolean' }
      ],
      scenarios: ['quote', 'heavy parcels'],
      examples: [1, 2, 5, 10, 20, 30].map((weight, index) => ({
        inputs: { weight },
        outputs: { cost: weight * 3 + 4, heavy: weight >= 10 },
        source: `features/quote.feature:${10 + index}`
      }))
    },
    heldOut: [{ inputs: { weight: 100 }, outputs: { cost: 304, heavy: true } }]
  }
]

function callGenerated(module: Record<string, (...args: Value[]) => unknown>, operation: Operation, row: Record<string, Value>): Record<string, unknown> {
  const result = module[operation.name]!(...operation.inputs.map((field) => row[field.name]!))
  return operation.outputs.length === 1 ? { [operation.outputs[0]!.name]: result } : (result as Record<string, unknown>)
}

test('the rendered TypeScript compiles under tsc --strict and computes what evaluateProgram computes', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-synthesis-'))
  try {
    const cases = [...CORPUS, ...OWN_SPECIFICATIONS, ...SHAPES]
    const results = new Map<string, SynthesisSuccess>()
    for (const { operation } of cases) {
      const result = synthesize(operation)
      assert.ok(result.ok, `${operation.name}: ${result.ok ? '' : result.message}`)
      results.set(operation.name, result)
      fs.writeFileSync(path.join(directory, `${operation.name}.ts`), renderOperation(operation, result))
    }
    const shapes = SHAPES.map(({ operation }) => results.get(operation.name)!.outputs.map((output) => output.form))
    assert.deepEqual(shapes, [['match'], ['affine', 'expression']])
    fs.writeFileSync(
      path.join(directory, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, target: 'ES2022', module: 'commonjs', lib: ['ES2023'], types: [], outDir: 'out', rootDir: '.' }, include: ['*.ts'] })
    )
    const compiler = require.resolve('typescript/bin/tsc')
    const compiled = spawnSync(process.execPath, [compiler, '-p', directory], { encoding: 'utf8' })
    assert.equal(compiled.status, 0, `tsc failed:\n${compiled.stdout}${compiled.stderr}`)

    for (const { operation, heldOut } of cases) {
      const result = results.get(operation.name)!
      const module = require(path.join(directory, 'out', `${operation.name}.js`)) as Record<string, (...args: Value[]) => unknown>
      for (const row of [...operation.examples, ...heldOut]) {
        const generated = callGenerated(module, operation, row.inputs)
        for (const output of result.outputs) {
          const evaluated = evaluateProgram(output.program, row.inputs)
          assert.ok(evaluated.ok)
          assert.equal(generated[output.name], evaluated.value, `${operation.name}(${JSON.stringify(row.inputs)}).${output.name}`)
          assert.ok(valuesAgree(generated[output.name] as Value, row.outputs[output.name]!))
        }
      }
    }

    // A category the examples never mention: the generated code refuses, like the evaluator.
    const discount = require(path.join(directory, 'out', 'applyDiscount.js')) as { applyDiscount: (tier: string, amount: number) => number }
    assert.throws(() => discount.applyDiscount('platinum', 100), /no rule for tier "platinum"/)
    const postage = require(path.join(directory, 'out', 'calculatePostage.js')) as { calculatePostage: (service: string, weight: number) => number }
    assert.throws(() => postage.calculatePostage('drone', 1), RangeError)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})

test('the generated module is readable: exported, typed, documented with its scenarios and examples', () => {
  const grade = CORPUS.find((specification) => specification.operation.name === 'gradeScore')!.operation
  const result = synthesize(grade)
  assert.ok(result.ok)
  const code = renderOperation(grade, result)
  assert.match(code, /^export function gradeScore\(score: number\): string \{$/m)
  assert.match(code, /^ {2}if \(score >= 90\) \{\n {4}return 'A'\n {2}\} else if \(score >= 80\) \{$/m)
  assert.match(code, /the scenario "grading an exam score"/)
  assert.match(code, /score = 69 → grade = "F" {3}\(features\/grade\.feature:15\)/)
  assert.match(code, /Checked against these 8 examples:/)

  const quote = SHAPES[1]!.operation
  const quoted = synthesize(quote)
  assert.ok(quoted.ok)
  const module = renderOperation(quote, quoted)
  assert.match(module, /^export function quoteParcel\(weight: number\): \{ cost: number; heavy: boolean \} \{$/m)
  assert.match(module, /the scenarios "quote", "heavy parcels"/)
})

test('text that would end a comment or a string literal is escaped', () => {
  const operation: Operation = {
    name: 'wrapComment',
    whenText: 'the */ comment is wrapped',
    inputs: [{ name: 'body', type: 'string' }],
    outputs: [{ name: 'comment', type: 'string' }],
    scenarios: ['comments */ inside'],
    examples: ['a', 'bc', "it's"].map((body, index) => ({ inputs: { body }, outputs: { comment: `/* ${body} */ \`x\`` }, source: `c.feature:${index}` }))
  }
  const result = synthesize(operation)
  assert.ok(result.ok)
  const code = renderOperation(operation, result)
  const documentation = code.slice(0, code.indexOf('export function'))
  assert.equal(documentation.split('*/').length, 2, 'the doc comment ends once, at its end')
  const javascript = ts.transpileModule(code, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText
  const exports: Record<string, (body: string) => string> = {}
  // The generated module, run as the CommonJS it compiles to.
  new Function('exports', javascript)(exports)
  assert.equal(exports.wrapComment!("it's"), "/* it's */ `x`")
  assert.equal(exports.wrapComment!('new'), '/* new */ `x`')
})
