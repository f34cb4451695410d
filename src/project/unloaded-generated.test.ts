import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { unloadedGeneratedFolders } from './resolve-project'

test('the folders of generated code a configuration loads none of, and only those that hold files', () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-unloaded-'))
  try {
    fs.mkdirSync(path.join(cwd, 'generated', 'steps'), { recursive: true })
    fs.mkdirSync(path.join(cwd, 'generated', 'support'), { recursive: true })
    const steps = path.join(cwd, 'generated', 'steps', 'pay.steps.ts')
    fs.writeFileSync(steps, '')
    // Its own steps only: the generated steps stay undefined.
    assert.deepEqual(unloadedGeneratedFolders({ cwd, requirePaths: [path.join(cwd, 'test', 'own.steps.ts')], importPaths: [] }), [
      'generated/steps'
    ])
    // Loaded by "require" or by "import": nothing to say; an empty folder is nothing to load.
    assert.deepEqual(unloadedGeneratedFolders({ cwd, requirePaths: [steps], importPaths: [] }), [])
    assert.deepEqual(unloadedGeneratedFolders({ cwd, requirePaths: [], importPaths: [steps] }), [])
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true })
  }
})
