import fs from 'node:fs'
import path from 'node:path'
import { LEDGER_PATH, ledgerPathOf, sha256, tornLedgerDirectoryOf, writeFileAtomic } from '../workspace'
import { SpecloopError, specloopError } from '../errors'
import { projectSecrets, redact } from '../redaction'

/**
 * The audit ledger: an append-only JSON-lines file (`.specloop/ledger.jsonl`). Each entry
 * carries the hash of the one before it, so removing or editing an entry breaks the chain
 * from that point, and `verifyLedger` says where.
 */
export interface LedgerEntry {
  sequence: number
  time: string
  /** What happened: "generate", "model-round", "verify", "approve", ... */
  kind: string
  generator?: string
  /** Inputs (specs) with their hashes. */
  inputs?: { path: string; sha256: string }[]
  /** Files written with their hashes. */
  files?: { path: string; sha256: string }[]
  result?: Record<string, unknown>
  previousHash: string
  hash: string
}

export type LedgerRecord = Omit<LedgerEntry, 'sequence' | 'time' | 'previousHash' | 'hash'> & { time?: string }

export { LEDGER_PATH }
const GENESIS = '0'.repeat(64)

function hashOf(entry: Omit<LedgerEntry, 'hash'>): string {
  return sha256(`${entry.previousHash}\n${JSON.stringify(entry)}`)
}

/** Parses ledger text; lines that are not JSON become verification failures, not exceptions. */
export function parseLedger(text: string): { entries: LedgerEntry[]; invalidLines: number[] } {
  const entries: LedgerEntry[] = []
  const invalidLines: number[] = []
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    try {
      entries.push(JSON.parse(line))
    } catch {
      invalidLines.push(index + 1)
    }
  })
  return { entries, invalidLines }
}

export interface LedgerVerification {
  valid: boolean
  entries: number
  /** 1-based line of the first entry that breaks the chain. */
  brokenAtLine?: number
  reason?: string
}

export function verifyLedger(text: string): LedgerVerification {
  const { entries, invalidLines } = parseLedger(text)
  if (invalidLines.length > 0) return { valid: false, entries: entries.length, brokenAtLine: invalidLines[0], reason: 'is not a JSON entry' }
  let previousHash = GENESIS
  for (const [index, entry] of entries.entries()) {
    const { hash, ...rest } = entry
    if (entry.previousHash !== previousHash) return { valid: false, entries: entries.length, brokenAtLine: index + 1, reason: 'does not follow the entry before it (an entry was removed, reordered or edited)' }
    if (hashOf(rest) !== hash) return { valid: false, entries: entries.length, brokenAtLine: index + 1, reason: 'does not match its own hash (it was edited)' }
    previousHash = hash
  }
  return { valid: true, entries: entries.length }
}

/** Pure: the next entry of a ledger whose last entry is `last`. */
export function nextEntry(last: LedgerEntry | undefined, record: LedgerRecord, now: Date = new Date()): LedgerEntry {
  const { time, ...fields } = record
  const withoutHash: Omit<LedgerEntry, 'hash'> = {
    sequence: (last?.sequence ?? 0) + 1,
    time: time ?? now.toISOString(),
    ...fields,
    previousHash: last?.hash ?? GENESIS
  }
  return { ...withoutHash, hash: hashOf(withoutHash) }
}

export function readLedger(projectRoot: string): LedgerEntry[] {
  const file = ledgerPathOf(projectRoot)
  if (!fs.existsSync(file)) return []
  return parseLedger(fs.readFileSync(file, 'utf8')).entries
}

/**
 * A last line without its newline is an entry torn by a crash mid-write. Appending after it
 * would glue the next entry onto it and restart the sequence, so the torn bytes are moved
 * aside (`.specloop/ledger-torn/`) and the repair is itself recorded as the next entry.
 */
function repairTornTail(file: string, now?: Date): LedgerEntry | undefined {
  const text = fs.readFileSync(file, 'utf8')
  if (text === '' || text.endsWith('\n')) return undefined
  const cut = text.lastIndexOf('\n') + 1
  const fragment = text.slice(cut)
  let complete: LedgerEntry | undefined
  try {
    const parsed = JSON.parse(fragment) as LedgerEntry
    if (parsed && typeof parsed === 'object' && typeof parsed.hash === 'string') complete = parsed
  } catch {
    // Torn: handled below.
  }
  if (complete) {
    // Only the newline was lost: the entry is whole.
    fs.appendFileSync(file, '\n')
    return undefined
  }
  const line = text.slice(0, cut).split('\n').length
  const tornDirectory = tornLedgerDirectoryOf(file)
  fs.mkdirSync(tornDirectory, { recursive: true })
  const saved = path.join(tornDirectory, `line-${line}-${sha256(fragment).slice(0, 12)}.txt`)
  fs.writeFileSync(saved, fragment)
  writeFileAtomic(file, text.slice(0, cut))
  const entry = nextEntry(lastEntryOf(text.slice(0, cut)), {
    kind: 'ledger-repair',
    result: { tornLine: line, bytes: Buffer.byteLength(fragment), sha256: sha256(fragment), movedTo: path.relative(path.dirname(path.dirname(file)), saved) }
  }, now)
  fs.appendFileSync(file, `${JSON.stringify(entry)}\n`)
  return entry
}

function lastEntryOf(text: string): LedgerEntry | undefined {
  const lines = text.trimEnd().split('\n')
  // The chain continues from the last entry that parses, so one bad line cannot restart it at 1.
  for (let index = lines.length - 1; index >= 0; index--) {
    try {
      const entry = JSON.parse(lines[index]) as LedgerEntry
      if (entry && typeof entry === 'object' && typeof entry.hash === 'string') return entry
    } catch {
      // Not an entry: look further up.
    }
  }
  return undefined
}

/**
 * Appends one entry (a single write of one line, so a crash cannot leave half an entry mid-file).
 * A torn tail is repaired first, and the repair recorded.
 */
export function appendLedger(projectRoot: string, record: LedgerRecord, now?: Date): LedgerEntry {
  const file = ledgerPathOf(projectRoot)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  if (fs.existsSync(file)) repairTornTail(file, now)
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : ''
  // Nothing that looks like a key or token, or is one of the project's secrets, is ever recorded.
  const entry = nextEntry(lastEntryOf(text), JSON.parse(redact(JSON.stringify(record), projectSecrets(projectRoot))) as LedgerRecord, now)
  fs.appendFileSync(file, `${JSON.stringify(entry)}\n`)
  return entry
}

/**
 * Whether the project's ledger still verifies, checked by every command before it appends:
 * a warning (located at the first line that breaks the chain), or nothing when it holds.
 */
export function ledgerProblem(projectRoot: string): SpecloopError | undefined {
  const file = ledgerPathOf(projectRoot)
  if (!fs.existsSync(file)) return undefined
  const text = fs.readFileSync(file, 'utf8')
  // A torn tail is repaired (and recorded) by the next append: not a broken chain.
  const whole = text.endsWith('\n') || text === '' ? text : text.slice(0, text.lastIndexOf('\n') + 1)
  const verification = verifyLedger(whole)
  if (verification.valid) return undefined
  return specloopError('LEDGER_BROKEN', `the audit ledger no longer verifies: the entry here ${verification.reason}`, { file: LEDGER_PATH, line: verification.brokenAtLine },
    'new entries are still chained after the last one; restore the ledger from version control to keep the whole history verifiable')
}
