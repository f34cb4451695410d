import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { locateNxJson, registerNxPlugin } from './nx-workspace'

test("the plugin is added after the workspace's own plugins, and every other key is kept", () => {
  const registration = registerNxPlugin({
    plugins: ['@nx/js/typescript', { plugin: '@nx/jest/plugin' }],
    namedInputs: { default: ['{projectRoot}/**/*'] }
  })
  assert.deepEqual(registration, {
    nxJson: {
      plugins: ['@nx/js/typescript', { plugin: '@nx/jest/plugin' }, 'specloop/nx'],
      namedInputs: { default: ['{projectRoot}/**/*'] }
    },
    added: true
  })
  assert.deepEqual(registerNxPlugin({}), { nxJson: { plugins: ['specloop/nx'] }, added: true })
})

test('a plugin registered already, by name or with options, is not added again', () => {
  assert.equal(registerNxPlugin({ plugins: ['specloop/nx'] }).error, undefined)
  assert.deepEqual(registerNxPlugin({ plugins: ['specloop/nx'] }), { nxJson: { plugins: ['specloop/nx'] }, added: false })
  const withOptions = { plugins: [{ plugin: 'specloop/nx', options: { targetPrefix: 'bdd-' } }] }
  assert.deepEqual(registerNxPlugin(withOptions), { nxJson: withOptions, added: false })
})

test('plugins that are not a list are refused', () => {
  assert.deepEqual(registerNxPlugin({ plugins: 'specloop/nx' }), { error: '"plugins" is not an array' })
})

test('the nx.json of a folder is the nearest at or above it', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-nx-workspace-'))
  try {
    fs.mkdirSync(path.join(root, 'apps', 'shop'), { recursive: true })
    assert.equal(locateNxJson(path.join(root, 'apps', 'shop')), undefined)
    fs.writeFileSync(path.join(root, 'nx.json'), '{}')
    assert.equal(locateNxJson(path.join(root, 'apps', 'shop', 'not-yet-made')), path.join(root, 'nx.json'))
    fs.writeFileSync(path.join(root, 'apps', 'nx.json'), '{}')
    assert.equal(locateNxJson(path.join(root, 'apps', 'shop')), path.join(root, 'apps', 'nx.json'))
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})
