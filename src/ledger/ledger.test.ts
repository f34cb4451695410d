import { test } from 'node:test'
import assert from 'node:assert/strict'
import { nextEntry, verifyLedger, LedgerEntry } from './ledger'

function ledgerOf(count: number): LedgerEntry[] {
  const entries: LedgerEntry[] = []
  for (let index = 0; index < count; index++) {
    entries.push(nextEntry(entries[entries.length - 1], { kind: 'generate', files: [{ path: `f${index}`, sha256: 'x' }] }, new Date(Date.UTC(2026, 0, 1, 0, index))))
  }
  return entries
}
const text = (entries: LedgerEntry[]) => entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n'

test('an untouched ledger verifies', () => {
  assert.deepEqual(verifyLedger(text(ledgerOf(4))), { valid: true, entries: 4 })
})

test('editing, removing or reordering an entry is detected at that line', () => {
  const entries = ledgerOf(4)
  const edited = entries.map((entry, index) => (index === 2 ? { ...entry, kind: 'approve' } : entry))
  assert.equal(verifyLedger(text(edited)).brokenAtLine, 3)
  assert.equal(verifyLedger(text([entries[0], entries[2], entries[3]])).brokenAtLine, 2)
  assert.equal(verifyLedger(text([entries[1], entries[0]])).brokenAtLine, 1)
  assert.equal(verifyLedger(text(entries) + 'garbage\n').valid, false)
})
