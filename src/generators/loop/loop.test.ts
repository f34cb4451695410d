import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readLedger } from '../../ledger'
import { runRepairLoop, RoundProposal, RoundRequest } from './loop'
import { packageRoot } from '../../package-root'
import { initTemplates } from '../../project/init-templates'

const repositoryRoot = packageRoot

function project(): string {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-loop-')))
  fs.symlinkSync(path.join(repositoryRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir')
  // The configuration and tsconfig.json `specloop init` writes.
  const templates = initTemplates('loop')
  for (const file of ['cucumber.js', 'tsconfig.json']) fs.writeFileSync(path.join(directory, file), templates[file])
  fs.mkdirSync(path.join(directory, 'features'))
  fs.writeFileSync(
    path.join(directory, 'features', 'a.feature'),
    'Feature: A\n  Scenario: one\n    Given one\n\n  Scenario: two\n    Given two\n'
  )
  return directory
}

const step = (text: string) => `import { Given } from '@cucumber/cucumber'\nGiven('${text}', function () {})\n`
const answer = (files: Record<string, string>, tokens = 10): RoundProposal => ({
  files: Object.entries(files).map(([file, content]) => ({ path: file, content })),
  tokens: { input: tokens, output: tokens },
  ledger: { model: 'scripted' }
})

test('a worse round is rolled back: files it created are removed, files it changed restored', { timeout: 120_000 }, async () => {
  const cwd = project()
  const requests: RoundRequest[] = []
  const script = [
    answer({ 'steps/one.ts': step('one') }),
    answer({ 'steps/one.ts': "throw new Error('broken')\n", 'steps/extra.ts': step('three') }),
    answer({ 'steps/two.ts': step('two') })
  ]
  const summary = await runRepairLoop({
    cwd,
    env: process.env,
    propose: async (request) => {
      requests.push(request)
      return script[request.round - 1]
    },
    render: (file, round) => `// round ${round}\n${file.content}`,
    writePolicy: { allowedRoots: ['steps'], overwriteHandWritten: true },
    ledger: { generator: 'scripted', inputs: [] }
  })
  assert.deepEqual(
    summary.roundReports.map((report) => report.outcome),
    ['improved', 'rolled-back', 'improved']
  )
  assert.equal(summary.stopReason, 'green')
  assert.equal(summary.green, true)
  assert.deepEqual(summary.baseline, { compiles: true, passed: 0, total: 2 })
  assert.equal(fs.existsSync(path.join(cwd, 'steps', 'extra.ts')), false)
  assert.equal(fs.readFileSync(path.join(cwd, 'steps', 'one.ts'), 'utf8'), `// round 1\n${step('one')}`)
  assert.match(requests[2].feedback, /round 2 made things worse/)
  assert.deepEqual(
    requests[2].writtenFiles.map((file) => file.path),
    ['steps/one.ts']
  )
  assert.deepEqual(summary.tokens, { input: 30, output: 30 })
  assert.deepEqual(
    summary.files.map((file) => file.path),
    ['steps/one.ts', 'steps/two.ts']
  )
  const ledger = readLedger(cwd)
  assert.deepEqual(
    ledger.map((entry) => [entry.kind, entry.result?.round, entry.result?.outcome, entry.result?.model]),
    [
      ['model-round', 1, 'improved', 'scripted'],
      ['model-round', 2, 'rolled-back', 'scripted'],
      ['model-round', 3, 'improved', 'scripted']
    ]
  )
})

test('the time limit, a generator error, and unusable answers stop the loop with their reason', { timeout: 120_000 }, async () => {
  const cwd = project()
  let clock = 0
  const timed = await runRepairLoop({
    cwd,
    env: process.env,
    limits: { timeLimitMs: 1000 },
    now: () => (clock += 600),
    propose: async () => answer({ 'steps/one.ts': step('one') }),
    render: (file) => file.content
  })
  assert.equal(timed.stopReason, 'time-limit')
  assert.equal(timed.rounds, 1)

  const failed = await runRepairLoop({
    cwd,
    env: process.env,
    propose: async () => ({ files: [], tokens: { input: 0, output: 0 }, fatal: { code: 'MODEL_TIMEOUT', message: 'no answer' } }),
    render: (file) => file.content
  })
  assert.equal(failed.stopReason, 'generator-error')
  assert.equal(failed.error?.code, 'MODEL_TIMEOUT')

  const unusable = await runRepairLoop({
    cwd,
    env: process.env,
    propose: async () => ({ files: [], tokens: { input: 1, output: 1 }, problem: 'the answer was not valid JSON' }),
    render: (file) => file.content
  })
  assert.equal(unusable.stopReason, 'no-progress')
  assert.deepEqual(
    unusable.roundReports.map((report) => report.outcome),
    ['unusable-answer', 'unusable-answer']
  )
})
