import fs from 'node:fs'
import path from 'node:path'
import {
  LEDGER_PATH,
  LEGACY_LEDGER_PATH,
  ledgerPathOf,
  legacyLedgerPathOf,
  sha256,
  tornLedgerDirectoryOf,
  writeFileAtomic
} from '../workspace'
import { SpecloopError, specloopError } from '../errors'
import { projectSecrets, redact } from '../redaction'
import { LedgerEntry, LedgerFault, LedgerRecord, LedgerVerification, nextEntry, orderEntries, StoredEntry, verifyEntries } from './graph'

/**
 * The audit ledger on disk: `.specloop/ledger/`, one file per entry named by its hash, so
 * branches add entries without touching each other's files and git merges them without a
 * conflict. A project may still hold the earlier linear chain (`.specloop/ledger.jsonl`): it is
 * read and verified as it is until `ledger migrate` turns its lines into files.
 */
export { LEDGER_PATH, LEGACY_LEDGER_PATH }

const ENTRY_FILE = /^([0-9a-f]{64})\.json$/

/** Everything stored, unverified: entries with where they are, and what could not be read as one. */
export interface LedgerStore {
  exists: boolean
  /** The legacy `ledger.jsonl` is present (not migrated yet). */
  legacy: boolean
  stored: StoredEntry[]
  unreadable: LedgerFault[]
}

/** The ledger read and verified: its entries in order, and the verdict. */
export interface LedgerState extends LedgerStore {
  /** Every entry, each after the entries it follows, then by time. */
  entries: LedgerEntry[]
  verification: LedgerVerification
}

const entryFileOf = (projectRoot: string, hash: string) => path.join(ledgerPathOf(projectRoot), `${hash}.json`)
const relativeFile = (name: string) => `${LEDGER_PATH}/${name}`.split(path.sep).join('/')

/** The legacy chain's lines: entries, and lines that are not (the last, without its newline, torn). */
function readLegacy(text: string): { stored: StoredEntry[]; unreadable: LedgerFault[] } {
  const stored: StoredEntry[] = []
  const unreadable: LedgerFault[] = []
  const lines = text.split('\n')
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const location = { file: LEGACY_LEDGER_PATH, line: index + 1 }
    try {
      stored.push({ entry: JSON.parse(line) as LedgerEntry, location })
    } catch {
      const torn = index === lines.length - 1
      unreadable.push({ location, reason: torn ? 'was cut off mid-write' : 'is not a JSON entry', ...(torn ? { torn } : {}) })
    }
  })
  return { stored, unreadable }
}

function readLedgerStore(projectRoot: string): LedgerStore {
  const store: LedgerStore = { exists: false, legacy: false, stored: [], unreadable: [] }
  const legacyFile = legacyLedgerPathOf(projectRoot)
  if (fs.existsSync(legacyFile)) {
    const legacy = readLegacy(fs.readFileSync(legacyFile, 'utf8'))
    Object.assign(store, { exists: true, legacy: true })
    store.stored.push(...legacy.stored)
    store.unreadable.push(...legacy.unreadable)
  }
  const directory = ledgerPathOf(projectRoot)
  if (!fs.existsSync(directory)) return store
  store.exists = true
  for (const name of fs.readdirSync(directory).sort()) {
    // A dot file is a write in progress (or a killed one's leftover): not an entry yet.
    if (name.startsWith('.')) continue
    const location = { file: relativeFile(name) }
    const named = ENTRY_FILE.exec(name)?.[1]
    if (named === undefined) {
      store.unreadable.push({ location, reason: 'is not a ledger entry (entries are files named by their hash: <sha256>.json)' })
      continue
    }
    try {
      store.stored.push({ entry: JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as LedgerEntry, location, named })
    } catch {
      store.unreadable.push({ location, reason: 'is not a JSON entry' })
    }
  }
  return store
}

export function readLedgerState(projectRoot: string): LedgerState {
  const store = readLedgerStore(projectRoot)
  const verification = verifyEntries(store.stored, store.unreadable)
  const unique = new Map<string, LedgerEntry>()
  for (const { entry } of store.stored)
    if (entry && typeof entry === 'object' && typeof entry.hash === 'string') unique.set(entry.hash, entry)
  return { ...store, entries: orderEntries([...unique.values()]), verification }
}

/**
 * The one read of the ledger for every reader: all entries, each after the entries it follows,
 * then by time; whatever the storage (files, the legacy chain, or both).
 */
export function readLedger(projectRoot: string): LedgerEntry[] {
  return readLedgerState(projectRoot).entries
}

function writeEntry(projectRoot: string, entry: LedgerEntry): void {
  writeFileAtomic(entryFileOf(projectRoot, entry.hash), `${JSON.stringify(entry, null, 2)}\n`)
}

