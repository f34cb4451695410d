import { specHash } from '../governance'
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { nextEntry, verifyEntries } from '../ledger'
import type { LedgerEntry, LedgerVerification } from '../ledger'
import { encodeLines } from '../trace'
import type { Trace } from '../trace'
import { renderWithProvenance, sha256 } from '../workspace'
import { buildReportModel } from './build'
import { renderMarkdown } from './markdown'
import { foldMessages } from './fold'
import type { FoldedRun } from './fold'
import { packageRoot } from '../package-root'

const testdata = path.join(packageRoot, 'src', 'report', 'testdata')
const shopMessages = fs.readFileSync(path.join(testdata, 'shop.ndjson'), 'utf8')
const cartSource = fs.readFileSync(path.join(testdata, 'shop', 'src', 'cart.js'), 'utf8')
const NOW = new Date('2026-03-01T12:00:00.000Z')

const shop = (): FoldedRun => foldMessages(shopMessages, 'shop.ndjson').run!
const pickleIdOf = (run: FoldedRun, name: string, line?: number): string =>
  run.features
    .flatMap((feature) => feature.scenarios)
    .find((scenario) => scenario.name === name && (line === undefined || scenario.line === line))!.pickleId

/** A trace of the shop run, as `verify` would write it: which lines of src/cart.js each scenario ran. */
function shopTrace(run: FoldedRun): Trace {
  return {
    version: 1,
    runId: 'run-with-trace',
    createdAt: NOW.toISOString(),
    scenarios: [
      {
        pickleId: pickleIdOf(run, 'Adding one item'),
        name: 'Adding one item',
        uri: 'features/cart/cart.feature',
        line: 9,
        status: 'passed'
      },
      {
        pickleId: pickleIdOf(run, 'Invoice text'),
        name: 'Invoice text',
        uri: 'features/billing/invoice.feature',
        line: 5,
        status: 'passed'
      },
      {
        pickleId: pickleIdOf(run, 'Invoice signed by hand'),
        name: 'Invoice signed by hand',
        uri: 'features/billing/invoice.feature',
        line: 35,
        status: 'skipped',
        hollow: 'no-assertion'
      },
      { pickleId: 'not-in-this-run', name: 'gone', uri: 'features/gone.feature', line: 1, status: 'passed' }
    ],
    files: [
      {
        path: 'src/cart.js',
        role: 'implementation',
        lineCount: 29,
        executable: encodeLines([5, 9, 10, 14, 15, 16, 20, 21, 22, 26]),
        functions: [
          { name: 'createCart', line: 4, endLine: 6 },
          { name: 'addItem', line: 8, endLine: 11 },
          { name: 'total', line: 13, endLine: 17 },
          { name: 'invoiceText', line: 19, endLine: 23 },
          { name: 'convert', line: 25, endLine: 27 }
        ],
        hits: {
          0: encodeLines([4, 5, 8, 9, 10, 13, 14, 16]),
          1: encodeLines([4, 5, 8, 9, 10, 13, 14, 16, 19, 20, 21, 22]),
          3: encodeLines([26])
        }
      },
      {
        path: 'generated/helpers.ts',
        role: 'support',
        lineCount: 3,
        executable: encodeLines([1]),
        functions: [],
        hits: { 1: encodeLines([1]) }
      }
    ]
  }
}

function generatedFiles(run: FoldedRun): Map<string, string> {
  const cartFeature = run.sources.get('features/cart/cart.feature')!
  const helpers = renderWithProvenance('export const rate = 1\n', {
    generator: 'offline/synthesis',
    version: '0.1.0',
    sources: [
      { path: 'features/cart/cart.feature', sha256: specHash('features/cart/cart.feature', cartFeature) },
      { path: 'features/other.feature', sha256: 'f'.repeat(64) }
    ]
  })
  const steps = renderWithProvenance('export const steps = 2\n', {
    generator: 'openai',
    model: 'local-model',
    round: 2,
    version: '0.1.0',
    sources: [{ path: 'features/billing/invoice.feature', sha256: 'e'.repeat(64) }]
  })
  return new Map([
    ['src/cart.js', cartSource],
    ['generated/helpers.ts', helpers],
    ['generated/steps/invoice.steps.ts', steps.replace('= 2', '= 3')]
  ])
}

