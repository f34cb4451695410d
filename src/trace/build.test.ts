import { test } from 'node:test'
import assert from 'node:assert/strict'
import { buildTrace, markHollow } from './build'
import { coverageDataFromTrace } from './coverage-report'
import { decodeLines } from './lines'
import { sourceRole } from './roles'
import type { TracedSource } from './build'

const position = (line: number) => ({ line, column: 0 })
const source: TracedSource = {
  path: 'src/x.ts',
  absolutePath: '/p/src/x.ts',
  role: 'implementation',
  sha256: 'abc',
  lineCount: 10,
  alwaysTraced: true,
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
  ...source,
  path: 'steps/x.ts',
  absolutePath: '/p/steps/x.ts',
  role: 'step-definition',
  alwaysTraced: false,
  maps: { statementMap: { 0: { start: position(4), end: position(4) } }, fnMap: {}, branchMap: {} }
}

function build() {
  return markHollow(
    buildTrace({
      runId: 'r',
      createdAt: 't',
      scenarios: [
        { pickleId: 'p1', name: 'circle', uri: 'f.feature', line: 2, status: 'passed' },
        { pickleId: 'p2', name: 'steps only', uri: 'f.feature', line: 6, status: 'passed' },
        { pickleId: 'p3', name: 'no check', uri: 'f.feature', line: 9, status: 'passed' },
        { pickleId: 'p4', name: 'failing', uri: 'f.feature', line: 12, status: 'failed' }
      ],
      coverage: [
        { pickleId: 'p1', files: { '/p/src/x.ts': { s: { 0: 1, 1: 1 }, f: { 0: 1 }, b: { 0: [1, 0] } } }, outcomeAssertions: 1 },
        { pickleId: 'p2', files: { '/p/steps/x.ts': { s: { 0: 2 } } }, outcomeAssertions: 1 },
        { pickleId: 'p3', files: { '/p/src/x.ts': { s: { 0: 1, 2: 1 }, f: { 0: 1 }, b: { 0: [0, 1] } } }, outcomeAssertions: 0 },
        { pickleId: 'p4', files: {}, outcomeAssertions: 0 }
      ],
      outside: [{ '/p/steps/x.ts': { s: { 0: 1 } } }],
      sources: [source, steps]
    })
  )
}

test('statements become line bitmaps per scenario; functions and branch arms too', () => {
  const trace = build()
  const file = trace.files.find((candidate) => candidate.path === 'src/x.ts')!
  assert.deepEqual(decodeLines(file.hits[0]), [2, 3])
  assert.deepEqual(decodeLines(file.hits[2]), [2, 5])
  assert.deepEqual(decodeLines(file.branchHits![0]), [1])
  assert.deepEqual(decodeLines(file.branchHits![2]), [2])
  assert.deepEqual(decodeLines(file.executable), [2, 3, 5])
  assert.deepEqual(decodeLines(trace.files[1].outside!.lines), [4])
})

test('hollow: only step code ran, or the Then steps asserted nothing; failing scenarios are not hollow', () => {
  assert.deepEqual(
    build().scenarios.map((scenario) => scenario.hollow),
    [undefined, 'no-implementation', 'no-assertion', undefined]
  )
})

test('whole-run coverage counts the scenarios that ran each statement, function and arm', () => {
  const data = coverageDataFromTrace(build(), [source, steps]) as Record<
    string,
    { s: Record<string, number>; f: Record<string, number>; b: Record<string, number[]> }
  >
  assert.deepEqual(data['/p/src/x.ts'].s, { 0: 2, 1: 1, 2: 1 })
  assert.deepEqual(data['/p/src/x.ts'].f, { 0: 2 })
  assert.deepEqual(data['/p/src/x.ts'].b, { 0: [1, 1] })
  assert.deepEqual(data['/p/steps/x.ts'].s, { 0: 2 })
})

test('roles: step definitions, support and implementation', () => {
  const support = new Set(['steps/a.steps.ts', 'lib/hooks.ts'])
  assert.equal(sourceRole('steps/a.steps.ts', support), 'step-definition')
  assert.equal(sourceRole('generated/steps/b.ts', support), 'step-definition')
  assert.equal(sourceRole('steps/support/world.ts', support), 'support')
  assert.equal(sourceRole('generated/support/hooks.ts', support), 'support')
  assert.equal(sourceRole('lib/hooks.ts', support), 'step-definition')
  assert.equal(sourceRole('generated/src/tax.ts', support), 'implementation')
})
