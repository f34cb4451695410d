import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildTrace, markHollow } from './build'
import type { BuildTraceInput, TracedSource } from './build'
import { sourcesFromCoverage } from './coverage-report'
import type { Trace } from './format'
import { inShardOrder, mergeRefusals, mergeRunTraces, missingShards } from './merge-runs'
import type { RunToMerge } from './merge-runs'

const position = (line: number) => ({ line, column: 0 })
const implementation: TracedSource = {
  path: 'src/x.ts',
  absolutePath: '/ci/a/src/x.ts',
  role: 'implementation',
  sha256: 'abc',
  lineCount: 10,
  alwaysTraced: false,
  maps: {
    statementMap: {
      0: { start: position(2), end: position(2) },
      1: { start: position(3), end: position(3) },
      2: { start: position(5), end: position(5) }
    },
    fnMap: { 0: { name: 'area', decl: { start: position(1) }, loc: { start: position(1), end: position(6) }, line: 1 } },
    branchMap: { 0: { type: 'if', line: 2, loc: { start: position(2) }, locations: [{}, {}] } }
  }
}
const steps: TracedSource = {
  ...implementation,
  path: 'steps/x.ts',
  absolutePath: '/ci/a/steps/x.ts',
  role: 'step-definition',
  sha256: 'def',
  maps: {
    statementMap: { 0: { start: position(4), end: position(4) }, 1: { start: position(7), end: position(7) } },
    fnMap: {},
    branchMap: {}
  }
}

const SCENARIOS: BuildTraceInput['scenarios'] = [
  { pickleId: 'p1', name: 'circle', uri: 'f.feature', line: 2, status: 'passed' },
  { pickleId: 'p2', name: 'steps only', uri: 'f.feature', line: 6, status: 'passed' },
  { pickleId: 'p3', name: 'no check', uri: 'f.feature', line: 9, status: 'passed' },
  { pickleId: 'p4', name: 'failing', uri: 'f.feature', line: 12, status: 'failed' },
  { pickleId: 'p5', name: 'square', uri: 'g.feature', line: 3, status: 'passed' }
]
const COVERAGE: BuildTraceInput['coverage'] = [
  { pickleId: 'p1', files: { ['/ci/a/src/x.ts']: { s: { 0: 1, 1: 1 }, f: { 0: 1 }, b: { 0: [1, 0] } } }, outcomeAssertions: 1 },
  { pickleId: 'p2', files: { ['/ci/a/steps/x.ts']: { s: { 0: 2 } } }, outcomeAssertions: 1 },
  { pickleId: 'p3', files: { ['/ci/a/src/x.ts']: { s: { 0: 1, 2: 1 }, f: { 0: 1 }, b: { 0: [0, 1] } } }, outcomeAssertions: 0 },
  { pickleId: 'p4', files: {}, outcomeAssertions: 0 },
  { pickleId: 'p5', files: { ['/ci/a/src/x.ts']: { s: { 0: 1, 2: 1 } }, ['/ci/a/steps/x.ts']: { s: { 1: 1 } } }, outcomeAssertions: 2 }
]

/** The trace one run of these scenarios writes; ids are the run's own (`<prefix>p1`), as cucumber's differ per run. */
function runOf(prefix: string, pickles: string[], shard?: { index: number; total: number }): Trace {
  const rename = (id: string) => `${prefix}${id}`
  const trace = markHollow(
    buildTrace({
      runId: `run-${prefix}`,
      createdAt: 't',
      scenarios: SCENARIOS.filter((scenario) => pickles.includes(scenario.pickleId)).map((scenario) => ({
        ...scenario,
        pickleId: rename(scenario.pickleId)
      })),
      coverage: COVERAGE.filter((coverage) => pickles.includes(coverage.pickleId)).map((coverage) => ({
        ...coverage,
        pickleId: rename(coverage.pickleId)
      })),
      // Every run loads the step definitions: the same lines run outside any scenario.
      outside: [{ ['/ci/a/steps/x.ts']: { s: { 0: 1 } } }],
      sources: [implementation, steps]
    })
  )
  trace.features = { 'f.feature': 'f1', 'g.feature': 'g1' }
  return shard ? { ...trace, shard } : trace
}

const ALL = ['p1', 'p2', 'p3', 'p4', 'p5']
/** cucumber's sharding: the i-th of every n pickles. */
const shardOf = (index: number, total: number) => ALL.filter((_, position) => position % total === index - 1)

function mergeShards(total: number): Trace {
  const runs: RunToMerge[] = Array.from({ length: total }, (_, position) => ({
    label: `run${position + 1}`,
    trace: runOf(`s${position + 1}-`, shardOf(position + 1, total), { index: position + 1, total })
  }))
  // The merged messages name each scenario by the first run's id for it: here, the id without its prefix.
  const pickleIds = runs.map(
    (run) => new Map(run.trace.scenarios.map((scenario) => [scenario.pickleId, scenario.pickleId.replace(/^s\d+-/, '')]))
  )
  assert.deepEqual(mergeRefusals(runs), [])
  return mergeRunTraces({ runId: 'merged', createdAt: 't2', runs: [...runs].reverse(), pickleIds: [...pickleIds].reverse(), order: ALL })
}