function ledgerOf(records: Parameters<typeof nextEntry>[1][]): { entries: LedgerEntry[]; verification: LedgerVerification } {
  const entries: LedgerEntry[] = []
  for (const record of records) entries.push(nextEntry(entries.slice(-1), record, NOW))
  const stored = entries.map((entry) => ({ entry, location: { file: `.specloop/ledger/${entry.hash}.json` }, named: entry.hash }))
  return { entries, verification: verifyEntries(stored) }
}

test('the trace maps each scenario to the lines it ran and each line to its scenarios', () => {
  const run = shop()
  const model = buildReportModel({ run, trace: shopTrace(run), codeFiles: generatedFiles(run), now: NOW })
  assert.deepEqual(
    model.sources.map((source) => source.path),
    ['generated/helpers.ts', 'src/cart.js']
  )
  const cart = model.sources[1]
  const scenarios = model.features.flatMap((feature) => feature.scenarios)
  const adding = scenarios.find((scenario) => scenario.name === 'Adding one item')!
  const invoice = scenarios.find((scenario) => scenario.name === 'Invoice text')!
  assert.deepEqual(
    Object.keys(cart.hits)
      .map(Number)
      .sort((a, b) => a - b),
    [adding.index, invoice.index].sort((a, b) => a - b)
  )
  assert.deepEqual(adding.trace, [{ source: 1, lines: '4-5, 8-10, 13-14, 16', count: 8 }])
  assert.deepEqual(
    invoice.trace?.map((entry) => entry.source),
    [0, 1]
  )
  assert.equal(cart.lines?.[3], 'function createCart() {')
  assert.equal(cart.executableLines, 10)
  // 15 (the discount) and 26 ran in no scenario of this run (26 only in one the messages lack).
  assert.equal(cart.coveredLines, 8)
  assert.equal(cart.origin, 'hand-written')
  assert.equal(model.sources[0].origin, 'generated')
  assert.deepEqual(model.trace?.uncovered, [{ source: 1, lines: '15, 26', functions: ['convert'] }])
  assert.equal(model.trace?.executableLines, 11)
  assert.equal(model.trace?.coveredLines, 9)
  assert.equal(model.trace?.functions, 5)
  assert.equal(model.trace?.coveredFunctions, 4)
  assert.deepEqual(model.trace?.codeShare, { generated: 4, editedGenerated: 0, handWritten: 29 })
  const signed = scenarios.find((scenario) => scenario.name === 'Invoice signed by hand')!
  assert.deepEqual(model.trace?.hollow, [{ scenario: signed.index, reason: 'no-assertion' }])
  assert.equal(signed.hollow, 'no-assertion')
  assert.match(model.warnings.join('\n'), /1 scenario\(s\) of the trace are not in the messages/)
  assert.equal(model.run.id, 'run-with-trace')
  assert.equal(model.history[model.history.length - 1].coverage, 81.8)
})

test('lines and functions that ran while loading count as run, as in trace --uncovered and the coverage reports', () => {
  const run = shop()
  const trace = shopTrace(run)
  // convert() (lines 25-26, function 5) ran while the module loaded, before any scenario.
  trace.files[0].outside = { lines: encodeLines([25, 26]), functions: encodeLines([5]) }
  const model = buildReportModel({ run, trace, codeFiles: generatedFiles(run), now: NOW })
  const cart = model.sources[1]
  assert.equal(cart.coveredLines, 9)
  assert.equal(cart.loaded, encodeLines([25, 26]))
  assert.deepEqual(model.trace?.uncovered, [{ source: 1, lines: '15', functions: [] }])
  assert.equal(model.trace?.coveredFunctions, 5)
})

