/**
 * The synthetic project the trace benchmark runs on: MODULES implementation files of
 * FUNCTIONS functions each (about 2,000 lines of TypeScript in all), and 1,000 scenarios (or as
 * many as asked, a multiple of 100) in feature files of 100, each scenario calling one function with one input. Expected results
 * are computed here by the same arithmetic, so every scenario passes.
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

export const MODULES = 20
export const FUNCTIONS = 10
export const SCENARIOS = 1000
/** Scenarios per feature file: 1,000 scenarios make ten files, 10,000 make a hundred. */
const SCENARIOS_PER_FEATURE = 100

/** What function f of module m computes (mirrors the generated TypeScript below). */
export function expected(module: number, fn: number, input: number): number {
  let value = input * (fn + 1)
  if (value % 3 === 0) value = value + module
  else if (value % 3 === 1) value = value - fn
  else value = value * 2
  for (let round = 0; round < 2; round++) value = value + round
  return value > 100 ? value - 100 : value
}

function functionSource(module: number, fn: number): string[] {
  return [
    `export function compute${fn}(input: number): number {`,
    `  let value = input * ${fn + 1}`,
    '  if (value % 3 === 0) {',
    `    value = value + ${module}`,
    '  } else if (value % 3 === 1) {',
    `    value = value - ${fn}`,
    '  } else {',
    '    value = value * 2',
    '  }',
    '  for (let round = 0; round < 2; round++) value = value + round',
    '  return value > 100 ? value - 100 : value',
    '}',
    ''
  ]
}

export function writeProject(directory: string, repositoryNodeModules: string, scenarios = SCENARIOS): void {
  fs.rmSync(directory, { recursive: true, force: true })
  fs.mkdirSync(path.join(directory, 'src'), { recursive: true })
  fs.mkdirSync(path.join(directory, 'steps'), { recursive: true })
  fs.mkdirSync(path.join(directory, 'features'), { recursive: true })
  fs.symlinkSync(repositoryNodeModules, path.join(directory, 'node_modules'), 'dir')
  for (let module = 0; module < MODULES; module++) {
    const lines = [`// Module ${module} of the synthetic benchmark project.`, '']
    for (let fn = 0; fn < FUNCTIONS; fn++) lines.push(...functionSource(module, fn))
    fs.writeFileSync(path.join(directory, 'src', `module${module}.ts`), lines.join('\n'))
  }
  const imports = Array.from({ length: MODULES }, (_, module) => `import * as module${module} from '../src/module${module}'`)
  fs.writeFileSync(
    path.join(directory, 'steps', 'compute.steps.ts'),
    [
      "import { Given, When, Then } from '@cucumber/cucumber'",
      "import assert from 'node:assert/strict'",
      ...imports,
      '',
      `const modules: Record<string, (input: number) => number>[] = [${Array.from({ length: MODULES }, (_, module) => `module${module}`).join(', ')}]`,
      'let input = 0',
      'let result = 0',
      "Given('the input {int}', function (value: number) {",
      '  input = value',
      '})',
      "When('function {int} of module {int} computes', function (fn: number, module: number) {",
      '  result = modules[module][`compute${fn}`](input)',
      '})',
      "Then('the result is {int}', function (value: number) {",
      '  assert.equal(result, value)',
      '})',
      ''
    ].join('\n')
  )
  const perFeature = SCENARIOS_PER_FEATURE
  for (let feature = 0; feature < scenarios / perFeature; feature++) {
    const lines = [`Feature: computations ${feature}`, '']
    for (let index = 0; index < perFeature; index++) {
      const scenario = feature * perFeature + index
      const module = scenario % MODULES
      const fn = Math.floor(scenario / MODULES) % FUNCTIONS
      const input = (scenario * 7) % 50
      lines.push(
        `  Scenario: computation ${scenario}`,
        `    Given the input ${input}`,
        `    When function ${fn} of module ${module} computes`,
        `    Then the result is ${expected(module, fn, input)}`,
        ''
      )
    }
    fs.writeFileSync(path.join(directory, 'features', `computations${feature}.feature`), lines.join('\n'))
  }
  fs.writeFileSync(
    path.join(directory, 'cucumber.js'),
    "module.exports = { default: { requireModule: ['ts-node/register/transpile-only'], require: ['steps/**/*.ts'], format: ['summary'] } }\n"
  )
  fs.writeFileSync(
    path.join(directory, 'tsconfig.json'),
    JSON.stringify(
      { compilerOptions: { module: 'commonjs', target: 'ES2022', esModuleInterop: true, sourceMap: true, strict: true } },
      null,
      2
    )
  )
  // Its own c8 settings, so c8 does not pick up the repository's (thresholds, include) from a parent directory.
  fs.writeFileSync(
    path.join(directory, '.c8rc.json'),
    JSON.stringify({ 'check-coverage': false, exclude: ['node_modules/**', '.specloop/**'] })
  )
  fs.writeFileSync(path.join(directory, '.gitignore'), 'node_modules\n.specloop/\ncoverage/\n')
}

/** The project written and committed as its first commit: the base `verify --affected` and `watch` compare with. */
export function writeCommittedProject(directory: string, repositoryNodeModules: string): void {
  writeProject(directory, repositoryNodeModules)
  git(directory, ['init', '--quiet', '--initial-branch=main'])
  git(directory, ['add', '-A'])
  git(directory, ['commit', '--quiet', '-m', 'benchmark project'])
}

function git(directory: string, args: string[]): void {
  const result = spawnSync('git', args, {
    cwd: directory,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'bench',
      GIT_AUTHOR_EMAIL: 'bench@example.com',
      GIT_COMMITTER_NAME: 'bench',
      GIT_COMMITTER_EMAIL: 'bench@example.com'
    }
  })
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
}
