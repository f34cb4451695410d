import { test } from 'node:test'
import assert from 'node:assert/strict'
import { sha256 } from '../workspace'
import type { LedgerEntry } from './graph'
import { isRecorded, recordedWrites, sourcesAgainstLedger } from './recorded'

const entry = (files: { path: string; content: string }[], inputs?: { path: string; sha256: string }[]): LedgerEntry => ({
  sequence: 1,
  time: '2026-12-02T00:00:00Z',
  kind: 'generate',
  ...(inputs ? { inputs } : {}),
  files: files.map((file) => ({ path: file.path, sha256: sha256(file.content) })),
  previousHash: '0',
  hash: '1'
})

test("a content the ledger recorded is specloop's; the same path with another content is not", () => {
  const recorded = recordedWrites([
    entry([{ path: 'generated/src/a.ts', content: 'one' }]),
    entry([{ path: 'generated/src/a.ts', content: 'two' }])
  ])!
  assert.equal(isRecorded(recorded, 'generated/src/a.ts', 'one'), true)
  assert.equal(isRecorded(recorded, 'generated/src/a.ts', 'two'), true)
  assert.equal(isRecorded(recorded, 'generated/src/a.ts', 'two, edited'), false)
  assert.equal(isRecorded(recorded, 'generated/src/b.ts', 'one'), false)
})

test('no entry records a file: nothing to cross-check', () => {
  assert.equal(recordedWrites([]), undefined)
  assert.equal(recordedWrites([{ ...entry([]), files: undefined }]), undefined)
})

test("a header's sources are checked against what the recording entry read", () => {
  const recorded = recordedWrites([
    entry([{ path: 'generated/src/a.ts', content: 'code' }], [{ path: 'features/a.feature', sha256: 'aaaaaaaaaaaa1' }])
  ])!
  assert.deepEqual(
    sourcesAgainstLedger(recorded, 'generated/src/a.ts', 'code', [{ path: 'features/a.feature', sha256: 'aaaaaaaaaaaa1' }]),
    []
  )
  assert.match(
    sourcesAgainstLedger(recorded, 'generated/src/a.ts', 'code', [{ path: 'features/a.feature', sha256: 'bbbbbbbbbbbb' }])[0]!,
    /the ledger read aaaaaaaaaaaa/
  )
  assert.match(
    sourcesAgainstLedger(recorded, 'generated/src/a.ts', 'code', [{ path: 'features/b.feature', sha256: 'c' }])[0]!,
    /never read it/
  )
})
