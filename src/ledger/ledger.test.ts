import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sha256 } from '../workspace'
import { appendLedger, ledgerProblem, migrateLedger, readLedger, readLedgerState } from './ledger'
import { GENESIS, hashOfEntry, LedgerEntry, orderEntries, verifyEntries } from './graph'

const minute = (index: number) => new Date(Date.UTC(2026, 0, 1, 0, index))

function project(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-ledger-'))
}

function withProject(body: (root: string) => void): void {
  const root = project()
  try {
    body(root)
  } finally {
    fs.rmSync(root, { recursive: true, force: true })
  }
}

const entryFile = (root: string, entry: LedgerEntry) => path.join(root, '.specloop', 'ledger', `${entry.hash}.json`)

/** The legacy chain as specloop wrote it: one line per entry, each hashing the one before. */
function legacyChain(count: number): LedgerEntry[] {
  const entries: LedgerEntry[] = []
  for (let index = 0; index < count; index++) {
    const withoutHash = {
      sequence: index + 1,
      time: minute(index).toISOString(),
      kind: 'generate',
      files: [{ path: `f${index}`, sha256: 'x' }],
      previousHash: entries.at(-1)?.hash ?? GENESIS
    }
    entries.push({ ...withoutHash, hash: hashOfEntry(withoutHash) })
  }
  return entries
}
const legacyText = (entries: LedgerEntry[]) => entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n'
const legacyStored = (entries: LedgerEntry[]) =>
  entries.map((entry, index) => ({ entry, location: { file: '.specloop/ledger.jsonl', line: index + 1 } }))

test('appended entries are files named by their hash, each following the last, and verify', () => {
  withProject((root) => {
    const first = appendLedger(root, { kind: 'generate' }, minute(0))
    const second = appendLedger(root, { kind: 'approve' }, minute(1))
    assert.deepEqual(first.parents, [])
    assert.deepEqual(second.parents, [first.hash])
    assert.equal(second.sequence, 2)
    assert.equal(JSON.parse(fs.readFileSync(entryFile(root, second), 'utf8')).hash, second.hash)
    const state = readLedgerState(root)
    assert.deepEqual(state.verification, { valid: true, entries: 2, heads: [second.hash], faults: [] })
    assert.deepEqual(
      readLedger(root).map((entry) => entry.kind),
      ['generate', 'approve']
    )
  })
})

test('two branches that each append merge by their files: two heads, and the next entry joins them', () => {
  withProject((root) => {
    const base = appendLedger(root, { kind: 'generate' }, minute(0))
    const other = project()
    try {
      fs.cpSync(path.join(root, '.specloop'), path.join(other, '.specloop'), { recursive: true })
      const left = appendLedger(root, { kind: 'generate', generator: 'left' }, minute(2))
      const right = appendLedger(other, { kind: 'approve' }, minute(1))
      // What git does with files added on two branches: both are there after the merge.
      fs.copyFileSync(entryFile(other, right), entryFile(root, right))
      const merged = readLedgerState(root)
      assert.equal(merged.verification.valid, true)
      assert.deepEqual(merged.verification.heads, [left.hash, right.hash].sort())
      assert.deepEqual(
        merged.entries.map((entry) => entry.hash),
        [base.hash, right.hash, left.hash],
        'after its parents, then by time'
      )
      const join = appendLedger(root, { kind: 'generate' }, minute(3))
      assert.deepEqual(join.parents, [left.hash, right.hash].sort())
      assert.equal(join.sequence, 3)
      assert.deepEqual(readLedgerState(root).verification.heads, [join.hash])
    } finally {
      fs.rmSync(other, { recursive: true, force: true })
    }
  })
})

