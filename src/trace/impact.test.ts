import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { changedBaseLines, changesSinceTrace, lineHunks, mapBaseLine, mergeTraces, parseUnifiedDiff, selectAffected } from './impact'
import { encodeLines, decodeLines } from './lines'
import type { Trace } from './format'

const DIFF = `diff --git a/src/x.ts b/src/x.ts
index 1111111..2222222 100644
--- a/src/x.ts
+++ b/src/x.ts
@@ -0,0 +1 @@
+// a comment on top
@@ -9 +10 @@
-  return 4 * size
+  return size * 4
diff --git a/features/new.feature b/features/new.feature
new file mode 100644
--- /dev/null
+++ b/features/new.feature
@@ -0,0 +1,2 @@
+Feature: new
+  Scenario: s
`

test('a unified diff gives each file its hunks', () => {
  const changes = parseUnifiedDiff(DIFF)
  assert.deepEqual(
    changes.map((change) => [change.path, change.added, change.hunks.length]),
    [
      ['src/x.ts', false, 2],
      ['features/new.feature', true, 1]
    ]
  )
  assert.deepEqual(changes[0].hunks[1], { oldStart: 9, oldCount: 1, newStart: 10, newCount: 1 })
})

test("a deleted file, a quoted path and a binary change: git's own spellings", () => {
  const diff = [
    'diff --git a/src/gone.ts b/src/gone.ts',
    'deleted file mode 100644',
    'index 1111111..0000000',
    '--- a/src/gone.ts',
    '+++ /dev/null',
    '@@ -1,2 +0,0 @@',
    '-export const a = 1',
    '-export const b = 2',
    'diff --git "a/src/t\\303\\251.ts" "b/src/t\\303\\251.ts"',
    'index 1111111..2222222 100644',
    '--- "a/src/t\\303\\251.ts"',
    '+++ "b/src/t\\303\\251.ts"',
    '@@ -3 +3 @@',
    '-old',
    '+new',
    'diff --git a/logo.png b/logo.png',
    'index 1111111..2222222 100644',
    'Binary files a/logo.png and b/logo.png differ',
    ''
  ].join('\n')
  assert.deepEqual(
    parseUnifiedDiff(diff).map((change) => [change.path, change.added, change.deleted, change.hunks]),
    [
      ['src/gone.ts', false, true, [{ oldStart: 1, oldCount: 2, newStart: 0, newCount: 0 }]],
      ['src/té.ts', false, false, [{ oldStart: 3, oldCount: 1, newStart: 3, newCount: 1 }]]
    ]
  )
})

test('changed base lines: rewritten lines, and both neighbours of an insertion', () => {
  const [change] = parseUnifiedDiff(DIFF)
  assert.deepEqual(
    [...changedBaseLines(change.hunks)].sort((a, b) => a - b),
    [0, 1, 9]
  )
})

test('base lines move by the lines inserted and removed before them', () => {
  const [change] = parseUnifiedDiff(DIFF)
  assert.equal(mapBaseLine(change.hunks, 1), 2)
  assert.equal(mapBaseLine(change.hunks, 8), 9)
  assert.equal(mapBaseLine(change.hunks, 9), undefined)
  assert.equal(mapBaseLine(change.hunks, 20), 21)
})

test('mapping through a pure insertion keeps order and skips the inserted lines', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 80 }), (after, count, line) => {
      const hunks = [{ oldStart: after, oldCount: 0, newStart: after + 1, newCount: count }]
      assert.equal(mapBaseLine(hunks, line), line <= after ? line : line + count)
    })
  )
})

function traceOf(hits: Record<string, number[]>, sha256 = 'base'): Trace {
  return {
    version: 1,
    runId: 'old',
    createdAt: '',
    scenarios: [
      { pickleId: 'a', name: 'area', uri: 'features/x.feature', line: 2, status: 'passed' },
      { pickleId: 'b', name: 'perimeter', uri: 'features/x.feature', line: 7, status: 'passed' }
    ],
    files: [
      {
        path: 'src/x.ts',
        role: 'implementation',
        lineCount: 12,
        executable: encodeLines([2, 3, 5, 9]),
        functions: [
          { name: 'area', line: 1, endLine: 6 },
          { name: 'perimeter', line: 8, endLine: 10 }
        ],
        hits: Object.fromEntries(Object.entries(hits).map(([index, lines]) => [index, encodeLines(lines)])),
        functionHits: { 0: encodeLines([1]), 1: encodeLines([2]) },
        sha256
      }
    ]
  }
}

const scenariosNow = [
  { uri: 'features/x.feature', line: 2, name: 'area' },
  { uri: 'features/x.feature', line: 7, name: 'perimeter' },
  { uri: 'features/new.feature', line: 2, name: 's' }
]

test('selection: traced lines that changed, new feature files, nothing else', () => {
  const selected = selectAffected({
    trace: traceOf({ 0: [2, 3], 1: [9] }),
    changes: parseUnifiedDiff(DIFF),
    scenarios: scenariosNow,
    currentSha256: { 'src/x.ts': 'now' },
    baseSha256: { 'src/x.ts': 'base' }
  })
  assert.deepEqual(
    selected.map((scenario) => [scenario.name, scenario.reasons]),
    [
      ['s', ['feature file changed']],
      ['perimeter', ['traced lines changed']]
    ]
  )
  assert.deepEqual(selected[1].changedLines, ['src/x.ts:9'])
})

