import { test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { directoryModuleFormat, moduleFormatOf } from './module-format'

const root = path.resolve('/project')
const manifests: Record<string, string> = { [path.join(root, 'package.json')]: '{"type":"module"}' }
const read = (file: string) => manifests[file]

test('a directory that does not exist yet takes the type of the nearest package.json above it', () => {
  assert.equal(directoryModuleFormat(path.join(root, 'generated', 'steps'), read), 'module')
  assert.equal(directoryModuleFormat(path.resolve('/elsewhere/steps'), read), 'commonjs')
})

test('a file follows its extension first, then its directory', () => {
  assert.equal(moduleFormatOf(path.join(root, 'src', 'a.cts'), read), 'commonjs')
  assert.equal(moduleFormatOf(path.join(root, 'src', 'a.ts'), read), 'module')
  assert.equal(moduleFormatOf(path.join(root, 'node_modules', 'x', 'a.ts'), read), 'commonjs')
})
