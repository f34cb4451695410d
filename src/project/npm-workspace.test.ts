import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isWorkspace, locateWorkspaceRoot, workspacePatterns } from './npm-workspace'

test('workspaces are a list of globs, or Yarn\'s { "packages": [...] }; anything else names none', () => {
  assert.deepEqual(workspacePatterns({ workspaces: ['packages/*', 7] }), ['packages/*'])
  assert.deepEqual(workspacePatterns({ workspaces: { packages: ['apps/**'] } }), ['apps/**'])
  assert.deepEqual(workspacePatterns({ workspaces: 'packages/*' }), [])
  assert.deepEqual(workspacePatterns(null), [])
  assert.equal(isWorkspace('packages/billing', ['./packages/*/']), true)
  assert.equal(isWorkspace('tools/billing', ['packages/*']), false)
})

test('the root is the nearest package.json above whose workspaces name the folder', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-npm-workspace-'))
  try {
    fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'mono', workspaces: ['packages/*'] }))
    fs.mkdirSync(path.join(root, 'packages', 'billing', 'sub'), { recursive: true })
    fs.mkdirSync(path.join(root, 'tools', 'x'), { recursive: true })
    assert.equal(locateWorkspaceRoot(path.join(root, 'packages', 'billing')), root)
    // Not a workspace of it: a folder the globs do not name, and the root itself.
    assert.equal(locateWorkspaceRoot(path.join(root, 'tools', 'x')), undefined)
    assert.equal(locateWorkspaceRoot(path.join(root, 'packages', 'billing', 'sub')), undefined)
    assert.equal(locateWorkspaceRoot(root), undefined)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})
