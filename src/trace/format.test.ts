import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { formatRanges } from './format'
import { decodeLines, encodeLines } from './lines'
import { linesForScenario, scenariosForLine, uncoveredLines } from './query'
import type { Trace } from './format'

test('line bitmaps round-trip', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 5000 })), (lines) => {
      assert.deepEqual(
        decodeLines(encodeLines(lines)),
        [...lines].sort((a, b) => a - b)
      )
    })
  )
})

test('ranges read the way people write them', () => {
  assert.equal(formatRanges([9, 1, 2, 3, 7, 10]), '1-3, 7, 9-10')
})

test('queries answer which scenario ran which line', () => {
  const trace: Trace = {
    version: 1,
    runId: 'r',
    createdAt: '',
    scenarios: [
      { pickleId: 'a', name: 'small', uri: 'f.feature', line: 3, status: 'passed' },
      { pickleId: 'b', name: 'large', uri: 'f.feature', line: 7, status: 'failed' }
    ],
    files: [
      {
        path: 'src/x.ts',
        role: 'implementation',
        lineCount: 10,
        executable: encodeLines([1, 2, 3, 4, 5]),
        functions: [{ name: 'unused', line: 5, endLine: 5 }],
        hits: { 0: encodeLines([1, 2]), 1: encodeLines([1, 3]) }
      }
    ]
  }
  assert.deepEqual(
    scenariosForLine(trace, 'src/x.ts', 3).map((s) => s.name),
    ['large']
  )
  assert.deepEqual(
    scenariosForLine(trace, 'src/x.ts', 1).map((s) => s.name),
    ['small', 'large']
  )
  assert.deepEqual(linesForScenario(trace, 0), [{ path: 'src/x.ts', role: 'implementation', lines: [1, 2] }])
  assert.deepEqual(uncoveredLines(trace), [{ path: 'src/x.ts', lines: [4, 5], functions: ['unused'] }])
})

test('uncovered: lines run while loading count as run; a function is run when it was called', () => {
  const trace: Trace = {
    version: 1,
    runId: 'r',
    createdAt: '',
    scenarios: [{ pickleId: 'a', name: 'one', uri: 'f.feature', line: 3, status: 'passed' }],
    files: [
      {
        path: 'src/y.ts',
        role: 'implementation',
        lineCount: 12,
        executable: encodeLines([1, 3, 4, 9]),
        functions: [
          { name: 'called', line: 2, endLine: 5 },
          { name: 'never', line: 8, endLine: 10 }
        ],
        hits: { 0: encodeLines([3, 4]) },
        functionHits: { 0: encodeLines([1]) },
        outside: { lines: encodeLines([1]) }
      }
    ]
  }
  assert.deepEqual(uncoveredLines(trace), [{ path: 'src/y.ts', lines: [9], functions: ['never'] }])
})
