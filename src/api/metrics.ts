import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, SpecloopError, specloopError } from '../errors'
import { editedByHand, recordedWrites } from '../ledger'
import type { LedgerEntry } from '../ledger'
import { computeMetrics } from '../metrics'
import type { MetricsInput, ProjectMetrics, RunResults } from '../metrics'
import { knownFiles, revisionTime, workTreePrefix } from '../runner'
import { readTrace } from '../trace'
import { isCodeFile, LATEST, readGeneratedFiles, runsDirectoryOf, SPECLOOP_DIRECTORY } from '../workspace'
import { showLedger } from './ledger'
import { projectCommits } from './metrics-commits'

export interface MetricsOptions {
  cwd: string
  /** Only what happened at or after this date (2026-12-01, or a date-time), or since this git revision. */
  since?: string
  now?: Date
}

export interface MetricsResult {
  metrics?: ProjectMetrics
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

const LOOKS_LIKE_A_DATE = /^\d{4}-\d{2}-\d{2}/

function usage(message: string, hint: string): MetricsResult {
  return { errors: [specloopError('USAGE', message, {}, hint)], warnings: [], exitCode: exitCodeOf({ couldNotRun: true, problems: true }) }
}

/** `--since`: a date, else a git revision (its commit time bounds the ledger and the runs). */
function resolveSince(cwd: string, given: string | undefined): { since?: MetricsInput['since']; error?: MetricsResult } {
  if (given === undefined) return {}
  if (LOOKS_LIKE_A_DATE.test(given)) {
    const time = Date.parse(given)
    return Number.isNaN(time)
      ? {
          error: usage(
            `--since ${given} is not a date`,
            'give a date like 2026-12-01, a date-time like 2026-12-01T09:30:00Z, or a git revision'
          )
        }
      : { since: { time, label: given } }
  }
  const revision = revisionTime(cwd, given)
  if (revision.error !== undefined) {
    return {
      error: usage(
        `--since ${given} is neither a date nor a git revision (${revision.error})`,
        'give a date like 2026-12-01 or a revision such as a tag, a branch or a commit: `git log --oneline` lists them'
      )
    }
  }
  return { since: { time: Date.parse(revision.time), label: given, revision: revision.hash } }
}

const lineCount = (text: string): number => (text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0))

/** Every run kept under .specloop/runs with its trace: the scenarios it executed and their results. */
function readRuns(cwd: string): RunResults[] {
  const directory = runsDirectoryOf(cwd)
  let names: string[]
  try {
    names = fs.readdirSync(directory).filter((name) => name !== LATEST && !name.startsWith('.'))
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const read = readTrace(path.join(directory, name))
    if (!read.trace) return []
    // A scenario with a run id of its own was kept from an earlier run (`--affected`): not run here.
    const scenarios = read.trace.scenarios
      .filter((scenario) => scenario.runId === undefined)
      .map(({ uri, name: scenarioName, line, status }) => ({ uri, name: scenarioName, line, status }))
    return [{ runId: read.trace.runId, createdAt: read.trace.createdAt, scenarios }]
  })
}

/** Lines of the code files git knows that are not specloop's generated files (in a git work tree). */
function handWrittenLines(cwd: string, generated: Set<string>): number {
  let lines = 0
  for (const file of knownFiles(cwd)) {
    if (!isCodeFile(file) || generated.has(file) || file.startsWith(`${SPECLOOP_DIRECTORY}/`)) continue
    try {
      lines += lineCount(fs.readFileSync(path.join(cwd, file), 'utf8'))
    } catch {
      // Listed but gone (deleted, not yet staged): no lines.
    }
  }
  return lines
}

/** The generated files now, judged as status judges them (a content the ledger never recorded was edited by hand). */
function generatedNow(cwd: string, ledger: LedgerEntry[] | undefined): MetricsInput['generated'] {
  const recorded = ledger ? recordedWrites(ledger) : undefined
  return readGeneratedFiles(cwd).map((file) => ({
    path: file.path,
    lines: lineCount(file.body),
    edited: editedByHand(file, recorded, file.path, file.content)
  }))
}

/**
 * `specloop metrics`: whether spec-driven generation pays, from the project's records — the
 * ledger (through `showLedger`, as `specloop ledger show` reads it), git's history, the runs kept
 * under .specloop/runs and the generated files' provenance. A figure no record holds is unknown.
 */
export function metrics(options: MetricsOptions): MetricsResult {
  const cwd = path.resolve(options.cwd)
  if (!fs.statSync(cwd, { throwIfNoEntry: false })?.isDirectory()) {
    return {
      errors: [specloopError('PROJECT_NOT_DIRECTORY', `not a directory: ${options.cwd}`, {}, 'run it in a project, or pass -C DIR')],
      warnings: [],
      exitCode: 2
    }
  }
  const resolved = resolveSince(cwd, options.since)
  if (resolved.error) return resolved.error
  const since = resolved.since
  const shown = showLedger({ cwd })
  if (shown.errors.length > 0) return { errors: shown.errors, warnings: shown.warnings, exitCode: shown.exitCode }
  // No entry at all: the project keeps no ledger, and what it would say is unknown.
  const ledger = shown.entries.length > 0 ? shown.entries : undefined
  const generated = generatedNow(cwd, ledger)
  const prefix = workTreePrefix(cwd)
  const inGit = prefix !== undefined
  const metrics = computeMetrics({
    ledger,
    commits: inGit
      ? projectCommits(
          cwd,
          prefix,
          { revision: since?.revision, time: since && !since.revision ? new Date(since.time).toISOString() : undefined },
          (file) => isCodeFile(file) && !file.startsWith(`${SPECLOOP_DIRECTORY}/`)
        )
      : undefined,
    runs: readRuns(cwd),
    generated,
    handWrittenLines: inGit ? handWrittenLines(cwd, new Set(generated.map((file) => file.path))) : 'unknown',
    since,
    now: options.now ?? new Date()
  })
  return { metrics, errors: [], warnings: [], exitCode: 0 }
}
