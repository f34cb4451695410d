import path from 'node:path'
import { exitCodeOf, ExitCode, SpecloopError, specloopError } from '../errors'
import { ledgerFaultError, LEDGER_PATH, LEGACY_LEDGER_PATH, migrateLedger, readLedger, readLedgerState, TORN_HINT } from '../ledger'
import type { LedgerEntry, LedgerState } from '../ledger'
import { lockAgainstLedger } from '../governance'
import { readLockFile } from './governance'
import { plural } from '../text'

export interface LedgerOptions {
  cwd: string
}

export interface LedgerVerifyResult {
  /** Project-relative path of the ledger (its directory). */
  ledger: string
  exists: boolean
  entries: number
  /** Entries no other follows: more than one after a merge, until the next entry joins them. */
  heads: number
  /** The earlier linear chain is still there (`specloop ledger migrate` converts it). */
  legacy: boolean
  valid: boolean
  /** How many anchors in specs.lock (approvals and the last CI gate) the ledger reaches. */
  anchored?: number
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

/**
 * `specloop ledger verify`: every path from the roots holds (each entry matches its hash, each
 * entry it follows is there) and reaches every anchor specs.lock records. The first fault is
 * located, with why (edited, removed, re-hashed, cut).
 */
export function verifyProjectLedger(options: LedgerOptions): LedgerVerifyResult {
  const cwd = path.resolve(options.cwd)
  const result: LedgerVerifyResult = {
    ledger: LEDGER_PATH,
    exists: false,
    entries: 0,
    heads: 0,
    legacy: false,
    valid: true,
    errors: [],
    warnings: [],
    exitCode: 0
  }
  const fail = (error: SpecloopError, couldNotRun = false) => {
    result.valid = false
    result.errors.push(error)
    result.exitCode = exitCodeOf({ couldNotRun, problems: true })
    return result
  }
  const lock = readLockFile(cwd)
  // The lock anchors the ledger: a lock that cannot be read cannot say whether the ledger was cut.
  if (lock.error) return fail(lock.error, true)
  let state: LedgerState
  try {
    state = readLedgerState(cwd)
  } catch (thrown) {
    return fail(specloopError('FILE_UNREADABLE', `cannot read the ledger: ${(thrown as Error).message}`, { file: LEDGER_PATH }), true)
  }
  Object.assign(result, {
    exists: state.exists,
    legacy: state.legacy,
    entries: state.verification.entries,
    heads: state.verification.heads.length
  })
  if (state.legacy)
    result.warnings.push(
      specloopError(
        'LEDGER_LEGACY',
        "the ledger's earlier, linear form: it verifies, but branches that both append to it conflict when merged",
        { file: LEGACY_LEDGER_PATH },
        `specloop ledger migrate converts it, keeping every entry and its hash, and records the migration; then commit ${LEDGER_PATH}/`
      )
    )
  const fault = state.verification.faults[0]
  if (fault) {
    return fail(
      ledgerFaultError(
        fault,
        fault.torn ? TORN_HINT : `restore ${fault.location.file} from version control; entries that follow this one cannot be trusted`
      )
    )
  }
  const anchors = lockAgainstLedger(lock.lock, state.stored, state.exists)
  for (const problem of anchors.problems) fail(problem)
  if (result.valid && anchors.anchors > 0) result.anchored = anchors.anchors
  return result
}

/** `specloop ledger migrate`: the legacy chain converted into entry files, the migration recorded. */
export interface LedgerMigrateResult {
  ledger: string
  /** Entries carried over, with their hashes unchanged. */
  migrated: number
  /** The entries recorded: `ledger-repair` (a torn last line), then `migrate`. */
  recorded: LedgerEntry[]
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

export function migrateProjectLedger(options: LedgerOptions & { now?: () => Date }): LedgerMigrateResult {
  const cwd = path.resolve(options.cwd)
  const migration = migrateLedger(cwd, options.now?.())
  const errors = migration.error ? [migration.error] : []
  return {
    ledger: LEDGER_PATH,
    migrated: migration.migrated,
    recorded: [migration.repair, migration.entry].filter((entry): entry is LedgerEntry => entry !== undefined),
    errors,
    warnings: [],
    exitCode: exitCodeOf({ couldNotRun: false, problems: errors.length > 0 })
  }
}

export interface LedgerShowOptions extends LedgerOptions {
  /** Only entries at or after this time (an ISO date or date-time). */
  since?: string
}

export interface LedgerShowResult {
  entries: LedgerEntry[]
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

/** `specloop ledger show`: the entries, each after those it follows, then by time. */
export function showLedger(options: LedgerShowOptions): LedgerShowResult {
  const since = options.since === undefined ? undefined : Date.parse(options.since)
  if (since !== undefined && Number.isNaN(since)) {
    return {
      entries: [],
      errors: [
        specloopError(
          'USAGE',
          `--since ${options.since} is not a date`,
          {},
          'give a date like 2026-12-01 or a date-time like 2026-12-01T09:30:00Z'
        )
      ],
      warnings: [],
      exitCode: 2
    }
  }
  const entries = readLedger(path.resolve(options.cwd))
  return {
    entries: entries.filter((entry) => since === undefined || Date.parse(entry.time) >= since),
    errors: [],
    warnings: [],
    exitCode: 0
  }
}

/** One readable line per entry: number, hash, time, what happened, what it touched. */
export function describeLedgerEntry(entry: LedgerEntry): string {
  const parts = [`#${entry.sequence}`, entry.hash.slice(0, 12), entry.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), entry.kind]
  if (entry.generator) parts.push(entry.generator)
  if (entry.inputs?.length) parts.push(`${plural(entry.inputs.length, 'spec')}`)
  if (entry.files !== undefined) parts.push(`${plural(entry.files.length, 'file')} written`)
  const round = entry.result?.round
  if (typeof round === 'number') parts.push(`round ${round}`)
  const result = entry.result ?? {}
  if (typeof result.by === 'string') parts.push(`by ${result.by}${typeof result.ticket === 'string' ? ` for ${result.ticket}` : ''}`)
  if (Array.isArray(result.scenarios)) parts.push(`${plural(result.scenarios.length, 'scenario')}`)
  if (typeof result.passed === 'boolean') {
    const findings = Array.isArray(result.findings) && result.findings.length ? ` (${plural(result.findings.length, 'finding')})` : ''
    parts.push(`${result.ci ? 'CI ' : ''}${result.passed ? 'passed' : 'failed'}${findings}`)
  }
  if ((entry.parents?.length ?? 0) > 1) parts.push(`joins ${entry.parents!.length} branches`)
  return parts.join('  ')
}
