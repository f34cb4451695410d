import { SpecloopError, specloopError } from '../errors'
import { LEDGER_PATH } from '../workspace'
import type { EntryLocation, LedgerEntry, StoredEntry } from '../ledger'
import { LOCK_FILE } from './lock'
import type { SpecsLock } from './lock'
import { plural } from '../text'

/** One anchor in specs.lock: an entry the ledger must still have, with the same hash. */
interface Anchor {
  hash: string
  at: string
  /** What recorded it, for the message: "the approval of …", "the last CI gate". */
  what: string
  /** Finds the entry that took its place when the ledger was re-hashed. */
  replacedBy: (entry: LedgerEntry) => boolean
  /** Where a lost anchor is reported when no entry took its place. */
  location: EntryLocation
}

/**
 * What specs.lock says about the ledger, checked against the ledger. Each approval names the
 * entry that recorded it, and the last CI gate its own (older locks: one anchor for the head at
 * the last approval): each must still be there with the same hash, so a ledger cut, or rewritten
 * and re-hashed from an edit on, is found; and every approval in the lock must be an `approve`
 * entry, so an approval typed into the lock by hand is found. Anchors sit beside what they
 * anchor, so approvals made on two branches merge as their features do.
 */
export function lockAgainstLedger(
  lock: SpecsLock,
  stored: readonly StoredEntry[],
  ledgerExists: boolean
): { problems: SpecloopError[]; anchors: number } {
  const problems: SpecloopError[] = []
  const approvals = Object.entries(lock.features).flatMap(([uri, feature]) =>
    Object.entries(feature.scenarios).map(([key, record]) => ({ uri, key, approval: record.approval, sha256: record.sha256 }))
  )
  const anchors = anchorsOf(lock, approvals)
  const unanchored = approvals.filter(({ approval }) => approval.entry === undefined)
  if (unanchored.length > 0 && !lock.ledgerAnchor) {
    problems.push(
      specloopError(
        'LEDGER_ANCHOR',
        `${LOCK_FILE} holds ${plural(unanchored.length, 'approval')} that name no ledger entry, and no ledger anchor: a ` +
          `ledger cut or rewritten could not be told`,
        { file: LOCK_FILE },
        'restore specs.lock from version control (specloop approve records the entry of each approval)'
      )
    )
  }
  if (!ledgerExists) {
    if (anchors.length > 0)
      problems.push(
        specloopError(
          'LEDGER_ANCHOR',
          `the ledger is gone, but ${LOCK_FILE} anchors ${plural(anchors.length, 'entry')} of it (${anchors[0]!.what}, ${anchors[0]!.at})`,
          { file: LOCK_FILE },
          `restore ${LEDGER_PATH} from version control`
        )
      )
  } else {
    problems.push(...lostAnchors(anchors, stored))
  }
  if (ledgerExists || anchors.length > 0)
    problems.push(
      ...approvalsNotOnLedger(
        approvals,
        stored.map((item) => item.entry)
      )
    )
  return { problems, anchors: anchors.length }
}

function anchorsOf(
  lock: SpecsLock,
  approvals: { uri: string; key: string; approval: { by: string; at: string; entry?: string } }[]
): Anchor[] {
  const anchors = new Map<string, Anchor>()
  for (const { uri, key, approval } of approvals) {
    if (approval.entry === undefined || anchors.has(approval.entry)) continue
    const replacedBy = (entry: LedgerEntry) =>
      entry.kind === 'approve' &&
      (entry.result as { by?: string; at?: string } | undefined)?.by === approval.by &&
      (entry.result as { at?: string }).at === approval.at
    anchors.set(approval.entry, {
      hash: approval.entry,
      at: approval.at,
      what: `the approval of "${key}" in ${uri} by ${approval.by}`,
      replacedBy,
      location: { file: LOCK_FILE }
    })
  }
  const anchor = lock.ledgerAnchor
  if (anchor && !anchors.has(anchor.hash)) {
    anchors.set(anchor.hash, {
      hash: anchor.hash,
      at: anchor.at,
      what: `entry #${anchor.entries}, the ledger's head then`,
      replacedBy: (entry) => entry.sequence === anchor.entries && entry.time === anchor.at,
      location: { file: LOCK_FILE }
    })
  }
  return [...anchors.values()]
}

/** Anchors the ledger no longer has: located at the entry re-hashed in its place, else where the anchor is. */
function lostAnchors(anchors: Anchor[], stored: readonly StoredEntry[]): SpecloopError[] {
  const hashes = new Set(stored.map((item) => item.entry?.hash))
  return anchors
    .filter((anchor) => !hashes.has(anchor.hash))
    .map((anchor) => {
      const replacement = stored.find((item) => item.entry && anchor.replacedBy(item.entry))
      if (replacement) {
        return specloopError(
          'LEDGER_ANCHOR',
          `this entry took the place of ${anchor.hash.slice(0, 12)}, which ${LOCK_FILE} anchors (${anchor.what}, ${anchor.at}): ` +
            'the ledger up to here was rewritten and re-hashed',
          replacement.location,
          `restore ${LEDGER_PATH} from version control; compare with the anchors in the history of ${LOCK_FILE}`
        )
      }
      return specloopError(
        'LEDGER_ANCHOR',
        `${LOCK_FILE} anchors ledger entry ${anchor.hash.slice(0, 12)} (${anchor.what}, ${anchor.at}), which the ledger ` +
          `no longer has: entries were removed or re-hashed`,
        anchor.location,
        `restore ${LEDGER_PATH} from version control`
      )
    })
}

/** Who, when, the ticket and (entries that record it) the hash approved: a lock edited in any of them is not on the ledger. */
function approvalsNotOnLedger(
  approvals: { uri: string; key: string; approval: { by: string; at: string; ticket?: string }; sha256: string }[],
  entries: readonly LedgerEntry[]
): SpecloopError[] {
  const recorded = new Map<string, { sha256?: string; ticket?: string }>()
  for (const entry of entries) {
    if (entry?.kind !== 'approve' || !entry.result) continue
    const result = entry.result as {
      by?: string
      at?: string
      ticket?: string
      scenarios?: { uri: string; scenario: string; sha256?: string }[]
    }
    for (const scenario of result.scenarios ?? [])
      recorded.set(JSON.stringify([scenario.uri, scenario.scenario, result.by, result.at]), {
        sha256: scenario.sha256,
        ticket: result.ticket
      })
  }
  return approvals.flatMap(({ uri, key, approval, sha256 }) => {
    const onLedger = recorded.get(JSON.stringify([uri, key, approval.by, approval.at]))
    if (onLedger && (onLedger.sha256 === undefined || onLedger.sha256 === sha256) && onLedger.ticket === approval.ticket) return []
    return [
      specloopError(
        'LOCK_NOT_ON_LEDGER',
        `the approval of "${key}" by ${approval.by} (${approval.at}) is in ${LOCK_FILE} but on no ledger entry: it was not made by specloop approve`,
        { file: uri },
        `approve it again: specloop approve ${uri}`
      )
    ]
  })
}
