import { test } from 'node:test'
import assert from 'node:assert/strict'
import { nextEntry } from '../ledger'
import type { LedgerEntry, LedgerRecord } from '../ledger'
import { renderWithProvenance, sha256 } from '../workspace'
import { computeMetrics, writtenContentOf } from './compute'
import type { MetricsInput } from './compute'

function ledgerOf(records: LedgerRecord[]): LedgerEntry[] {
  const entries: LedgerEntry[] = []
  for (const record of records) entries.push(nextEntry(entries.slice(-1), record))
  return entries
}

const spec = (hash: string) => [{ path: 'features/prizes.feature', sha256: hash }]
const base: MetricsInput = { runs: [], generated: [], handWrittenLines: 'unknown', now: new Date('2026-12-03T00:00:00Z') }

test('loops, regenerations, questions and tokens come from the ledger; a loop starts at the generation before its first round', () => {
  const ledger = ledgerOf([
    {
      time: '2026-12-01T10:00:00Z',
      kind: 'generate',
      inputs: spec('a'),
      files: [{ path: 'generated/src/checkPrize.ts', sha256: 'x' }],
      result: {
        round: 1,
        implementations: [{ operation: 'checkPrize', status: 'ambiguous', distinguishingExamples: [{ output: 'prize' }] }]
      }
    },
    { time: '2026-12-01T10:00:08Z', kind: 'offline-round', result: { round: 1, green: true, compiles: true } },
    {
      time: '2026-12-02T09:00:00Z',
      kind: 'generate',
      inputs: spec('b'),
      files: [{ path: 'generated/src/checkPrize.ts', sha256: 'y' }],
      result: { round: 1, implementations: [{ operation: 'checkPrize', status: 'synthesised' }] }
    },
    { time: '2026-12-02T09:00:05Z', kind: 'offline-round', result: { round: 1, green: false, compiles: true } },
    { time: '2026-12-02T09:00:15Z', kind: 'generate', inputs: spec('b'), files: [], result: { round: 2, implementations: [] } },
    { time: '2026-12-02T09:00:20Z', kind: 'offline-round', result: { round: 2, green: true, compiles: true } },
    {
      time: '2026-12-02T09:01:00Z',
      kind: 'model-round',
      generator: 'openai',
      result: { round: 1, tokens: { input: 100, output: 20 }, score: { compiles: true, passed: 2, total: 3 } }
    },
    {
      time: '2026-12-02T09:02:00Z',
      kind: 'model-round',
      generator: 'replay',
      result: { round: 1, tokens: { input: 999, output: 999 }, score: { compiles: true, passed: 3, total: 3 } }
    }
  ])
  const metrics = computeMetrics({ ...base, ledger })
  assert.deepEqual(metrics.regenerations, { count: 1, specs: ['features/prizes.feature'] })
  assert.deepEqual(metrics.questions, { asked: 1, answered: 1, open: [] })
  assert.deepEqual(metrics.loops, { count: 4, green: 3, rounds: 5, medianRoundsToGreen: 1, medianSecondsToGreen: 8 })
  assert.deepEqual(metrics.tokens, { input: 100, output: 20 }, 'a replayed cassette spends no tokens')
  assert.equal(metrics.commits, 'unknown')
  assert.equal(metrics.escapes, 'unknown')
  const since = computeMetrics({ ...base, ledger, since: { time: Date.parse('2026-12-02T00:00:00Z'), label: '2026-12-02' } })
  assert.deepEqual(since.questions, { asked: 0, answered: 0, open: [] }, 'the question was asked before the window')
  assert.equal(since.regenerations !== 'unknown' && since.regenerations.count, 1, 'the spec changed since the generation before the window')
  assert.deepEqual(
    since.days.map((day) => day.day),
    ['2026-12-02']
  )
})

test("time to green is the loop's own clock when its rounds record it, as generate's summary reports it", () => {
  // The generation is recorded after synthesis: the entries' times miss the loop's first 16 seconds.
  const ledger = ledgerOf([
    { time: '2026-12-01T10:00:16Z', kind: 'generate', inputs: spec('a'), files: [], result: { round: 1, implementations: [] } },
    { time: '2026-12-01T10:00:21Z', kind: 'offline-round', result: { round: 1, green: true, compiles: true, loopElapsedMs: 21_400 } }
  ])
  const metrics = computeMetrics({ ...base, ledger })
  assert.deepEqual(metrics.loops, { count: 1, green: 1, rounds: 1, medianRoundsToGreen: 1, medianSecondsToGreen: 21 })
})

