import { sha256 } from '../workspace'

/**
 * The audit ledger as a graph, like git's history: each entry names the entries it follows (its
 * parents) by their hashes, and its own hash covers them. Branches that each add entries merge
 * into one ledger with two heads; the next entry follows both. Pure: entries in, verdicts out.
 */
export interface LedgerEntry {
  /** The entry's height: 1 for a root, else one more than its highest parent (two branches may share a number). */
  sequence: number
  time: string
  /** What happened: "generate", "model-round", "approve", "gate", "migrate", ... */
  kind: string
  generator?: string
  /** Inputs (specs) with their hashes. */
  inputs?: { path: string; sha256: string }[]
  /** Files written with their hashes. */
  files?: { path: string; sha256: string }[]
  result?: Record<string, unknown>
  /** The hashes of the entries it follows: the ledger's heads when it was written. */
  parents?: string[]
  /** An entry of the legacy linear chain (`ledger.jsonl`): the hash of the line before it. */
  previousHash?: string
  hash: string
}

export type LedgerRecord = Omit<LedgerEntry, 'sequence' | 'time' | 'parents' | 'previousHash' | 'hash'> & { time?: string }

/** Where an entry is kept: its file, and its line in the legacy ledger. */
export interface EntryLocation {
  file: string
  line?: number
}

export interface StoredEntry {
  entry: LedgerEntry
  location: EntryLocation
  /** The hash its file is named by (entries stored one per file). */
  named?: string
}

export interface LedgerFault {
  location: EntryLocation
  /** Completes "this entry …". */
  reason: string
  /** The last line of the legacy ledger, cut off mid-write. */
  torn?: boolean
}

export interface LedgerVerification {
  valid: boolean
  entries: number
  /** Entries no other entry follows: one for a linear history, more after a merge until the next entry. */
  heads: string[]
  /** Every fault found, the first one first. */
  faults: LedgerFault[]
}

/** The parent of a legacy chain's first entry. */
export const GENESIS = '0'.repeat(64)

export function hashOfEntry(entry: Omit<LedgerEntry, 'hash'>): string {
  return entry.parents ? sha256(JSON.stringify(entry)) : sha256(`${entry.previousHash}\n${JSON.stringify(entry)}`)
}

function parentsOf(entry: LedgerEntry): string[] {
  if (entry.parents) return entry.parents
  return entry.previousHash === undefined || entry.previousHash === GENESIS ? [] : [entry.previousHash]
}

/** Pure: the entry that follows `parents` (the heads of the ledger; none for the first). */
export function nextEntry(parents: readonly LedgerEntry[], record: LedgerRecord, now: Date = new Date()): LedgerEntry {
  const { time, ...fields } = record
  const withoutHash: Omit<LedgerEntry, 'hash'> = {
    sequence: 1 + Math.max(0, ...parents.map((parent) => parent.sequence)),
    time: time ?? now.toISOString(),
    ...fields,
    parents: parents.map((parent) => parent.hash).sort()
  }
  return { ...withoutHash, hash: hashOfEntry(withoutHash) }
}

const isEntryShaped = (value: unknown): value is LedgerEntry => {
  const entry = value as Partial<LedgerEntry> | null
  return (
    typeof entry === 'object' &&
    entry !== null &&
    !Array.isArray(entry) &&
    typeof entry.hash === 'string' &&
    typeof entry.kind === 'string' &&
    typeof entry.time === 'string' &&
    typeof entry.sequence === 'number' &&
    (Array.isArray(entry.parents) ? entry.parents.every((parent) => typeof parent === 'string') : typeof entry.previousHash === 'string')
  )
}

/** Why one entry, on its own, cannot be trusted; undefined when it holds. */
function faultOf(stored: StoredEntry): string | undefined {
  const { entry } = stored
  if (!isEntryShaped(entry)) return 'is not a ledger entry (it needs sequence, time, kind, parents and hash)'
  const { hash, ...rest } = entry
  if (hashOfEntry(rest) !== hash) return 'does not match its own hash (it was edited)'
  if (stored.named !== undefined && stored.named !== hash)
    return `is stored under another hash than its own (${hash.slice(0, 12)}): it was renamed, or re-hashed by hand`
  return undefined
}