test('code no scenario ran names a step definition by its step, as trace --uncovered does, not (anonymous_N)', () => {
  const run = shop()
  const trace = shopTrace(run)
  const stepsFile = [
    "import { Given, Then } from '@cucumber/cucumber'",
    "Given('a cart', function () {})",
    "Then('the cart holds {int} books', function (count: number) {",
    '  return count',
    '})'
  ].join('\n')
  trace.files.push({
    path: 'steps/cart.steps.ts',
    role: 'step-definition',
    lineCount: 5,
    executable: encodeLines([2, 3, 4]),
    functions: [
      { name: '(anonymous_1)', line: 2, endLine: 2 },
      { name: '(anonymous_2)', line: 3, endLine: 5 }
    ],
    functionHits: { 0: encodeLines([1]) },
    hits: { 0: encodeLines([2, 3]) }
  })
  const codeFiles = new Map([...generatedFiles(run), ['steps/cart.steps.ts', stepsFile]])
  const model = buildReportModel({ run, trace, codeFiles, now: NOW })
  const steps = model.sources.find((source) => source.path === 'steps/cart.steps.ts')!
  const entry = model.trace?.uncovered.find((uncovered) => uncovered.source === steps.index)
  assert.deepEqual(entry?.functions, ['Then "the cart holds {int} books"'])
})

test('a trace file that cannot be read is shown without its text', () => {
  const run = shop()
  const model = buildReportModel({ run, trace: shopTrace(run), now: NOW })
  assert.equal(model.sources[1].lines, undefined)
  assert.equal(model.sources[1].coveredLines, 8)
})

test('provenance: generator, model and round, spec hashes checked against this run, edits by hand, ledger entries', () => {
  const run = shop()
  const codeFiles = generatedFiles(run)
  const ledger = ledgerOf([
    {
      kind: 'generate',
      generator: 'offline/synthesis',
      files: [{ path: 'generated/helpers.ts', sha256: sha256(codeFiles.get('generated/helpers.ts')!) }]
    },
    { kind: 'verify', result: { passed: 5 } }
  ])
  const model = buildReportModel({ run, codeFiles, ledger, now: NOW })
  assert.deepEqual(
    model.provenance.map((row) => row.path),
    ['generated/helpers.ts', 'generated/steps/invoice.steps.ts']
  )
  const [helpers, steps] = model.provenance
  assert.equal(helpers.generator, 'offline/synthesis')
  assert.equal(helpers.editedByHand, false)
  assert.deepEqual(
    helpers.sources.map((source) => source.state),
    ['unchanged', 'unknown']
  )
  assert.deepEqual(helpers.ledgerEntries, [1])
  assert.equal(steps.model, 'local-model')
  assert.equal(steps.round, 2)
  assert.equal(steps.editedByHand, true)
  assert.deepEqual(
    steps.sources.map((source) => source.state),
    ['changed']
  )
  assert.equal(model.ledger?.valid, true)
  assert.deepEqual(
    model.ledger?.recent.map((entry) => entry.kind),
    ['verify', 'generate']
  )
  assert.equal(model.ledger?.recent[0].result, '{"passed":5}')
})

test("a model's rule shows its verdict and why, from the latest check on the ledger", () => {
  const run = shop()
  const rule = renderWithProvenance('export function days(km: number) { return km < 1000 ? 4 : 5 }\n', {
    generator: 'openai',
    model: 'local-model',
    round: 1,
    version: '0.1.0',
    sources: [],
    rule: 'unconfirmed'
  })
  const codeFiles = new Map([['generated/src/days.ts', rule]])
  const file = { path: 'generated/src/days.ts', sha256: sha256(rule) }
  const ledger = ledgerOf([
    { kind: 'model-proposal-check', generator: 'openai', files: [file], result: { status: 'confirmed', reason: 'an earlier answer' } },
    {
      kind: 'model-proposal-check',
      generator: 'openai',
      files: [file],
      result: { status: 'ambiguous', reason: 'it and the synthesised rule answer differently' }
    }
  ])
  const model = buildReportModel({ run, codeFiles, ledger, now: NOW })
  assert.equal(model.provenance[0]!.rule, 'unconfirmed')
  assert.equal(model.provenance[0]!.ruleReason, 'ambiguous: it and the synthesised rule answer differently')
  assert.match(
    renderMarkdown(model),
    /`generated\/src\/days.ts` \(openai\): rule unconfirmed: ambiguous: it and the synthesised rule answer differently/
  )
})

