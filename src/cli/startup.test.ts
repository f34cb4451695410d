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

test('neither loading the CLI nor writing an html report loads TypeScript or the JUnit printer', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-startup-'))
  try {
    const script = `
      const cli = require(${JSON.stringify(path.join(packageRoot, 'dist', 'src', 'cli', 'index.js'))})
      const loaded = () => Object.keys(require.cache).filter((file) => new RegExp(${JSON.stringify(LOADED_ON_USE)}).test(file))
      const atStart = loaded()
      const quiet = { write: () => true }
      const argv = ['report', '--from', ${JSON.stringify(path.join(packageRoot, 'src', 'report', 'testdata', 'shop.ndjson'))}, '--out', 'site', '--no-history']
      cli.runCli(argv, { cwd: process.cwd(), env: {}, stdout: quiet, stderr: quiet }).then((code) => {
        process.stdout.write(JSON.stringify({ code, atStart, afterReport: loaded() }))
      })
    `
    const child = spawnSync(process.execPath, ['-e', script], { cwd: project, encoding: 'utf8' })
    assert.equal(child.status, 0, child.stderr)
    const { code, atStart, afterReport } = JSON.parse(child.stdout) as { code: number; atStart: string[]; afterReport: string[] }
    assert.equal(code, 0)
    assert.ok(fs.existsSync(path.join(project, 'site', 'index.html')), 'the report was written')
    assert.deepEqual(atStart, [])
    assert.deepEqual(afterReport, [])
  } finally {
    fs.rmSync(project, { recursive: true, force: true })
  }
})
