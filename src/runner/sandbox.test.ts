import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { projectReadPaths, resolvingNodeModules } from './sandbox'

function write(file: string, text = '{}'): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  fs.writeFileSync(file, text)
}

test('sandbox: an npm-workspaces package reads the hoisted and linked node_modules it resolves from, and no other', () => {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-sandbox-')))
  try {
    // A monorepo: dependencies hoisted to the root, the workspace linked there, one package with its own node_modules.
    write(path.join(root, 'package.json'), '{"workspaces":["packages/*"]}')
    write(path.join(root, 'node_modules', 'chai', 'package.json'))
    write(path.join(root, 'packages', 'app', 'package.json'))
    write(path.join(root, 'packages', 'app', 'node_modules', '@types', 'node', 'package.json'))
    write(path.join(root, 'packages', 'lib', 'package.json'))
    fs.symlinkSync(path.join('..', 'packages', 'lib'), path.join(root, 'node_modules', 'lib'))
    // A scoped package linked from a store elsewhere: its own dependencies live beside it there.
    write(path.join(root, 'store', 'node_modules', '@scope', 'tool', 'package.json'))
    fs.mkdirSync(path.join(root, 'node_modules', '@scope'))
    fs.symlinkSync(path.join(root, 'store', 'node_modules', '@scope', 'tool'), path.join(root, 'node_modules', '@scope', 'tool'))
    // Neither on the project's resolution path: a sibling's node_modules and an empty one.
    write(path.join(root, 'packages', 'other', 'node_modules', 'secret', 'package.json'))
    fs.mkdirSync(path.join(root, 'packages', 'node_modules'))

    const project = path.join(root, 'packages', 'app')
    const nodeModules = resolvingNodeModules(project).filter((folder) => folder.startsWith(root))
    assert.deepEqual(nodeModules, [path.join(project, 'node_modules'), path.join(root, 'node_modules')])

    const readable = projectReadPaths(project, path.join(root, 'node_modules', 'chai')).filter((entry) => entry.startsWith(root))
    for (const expected of [
      project,
      path.join(project, 'node_modules'),
      path.join(root, 'node_modules'),
      path.join(root, 'packages', 'lib'),
      path.join(root, 'store', 'node_modules', '@scope', 'tool'),
      path.join(root, 'store', 'node_modules')
    ]) {
      assert.ok(readable.includes(expected), `${expected} is readable`)
    }
    const allowedFolders = readable.filter((entry) => !entry.endsWith('.json'))
    const escapes = (target: string) => allowedFolders.some((folder) => target === folder || target.startsWith(folder + path.sep))
    assert.equal(escapes(path.join(root, 'packages', 'other', 'node_modules', 'secret', 'package.json')), false)
    assert.equal(escapes(path.join(root, 'packages', 'other', 'package.json')), false)
    assert.equal(escapes(path.join(root, 'store', 'elsewhere.txt')), false)
    // Above the project, only the manifests loaders look for, never the monorepo's folders.
    assert.equal(escapes(path.join(root, 'README.md')), false)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})

test('sandbox: a node_modules above the project that is a link is readable by its path and by where it leads', () => {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-sandbox-')))
  try {
    write(path.join(root, 'store', 'chai', 'package.json'))
    write(path.join(root, 'monorepo', 'packages', 'app', 'package.json'))
    fs.symlinkSync(path.join(root, 'store'), path.join(root, 'monorepo', 'node_modules'))
    const project = path.join(root, 'monorepo', 'packages', 'app')
    const readable = projectReadPaths(project, path.join(root, 'store', 'chai'))
    assert.ok(readable.includes(path.join(root, 'monorepo', 'node_modules')), 'the path modules are read by')
    assert.ok(readable.includes(path.join(root, 'store')), 'the real path')
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})
