import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { check } from './check'
import { packageRoot } from '../package-root'

function writeProject(directory: string): void {
  const feature = 'Feature: greeting\n  Scenario: hello\n    Given a visitor\n    When the visitor is greeted\n'
  const files: Record<string, string> = {
    'features/greeting.feature': feature,
    'other/greeting.feature': feature.replace('greeted', 'waved at'),
    'steps/given.js':
      "const { Given, When } = require('@cucumber/cucumber')\nGiven('a visitor', function () {})\nWhen('the visitor is greeted', function () {})\n",
    'cucumber.json': JSON.stringify({ default: { require: ['steps/**/*.js'] } })
  }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true })
    fs.writeFileSync(path.join(directory, file), content)
  }
  fs.symlinkSync(path.join(packageRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir')
}

// Named paths are read as cucumber-js reads its arguments, in place of the configured ones: a
// file outside features/ is checked, not filtered out of the configured set to nothing.
test('check reads the paths it is given, inside the configured paths or not', async () => {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-check-paths-')))
  try {
    writeProject(directory)
    const outside = await check({ cwd: directory, env: {}, paths: ['other/greeting.feature'] })
    assert.equal(outside.counts.features, 1)
    assert.deepEqual(
      outside.undefinedSteps.flatMap((step) => step.uses.map((use) => `${use.uri}:${use.line}`)),
      ['other/greeting.feature:4']
    )
    assert.equal(outside.exitCode, 1)
    const inside = await check({ cwd: directory, env: {}, paths: ['features/greeting.feature:3'] })
    assert.equal(inside.counts.features, 1)
    assert.equal(inside.exitCode, 0)
    assert.equal(inside.unusedNotJudged, 'paths')
    const whole = await check({ cwd: directory, env: {} })
    assert.equal(whole.counts.features, 1)
    const missing = await check({ cwd: directory, env: {}, paths: ['other/nope.feature'] })
    assert.equal(missing.exitCode, 2)
    assert.deepEqual(
      missing.errors.map((error) => [error.file, error.message]),
      [['other/nope.feature', 'no such feature file or folder: nothing was checked']]
    )
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})
