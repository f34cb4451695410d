import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { packageRoot } from '../package-root'

/**
 * Packages only some commands need, loaded when they are used: the TypeScript compiler (9 MB of
 * JavaScript, a sixth of a second; through `compiler()`) and the JUnit printer (~60 ms with its
 * dependencies). Neither the CLI's start nor the html report may load them. A child process, so
 * what this test process has loaded does not count.
 */
const LOADED_ON_USE = /[\\/]node_modules[\\/](typescript|@cucumber[\\/]junit-xml-formatter)[\\/]/.source

/** Runs the CLI with `argv` in a child process in `project`: its exit code, and what of LOADED_ON_USE it loaded at start and after. */
function loadedBy(project: string, argv: string[]): { code: number; atStart: string[]; afterRun: string[] } {
  const script = `
    const cli = require(${JSON.stringify(path.join(packageRoot, 'dist', 'src', 'cli', 'index.js'))})
    const loaded = () => Object.keys(require.cache).filter((file) => new RegExp(${JSON.stringify(LOADED_ON_USE)}).test(file))
    const atStart = loaded()
    const quiet = { write: () => true }
    cli.runCli(${JSON.stringify(argv)}, { cwd: process.cwd(), env: {}, stdout: quiet, stderr: quiet }).then((code) => {
      process.stdout.write(JSON.stringify({ code, atStart, afterRun: loaded() }))
    })
  `
  const child = spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' })
  assert.equal(child.status, 0, child.stderr)
  return JSON.parse(child.stdout) as { code: number; atStart: string[]; afterRun: string[] }
}

function withProject(body: (project: string) => void): void {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-startup-'))
  try {
    body(project)
  } finally {
    fs.rmSync(project, { recursive: true, force: true })
  }
}

test('neither loading the CLI nor writing an html report loads TypeScript or the JUnit printer', () => {
  withProject((project) => {
    const messages = path.join(packageRoot, 'src', 'report', 'testdata', 'shop.ndjson')
    const { code, atStart, afterRun } = loadedBy(project, ['report', '--from', messages, '--out', 'site', '--no-history'])
    assert.equal(code, 0)
    assert.ok(fs.existsSync(path.join(project, 'site', 'index.html')), 'the report was written')
    assert.deepEqual(atStart, [])
    assert.deepEqual(afterRun, [])
  })
})

test('check of a JavaScript project with an undefined step (named in ASCII) does not load TypeScript', () => {
  withProject((project) => {
    fs.mkdirSync(path.join(project, 'features'))
    fs.mkdirSync(path.join(project, 'steps'))
    fs.writeFileSync(path.join(project, 'features', 'cart.feature'), 'Feature: Cart\n  Scenario: one item\n    When I add 2 apples\n')
    fs.writeFileSync(path.join(project, 'steps', 'steps.js'), '')
    fs.writeFileSync(path.join(project, 'cucumber.js'), "module.exports = { default: { require: ['steps/**/*.js'] } }\n")
    const { code, afterRun } = loadedBy(project, ['check'])
    assert.equal(code, 1, 'the undefined step is reported')
    assert.deepEqual(afterRun, [])
  })
})
