import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import Module from 'node:module'
import assert from 'node:assert/strict'
import type { Envelope } from '@cucumber/messages'
import { summariseMessages } from './messages'
import { spawnSync } from 'node:child_process'
import { adjustRunConfiguration, cucumberEnvironment, needsModuleHooks } from './run'
import type { Project } from '../project'
import { sandboxArguments, permissionFlag, writableDirectory } from './sandbox'
import { SpecloopFailure } from '../errors'
import ts from 'typescript'
import { instrumentCached, instrumentTypescript, isTypescriptSource } from './instrument'

const step = (id: string, testCaseStartedId: string, status: string) =>
  ({
    testStepFinished: {
      testCaseStartedId,
      testStepId: id,
      testStepResult: { status, duration: { seconds: 0, nanos: 1e6 } },
      timestamp: { seconds: 0, nanos: 0 }
    }
  }) as unknown as Envelope

test('messages: scenarios take their worst step; retried attempts count once; hooks are not steps', () => {
  const envelopes = [
    {
      gherkinDocument: {
        uri: 'f.feature',
        comments: [],
        feature: {
          children: [
            { scenario: { id: 's1', location: { line: 2 }, examples: [] } },
            { scenario: { id: 's2', location: { line: 5 }, examples: [{ tableBody: [{ id: 'row', location: { line: 9 } }] }] } }
          ]
        }
      }
    },
    { pickle: { id: 'p1', uri: 'f.feature', name: 'one', astNodeIds: ['s1'], steps: [], tags: [], language: 'en' } },
    { pickle: { id: 'p2', uri: 'f.feature', name: 'two', astNodeIds: ['s2', 'row'], steps: [], tags: [], language: 'en' } },
    { testCase: { id: 'c1', pickleId: 'p1', testSteps: [{ id: 'hook' }, { id: 'a', pickleStepId: 'x' }, { id: 'b', pickleStepId: 'y' }] } },
    { testCase: { id: 'c2', pickleId: 'p2', testSteps: [{ id: 'c', pickleStepId: 'z' }] } },
    { testCaseStarted: { id: 't1', testCaseId: 'c1', attempt: 0 } },
    step('hook', 't1', 'PASSED'),
    step('a', 't1', 'PASSED'),
    step('b', 't1', 'FAILED'),
    { testCaseFinished: { testCaseStartedId: 't1', willBeRetried: true } },
    { testCaseStarted: { id: 't2', testCaseId: 'c1', attempt: 1 } },
    step('a', 't2', 'PASSED'),
    step('b', 't2', 'PASSED'),
    { testCaseFinished: { testCaseStartedId: 't2', willBeRetried: false } },
    { testCaseStarted: { id: 't3', testCaseId: 'c2', attempt: 0 } },
    step('c', 't3', 'UNDEFINED'),
    { testCaseFinished: { testCaseStartedId: 't3', willBeRetried: false } },
    { testRunFinished: { success: false } }
  ] as unknown as Envelope[]
  const summary = summariseMessages(envelopes)
  assert.deepEqual(
    summary.scenarios.map((scenario) => [scenario.name, scenario.line, scenario.status]),
    [
      ['one', 2, 'passed'],
      ['two', 9, 'undefined']
    ]
  )
  assert.equal(summary.scenarioCounts.total, 2)
  assert.equal(summary.stepCounts.total, 3)
  assert.equal(summary.stepCounts.undefined, 1)
  assert.equal(summary.pickleOfAttempt.get('t1'), 'p1')
  assert.equal(summary.finished, true)
})

test('sandbox: reads and writes allowed by path, child processes only on request', () => {
  const args = sandboxArguments(
    { readPaths: ['/p', '/p', '/lib'], writePaths: ['/p/.specloop'], allowChildProcess: false },
    '--experimental-permission'
  )
  assert.deepEqual(args.slice(0, 4), [
    '--experimental-permission',
    '--allow-fs-read=/lib',
    '--allow-fs-read=/p',
    '--allow-fs-write=/p/.specloop'
  ])
  assert.ok(!args.includes('--allow-child-process'))
  // A path inside another granted one is left out (Node 20.19 denies the folder's other children otherwise), and so is a trailing separator.
  const covered = sandboxArguments(
    {
      readPaths: ['/p/node_modules/@cucumber/cucumber', '/p/node_modules/', '/p/node_modules', '/p-other', '/q/file.json'],
      writePaths: [],
      allowChildProcess: false
    },
    '--permission'
  )
  assert.deepEqual(
    covered.filter((flag) => flag.startsWith('--allow-fs')),
    ['--allow-fs-read=/p-other', '--allow-fs-read=/p/node_modules', '--allow-fs-read=/q/file.json']
  )
  assert.equal(permissionFlag(new Set(['--permission'])), '--permission')
  assert.equal(permissionFlag(new Set()), '--experimental-permission')
})

