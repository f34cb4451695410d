import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readSuiteMessages, relativise, runGeneratedSuite, topStackFrame } from './run-suite'
import { parseCompilerOutput, typeCheck } from './type-check'
import { packageRoot } from '../../package-root'
import { initTemplates } from '../../project/init-templates'

const repositoryRoot = packageRoot

function project(files: Record<string, string>): string {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-run-suite-')))
  fs.symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir')
  // The configuration and tsconfig.json `specloop init` writes.
  const templates = initTemplates('run-suite')
  const base = { 'cucumber.js': templates['cucumber.js'], 'tsconfig.json': templates['tsconfig.json'] }
  for (const [relative, content] of Object.entries({ ...base, ...files })) {
    fs.mkdirSync(path.dirname(path.join(directory, relative)), { recursive: true })
    fs.writeFileSync(path.join(directory, relative), content)
  }
  return directory
}

const FEATURE = `Feature: A
  Scenario: passes
    Given a step

  Scenario: fails
    Given a step
    Then it is 2

  Scenario Outline: undefined <n>
    Given missing <n>

    Examples:
      | n |
      | 1 |
`

test('runGeneratedSuite turns the Cucumber Messages of a real run into per-scenario results', { timeout: 60_000 }, async () => {
  const cwd = project({
    'features/a.feature': FEATURE,
    'steps/a.ts':
      "import { Given, Then } from '@cucumber/cucumber'\nimport { expect } from 'chai'\nGiven('a step', function () {})\n" +
      "Then('it is {int}', function (n: number) {\n  expect(1).to.equal(n)\n})\n"
  })
  const result = await runGeneratedSuite({ cwd, env: process.env, timeoutMs: 60_000 })
  assert.equal(result.timedOut, false)
  assert.equal(result.exitCode, 1)
  assert.equal(result.green, false)
  assert.deepEqual(result.counts, { total: 3, passed: 1, failed: 1, undefined: 1 })
  assert.deepEqual(
    result.scenarios.map((scenario) => [scenario.name, `${scenario.uri}:${scenario.line}`, scenario.status]),
    [
      ['passes', 'features/a.feature:2', 'passed'],
      ['fails', 'features/a.feature:5', 'failed'],
      ['undefined 1', 'features/a.feature:14', 'undefined']
    ]
  )
  const failed = result.scenarios[1]
  assert.deepEqual(failed.failingStep, { text: 'it is 2', status: 'failed', definition: 'steps/a.ts:4' })
  assert.equal(failed.errorMessage, 'expected 1 to equal 2')
  assert.match(failed.topStackFrame ?? '', /^at .*\(steps\/a\.ts:5:\d+\)$/)
  assert.deepEqual(result.scenarios[2].undefinedSteps, ['missing 1'])
  assert.deepEqual(
    result.stepDefinitions.map((definition) => `${definition.pattern} ${definition.uri}:${definition.line}`),
    ['a step steps/a.ts:3', 'it is {int} steps/a.ts:4']
  )
})

test('support code that does not load is a run error; a hanging suite is stopped at its timeout', { timeout: 60_000 }, async () => {
  const broken = project({ 'features/a.feature': FEATURE, 'steps/a.ts': "throw new Error('cannot load me')\n" })
  const failed = await runGeneratedSuite({ cwd: broken, env: process.env, timeoutMs: 60_000 })
  assert.equal(failed.green, false)
  assert.match(failed.runError ?? '', /cannot load me/)
  assert.doesNotMatch(failed.runError ?? '', new RegExp(broken))

  const hanging = project({
    'features/a.feature': 'Feature: A\n  Scenario: s\n    Given it hangs\n',
    'steps/a.ts':
      "import { Given, setDefaultTimeout } from '@cucumber/cucumber'\nsetDefaultTimeout(-1)\nGiven('it hangs', function () { while (true) {} })\n"
  })
  const stopped = await runGeneratedSuite({ cwd: hanging, env: process.env, timeoutMs: 4000 })
  assert.equal(stopped.timedOut, true)
  assert.match(stopped.runError ?? '', /did not finish within 4 s/)
})

test('typeCheck runs tsc and reports located, deduplicated errors; no inputs is not an error', { timeout: 60_000 }, async () => {
  const cwd = project({ 'steps/a.ts': "export const a: number = 'x'\nexport const b: number = 'y'\n" })
  const result = await typeCheck({ cwd, env: process.env, timeoutMs: 60_000 })
  assert.equal(result.compiles, false)
  assert.deepEqual(result.errors, [
    "steps/a.ts:1:14: TS2322 Type 'string' is not assignable to type 'number'.",
    "steps/a.ts:2:14: TS2322 Type 'string' is not assignable to type 'number'."
  ])
  const empty = project({})
  assert.deepEqual(
    await typeCheck({ cwd: empty, env: process.env, timeoutMs: 60_000 }).then((checked) => [checked.compiles, checked.errors]),
    [true, []]
  )
  fs.rmSync(path.join(empty, 'tsconfig.json'))
  assert.equal((await typeCheck({ cwd: empty, env: process.env, timeoutMs: 60_000 })).checked, false)
})

test('compiler output: continuation lines are joined, duplicates dropped, global errors kept', () => {
  const output = [
    "src/a.ts(3,5): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.",
    "  Type 'string' is not assignable.",
    "src/a.ts(3,5): error TS2345: Argument of type 'string' is not assignable to parameter of type 'number'.",
    "  Type 'string' is not assignable.",
    "error TS5083: Cannot read file 'tsconfig.base.json'.",
    ''
  ].join('\n')
  assert.deepEqual(parseCompilerOutput(output), [
    "src/a.ts:3:5: TS2345 Argument of type 'string' is not assignable to parameter of type 'number'. Type 'string' is not assignable.",
    "TS5083 Cannot read file 'tsconfig.base.json'."
  ])
})

test('stack frames: the first in the project, paths relative', () => {
  const stack =
    'Error: x\n    at Object.<anonymous> (/p/node_modules/chai/index.js:1:1)\n    at node:internal/modules/cjs:1:1\n' +
    '    at World.<anonymous> (/p/steps/a.ts:4:2)'
  assert.equal(topStackFrame(stack), 'at World.<anonymous> (/p/steps/a.ts:4:2)')
  assert.equal(topStackFrame('no frames'), undefined)
  assert.equal(relativise('at file:///nowhere/p/steps/a.ts:1 and /nowhere/p/x', '/nowhere/p'), 'at steps/a.ts:1 and x')
  assert.deepEqual(readSuiteMessages('not json\n\n', '/p').scenarios, [])
})