test('provenance is checked against the specs as they are now, as status does: a file regenerated after the run is not stale', () => {
  const run = shop()
  const cartNow = `${run.sources.get('features/cart/cart.feature')!}\n  Scenario: Added after the run\n    Given an empty cart\n`
  const helpers = renderWithProvenance('export const rate = 1\n', {
    generator: 'offline/synthesis',
    version: '0.1.0',
    sources: [
      { path: 'features/cart/cart.feature', sha256: specHash('features/cart/cart.feature', cartNow) },
      { path: 'features/gone.feature', sha256: 'f'.repeat(64) }
    ]
  })
  const invoice = renderWithProvenance('export const steps = 2\n', {
    generator: 'offline/steps',
    version: '0.1.0',
    sources: [{ path: 'features/billing/invoice.feature', sha256: 'e'.repeat(64) }]
  })
  const specsNow = new Map([
    ['features/cart/cart.feature', cartNow],
    ['features/billing/invoice.feature', run.sources.get('features/billing/invoice.feature')!]
  ])
  const model = buildReportModel({
    run,
    now: NOW,
    currentSpec: (uri) => specsNow.get(uri),
    codeFiles: new Map([
      ['generated/helpers.ts', helpers],
      ['generated/steps/invoice.steps.ts', invoice]
    ])
  })
  const [helpersRow, invoiceRow] = model.provenance
  assert.deepEqual(
    helpersRow.sources.map((source) => source.state),
    ['unchanged', 'gone']
  )
  assert.deepEqual(
    invoiceRow.sources.map((source) => source.state),
    ['changed']
  )
  const markdown = renderMarkdown(model)
  assert.match(markdown, /, 2 generated from a spec that has changed since\.$/m)
  assert.match(markdown, /^- `generated\/helpers\.ts` \(offline\/synthesis\): `features\/gone\.feature` \(gone\)$/m)
  assert.match(markdown, /^- `generated\/steps\/invoice\.steps\.ts` \(offline\/steps\): `features\/billing\/invoice\.feature` changed$/m)
})

test('a ledger edited after the fact is reported broken where it breaks', () => {
  const ledger = ledgerOf([{ kind: 'generate' }, { kind: 'verify' }, { kind: 'approve' }])
  const edited = ledger.entries.map((entry) => ({
    entry: entry.kind === 'verify' ? { ...entry, kind: 'verified' } : entry,
    location: { file: `.specloop/ledger/${entry.hash}.json` },
    named: entry.hash
  }))
  const model = buildReportModel({ run: shop(), ledger: { entries: ledger.entries, verification: verifyEntries(edited) }, now: NOW })
  assert.equal(model.ledger?.valid, false)
  assert.equal(model.ledger?.brokenAt, `.specloop/ledger/${ledger.entries[1]!.hash}.json`)
  assert.match(
    renderMarkdown(model),
    /\*\*The audit ledger is broken\*\* at `\.specloop\/ledger\/[0-9a-f]{64}\.json`: this entry does not match its own hash/
  )
})

test('without a trace the run id comes from the stream, and history gains this run once', () => {
  const run = shop()
  const first = buildReportModel({ run, now: NOW })
  assert.equal(first.trace, undefined)
  assert.equal(first.sources.length, 0)
  assert.equal(first.run.id, run.runStarted?.id)
  assert.equal(first.run.implementation?.startsWith('cucumber-js '), true)
  assert.equal(first.run.success, false)
  const again = buildReportModel({ run, history: first.history, now: NOW })
  assert.equal(again.history.length, 1)
  assert.equal(again.history[0].scenarios.passed, 5)
  assert.deepEqual(
    first.tags.map((tag) => tag.name),
    ['@billing', '@cart', '@export', '@manual', '@pricing', '@wip']
  )
  assert.equal(first.tags.find((tag) => tag.name === '@billing')?.count, 6)
})

test('a stream without a run id gets a stable fingerprint', () => {
  const text = shopMessages
    .split('\n')
    .filter((line) => !line.startsWith('{"testRunStarted"'))
    .join('\n')
  const one = buildReportModel({ run: foldMessages(text, 'x').run!, now: NOW }).run.id
  const two = buildReportModel({ run: foldMessages(text, 'x').run!, now: NOW }).run.id
  assert.match(one, /^run-[0-9a-f]{16}$/)
  assert.equal(one, two)
})
