import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import { compilerOptionsFor, describeCompilerOptions, readProjectTsconfig } from './tsconfig'

function monorepo(): { root: string; project: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-tsconfig-'))
  const project = path.join(root, 'packages', 'app')
  fs.mkdirSync(path.join(project, 'node_modules', '@acme', 'tsconfig'), { recursive: true })
  fs.writeFileSync(
    path.join(root, 'tsconfig.base.json'),
    '{ "compilerOptions": { "module": "NodeNext", "moduleResolution": "NodeNext", "strict": true, /* "outDir": "x" */ } }'
  )
  fs.writeFileSync(
    path.join(project, 'node_modules', '@acme', 'tsconfig', 'node.json'),
    '{ "compilerOptions": { "experimentalDecorators": true, "strict": false } }'
  )
  fs.writeFileSync(
    path.join(project, 'tsconfig.json'),
    '{\n  // the monorepo base, then the shared package\n  "extends": ["../../tsconfig.base", "@acme/tsconfig/node.json"],\n' +
      '  "compilerOptions": { "target": "ES2020", "outDir": "a//b", },\n}\n'
  )
  return { root, project }
}

test('tsconfig: comments, trailing commas and `extends` (a path above the project, a package, an array) read as tsc reads them, the project winning', () => {
  const { root, project } = monorepo()
  try {
    const options = compilerOptionsFor(project)
    assert.equal(options.target, ts.ScriptTarget.ES2020)
    assert.equal(options.module, ts.ModuleKind.NodeNext)
    assert.equal(options.moduleResolution, ts.ModuleResolutionKind.NodeNext)
    assert.equal(options.strict, false)
    assert.equal(options.experimentalDecorators, true)
    assert.equal(options.esModuleInterop, true)
    // Inside a string, `//` is no comment; paths are resolved against the tsconfig, as tsc does.
    assert.equal(options.outDir, path.join(project, 'a', 'b'))
    const bases = readProjectTsconfig(project)
      ?.bases.map((file) => path.relative(root, file))
      .sort()
    assert.deepEqual(bases, [path.join('packages', 'app', 'node_modules', '@acme', 'tsconfig', 'node.json'), 'tsconfig.base.json'])
    assert.deepEqual(describeCompilerOptions(options, ['module', 'strict', 'noImplicitAny']), ['module: "NodeNext"', 'strict: false'])
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})

test('tsconfig: the cached reading holds while no file of the chain changes, and a changed base is read again', () => {
  const { root, project } = monorepo()
  const cache = path.join(project, '.specloop', 'cache')
  try {
    assert.equal(readProjectTsconfig(project, cache)?.options.strict, false)
    assert.ok(fs.existsSync(path.join(cache, 'tsconfig.json')))
    // A cached answer is used: a planted value proves it was read from the cache.
    const cached = JSON.parse(fs.readFileSync(path.join(cache, 'tsconfig.json'), 'utf8'))
    cached.options.noImplicitAny = true
    fs.writeFileSync(path.join(cache, 'tsconfig.json'), JSON.stringify(cached))
    assert.equal(readProjectTsconfig(project, cache)?.options.noImplicitAny, true)
    // The base above the project changes: read again, the planted value gone.
    fs.writeFileSync(path.join(root, 'tsconfig.base.json'), '{ "compilerOptions": { "module": "CommonJS" } }')
    const reread = readProjectTsconfig(project, cache)
    assert.equal(reread?.options.module, ts.ModuleKind.CommonJS)
    assert.equal(reread?.options.noImplicitAny, undefined)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})

test('tsconfig: none in the project, none read', () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-tsconfig-'))
  try {
    assert.equal(readProjectTsconfig(directory), undefined)
    assert.equal(compilerOptionsFor(directory).target, ts.ScriptTarget.ES2022)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})