/**
 * Checks every path from the roots: each entry matches its hash (and its file's name), each
 * parent it names is in the ledger, and its number follows its parents'. A legacy chain must
 * also keep its line order. Several roots and several heads are fine: they are branches.
 */
export function verifyEntries(stored: readonly StoredEntry[], unreadable: readonly LedgerFault[] = []): LedgerVerification {
  const faults: LedgerFault[] = [...unreadable]
  const byHash = new Map<string, LedgerEntry>()
  const whole: StoredEntry[] = []
  for (const item of stored) {
    const fault = faultOf(item)
    if (fault) faults.push({ location: item.location, reason: fault })
    else whole.push(item)
    if (isEntryShaped(item.entry)) byHash.set(item.entry.hash, item.entry)
  }
  let previousLegacy = GENESIS
  for (const { entry, location } of whole) {
    if (location.line !== undefined) {
      // The legacy file is one chain, line after line: its order is part of what was hashed.
      if (entry.previousHash !== previousLegacy)
        faults.push({ location, reason: 'does not follow the entry before it (an entry was removed, reordered or edited)' })
      previousLegacy = entry.hash
      continue
    }
    const parents = parentsOf(entry)
    const missing = parents.find((parent) => !byHash.has(parent))
    if (missing !== undefined) {
      faults.push({
        location,
        reason: `follows entry ${missing.slice(0, 12)}, which is not in the ledger (an entry was removed, or re-hashed)`
      })
      continue
    }
    const expected = 1 + Math.max(0, ...parents.map((parent) => byHash.get(parent)!.sequence))
    if (entry.sequence !== expected)
      faults.push({ location, reason: `is numbered #${entry.sequence}, but follows entries that make it #${expected}` })
  }
  const followed = new Set([...byHash.values()].flatMap(parentsOf))
  const heads = [...byHash.keys()].filter((hash) => !followed.has(hash)).sort()
  return { valid: faults.length === 0, entries: byHash.size, heads, faults: orderFaults(faults) }
}

/** Faults in the order a reader meets them: legacy lines first, by line, then files by name. */
function orderFaults(faults: LedgerFault[]): LedgerFault[] {
  return [...faults].sort(
    (a, b) =>
      (a.location.line === undefined ? 1 : 0) - (b.location.line === undefined ? 1 : 0) ||
      (a.location.line ?? 0) - (b.location.line ?? 0) ||
      a.location.file.localeCompare(b.location.file)
  )
}

/**
 * The history in order: every entry after the entries it follows (topologically), and among
 * those ready at once, the earlier first (then by hash, so the order never depends on storage).
 */
export function orderEntries(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const byHash = new Map(entries.map((entry) => [entry.hash, entry]))
  const waitingOn = new Map<string, number>()
  const children = new Map<string, LedgerEntry[]>()
  for (const entry of byHash.values()) {
    const present = parentsOf(entry).filter((parent) => byHash.has(parent))
    waitingOn.set(entry.hash, present.length)
    for (const parent of present) children.set(parent, [...(children.get(parent) ?? []), entry])
  }
  const earlier = (a: LedgerEntry, b: LedgerEntry) =>
    a.time.localeCompare(b.time) || a.sequence - b.sequence || a.hash.localeCompare(b.hash)
  const ready = [...byHash.values()].filter((entry) => waitingOn.get(entry.hash) === 0)
  const ordered: LedgerEntry[] = []
  while (ready.length > 0) {
    ready.sort(earlier)
    const next = ready.shift()!
    ordered.push(next)
    for (const child of children.get(next.hash) ?? []) {
      const left = waitingOn.get(child.hash)! - 1
      waitingOn.set(child.hash, left)
      if (left === 0) ready.push(child)
    }
  }
  return ordered
}
