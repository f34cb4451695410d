import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { packageRoot } from './package-root'

/**
 * The layers of src/, highest first. A module may import only from a lower layer (or itself):
 * cli → api → domain → foundations. Within the domain the order also keeps modules acyclic
 * (generators build on the specification, which builds on binding and gherkin). The same table
 * is written out, with reasons, in DEVELOPERS.md. Tests may reach anywhere: they are not shipped.
 */
export const LAYERS: readonly (readonly string[])[] = [
  // The Nx plugin sits beside the CLI: it calls the project helpers; nothing imports it.
  ['cli', 'nx'],
  ['index'],
  ['api'],
  ['generators'],
  // The report's browser app: a folder of report with a layer of its own, above the rest of
  // report, whose data types it reads (and which never imports the app: it reads its bundle).
  ['report/app'],
  ['report'],
  ['specification'],
  ['binding', 'runner', 'governance', 'metrics'],
  // Mutation testing: the trace's scenarios per line, mutants found with the compiler; the gate and the report read its record.
  ['strength'],
  ['trace', 'ledger', 'project'],
  ['gherkin', 'messages'],
  ['workspace', 'redaction', 'compiler', 'text', 'testdata', 'version', 'processes'],
  ['package-root', 'errors']
]

function layerOf(module: string): number {
  const layer = LAYERS.findIndex((modules) => modules.includes(module))
  if (layer < 0) throw new Error(`src/${module} is in no layer: add it to LAYERS in src/layers.test.ts and DEVELOPERS.md`)
  return layer
}

/** Modules that are a folder inside another module, such as `report/app`. */
const NESTED_MODULES = LAYERS.flat().filter((module) => module.includes('/'))

/** The module of a path under src/: a nested module it is in, its first folder, or a file's name without `.ts`. */
function moduleOf(relativeToSource: string): string {
  const parts = relativeToSource.split(/[\\/]/)
  const nested = NESTED_MODULES.find((module) => `${parts.join('/')}/`.startsWith(`${module}/`))
  return nested ?? parts[0].replace(/\.ts$/, '')
}

function sourceFiles(directory: string): string[] {
  return fs
    .readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
}

export interface UpwardImport {
  file: string
  specifier: string
  from: string
  to: string
}

/** Every relative import in the shipped sources of `sourceRoot` that points to a higher layer. */
export function upwardImports(sourceRoot: string): UpwardImport[] {
  const found: UpwardImport[] = []
  for (const file of sourceFiles(sourceRoot)) {
    const from = moduleOf(path.relative(sourceRoot, file))
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true)
    for (const { fileName: specifier } of importedFiles) {
      if (!specifier.startsWith('.')) continue
      const target = path.relative(sourceRoot, path.resolve(path.dirname(file), specifier))
      // generated/src is a leaf below every layer: pure functions that import nothing of src/.
      if (target.startsWith(path.join('..', 'generated', 'src'))) continue
      if (target.startsWith('..')) {
        found.push({ file: path.relative(sourceRoot, file), specifier, from, to: 'outside src/' })
        continue
      }
      const to = moduleOf(target)
      if (to !== from && layerOf(to) <= layerOf(from)) found.push({ file: path.relative(sourceRoot, file), specifier, from, to })
    }
  }
  return found
}

test('no module imports from its own layer or a layer above it', () => {
  const found = upwardImports(path.join(packageRoot, 'src'))
  assert.deepEqual(
    found.map((i) => `src/${i.file}: ${i.from} imports ${i.to} ('${i.specifier}')`),
    []
  )
})

test('the layer test fails on an upward import', () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'specloop-layers-'))
  try {
    fs.mkdirSync(path.join(root, 'gherkin'))
    fs.mkdirSync(path.join(root, 'api'))
    fs.writeFileSync(path.join(root, 'api', 'check.ts'), "import { parse } from '../gherkin'\n")
    fs.writeFileSync(path.join(root, 'gherkin', 'index.ts'), "import { check } from '../api/check'\nexport const parse = 1\n")
    assert.deepEqual(
      upwardImports(root).map((i) => `${i.from}->${i.to}`),
      ['gherkin->api']
    )
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})

test('a nested module has its own layer: the report app may read the report, the report may not import the app', () => {
  const root = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'specloop-layers-'))
  try {
    fs.mkdirSync(path.join(root, 'report', 'app'), { recursive: true })
    fs.mkdirSync(path.join(root, 'api'))
    fs.writeFileSync(path.join(root, 'report', 'model.ts'), 'export type Model = {}\n')
    fs.writeFileSync(
      path.join(root, 'report', 'app', 'main.ts'),
      "import type { Model } from '../model'\nimport { report } from '../../api/report'\n"
    )
    fs.writeFileSync(path.join(root, 'report', 'site.ts'), "import { start } from './app/main'\n")
    fs.writeFileSync(path.join(root, 'api', 'report.ts'), 'export const report = 1\n')
    assert.deepEqual(
      upwardImports(root)
        .map((i) => `${i.from}->${i.to}`)
        .sort(),
      ['report->report/app', 'report/app->api']
    )
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})
