import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { appendLedger, ledgerProblem, LEDGER_PATH, nextEntry, verifyLedger, LedgerEntry } from './ledger'

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

function projectWithLedger(content: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-ledger-'))
  fs.mkdirSync(path.join(root, '.specloop'))
  fs.writeFileSync(path.join(root, LEDGER_PATH), content)
  return root
}

test('a torn last entry is moved aside, the repair is recorded, and the chain goes on verifying', () => {
  const whole = text(ledgerOf(3))
  const torn = JSON.stringify(ledgerOf(4)[3]).slice(0, 40)
  const root = projectWithLedger(whole + torn)
  try {
    assert.equal(ledgerProblem(root), undefined, 'a torn tail is not a broken chain')
    const appended = appendLedger(root, { kind: 'generate' })
    const after = fs.readFileSync(path.join(root, LEDGER_PATH), 'utf8')
    const entries = after.trim().split('\n').map((line) => JSON.parse(line) as LedgerEntry)
    assert.deepEqual(entries.map((entry) => entry.kind), ['generate', 'generate', 'generate', 'ledger-repair', 'generate'])
    assert.deepEqual(entries.map((entry) => entry.sequence), [1, 2, 3, 4, 5])
    assert.equal(appended.sequence, 5)
    assert.deepEqual(verifyLedger(after), { valid: true, entries: 5 })
    const repair = entries[3].result as { tornLine: number; movedTo: string; bytes: number }
    assert.equal(repair.tornLine, 4)
    assert.equal(repair.bytes, 40)
    assert.equal(fs.readFileSync(path.join(root, repair.movedTo), 'utf8'), torn)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})

test('a ledger edited in the middle is reported at its line before the next append', () => {
  const entries = ledgerOf(3)
  const root = projectWithLedger(text(entries.map((entry, index) => (index === 1 ? { ...entry, kind: 'approve' } : entry))))
  try {
    const problem = ledgerProblem(root)
    assert.equal(problem?.code, 'LEDGER_BROKEN')
    assert.equal(problem?.line, 2)
    assert.equal(appendLedger(root, { kind: 'generate' }).sequence, 4, 'the sequence never restarts')
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
})