test('an edited entry, a removed one and one re-hashed under a new name are each located', () => {
  withProject((root) => {
    const entries = [0, 1, 2].map((index) => appendLedger(root, { kind: 'generate', result: { index } }, minute(index)))
    const middle = entryFile(root, entries[1]!)
    const original = fs.readFileSync(middle, 'utf8')
    fs.writeFileSync(middle, original.replace('"index": 1', '"index": 7'))
    assert.deepEqual(readLedgerState(root).verification.faults, [
      { location: { file: `.specloop/ledger/${entries[1]!.hash}.json` }, reason: 'does not match its own hash (it was edited)' }
    ])
    const problem = ledgerProblem(root)
    assert.equal(problem?.code, 'LEDGER_BROKEN')
    assert.equal(problem?.file, `.specloop/ledger/${entries[1]!.hash}.json`)

    // Edited and re-hashed, under its new name: the entry after it no longer finds its parent.
    const { hash: _hash, ...rest } = JSON.parse(original.replace('"index": 1', '"index": 7')) as LedgerEntry
    const rehashed = { ...rest, hash: hashOfEntry(rest) }
    fs.rmSync(middle)
    fs.writeFileSync(entryFile(root, rehashed), JSON.stringify(rehashed))
    const faults = readLedgerState(root).verification.faults
    assert.equal(faults.length, 1)
    assert.equal(faults[0]!.location.file, `.specloop/ledger/${entries[2]!.hash}.json`)
    assert.match(faults[0]!.reason, new RegExp(`follows entry ${entries[1]!.hash.slice(0, 12)}, which is not in the ledger`))

    fs.rmSync(entryFile(root, rehashed))
    assert.match(readLedgerState(root).verification.faults[0]!.reason, /which is not in the ledger \(an entry was removed/)
  })
})

test('a file renamed to another hash, or that is not an entry, is reported', () => {
  withProject((root) => {
    const entry = appendLedger(root, { kind: 'generate' }, minute(0))
    const renamed = path.join(root, '.specloop', 'ledger', `${'a'.repeat(64)}.json`)
    fs.renameSync(entryFile(root, entry), renamed)
    fs.writeFileSync(path.join(root, '.specloop', 'ledger', 'notes.txt'), 'hello')
    fs.writeFileSync(path.join(root, '.specloop', 'ledger', `.${entry.hash}.json.123.abcd.tmp`), 'a write in progress is not an entry yet')
    const reasons = readLedgerState(root).verification.faults.map((fault) => `${path.basename(fault.location.file)}: ${fault.reason}`)
    assert.deepEqual(reasons, [
      `${'a'.repeat(64)}.json: is stored under another hash than its own (${entry.hash.slice(0, 12)}): it was renamed, or re-hashed by hand`,
      'notes.txt: is not a ledger entry (entries are files named by their hash: <sha256>.json)'
    ])
  })
})

test('the legacy chain: editing, removing or reordering a line is detected at that line', () => {
  const entries = legacyChain(4)
  assert.equal(verifyEntries(legacyStored(entries)).valid, true)
  const lineOf = (list: LedgerEntry[]) => verifyEntries(legacyStored(list)).faults[0]?.location.line
  assert.equal(lineOf(entries.map((entry, index) => (index === 2 ? { ...entry, kind: 'approve' } : entry))), 3)
  assert.equal(lineOf([entries[0]!, entries[2]!, entries[3]!]), 2)
  assert.equal(lineOf([entries[1]!, entries[0]!]), 1)
})

test('the order: topological, then by time, whatever order they are stored in', () => {
  const root = { sequence: 1, time: minute(5).toISOString(), kind: 'a', parents: [] as string[] }
  const a = { ...root, hash: hashOfEntry(root) }
  const laterChild = { sequence: 2, time: minute(1).toISOString(), kind: 'b', parents: [a.hash] }
  const b = { ...laterChild, hash: hashOfEntry(laterChild) }
  // A clock that went back does not put a child before its parent.
  assert.deepEqual(
    orderEntries([b, a]).map((entry) => entry.kind),
    ['a', 'b']
  )
})

test('a legacy ledger is read as it is, and new entries follow its last one', () => {
  withProject((root) => {
    const legacy = legacyChain(3)
    fs.mkdirSync(path.join(root, '.specloop'))
    fs.writeFileSync(path.join(root, '.specloop', 'ledger.jsonl'), legacyText(legacy))
    assert.deepEqual(readLedgerState(root).verification.heads, [legacy[2]!.hash])
    const next = appendLedger(root, { kind: 'generate' }, minute(9))
    assert.deepEqual(next.parents, [legacy[2]!.hash])
    assert.equal(next.sequence, 4)
    assert.equal(readLedgerState(root).verification.valid, true)
  })
})

test('migrate: every legacy entry kept with its hash, a torn tail moved aside, both recorded', () => {
  withProject((root) => {
    const legacy = legacyChain(3)
    const torn = JSON.stringify(legacyChain(4)[3]).slice(0, 40)
    fs.mkdirSync(path.join(root, '.specloop'))
    fs.writeFileSync(path.join(root, '.specloop', 'ledger.jsonl'), legacyText(legacy) + torn)
    assert.equal(readLedgerState(root).verification.faults[0]?.torn, true)
    const migration = migrateLedger(root, minute(10))
    assert.equal(migration.migrated, 3)
    assert.equal(fs.existsSync(path.join(root, '.specloop', 'ledger.jsonl')), false)
    const state = readLedgerState(root)
    assert.equal(state.verification.valid, true)
    assert.deepEqual(
      state.entries.map((entry) => entry.kind),
      ['generate', 'generate', 'generate', 'ledger-repair', 'migrate']
    )
    assert.deepEqual(
      state.entries.slice(0, 3).map((entry) => entry.hash),
      legacy.map((entry) => entry.hash),
      'anchors to legacy entries still reach them'
    )
    const repair = migration.repair!.result as { tornLine: number; movedTo: string; bytes: number; sha256: string }
    assert.deepEqual([repair.tornLine, repair.bytes, repair.sha256], [4, 40, sha256(torn)])
    assert.equal(fs.readFileSync(path.join(root, repair.movedTo), 'utf8'), torn)
    assert.deepEqual(migration.entry!.result, { from: '.specloop/ledger.jsonl', entries: 3, head: legacy[2]!.hash })
    assert.deepEqual(migrateLedger(root), { migrated: 0 }, 'nothing left to migrate')
  })
})

test('migrate refuses a legacy chain that does not verify, and writes nothing', () => {
  withProject((root) => {
    const legacy = legacyChain(3).map((entry, index) => (index === 1 ? { ...entry, kind: 'approve' } : entry))
    fs.mkdirSync(path.join(root, '.specloop'))
    fs.writeFileSync(path.join(root, '.specloop', 'ledger.jsonl'), legacyText(legacy))
    const migration = migrateLedger(root)
    assert.equal(migration.error?.code, 'LEDGER_BROKEN')
    assert.equal(migration.error?.line, 2)
    assert.equal(fs.existsSync(path.join(root, '.specloop', 'ledger')), false)
  })
})
