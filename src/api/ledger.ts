import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, SpecloopError, specloopError } from '../errors'
import { LEDGER_PATH, parseLedger, verifyLedger } from '../ledger'
import type { LedgerEntry } from '../ledger'
import { LOCK_FILE } from '../governance'
import type { LedgerAnchor } from '../governance'
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
  errors: SpecloopError[]
  exitCode: number
}

/**
 * `specloop ledger verify`: every entry follows the one before it and matches its own hash.
 * The first line that breaks the chain is located, with why (edited, removed or reordered, cut).
 */
export function verifyProjectLedger(options: LedgerOptions): LedgerVerifyResult {
  const cwd = path.resolve(options.cwd)
  const file = path.join(cwd, LEDGER_PATH)
  const result: LedgerVerifyResult = { ledger: LEDGER_PATH, exists: fs.existsSync(file), entries: 0, valid: true, errors: [], exitCode: 0 }
  const anchor = readLockFile(cwd).lock.ledgerAnchor
  if (!result.exists) {
    if (anchor) {
      result.valid = false
      result.errors.push(specloopError('LEDGER_ANCHOR', `the ledger is gone, but ${LOCK_FILE} anchors its entry #${anchor.entries} (${anchor.at})`, { file: LOCK_FILE }, 'restore .specloop/ledger.jsonl from version control'))
      result.exitCode = exitCodeOf({ couldNotRun: false, problems: true })
    }
    return result
  }
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (thrown) {
    result.errors.push(specloopError('FILE_UNREADABLE', `cannot read the ledger: ${(thrown as Error).message}`, { file: LEDGER_PATH }))
    result.valid = false
    result.exitCode = exitCodeOf({ couldNotRun: true, problems: false })
    return result
  }
  const verification = verifyLedger(text)
  result.entries = verification.entries
  if (!verification.valid) {
    result.valid = false
    // A last line without its newline is a write that was cut, not an edit.
    const lines = text.split('\n')
    const torn = !text.endsWith('\n') && verification.brokenAtLine === lines.length
    result.errors.push(specloopError('LEDGER_BROKEN', torn ? 'the last entry was cut off mid-write' : `this entry ${verification.reason}`, { file: LEDGER_PATH, line: verification.brokenAtLine },
      torn ? 'the next specloop generate moves it aside and records the repair' : 'restore .specloop/ledger.jsonl from version control; entries after this line cannot be trusted'))
  }
  if (result.valid && anchor) {
    const problem = anchorProblem(parseLedger(text).entries, anchor)
    if (problem) {
      result.valid = false
      result.errors.push(problem)
    }
  }
  result.exitCode = exitCodeOf({ couldNotRun: false, problems: !result.valid })
  return result
}

/**
 * A chain can be cut at the end or re-hashed from scratch and still verify on its own; the
 * head recorded in specs.lock at the last approval or gate (committed, and in git history) cannot.
 */
function anchorProblem(entries: LedgerEntry[], anchor: LedgerAnchor): SpecloopError | undefined {
  const index = entries.findIndex((entry) => entry.sequence === anchor.entries)
  const anchored = entries[index]
  if (!anchored) {
    return specloopError('LEDGER_ANCHOR', `the ledger has ${entries.length} entries, but ${LOCK_FILE} anchors entry #${anchor.entries} (${anchor.at}): entries were cut from its end`, { file: LEDGER_PATH, line: entries.length + 1 },
      'restore .specloop/ledger.jsonl from version control')
  }
  if (anchored.hash !== anchor.hash) {
    return specloopError('LEDGER_ANCHOR', `entry #${anchor.entries} is not the one ${LOCK_FILE} anchored at ${anchor.at}: the chain up to here was rewritten and re-hashed`, { file: LEDGER_PATH, line: index + 1 },
      'restore .specloop/ledger.jsonl from version control; compare with the anchor in the history of specs.lock')
  }
  return undefined
}

export interface LedgerShowOptions extends LedgerOptions {
  /** Only entries at or after this time (an ISO date or date-time). */
  since?: string
}

export interface LedgerShowResult {
  entries: LedgerEntry[]
  errors: SpecloopError[]
  exitCode: number
}

/** `specloop ledger show`: the entries, oldest first, as recorded. */
export function showLedger(options: LedgerShowOptions): LedgerShowResult {
  const since = options.since === undefined ? undefined : Date.parse(options.since)
  if (since !== undefined && Number.isNaN(since)) {
    return { entries: [], errors: [specloopError('USAGE', `--since ${options.since} is not a date`, {}, 'give a date like 2026-12-01 or a date-time like 2026-12-01T09:30:00Z')], exitCode: 2 }
  }
  const file = path.join(path.resolve(options.cwd), LEDGER_PATH)
  const entries = fs.existsSync(file) ? parseLedger(fs.readFileSync(file, 'utf8')).entries : []
  return { entries: entries.filter((entry) => since === undefined || Date.parse(entry.time) >= since), errors: [], exitCode: 0 }
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
  if (typeof result.passed === 'boolean') parts.push(`${result.ci ? 'CI ' : ''}${result.passed ? 'passed' : 'failed'}${Array.isArray(result.findings) && result.findings.length ? ` (${result.findings.length} findings)` : ''}`)
  return parts.join('  ')
}