test('selection: a file that changed since the trace was taken selects every scenario that ran it', () => {
  const selected = selectAffected({
    trace: traceOf({ 0: [2, 3], 1: [9] }, 'other'),
    changes: parseUnifiedDiff(DIFF),
    scenarios: scenariosNow.slice(0, 2),
    currentSha256: { 'src/x.ts': 'now' },
    baseSha256: { 'src/x.ts': 'base' }
  })
  assert.deepEqual(
    selected.map((scenario) => scenario.reasons[0]),
    ['file changed since the trace', 'file changed since the trace']
  )
})

test('selection: a file the trace already shows as it is now selects nothing', () => {
  const selected = selectAffected({
    trace: traceOf({ 0: [2, 3], 1: [9] }, 'now'),
    changes: parseUnifiedDiff(DIFF).slice(0, 1),
    scenarios: scenariosNow.slice(0, 2),
    currentSha256: { 'src/x.ts': 'now' },
    baseSha256: { 'src/x.ts': 'base' }
  })
  assert.deepEqual(selected, [])
})

test('selection: a scenario that did not pass in the trace runs again, though nothing changed', () => {
  const trace = traceOf({ 0: [2, 3], 1: [9] }, 'now')
  trace.scenarios[1] = { ...trace.scenarios[1], status: 'failed' }
  const selected = selectAffected({ trace, changes: [], scenarios: scenariosNow.slice(0, 2), currentSha256: {}, baseSha256: {} })
  assert.deepEqual(
    selected.map((scenario) => [scenario.name, scenario.reasons]),
    [['perimeter', ['did not pass in the trace']]]
  )
})

test('changes since the trace: traced files and feature files whose content differs now, and those gone', () => {
  const trace = {
    ...traceOf({ 0: [2, 3] }, 'traced'),
    features: { 'features/x.feature': 'f1', 'features/gone.feature': 'f2', 'features/same.feature': 'f3' }
  }
  const now = { 'src/x.ts': 'edited', 'features/x.feature': 'f1-edited', 'features/same.feature': 'f3' }
  assert.deepEqual(
    changesSinceTrace(trace, [], now).map((change) => [change.path, change.deleted]),
    [
      ['src/x.ts', false],
      ['features/x.feature', false],
      ['features/gone.feature', true]
    ]
  )
  // A file git already reports keeps git's hunks: it is not added twice.
  assert.deepEqual(
    changesSinceTrace(trace, parseUnifiedDiff(DIFF), now).map((change) => change.path),
    ['features/x.feature', 'features/gone.feature']
  )
  assert.deepEqual(changesSinceTrace(traceOf({ 0: [2] }, 'same'), [], { 'src/x.ts': 'same' }), [])
})

test('merging keeps the scenarios that did not run, with their lines moved', () => {
  const previous = traceOf({ 0: [2, 3], 1: [9] })
  const fresh: Trace = {
    ...traceOf({ 0: [10] }, 'now'),
    runId: 'new',
    scenarios: [{ pickleId: 'c', name: 'perimeter', uri: 'features/x.feature', line: 7, status: 'passed' }]
  }
  fresh.files[0].functions = [
    { name: 'area', line: 2, endLine: 7 },
    { name: 'perimeter', line: 9, endLine: 11 }
  ]
  fresh.files[0].functionHits = { 0: encodeLines([2]) }
  const merged = mergeTraces(previous, fresh, parseUnifiedDiff(DIFF), scenariosNow.slice(0, 2))
  assert.deepEqual(
    merged.scenarios.map((scenario) => [scenario.name, scenario.runId]),
    [
      ['perimeter', undefined],
      ['area', 'old']
    ]
  )
  assert.deepEqual(decodeLines(merged.files[0].hits[1]), [3, 4])
  assert.deepEqual(decodeLines(merged.files[0].functionHits![1]), [1])
})

test('hunks between two texts are numbered as git diff --unified=0 numbers them', () => {
  const before = 'a\nb\nc\nd\n'
  assert.deepEqual(lineHunks(before, 'a\nB\nc\nd\n'), [{ oldStart: 2, oldCount: 1, newStart: 2, newCount: 1 }])
  assert.deepEqual(lineHunks(before, 'a\nb\nX\nc\nd\n'), [{ oldStart: 2, oldCount: 0, newStart: 3, newCount: 1 }])
  assert.deepEqual(lineHunks(before, 'a\nc\nd\n'), [{ oldStart: 2, oldCount: 1, newStart: 1, newCount: 0 }])
  assert.deepEqual(lineHunks(before, 'X\na\nb\nc\nd\n'), [{ oldStart: 0, oldCount: 0, newStart: 1, newCount: 1 }])
  assert.deepEqual(lineHunks(before, before), [])
})

test('lines mapped through computed hunks land on the same text', () => {
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }),
      fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 12 }),
      (oldLines, newLines) => {
        const hunks = lineHunks(oldLines.map((line) => `${line}\n`).join(''), newLines.map((line) => `${line}\n`).join(''))
        oldLines.forEach((text, index) => {
          const moved = mapBaseLine(hunks, index + 1)
          if (moved !== undefined) assert.equal(newLines[moved - 1], text)
        })
      }
    )
  )
})
