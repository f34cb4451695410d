import { sha256 } from '../workspace'
import type { LedgerEntry } from './graph'

/**
 * What the ledger says specloop wrote: for each path, the hashes of every content it recorded
 * writing, with the inputs each was written from. A provenance header is only a claim made
 * inside the file; the ledger is the record that can be checked against it.
 */
export interface RecordedWrites {
  /** path → sha256 of each content recorded for it. */
  hashes: Map<string, Set<string>>
  /** `path\0sha256` → the inputs of the last entry that recorded that content. */
  inputsOf: Map<string, { path: string; sha256: string }[]>
}

/** The writes the ledger records, or undefined when it records none (no ledger kept: nothing to cross-check). */
export function recordedWrites(entries: readonly LedgerEntry[]): RecordedWrites | undefined {
  const hashes = new Map<string, Set<string>>()
  const inputsOf = new Map<string, { path: string; sha256: string }[]>()
  for (const entry of entries) {
    for (const file of entry.files ?? []) {
      let known = hashes.get(file.path)
      if (!known) hashes.set(file.path, (known = new Set()))
      known.add(file.sha256)
      if (entry.inputs) inputsOf.set(`${file.path}\u0000${file.sha256}`, entry.inputs)
    }
  }
  return hashes.size === 0 ? undefined : { hashes, inputsOf }
}

/**
 * Whether a generated file was edited by hand: its body no longer matches its header, or, where
 * a ledger is kept, specloop never recorded writing this content (a body hash recomputed with an
 * edit does not make it specloop's). The one judgement generate, status and the report share.
 */
export function editedByHand(
  read: { provenance?: unknown; editedByHand: boolean },
  recorded: RecordedWrites | undefined,
  path: string,
  content: string | HashedContent
): boolean {
  return read.editedByHand || (read.provenance !== undefined && recorded !== undefined && !isRecorded(recorded, path, content))
}

/** A content of which only its hash was kept (a commit's file, in the metrics' cache). */
export interface HashedContent {
  sha256: string
}

/** Whether specloop recorded writing exactly this content to this path. */
export function isRecorded(recorded: RecordedWrites, path: string, content: string | HashedContent): boolean {
  return recorded.hashes.get(path)?.has(typeof content === 'string' ? sha256(content) : content.sha256) ?? false
}

/**
 * The header's sources that disagree with the inputs the ledger recorded when it wrote this
 * content: a source it never read, or read with another hash. Empty when they agree or when the
 * ledger recorded no inputs for it.
 */
export function sourcesAgainstLedger(
  recorded: RecordedWrites,
  path: string,
  content: string,
  sources: readonly { path: string; sha256: string }[]
): string[] {
  const inputs = recorded.inputsOf.get(`${path}\u0000${sha256(content)}`)
  if (inputs === undefined) return []
  const read = new Map(inputs.map((input) => [input.path, input.sha256]))
  return sources.flatMap((source) => {
    const hash = read.get(source.path)
    if (hash === undefined) return [`${source.path} (the ledger's entry never read it)`]
    return hash === source.sha256
      ? []
      : [`${source.path} (the header says ${source.sha256.slice(0, 12)}, the ledger read ${hash.slice(0, 12)})`]
  })
}
