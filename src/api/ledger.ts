import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, SpecloopError, specloopError } from '../errors'
import { parseLedger, verifyLedger } from '../ledger'
import { LEDGER_PATH, ledgerPathOf } from '../workspace'
import type { LedgerEntry } from '../ledger'
import { lockAgainstLedger } from '../governance'
import { readLockFile } from './governance'

export interface LedgerOptions {
  cwd: string
}

export interface LedgerVerifyResult {
  /** Project-relative path of the ledger. */
  ledger: string
  exists: boolean
  entries: number
  valid: boolean
  /** The entry specs.lock anchors, when the ledger reaches it. */
  anchored?: number
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

/**
 * `specloop ledger verify`: every entry follows the one before it and matches its own hash.
 * The first line that breaks the chain is located, with why (edited, removed or reordered, cut).
 */
export function verifyProjectLedger(options: LedgerOptions): LedgerVerifyResult {
  const cwd = path.resolve(options.cwd)
  const file = ledgerPathOf(cwd)
  const result: LedgerVerifyResult = { ledger: LEDGER_PATH, exists: fs.existsSync(file), entries: 0, valid: true, errors: [], warnings: [], exitCode: 0 }
  const fail = (error: SpecloopError, couldNotRun = false) => {
    result.valid = false
    result.errors.push(error)
    result.exitCode = exitCodeOf({ couldNotRun, problems: true })
    return result
  }
  const lock = readLockFile(cwd)
  // The lock anchors the ledger: a lock that cannot be read cannot say whether the ledger was cut.
  if (lock.error) return fail(lock.error, true)
  let text = ''
  if (result.exists) {
    try {
      text = fs.readFileSync(file, 'utf8')
    } catch (thrown) {
      return fail(specloopError('FILE_UNREADABLE', `cannot read the ledger: ${(thrown as Error).message}`, { file: LEDGER_PATH }), true)
    }
    const verification = verifyLedger(text)
    result.entries = verification.entries
    if (!verification.valid) {
      // A last line without its newline is a write that was cut, not an edit.
      const lines = text.split('\n')
      const torn = !text.endsWith('\n') && verification.brokenAtLine === lines.length
      return fail(specloopError('LEDGER_BROKEN', torn ? 'the last entry was cut off mid-write' : `this entry ${verification.reason}`, { file: LEDGER_PATH, line: verification.brokenAtLine },
        torn ? 'the next specloop generate moves it aside and records the repair (approve and gate --ci refuse a ledger that does not verify)' : `restore ${LEDGER_PATH} from version control; entries after this line cannot be trusted`))
    }
  }
  for (const problem of lockAgainstLedger(lock.lock, result.exists ? parseLedger(text).entries : [], result.exists)) fail(problem)
  if (result.valid && lock.lock.ledgerAnchor) result.anchored = lock.lock.ledgerAnchor.entries
  return result
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

/** `specloop ledger show`: the entries, oldest first, as recorded. */
export function showLedger(options: LedgerShowOptions): LedgerShowResult {
  const since = options.since === undefined ? undefined : Date.parse(options.since)
  if (since !== undefined && Number.isNaN(since)) {
    return { entries: [], errors: [specloopError('USAGE', `--since ${options.since} is not a date`, {}, 'give a date like 2026-12-01 or a date-time like 2026-12-01T09:30:00Z')], warnings: [], exitCode: 2 }
  }
  const file = ledgerPathOf(path.resolve(options.cwd))
  const entries = fs.existsSync(file) ? parseLedger(fs.readFileSync(file, 'utf8')).entries : []
  return { entries: entries.filter((entry) => since === undefined || Date.parse(entry.time) >= since), errors: [], warnings: [], exitCode: 0 }
}

/** One readable line per entry: sequence, time, what happened, what it touched. */
export function describeLedgerEntry(entry: LedgerEntry): string {
  const parts = [`#${entry.sequence}`, entry.time.replace('T', ' ').replace(/\.\d+Z$/, 'Z'), entry.kind]
  if (entry.generator) parts.push(entry.generator)
  if (entry.inputs?.length) parts.push(`${entry.inputs.length} spec${entry.inputs.length === 1 ? '' : 's'}`)
  if (entry.files !== undefined) parts.push(`${entry.files.length} file${entry.files.length === 1 ? '' : 's'} written`)
  const round = entry.result?.round
  if (typeof round === 'number') parts.push(`round ${round}`)
  const result = entry.result ?? {}
  if (typeof result.by === 'string') parts.push(`by ${result.by}${typeof result.ticket === 'string' ? ` for ${result.ticket}` : ''}`)
  if (Array.isArray(result.scenarios)) parts.push(`${result.scenarios.length} scenario${result.scenarios.length === 1 ? '' : 's'}`)
  if (typeof result.passed === 'boolean') parts.push(`${result.ci ? 'CI ' : ''}${result.passed ? 'passed' : 'failed'}${Array.isArray(result.findings) && result.findings.length ? ` (${result.findings.length} finding${result.findings.length === 1 ? '' : 's'})` : ''}`)
  return parts.join('  ')
}