test('a writable folder holding a link that leads out is refused, a dangling one too (a write would follow it and create its target)', () => {
  const project = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-writable-')))
  const outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-outside-')))
  const specloop = path.join(project, '.specloop')
  fs.mkdirSync(path.join(specloop, 'runs', 'r1'), { recursive: true })
  // specloop's own link inside the folder, dangling or not, leads nowhere else.
  fs.symlinkSync('r1', path.join(specloop, 'runs', 'latest'))
  fs.symlinkSync('r0', path.join(specloop, 'runs', 'previous'))
  assert.equal(writableDirectory(specloop, project), specloop)
  const refusal = (): string => {
    try {
      writableDirectory(specloop, project)
    } catch (thrown) {
      assert.ok(thrown instanceof SpecloopFailure)
      assert.equal(thrown.error.code, 'SANDBOX_LINK')
      return `${thrown.error.file}: ${thrown.error.message}`
    }
    return 'not refused'
  }
  fs.symlinkSync(path.join(outside, 'planted.txt'), path.join(specloop, 'cache'))
  assert.equal(refusal(), '.specloop/cache: .specloop/cache is a symbolic link inside a folder the sandbox lets scenarios write in')
  fs.rmSync(path.join(specloop, 'cache'))
  fs.symlinkSync(path.join('..', '..', '..', path.basename(outside), 'deeper', 'planted.txt'), path.join(specloop, 'runs', 'r1', 'out'))
  assert.match(refusal(), /^\.specloop\/runs\/r1\/out: /)
})

