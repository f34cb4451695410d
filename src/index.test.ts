import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { packageRoot } from './package-root'

/**
 * The public API is a contract: what `import … from 'specloop'` offers changes only on purpose.
 * The snapshot lists every export of src/index.ts with its kind, one a line, sorted; a change
 * to it shows in review as a change to src/public-api.snapshot.txt.
 */
const SNAPSHOT = path.join(packageRoot, 'src', 'public-api.snapshot.txt')
const INDEX_SOURCE = path.join(packageRoot, 'src', 'index.ts')

export type ExportKind = 'function' | 'class' | 'object' | 'constant' | 'type'

export function kindOf(value: unknown): ExportKind {
  if (typeof value === 'function') return /^class\b/.test(Function.prototype.toString.call(value)) ? 'class' : 'function'
  if (typeof value === 'object' && value !== null) return 'object'
  return 'constant'
}

/** The type-only exports, read from the source: they leave nothing at run time. */
export function typeExportsOf(source: string): string[] {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.Latest)
  const names: string[] = []
  for (const statement of file.statements) {
    const exported = ts.getModifiers(statement as ts.HasModifiers)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) if (statement.isTypeOnly || element.isTypeOnly) names.push(element.name.text)
    } else if (exported && (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement))) {
      names.push(statement.name.text)
    }
  }
  return names
}

/** `kind name` lines, sorted by name: the runtime exports as loaded, the types as written. */
export function describePublicApi(runtime: Record<string, unknown>, typeNames: readonly string[]): string[] {
  const lines = [
    ...Object.keys(runtime)
      .filter((name) => name !== '__esModule')
      .map((name) => ({ name, kind: kindOf(runtime[name]) })),
    ...typeNames.map((name) => ({ name, kind: 'type' as const }))
  ]
  return lines.sort((a, b) => a.name.localeCompare(b.name, 'en')).map(({ name, kind }) => `${kind} ${name}`)
}

test('the public API is the one in src/public-api.snapshot.txt', () => {
  const runtime = require('./index') as Record<string, unknown>
  const actual = `${describePublicApi(runtime, typeExportsOf(fs.readFileSync(INDEX_SOURCE, 'utf8'))).join('\n')}\n`
  if (process.env.UPDATE_API_SNAPSHOT === '1') fs.writeFileSync(SNAPSHOT, actual)
  const expected = fs.existsSync(SNAPSHOT) ? fs.readFileSync(SNAPSHOT, 'utf8') : ''
  assert.equal(
    actual,
    expected,
    'the public API (src/index.ts) changed. If that is deliberate, rebuild and run\n' +
      '  UPDATE_API_SNAPSHOT=1 node --test dist/src/index.test.js\n' +
      'and commit src/public-api.snapshot.txt with the change.'
  )
})

test('the snapshot names each kind of export', () => {
  class Thing {}
  const lines = describePublicApi(
    { __esModule: true, zeta: () => 1, Thing, table: { a: 1 }, limit: 3 },
    typeExportsOf("export type { Shape } from './x'\nexport { type Other, run } from './y'\nexport interface Own { a: 1 }\n")
  )
  assert.deepEqual(lines, ['constant limit', 'type Other', 'type Own', 'type Shape', 'object table', 'class Thing', 'function zeta'])
})

/** Relative imports of the shipped CLI sources that land in src/api/, bypassing the library entry. */
export function apiImportsOfCli(sourceRoot: string): string[] {
  const cli = path.join(sourceRoot, 'cli')
  const found: string[] = []
  for (const entry of fs.readdirSync(cli, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) continue
    const file = path.join(entry.parentPath, entry.name)
    for (const { fileName } of ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true).importedFiles) {
      const target = path.relative(sourceRoot, path.resolve(path.dirname(file), fileName))
      if (fileName.startsWith('.') && target.split(path.sep)[0] === 'api')
        found.push(`src/${path.relative(sourceRoot, file)}: '${fileName}'`)
    }
  }
  return found
}

test('the CLI calls the library through its public API (src/index.ts), never api/ directly', () => {
  assert.deepEqual(apiImportsOfCli(path.join(packageRoot, 'src')), [])
})

test('a CLI module importing api/ is found', () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'specloop-public-api-'))
  try {
    fs.mkdirSync(path.join(root, 'cli', 'commands'), { recursive: true })
    fs.writeFileSync(
      path.join(root, 'cli', 'commands', 'check.ts'),
      "import { check } from '../../api/check'\nimport { verify } from '../../index'\n"
    )
    fs.writeFileSync(path.join(root, 'cli', 'io.ts'), "import type { ReportFormat } from '../api/report'\n")
    assert.deepEqual(apiImportsOfCli(root).sort(), [
      `src/${path.join('cli', 'commands', 'check.ts')}: '../../api/check'`,
      `src/${path.join('cli', 'io.ts')}: '../api/report'`
    ])
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})
