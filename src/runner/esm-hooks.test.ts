import { test } from 'node:test'
import assert from 'node:assert/strict'
import { pathToFileURL } from 'node:url'
import { COUNTED_SCHEME, countedAssertSource, countedChaiSource, isCountedImport, moduleToServe, typescriptCandidates } from './esm-hooks'
import { moduleFormatOf, packageTypeOf } from './module-format'

const data = {
  instrumented: { '/p/src/shapes.ts': '/p/.specloop/cache/instrumented/a.js', '/p/src/legacy.cts': '/p/.specloop/cache/instrumented/b.js' },
  esModules: ['/p/src/shapes.ts'],
  projectDirectory: '/p'
}
const url = (file: string) => pathToFileURL(file).href

test('esm hooks: an instrumented ES module is served from the cache, a CommonJS one is left to require, other TypeScript is transpiled by its format', () => {
  assert.deepEqual(moduleToServe(url('/p/src/shapes.ts'), data), { kind: 'instrumented', codePath: '/p/.specloop/cache/instrumented/a.js' })
  // A query (cucumber's or a cache-buster) does not hide the file.
  assert.deepEqual(moduleToServe(`${url('/p/src/shapes.ts')}?v=2`, data), {
    kind: 'instrumented',
    codePath: '/p/.specloop/cache/instrumented/a.js'
  })
  assert.deepEqual(moduleToServe(url('/p/src/legacy.cts'), data), { kind: 'commonjs' })
  assert.deepEqual(
    moduleToServe(url('/elsewhere/lib.mts'), data, () => 'module'),
    { kind: 'transpiled', file: '/elsewhere/lib.mts' }
  )
  assert.deepEqual(
    moduleToServe(url('/elsewhere/lib.ts'), data, () => 'commonjs'),
    { kind: 'commonjs' }
  )
})

test(
  "esm hooks: the project's own JavaScript loads as usual, marked untraced; dependencies, built-ins and other files " +
    'go to the next loader; the counted scheme is served here',
  () => {
    assert.deepEqual(moduleToServe(url('/p/src/plain.js'), data), { kind: 'untraced', file: '/p/src/plain.js' })
    assert.deepEqual(moduleToServe(url('/p/lib/util.mjs'), data), { kind: 'untraced', file: '/p/lib/util.mjs' })
    assert.deepEqual(moduleToServe(url('/p/node_modules/chai/index.js'), data), { kind: 'next' })
    assert.deepEqual(moduleToServe(url('/p/.specloop/x.js'), data), { kind: 'next' })
    assert.deepEqual(moduleToServe(url('/elsewhere/plain.js'), data), { kind: 'next' })
    assert.deepEqual(moduleToServe(url('/p/src/types.d.ts.map'), data), { kind: 'next' })
    assert.deepEqual(moduleToServe('node:fs', data), { kind: 'next' })
    assert.deepEqual(moduleToServe(`${COUNTED_SCHEME}node:assert/strict`, data), { kind: 'counted', target: 'node:assert/strict' })
  }
)

test('esm hooks: a relative import of a .js file may mean its .ts source, as tsc resolves it; bare specifiers never', () => {
  assert.deepEqual(typescriptCandidates('./shapes.js'), ['./shapes.ts'])
  assert.deepEqual(typescriptCandidates('../lib/util.mjs'), ['../lib/util.mts'])
  assert.deepEqual(typescriptCandidates('/abs/legacy.cjs'), ['/abs/legacy.cts'])
  assert.deepEqual(typescriptCandidates('./view.jsx'), ['./view.tsx'])
  assert.deepEqual(typescriptCandidates('file:///p/src/shapes.js'), ['file:///p/src/shapes.ts'])
  assert.deepEqual(typescriptCandidates('lodash/fp.js'), [])
  assert.deepEqual(typescriptCandidates('./shapes'), [])
  assert.deepEqual(typescriptCandidates('./data.json'), [])
})

test("esm hooks: node:assert and chai are counted when the project's own code imports them, not when a dependency does", () => {
  const step = url('/p/steps/a.steps.ts')
  assert.equal(isCountedImport('node:assert/strict', step, '/p'), 'assert')
  assert.equal(isCountedImport('assert', step, '/p'), 'assert')
  assert.equal(isCountedImport('chai', step, '/p'), 'chai')
  assert.equal(isCountedImport('node:fs', step, '/p'), undefined)
  assert.equal(isCountedImport('chai', url('/p/node_modules/chai-as-promised/index.js'), '/p'), undefined)
  assert.equal(isCountedImport('chai', url('/other/x.ts'), '/p'), undefined)
  assert.equal(isCountedImport('chai', undefined, '/p'), undefined)
  assert.equal(isCountedImport('chai', `${COUNTED_SCHEME}node:assert`, '/p'), undefined)
})

test('esm hooks: the counting modules re-export the library (named exports that are identifiers only) through the runtime', () => {
  const assertSource = countedAssertSource('node:assert/strict', ['ok', 'equal', 'default', 'not-a-name'])
  assert.match(assertSource, /^import real from "node:assert\/strict"$/m)
  assert.match(assertSource, /Symbol\.for\("specloop\.countedAssert"\)/)
  assert.match(assertSource, /^export const \{ ok, equal \} = counted$/m)
  const chaiSource = countedChaiSource('file:///p/node_modules/chai/index.js')
  assert.match(chaiSource, /^export \* from "file:\/\/\/p\/node_modules\/chai\/index\.js"$/m)
  assert.match(chaiSource, /Symbol\.for\("specloop\.countChai"\)\]\?\.\(real\)/)
})

test("module format: .mts and .cts by extension, .ts by the nearest package.json's type, as Node decides (stopping at node_modules)", () => {
  const manifests: Record<string, string> = {
    '/p/package.json': '{"type":"module"}',
    '/p/legacy/package.json': '{"name":"legacy"}',
    '/p/node_modules/dep/package.json': '{"type":"module"}'
  }
  const read = (file: string) => manifests[file]
  assert.equal(moduleFormatOf('/p/src/shapes.ts', read), 'module')
  assert.equal(moduleFormatOf('/p/legacy/old.ts', read), 'commonjs')
  assert.equal(moduleFormatOf('/p/legacy/new.mts', read), 'module')
  assert.equal(moduleFormatOf('/p/src/old.cts', read), 'commonjs')
  assert.equal(moduleFormatOf('/p/node_modules/dep/lib/x.ts', read), 'module')
  assert.equal(moduleFormatOf('/p/node_modules/loose.ts', read), 'commonjs')
  assert.equal(
    moduleFormatOf('/nowhere/x.ts', () => undefined),
    'commonjs'
  )
  assert.equal(packageTypeOf('{ not json'), undefined)
  assert.equal(packageTypeOf('{"type":"commonjs"}'), 'commonjs')
})
