import { SpecloopError, specloopError } from '../errors'
import { LEDGER_PATH } from '../workspace'
import type { LedgerEntry } from '../ledger'
import { LOCK_FILE } from './lock'
import type { SpecsLock } from './lock'

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

/**
 * What specs.lock says about the ledger, checked against the ledger: its anchor (the head at the
 * last approval or gate) must still be there with the same hash, so a chain cut at its end or
 * re-hashed from scratch is found; and every approval in the lock must be an `approve` entry, so
 * an approval typed into the lock by hand is found. `entries` is the whole ledger, oldest first.
 */
export function lockAgainstLedger(lock: SpecsLock, entries: readonly LedgerEntry[], ledgerExists: boolean): SpecloopError[] {
  const problems: SpecloopError[] = []
  const approvals = Object.entries(lock.features).flatMap(([uri, feature]) => Object.entries(feature.scenarios).map(([key, record]) => ({ uri, key, approval: record.approval, sha256: record.sha256 })))
  const anchor = lock.ledgerAnchor
  if (!anchor) {
    if (approvals.length > 0) problems.push(specloopError('LEDGER_ANCHOR', `${LOCK_FILE} holds ${plural(approvals.length, 'approval')} but no ledger anchor: a ledger cut or rewritten could not be told`, { file: LOCK_FILE }, 'restore specs.lock from version control (specloop approve writes the anchor)'))
  } else if (!ledgerExists) {
    problems.push(specloopError('LEDGER_ANCHOR', `the ledger is gone, but ${LOCK_FILE} anchors its entry #${anchor.entries} (${anchor.at})`, { file: LOCK_FILE }, `restore ${LEDGER_PATH} from version control`))
  } else {
    const index = entries.findIndex((entry) => entry.sequence === anchor.entries)
    const anchored = entries[index]
    if (!anchored) {
      problems.push(specloopError('LEDGER_ANCHOR', `the ledger ends at entry #${entries.at(-1)?.sequence ?? 0}, but ${LOCK_FILE} anchors entry #${anchor.entries} (${anchor.at}): entries were cut from its end`,
        { file: LEDGER_PATH, ...(entries.length > 0 ? { line: entries.length } : {}) }, `restore ${LEDGER_PATH} from version control`))
    } else if (anchored.hash !== anchor.hash) {
      problems.push(specloopError('LEDGER_ANCHOR', `entry #${anchor.entries} is not the one ${LOCK_FILE} anchored at ${anchor.at}: the ledger up to here was rewritten`, { file: LEDGER_PATH, line: index + 1 },
        `restore ${LEDGER_PATH} from version control; compare with the anchor in the history of specs.lock`))
    }
  }
  if (ledgerExists || anchor) {
    // Who, when, the ticket and (entries that record it) the hash approved: a lock edited in any of them is not on the ledger.
    const recorded = new Map<string, { sha256?: string; ticket?: string }>()
    for (const entry of entries) {
      if (entry.kind !== 'approve' || !entry.result) continue
      const result = entry.result as { by?: string; at?: string; ticket?: string; scenarios?: { uri: string; scenario: string; sha256?: string }[] }
      for (const scenario of result.scenarios ?? []) recorded.set(JSON.stringify([scenario.uri, scenario.scenario, result.by, result.at]), { sha256: scenario.sha256, ticket: result.ticket })
    }
    for (const { uri, key, approval, sha256 } of approvals) {
      const onLedger = recorded.get(JSON.stringify([uri, key, approval.by, approval.at]))
      if (onLedger && (onLedger.sha256 === undefined || onLedger.sha256 === sha256) && onLedger.ticket === approval.ticket) continue
      problems.push(specloopError('LOCK_NOT_ON_LEDGER', `the approval of "${key}" by ${approval.by} (${approval.at}) is in ${LOCK_FILE} but on no ledger entry: it was not made by specloop approve`, { file: uri },
        `approve it again: specloop approve ${uri}`))
    }
  }
  return problems
}