test("commits: specloop's content, a person's edit of it, and a person's own file; rework per generated line", () => {
  const written = renderWithProvenance('export const a = 1\nexport const b = 2\n', {
    generator: 'offline/steps',
    version: '0',
    sources: []
  })
  const edited = `${written}// mine\n`
  const ledger = ledgerOf([{ kind: 'generate', files: [{ path: 'generated/a.ts', sha256: sha256(written) }] }])
  const metrics = computeMetrics({
    ...base,
    ledger,
    commits: [
      {
        hash: '1',
        time: '2026-12-01T10:00:00Z',
        files: [
          { path: 'generated/a.ts', added: 5, deleted: 0, written: writtenContentOf(written) },
          { path: 'src/b.ts', added: 7, deleted: 0, written: writtenContentOf('x\n') }
        ]
      },
      {
        hash: '2',
        time: '2026-12-02T10:00:00Z',
        files: [{ path: 'generated/a.ts', added: 1, deleted: 0, written: writtenContentOf(edited) }]
      }
    ],
    generated: [{ path: 'generated/a.ts', lines: 3, edited: true }],
    handWrittenLines: 7
  })
  assert.deepEqual(metrics.commits, {
    generatedLines: 5,
    handWrittenLines: 7,
    handEditedLines: 1,
    handEditedFiles: ['generated/a.ts'],
    reworkRate: 0.2
  })
  assert.deepEqual(metrics.lines, { generated: 0, editedGenerated: 3, handWritten: 7, generatedShare: 0 })
})

test('red after green: a scenario failing in a run after passing in the run before, over the runs kept', () => {
  const scenario = (status: string) => [{ uri: 'features/a.feature', name: 'one', line: 2, status }]
  const metrics = computeMetrics({
    ...base,
    runs: [
      { runId: 'r3', createdAt: '2026-12-01T12:00:00Z', scenarios: scenario('passed') },
      { runId: 'r1', createdAt: '2026-12-01T10:00:00Z', scenarios: scenario('failed') },
      { runId: 'r2', createdAt: '2026-12-01T11:00:00Z', scenarios: scenario('passed') },
      { runId: 'r4', createdAt: '2026-12-01T13:00:00Z', scenarios: scenario('failed') }
    ]
  })
  assert.deepEqual(metrics.escapes, { count: 1, runsCompared: 4, scenarios: [{ uri: 'features/a.feature', name: 'one', runId: 'r4' }] })
  assert.equal(metrics.regenerations, 'unknown', 'no ledger: unknown, not 0')
})

test('questions over several generations: a story’s unconfirmed rule asks too, and what the latest still asks is open', () => {
  const generation = (time: string, implementations: Record<string, unknown>[]): LedgerRecord => ({
    time,
    kind: 'generate',
    inputs: spec(time),
    files: [],
    result: { round: 1, implementations }
  })
  const refused = 'the examples do not decide when "a {float} EUR coin is inserted" is refused: add a scenario at its edge'
  const shown =
    'the examples do not decide what "the meter shows {int} minutes" says in states they never showed: add a scenario at its edge'
  const ledger = ledgerOf([
    generation('2026-12-01T10:00:00Z', [
      { operation: 'ParkingMeter', status: 'ambiguous', question: refused },
      { operation: 'signsUp', status: 'ambiguous', distinguishingExamples: [{ output: 'username' }] }
    ]),
    // The same questions again (the loop's next round): not asked twice.
    generation('2026-12-01T10:00:05Z', [
      { operation: 'ParkingMeter', status: 'ambiguous', question: refused },
      { operation: 'signsUp', status: 'ambiguous', distinguishingExamples: [{ output: 'username' }] }
    ]),
    generation('2026-12-02T10:00:00Z', [
      { operation: 'ParkingMeter', status: 'ambiguous', question: shown },
      { operation: 'signsUp', status: 'synthesised' },
      { operation: 'calculateShippingFee', status: 'no-rule' }
    ])
  ])
  const metrics = computeMetrics({ ...base, ledger })
  assert.deepEqual(metrics.questions, { asked: 3, answered: 2, open: [`ParkingMeter: ${shown}`] })
  assert.deepEqual(
    metrics.days.map((day) => [day.day, day.questionsAsked, day.questionsAnswered]),
    [
      ['2026-12-01', 2, 0],
      ['2026-12-02', 1, 2]
    ]
  )
  // A ledger written before questions were recorded: an unconfirmed rule still counts, once per operation.
  const older = ledgerOf([generation('2026-12-01T10:00:00Z', [{ operation: 'ParkingMeter', status: 'ambiguous' }])])
  assert.deepEqual(computeMetrics({ ...base, ledger: older }).questions, { asked: 1, answered: 0, open: ['ParkingMeter: unconfirmed'] })
})
