import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { confinePath } from './allow-list'
import { readProvenance, renderWithProvenance } from './provenance'
import { applyWrites, planWrites } from './write-files'
import { removeStaleTemporaries, writerOfTemporary } from './stale-temporaries'
import { temporaryPathBeside } from './atomic-write'
import { withScratchCopy } from './scratch-copy'
import {
  COVERAGE_DIRECTORY,
  HISTORY_PATH,
  instrumentedCacheOf,
  latestRunDirectory,
  ledgerPathOf,
  legacyLedgerPathOf,
  messagesFileOf,
  runDirectoryOf,
  tornLedgerDirectoryOf,
  traceFileOf
} from './specloop-directory'

function temporaryProject(): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-workspace-')))
  fs.mkdirSync(path.join(root, 'generated'), { recursive: true })
  return root
}

const provenance = { generator: 'offline/steps', version: '0.0.0', sources: [{ path: 'features/a.feature', sha256: 'ab' }] }

test('a generated file reads back with its provenance and is not hand-edited', () => {
  const content = renderWithProvenance('export const x = 1\n', provenance)
  const read = readProvenance(content)
  assert.equal(read.body, 'export const x = 1\n')
  assert.equal(read.editedByHand, false)
  assert.deepEqual(read.provenance?.sources, provenance.sources)
})

test('changing one character of the body marks the file as edited by hand', () => {
  const content = renderWithProvenance('export const x = 1\n', provenance).replace('= 1', '= 2')
  assert.equal(readProvenance(content).editedByHand, true)
})

test('paths outside the allow-list are refused, with a reason', () => {
  const root = temporaryProject()
  const refused = ['../../x', '/etc/x', 'package.json', 'features/a.feature', '.ci/run', 'docs/x.md', 'generated/../../x', '']
  for (const requested of refused) {
    const decision = confinePath(root, requested)
    assert.equal(decision.ok, false, requested)
  }
  assert.deepEqual(confinePath(root, './generated//steps/a.ts'), {
    ok: true,
    relative: 'generated/steps/a.ts',
    absolute: path.join(root, 'generated/steps/a.ts')
  })
})

test('node_modules, package manifests, .git and .specloop are refused at any depth, inside an allowed folder too', () => {
  const root = temporaryProject()
  const nested = [
    'src/node_modules/x.ts',
    'generated/steps/node_modules/lodash/index.ts',
    'steps/lib/package.json',
    'src/.git/hooks/x.ts',
    'generated/.specloop/ledger.ts'
  ]
  for (const requested of nested) {
    const decision = confinePath(root, requested)
    assert.deepEqual(decision, { ok: false, reason: `protected path: ${requested}` }, requested)
  }
  assert.equal(confinePath(root, 'src/node_modules_helper.ts').ok, true)
})

test('a symbolic link that leads out of the project is refused', () => {
  const root = temporaryProject()
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-outside-'))
  fs.symlinkSync(outside, path.join(root, 'generated', 'escape'))
  const decision = confinePath(root, 'generated/escape/x.ts')
  assert.equal(decision.ok, false)
  assert.match((decision as { reason: string }).reason, /symbolic link/)
})

test('a hand-edited generated file is kept; an untouched one is updated', () => {
  const root = temporaryProject()
  const edited = renderWithProvenance('old\n', provenance).replace('old', 'mine')
  fs.writeFileSync(path.join(root, 'generated', 'edited.ts'), edited)
  fs.writeFileSync(path.join(root, 'generated', 'fresh.ts'), renderWithProvenance('old\n', provenance))
  const decisions = planWrites(root, [
    { path: 'generated/edited.ts', content: renderWithProvenance('new\n', provenance) },
    { path: 'generated/fresh.ts', content: renderWithProvenance('new\n', provenance) },
    { path: 'package.json', content: '{}' }
  ])
  assert.deepEqual(
    decisions.map((decision) => decision.action),
    ['kept-hand-edited', 'update', 'refused']
  )
  assert.deepEqual(applyWrites(root, decisions), ['generated/fresh.ts'])
  assert.equal(fs.readFileSync(path.join(root, 'generated', 'edited.ts'), 'utf8'), edited)
  assert.equal(fs.existsSync(path.join(root, 'package.json')), false)
  assert.deepEqual(
    fs.readdirSync(path.join(root, 'generated')).filter((name) => name.endsWith('.tmp')),
    []
  )
})

test('a policy can limit the kinds of file written', () => {
  const root = temporaryProject()
  const decisions = planWrites(
    root,
    [
      { path: 'generated/a.ts', content: 'x' },
      { path: 'generated/notes.md', content: 'x' }
    ],
    { allowedExtensions: ['.ts'] }
  )
  assert.deepEqual(
    decisions.map((decision) => decision.action),
    ['create', 'refused']
  )
  assert.match(decisions[1].reason ?? '', /only \.ts files/)
})

test('a name too long for the file system is refused with a reason, and nothing throws when the others are written', () => {
  const root = temporaryProject()
  const longName = `generated/${'a'.repeat(297)}.ts`
  const decision = confinePath(root, longName)
  assert.deepEqual(decision, {
    ok: false,
    reason: 'file name too long: 300 bytes, at most 200 (file systems take 255, and writing adds a temporary suffix)'
  })
  assert.match((confinePath(root, `generated/${'d'.repeat(201)}/a.ts`) as { reason: string }).reason, /^folder name too long: 201 bytes/)
  assert.match(
    (confinePath(root, `generated/${'d/'.repeat(600)}a.ts`) as { reason: string }).reason,
    /^path too long: 1214 bytes, at most 1024/
  )
  // A name just under the limit in UTF-8 bytes (two-byte letters) is still written, temporary suffix included.
  const longest = `generated/${'é'.repeat(98)}.ts`
  const decisions = planWrites(root, [
    { path: longName, content: 'x' },
    { path: longest, content: 'y' }
  ])
  assert.deepEqual(
    decisions.map((planned) => planned.action),
    ['refused', 'create']
  )
  assert.deepEqual(applyWrites(root, decisions), [longest])
  assert.equal(fs.readFileSync(path.join(root, longest), 'utf8'), 'y')
})

