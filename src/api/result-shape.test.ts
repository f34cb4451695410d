import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as specloop from '../index'
import type { SpecloopError } from '../errors'

/**
 * Every command's API result has the same shape where it matters to a script: its errors and
 * its warnings as SpecloopError values, and the exit code of the one rule (0 clean, 1
 * problems, 2 could not run). The compiler checks the types; this runs each command where
 * it cannot work (no project) and checks the values.
 */
interface UniformResult {
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: 0 | 1 | 2
}

function assertUniform(name: string, result: UniformResult, expected: { exitCode: number; failed: boolean }): void {
  assert.ok(Array.isArray(result.errors), `${name}: errors is a list`)
  assert.ok(Array.isArray(result.warnings), `${name}: warnings is a list`)
  for (const error of [...result.errors, ...result.warnings])
    assert.equal(typeof error.code, 'string', `${name}: ${JSON.stringify(error)} has a code`)
  assert.equal(result.exitCode, expected.exitCode, `${name}: exit code`)
  assert.equal(result.errors.length > 0, expected.failed, `${name}: ${JSON.stringify(result.errors)}`)
}

test('every command returns errors, warnings and an exit code, in one shape', { timeout: 60_000 }, async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-result-shape-'))
  try {
    const cwd = path.join(root, 'no-such-project')
    const project = { cwd, env: {} }
    const couldNotRun = { exitCode: 2, failed: true }
    fs.writeFileSync(path.join(root, 'a-file'), '')
    const commands: [string, () => Promise<UniformResult> | UniformResult, { exitCode: number; failed: boolean }][] = [
      ['check', () => specloop.check(project), couldNotRun],
      ['generate', () => specloop.generate(project), couldNotRun],
      ['generateOffline', () => specloop.generateOffline(project), couldNotRun],
      ['checkGenerated', () => specloop.checkGenerated(project), couldNotRun],
      ['generateWithModelAfterOffline', () => specloop.generateWithModelAfterOffline({ ...project, generator: 'replay' }), couldNotRun],
      ['verify', () => specloop.verify(project), couldNotRun],
      ['strength', () => specloop.strength(project), couldNotRun],
      ['watch', () => specloop.watch(project), couldNotRun],
      ['merge', () => specloop.merge({ cwd, runs: [] }), couldNotRun],
      ['traceQuery', () => specloop.traceQuery({ cwd, target: 'src/a.ts' }), couldNotRun],
      ['traceMatrix', () => specloop.traceMatrix(project), couldNotRun],
      ['report', () => specloop.report({ cwd, format: 'html' }), couldNotRun],
      ['run', () => specloop.run(project), couldNotRun],
      ['init', () => specloop.init({ directory: path.join(root, 'a-file') }), couldNotRun],
      ['approve', () => specloop.approve(project), couldNotRun],
      ['status', () => specloop.status(project), couldNotRun],
      ['gate', () => specloop.gate(project), couldNotRun],
      ['templates', () => specloop.templates({ cwd }), { exitCode: 0, failed: false }],
      ['newFeature', () => specloop.newFeature({ cwd, name: 'fares', template: 'no-such-template' }), couldNotRun],
      ['verifyProjectLedger', () => specloop.verifyProjectLedger({ cwd }), { exitCode: 0, failed: false }],
      ['migrateProjectLedger', () => specloop.migrateProjectLedger({ cwd }), { exitCode: 0, failed: false }],
      ['showLedger', () => specloop.showLedger({ cwd, since: 'not a date' }), couldNotRun],
      ['metrics', () => specloop.metrics({ cwd }), couldNotRun]
    ]
    for (const [name, command, expected] of commands) assertUniform(name, await command(), expected)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})
