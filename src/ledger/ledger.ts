import fs from 'node:fs'
import path from 'node:path'
import { sha256 } from '../workspace'
import { redact } from '../redaction'

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

export const LEDGER_PATH = path.join('.specloop', 'ledger.jsonl')
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
  if (invalidLines.length > 0) return { valid: false, entries: entries.length, brokenAtLine: invalidLines[0], reason: 'not a JSON entry' }
  let previousHash = GENESIS
  for (const [index, entry] of entries.entries()) {
    const { hash, ...rest } = entry
    if (entry.previousHash !== previousHash) return { valid: false, entries: entries.length, brokenAtLine: index + 1, reason: 'does not follow the entry before it (an entry was removed, reordered or edited)' }
    if (hashOf(rest) !== hash) return { valid: false, entries: entries.length, brokenAtLine: index + 1, reason: 'its content does not match its hash (edited)' }
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
  const file = path.join(projectRoot, LEDGER_PATH)
  if (!fs.existsSync(file)) return []
  return parseLedger(fs.readFileSync(file, 'utf8')).entries
}

function lastEntryOf(file: string): LedgerEntry | undefined {
  if (!fs.existsSync(file)) return undefined
  const text = fs.readFileSync(file, 'utf8').trimEnd()
  const lastLine = text.slice(text.lastIndexOf('\n') + 1)
  if (!lastLine) return undefined
  try {
    return JSON.parse(lastLine)
  } catch {
    return undefined
  }
}

/** Appends one entry (a single write of one line, so a crash cannot leave half an entry mid-file). */
export function appendLedger(projectRoot: string, record: LedgerRecord, now?: Date): LedgerEntry {
  const file = path.join(projectRoot, LEDGER_PATH)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  // Nothing that looks like a key or token is ever recorded.
  const entry = nextEntry(lastEntryOf(file), JSON.parse(redact(JSON.stringify(record))) as LedgerRecord, now)
  fs.appendFileSync(file, `${JSON.stringify(entry)}\n`)
  return entry
}