test('merged shards: the same trace as one run of the whole suite (scenarios, lines, functions, arms, outside, hollow)', () => {
  const single = runOf('', ALL)
  for (const total of [2, 3, 5]) {
    const merged = mergeShards(total)
    const { runId, createdAt, mergedFrom, ...rest } = merged
    assert.equal(runId, 'merged')
    assert.equal(createdAt, 't2')
    assert.deepEqual(
      mergedFrom!.map((run) => run.shard?.index).sort(),
      Array.from({ length: total }, (_, index) => index + 1)
    )
    const { runId: _runId, createdAt: _createdAt, ...expected } = single
    assert.deepEqual(JSON.parse(JSON.stringify(rest)), JSON.parse(JSON.stringify(expected)), `${total} shards`)
  }
})

test('merge refusals: different spec versions or code, the same shard twice, splits that differ, a scenario run twice', () => {
  const first = { label: 'a', trace: runOf('a', shardOf(1, 2), { index: 1, total: 2 }) }
  const second = { label: 'b', trace: runOf('b', shardOf(2, 2), { index: 2, total: 2 }) }
  assert.deepEqual(mergeRefusals([first, second]), [])
  const otherSpec = { label: 'b', trace: { ...second.trace, features: { 'f.feature': 'f2', 'g.feature': 'g1' } } }
  const [specError] = mergeRefusals([first, otherSpec])
  assert.equal(specError.code, 'MERGE_MISMATCH')
  assert.match(specError.message, /b and a are runs of different projects or spec versions: f\.feature differs/)
  const otherProject = { label: 'b', trace: { ...second.trace, features: { 'h.feature': 'h1' } } }
  assert.match(mergeRefusals([first, otherProject])[0].message, /only a has f\.feature/)
  const otherCode = { label: 'b', trace: { ...second.trace, files: second.trace.files.map((file) => ({ ...file, sha256: 'changed' })) } }
  assert.match(mergeRefusals([first, otherCode])[0].message, /ran different versions of steps\/x\.ts/)
  const twice = { label: 'c', trace: runOf('c', [], { index: 1, total: 2 }) }
  assert.deepEqual(
    mergeRefusals([first, second, twice]).map((error) => [error.code, error.message]),
    [['MERGE_DUPLICATE_SHARD', 'c and a are both shard 1/2']]
  )
  const otherSplit = { label: 'c', trace: runOf('c', [], { index: 3, total: 3 }) }
  assert.deepEqual(
    mergeRefusals([first, otherSplit]).map((error) => error.code),
    ['MERGE_MISMATCH']
  )
  const overlapping = { label: 'c', trace: runOf('c', ['p1']) }
  const [overlap] = mergeRefusals([first, overlapping])
  assert.equal(overlap.code, 'MERGE_OVERLAP')
  assert.match(overlap.message, /c and a both ran f\.feature:2 "circle"/)
})

test('shards not given, and the order runs are merged in', () => {
  const runs = [3, 1].map((index) => ({ label: `r${index}`, trace: runOf(`r${index}`, [], { index, total: 4 }) }))
  assert.deepEqual(missingShards(runs), [2, 4])
  assert.deepEqual(missingShards([{ label: 'x', trace: runOf('x', ALL) }]), [])
  const unsharded = { label: 'u', trace: runOf('u', []) }
  assert.deepEqual(
    inShardOrder([unsharded, ...runs]).map((run) => run.label),
    ['r1', 'r3', 'u']
  )
})

test("coverage maps of another machine's run are found by the folder its files lie in, and placed in this project", () => {
  const trace = runOf('', ALL)
  const coverage = {
    '/ci/a/src/x.ts': { ...implementation.maps, path: '/ci/a/src/x.ts' },
    '/ci/a/steps/x.ts': { ...steps.maps, path: '/ci/a/steps/x.ts' },
    // Another file whose path ends the same way is not taken for it.
    '/ci/a/vendor/src/x.ts': { statementMap: {}, fnMap: {}, branchMap: {} }
  }
  const sources = sourcesFromCoverage(trace, coverage, '/here')
  assert.deepEqual(
    sources.map((source) => [source.path, source.absolutePath, Object.keys(source.maps.statementMap).length]),
    [
      ['src/x.ts', '/here/src/x.ts', 3],
      ['steps/x.ts', '/here/steps/x.ts', 2]
    ]
  )
  assert.deepEqual(sourcesFromCoverage(trace, {}, '/here'), [])
})