test('instrumented TypeScript counts statements at the .ts lines and runs as CommonJS', () => {
  const { code, maps } = instrumentTypescript(
    'interface A { x: number }\nexport function twice(a: A): number {\n  return a.x * 2\n}\n',
    '/virtual/x.ts',
    { target: ts.ScriptTarget.ES2022 }
  )
  assert.deepEqual(
    Object.values(maps.statementMap).map((statement) => statement.start.line),
    [3]
  )
  const exported: { twice?: (a: { x: number }) => number } = {}
  // eslint-disable-next-line no-new-func -- runs the instrumented output, as Node's loader would
  new Function('exports', 'require', code)(exported, require)
  assert.equal(exported.twice?.({ x: 21 }), 42)
  const counters = (globalThis as unknown as Record<string, Record<string, { s: Record<string, number> }>>).__specloop_coverage__
  assert.equal(counters['/virtual/x.ts'].s[0], 1)
  assert.match(code, /sourceMappingURL=data:application\/json/)
  // istanbul's maps went around the TypeScript compiler, and come back after the code.
  assert.match(code, /var coverageData = __specloop_coverage_data\(\);/)
  assert.match(code, /\nfunction __specloop_coverage_data\(\)\{return \{path:"\/virtual\/x\.ts",statementMap:/)
})

test('an error thrown by instrumented code points at its TypeScript line', () => {
  const source = 'export function fail(): number {\n  const reason = "no"\n  throw new Error(reason)\n}\n'
  const { code } = instrumentTypescript(source, '/virtual/fail.ts', { target: ts.ScriptTarget.ES2022 })
  process.setSourceMapsEnabled(true)
  // Compiled as Node's loader compiles a module, with its source map.
  const loaded = new (
    Module as unknown as new (id: string) => { _compile(code: string, file: string): void; exports: { fail?: () => number } }
  )('/virtual/fail.ts')
  loaded._compile(code, '/virtual/fail.ts')
  assert.throws(
    () => loaded.exports.fail?.(),
    (thrown: Error) => /\/virtual\/fail\.ts:3:/.test(thrown.stack ?? '')
  )
})

test("a shard is cucumber's own sharding option; without one the configuration keeps its own", () => {
  const configuration = {
    sources: { paths: [], defaultDialect: 'en', names: [], tagExpression: '', order: 'defined', shard: '' },
    support: { requireModules: ['ts-node/register'], requirePaths: [], importPaths: [], loaders: [] },
    runtime: {},
    formats: {}
  } as unknown as Parameters<typeof adjustRunConfiguration>[0]
  const sharded = adjustRunConfiguration(configuration, '/runtime.js', { shard: { index: 2, total: 3 } })
  assert.equal(sharded.sources.shard, '2/3')
  assert.deepEqual(sharded.support.requireModules, ['/runtime.js'])
  const configured = { ...configuration, sources: { ...configuration.sources, shard: '1/4' } }
  assert.equal(adjustRunConfiguration(configured, '/runtime.js', {}).sources.shard, '1/4')
})

test('instrumented TypeScript as an ES module keeps its imports and exports as written, and counts at the .ts lines', () => {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-esm-')))
  try {
    fs.writeFileSync(path.join(directory, 'package.json'), '{"type":"module"}')
    fs.writeFileSync(path.join(directory, 'helper.mjs'), 'export const factor = 2\n')
    const source =
      "import { factor } from './helper.mjs'\ninterface A { x: number }\nexport function twice(a: A): number {\n  return a.x * factor\n}\n"
    const sourcePath = path.join(directory, 'twice.ts')
    fs.writeFileSync(sourcePath, source)
    const { code, maps } = instrumentTypescript(
      source,
      sourcePath,
      { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext },
      'module'
    )
    assert.deepEqual(
      Object.values(maps.statementMap).map((statement) => statement.start.line),
      [4]
    )
    assert.match(code, /^import \{ factor \} from '\.\/helper\.mjs';?$/m)
    assert.match(code, /^export function twice/m)
    assert.doesNotMatch(code, /\brequire\(|\bexports\./)
    // Node runs it as an ES module: the counter of line 4 moves when it runs.
    fs.writeFileSync(path.join(directory, 'twice.instrumented.mjs'), code)
    const probe =
      "const { twice } = await import('./twice.instrumented.mjs'); const before = " +
      'globalThis.__specloop_coverage__[process.argv[1]].s[0]; console.log(twice({ x: 21 }), before, globalThis.__specloop_coverage__[process.argv[1]].s[0])'
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe, sourcePath], { cwd: directory, encoding: 'utf8' })
    assert.equal(run.stderr, '')
    assert.equal(run.stdout.trim(), '42 0 1')
    // The cache keeps the two forms of one file apart, and says which one it holds.
    const cache = path.join(directory, 'cache')
    const asModule = instrumentCached(sourcePath, cache, {})
    const asCommonjs = instrumentCached(sourcePath, cache, {}, 'commonjs')
    assert.equal(asModule.format, 'module')
    assert.equal(asCommonjs.format, 'commonjs')
    assert.notEqual(asModule.codePath, asCommonjs.codePath)
    assert.match(fs.readFileSync(asCommonjs.codePath, 'utf8'), /exports\.twice/)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})

test('TypeScript sources are .ts, .mts and .cts files, not declarations', () => {
  assert.deepEqual(['a.ts', 'a.mts', 'a.cts', 'a.d.ts', 'a.d.mts', 'a.js', 'a.tsx'].filter(isTypescriptSource), ['a.ts', 'a.mts', 'a.cts'])
})

test('TypeScript loaders for import (ts-node/esm, tsx) are dropped as the require ones are; module hooks only for projects that import', () => {
  const configuration = {
    sources: { paths: [], defaultDialect: 'en', names: [], tagExpression: '', order: 'defined', shard: '' },
    support: { requireModules: [], requirePaths: [], importPaths: ['steps/a.ts'], loaders: ['ts-node/esm', 'tsx/esm', './my-loader.mjs'] },
    runtime: {},
    formats: {}
  } as unknown as Parameters<typeof adjustRunConfiguration>[0]
  assert.deepEqual(adjustRunConfiguration(configuration, '/runtime.js', {}).support.loaders, ['./my-loader.mjs'])
  const commonjs = {
    importPaths: [],
    runConfiguration: { ...configuration, support: { ...configuration.support, importPaths: [], loaders: [] } }
  }
  assert.equal(needsModuleHooks(commonjs, []), false)
  assert.equal(needsModuleHooks(commonjs, ['/p/src/a.mts']), true)
  assert.equal(needsModuleHooks({ importPaths: ['/p/steps/a.ts'], runConfiguration: configuration }, []), true)
  assert.equal(needsModuleHooks({ importPaths: [], runConfiguration: configuration }, []), true)
  assert.deepEqual(
    sandboxArguments({ readPaths: [], writePaths: [], allowChildProcess: false, allowWorker: true }, '--permission').filter((flag) =>
      flag.startsWith('--allow')
    ),
    ['--allow-worker']
  )
  assert.ok(!sandboxArguments({ readPaths: [], writePaths: [], allowChildProcess: false }, '--permission').includes('--allow-worker'))
})

test("cucumber started from inside another suite's --parallel worker is no worker of that suite", () => {
  const project = {
    cwd: '/p',
    env: { PATH: '/bin', CUCUMBER_WORKER_ID: '1', CUCUMBER_PARALLEL: 'true', CUCUMBER_TOTAL_WORKERS: '2' }
  } as unknown as Project
  const environment = cucumberEnvironment({ project, sandbox: true }, { EXTRA: 'x' })
  assert.equal(environment.PATH, '/bin')
  assert.equal(environment.EXTRA, 'x')
  for (const name of ['CUCUMBER_WORKER_ID', 'CUCUMBER_PARALLEL', 'CUCUMBER_TOTAL_WORKERS']) assert.equal(name in environment, false, name)
})
