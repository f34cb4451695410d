import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadSpecification } from '../specification'
import { packageRoot } from '../package-root'

function writeProject(directory: string): void {
  const files: Record<string, string> = {
    'features/greeting.feature':
      'Feature: greeting\n  Scenario: hello\n    Given a visitor\n    When the visitor is greeted\n    Then the greeting is polite\n',
    'steps/given.js': "const { Given } = require('@cucumber/cucumber')\nrequire('../src/helper.js')\nGiven('a visitor', function () {})\n",
    'src/helper.js': 'module.exports = { helper: true }\n',
    'esm/when.mjs':
      "import { When, Then } from '@cucumber/cucumber'\nWhen('the visitor is greeted', function () {})\nThen('the greeting is polite', function () {})\n",
    'cucumber.json': JSON.stringify({ default: { paths: ['features/**/*.feature'], require: ['steps/**/*.js'], import: ['esm/**/*.mjs'] } })
  }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(directory, file)), { recursive: true })
    fs.writeFileSync(path.join(directory, file), content)
  }
  fs.symlinkSync(path.join(packageRoot, 'node_modules'), path.join(directory, 'node_modules'), 'dir')
}

// `run` checks and then generates in one process, and the loop generates once per round: every
// load must see the hand-written step definitions, or generate would write duplicates of them.
test('loading the same project twice in one process finds the same step definitions', async () => {
  const directory = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-load-twice-')))
  try {
    writeProject(directory)
    const describe = async () => {
      const loaded = await loadSpecification({ cwd: directory, env: {} })
      assert.ok(loaded.specification, loaded.error?.message)
      const { support, binding } = loaded.specification!
      assert.deepEqual(support.errors, [])
      return {
        definitions: support.definitions.map((definition) => `${definition.pattern} ${definition.uri}:${definition.line}`).sort(),
        undefinedSteps: binding!.undefinedSteps.length
      }
    }
    const first = await describe()
    assert.deepEqual(first.definitions, [
      'a visitor steps/given.js:3',
      'the greeting is polite esm/when.mjs:3',
      'the visitor is greeted esm/when.mjs:2'
    ])
    assert.equal(first.undefinedSteps, 0)
    // A definition added between the loads is seen too: nothing stale is served from a cache.
    fs.appendFileSync(path.join(directory, 'steps', 'given.js'), "Given('another visitor', function () {})\n")
    const second = await describe()
    assert.deepEqual(second.definitions, [
      'a visitor steps/given.js:3',
      'another visitor steps/given.js:4',
      'the greeting is polite esm/when.mjs:3',
      'the visitor is greeted esm/when.mjs:2'
    ])
    assert.equal(second.undefinedSteps, 0)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})