test("a killed run's temporary files are removed when their writer is gone; a live writer's and everything else stay", () => {
  const root = temporaryProject()
  const files = [
    'generated/.a.ts.4000001.0badc0de.tmp', // writeFileAtomic's, of a dead process
    '.specloop/runs/r1/runtime-job.json.4000002.tmp', // the older <name>.<pid>.tmp form
    '.specloop/cache/instrumented/.x.js.4000003.deadbeef.tmp',
    'reports/.index.html.4000004.12345678.tmp',
    `steps/.b.ts.${process.pid}.0badc0de.tmp`, // this process's own: in use
    'generated/.c.ts.4000005.0badc0de.tmp', // a live writer's (as isAlive says below)
    'generated/notes.tmp', // not named as specloop names its files
    'generated/.a.ts.4000001.zz.tmp',
    'src/.a.ts.4000001.0badc0de.tmp', // not a folder specloop writes in
    'generated/node_modules/.m.js.4000001.0badc0de.tmp'
  ]
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    fs.writeFileSync(path.join(root, file), 'x')
  }
  const removed = removeStaleTemporaries(root, (pid) => pid === 4000005)
  assert.deepEqual(removed, [
    '.specloop/cache/instrumented/.x.js.4000003.deadbeef.tmp',
    '.specloop/runs/r1/runtime-job.json.4000002.tmp',
    'generated/.a.ts.4000001.0badc0de.tmp',
    'reports/.index.html.4000004.12345678.tmp'
  ])
  for (const file of files) assert.equal(fs.existsSync(path.join(root, file)), !removed.includes(file), file)
  // A run directory staged whole by a writer that is gone goes whole; a folder named in the older form is not taken for one.
  for (const directory of [
    '.specloop/runs/.20260101-000000-abcd.4000001.0badc0de.tmp/coverage',
    '.specloop/runs/.r2.4000005.0badc0de.tmp',
    'reports/old.4000001.tmp'
  ]) {
    fs.mkdirSync(path.join(root, directory), { recursive: true })
    fs.writeFileSync(path.join(root, directory, 'lcov.info'), 'x')
  }
  assert.deepEqual(
    removeStaleTemporaries(root, (pid) => pid === 4000005),
    ['.specloop/runs/.20260101-000000-abcd.4000001.0badc0de.tmp']
  )
  assert.ok(fs.existsSync(path.join(root, '.specloop/runs/.r2.4000005.0badc0de.tmp/lcov.info')))
  assert.ok(fs.existsSync(path.join(root, 'reports/old.4000001.tmp/lcov.info')))
  assert.equal(writerOfTemporary(path.basename(temporaryPathBeside(path.join(root, 'generated', 'x.ts')))), process.pid)
})

test('the .specloop/ layout is the one docs/configuration.md documents', () => {
  const project = path.join(path.sep, 'work', 'project')
  const run = runDirectoryOf(project, '20260101-120000-abcd')
  assert.deepEqual(
    [
      ledgerPathOf(project),
      legacyLedgerPathOf(project),
      tornLedgerDirectoryOf(project),
      path.join(project, HISTORY_PATH),
      run,
      latestRunDirectory(project),
      messagesFileOf(run),
      traceFileOf(run),
      path.join(run, COVERAGE_DIRECTORY),
      instrumentedCacheOf(project)
    ].map((file) => path.relative(project, file).split(path.sep).join('/')),
    [
      '.specloop/ledger',
      '.specloop/ledger.jsonl',
      '.specloop/ledger-torn',
      '.specloop/history.jsonl',
      '.specloop/runs/20260101-120000-abcd',
      '.specloop/runs/latest',
      '.specloop/runs/20260101-120000-abcd/messages.ndjson',
      '.specloop/runs/20260101-120000-abcd/trace.json',
      '.specloop/runs/20260101-120000-abcd/coverage',
      '.specloop/cache/instrumented'
    ]
  )
})

test('a scratch copy holds the project and its ledger folder, and is gone afterwards', async () => {
  const project = temporaryProject()
  fs.mkdirSync(path.join(project, 'features'))
  fs.writeFileSync(path.join(project, 'features', 'a.feature'), 'Feature: a\n')
  fs.mkdirSync(ledgerPathOf(project), { recursive: true })
  fs.writeFileSync(path.join(ledgerPathOf(project), 'entry.json'), '{}\n')
  let seen: string[] = []
  const copyOf = await withScratchCopy(project, async (copy) => {
    seen = [
      fs.readFileSync(path.join(copy, 'features', 'a.feature'), 'utf8'),
      fs.readFileSync(path.join(ledgerPathOf(copy), 'entry.json'), 'utf8')
    ]
    return copy
  })
  assert.deepEqual(seen, ['Feature: a\n', '{}\n'])
  assert.equal(fs.existsSync(copyOf), false)
  fs.rmSync(project, { recursive: true, force: true })
})