/**
 * Appends one entry: a new file, written atomically, that follows every head of the ledger (so
 * after a merge it joins the branches). Nothing that looks like a key or token, or is one of the
 * project's secrets, is ever recorded.
 */
export function appendLedger(projectRoot: string, record: LedgerRecord, now?: Date): LedgerEntry {
  const state = readLedgerState(projectRoot)
  const byHash = new Map(state.entries.map((entry) => [entry.hash, entry]))
  const heads = state.verification.heads.map((hash) => byHash.get(hash)!)
  const entry = nextEntry(heads, JSON.parse(redact(JSON.stringify(record), projectSecrets(projectRoot))) as LedgerRecord, now)
  writeEntry(projectRoot, entry)
  return entry
}

/** A fault as the located error every command reports. */
export function ledgerFaultError(fault: LedgerFault, hint: string): SpecloopError {
  return specloopError(
    'LEDGER_BROKEN',
    fault.torn ? 'the last entry was cut off mid-write' : `this entry ${fault.reason}`,
    fault.location,
    hint
  )
}

export const TORN_HINT =
  'specloop ledger migrate moves it aside and records the repair (approve and gate --ci refuse a ledger that does not verify)'

/**
 * Whether the project's ledger still verifies, checked by every command before it appends:
 * a warning located at the first fault, or nothing when every path holds.
 */
export function ledgerProblem(projectRoot: string): SpecloopError | undefined {
  const { verification } = readLedgerState(projectRoot)
  const fault = verification.faults[0]
  if (!fault) return undefined
  return specloopError(
    'LEDGER_BROKEN',
    `the audit ledger no longer verifies: the entry here ${fault.torn ? 'was cut off mid-write' : fault.reason}`,
    fault.location,
    fault.torn
      ? TORN_HINT
      : 'new entries still follow its heads; restore the ledger from version control to keep the whole history verifiable'
  )
}

export interface LedgerMigration {
  /** Lines of the legacy chain now stored as files. */
  migrated: number
  /** The torn last line moved aside, if there was one. */
  repair?: LedgerEntry
  /** The `migrate` entry, absent when there was nothing to migrate. */
  entry?: LedgerEntry
  /** What stopped the migration: a legacy chain that does not verify is not carried over. */
  error?: SpecloopError
}

/**
 * Converts the legacy chain into entry files, keeping each entry as it is (same fields, same
 * hash: anchors in specs.lock still reach it), and records it: a `ledger-repair` entry when its
 * last line was torn (the bytes moved to `.specloop/ledger-torn/`), then a `migrate` entry. The
 * legacy file goes last, so a migration cut short leaves both, which read as one ledger.
 */
export function migrateLedger(projectRoot: string, now?: Date): LedgerMigration {
  const legacyFile = legacyLedgerPathOf(projectRoot)
  if (!fs.existsSync(legacyFile)) return { migrated: 0 }
  const text = fs.readFileSync(legacyFile, 'utf8')
  const legacy = readLegacy(text)
  const verification = verifyEntries(
    legacy.stored,
    legacy.unreadable.filter((fault) => !fault.torn)
  )
  if (!verification.valid)
    return {
      migrated: 0,
      error: ledgerFaultError(
        verification.faults[0]!,
        `restore ${LEGACY_LEDGER_PATH} from version control first: a chain that does not verify is not carried over`
      )
    }
  for (const { entry } of legacy.stored) writeEntry(projectRoot, entry)
  const torn = legacy.unreadable.find((fault) => fault.torn)
  let repair: LedgerEntry | undefined
  if (torn) {
    const fragment = text.slice(text.lastIndexOf('\n') + 1)
    const saved = path.join(tornLedgerDirectoryOf(projectRoot), `line-${torn.location.line}-${sha256(fragment).slice(0, 12)}.txt`)
    writeFileAtomic(saved, fragment)
    repair = appendLedger(
      projectRoot,
      {
        kind: 'ledger-repair',
        result: {
          tornLine: torn.location.line,
          bytes: Buffer.byteLength(fragment),
          sha256: sha256(fragment),
          movedTo: path.relative(projectRoot, saved).split(path.sep).join('/')
        }
      },
      now
    )
  }
  const head = legacy.stored.at(-1)?.entry
  const entry = appendLedger(
    projectRoot,
    {
      kind: 'migrate',
      result: { from: LEGACY_LEDGER_PATH.split(path.sep).join('/'), entries: legacy.stored.length, ...(head ? { head: head.hash } : {}) }
    },
    now
  )
  fs.rmSync(legacyFile)
  return { migrated: legacy.stored.length, ...(repair ? { repair } : {}), entry }
}
