import path from 'node:path'

/**
 * The layout of `.specloop/` inside a project, in one place: every module that reads or writes
 * there names its paths through these, so the layout (documented in docs/) changes here only.
 *
 *   .specloop/
 *     ledger/<hash>.json   the audit ledger: one file per entry, named by its hash
 *     ledger.jsonl         the ledger's earlier, linear form (read until `ledger migrate`;
 *                          ledger-torn/: a torn tail moved aside by the migration)
 *     history.jsonl        one line per reported run, for the trend
 *     runs/<run-id>/       one verify run: messages.ndjson, trace.json, coverage/
 *     runs/latest          a symlink to the last run
 *     cache/               rebuildable: instrumented sources, the read tsconfig, the metrics' commits
 *     strength/            the last `specloop strength` result (strength.json), its mutants' scratch runs
 *     scratch/             a copy of the project a command works on without touching it (removed after)
 *
 * The constants are relative to the project; the `…Of` functions join them to a directory.
 */
export const SPECLOOP_DIRECTORY = '.specloop'

/** The audit ledger: a directory of entries, each a file named by its hash. */
export const LEDGER_PATH = path.join(SPECLOOP_DIRECTORY, 'ledger')
/** The ledger as a single hash chain, as specloop kept it before entries became files. */
export const LEGACY_LEDGER_PATH = path.join(SPECLOOP_DIRECTORY, 'ledger.jsonl')
export const HISTORY_PATH = path.join(SPECLOOP_DIRECTORY, 'history.jsonl')
export const RUNS_DIRECTORY = path.join(SPECLOOP_DIRECTORY, 'runs')
/** The name, inside the runs directory, of the link to the last run. */
export const LATEST = 'latest'
export const LATEST_RUN_DIRECTORY = path.join(RUNS_DIRECTORY, LATEST)
export const CACHE_DIRECTORY = path.join(SPECLOOP_DIRECTORY, 'cache')
const STRENGTH_DIRECTORY = path.join(SPECLOOP_DIRECTORY, 'strength')
const STRENGTH_FILE = path.join(STRENGTH_DIRECTORY, 'strength.json')
const SCRATCH_DIRECTORY = path.join(SPECLOOP_DIRECTORY, 'scratch')

/** The files of one run directory. */
export const MESSAGES_FILE = 'messages.ndjson'
export const TRACE_FILE = 'trace.json'
export const COVERAGE_DIRECTORY = 'coverage'
/**
 * What the runner keeps in a run directory only while it runs: the jobs it hands its child
 * process, cucumber's result, the per-scenario coverage deltas. Removed once the trace is written.
 */
export const RUN_SCRATCH = {
  childJob: 'job.json',
  runtimeJob: 'runtime-job.json',
  cucumberResult: 'cucumber-result.json',
  deltas: 'deltas'
} as const
/** Where a sandboxed run's formatters write, inside the run directory, before their files are copied out. */
export const RUN_FORMATS_DIRECTORY = 'formats'

export function specloopDirectoryOf(projectDirectory: string): string {
  return path.join(projectDirectory, SPECLOOP_DIRECTORY)
}

export function ledgerPathOf(projectDirectory: string): string {
  return path.join(projectDirectory, LEDGER_PATH)
}

export function legacyLedgerPathOf(projectDirectory: string): string {
  return path.join(projectDirectory, LEGACY_LEDGER_PATH)
}

/** Where a torn tail of the legacy ledger is moved aside when it is migrated. */
export function tornLedgerDirectoryOf(projectDirectory: string): string {
  return path.join(projectDirectory, SPECLOOP_DIRECTORY, 'ledger-torn')
}

export function runsDirectoryOf(projectDirectory: string): string {
  return path.join(projectDirectory, RUNS_DIRECTORY)
}

export function runDirectoryOf(projectDirectory: string, runId: string): string {
  return path.join(projectDirectory, RUNS_DIRECTORY, runId)
}

export function latestRunDirectory(projectDirectory: string): string {
  return path.join(projectDirectory, LATEST_RUN_DIRECTORY)
}

export function messagesFileOf(runDirectory: string): string {
  return path.join(runDirectory, MESSAGES_FILE)
}

export function traceFileOf(runDirectory: string): string {
  return path.join(runDirectory, TRACE_FILE)
}

/** Where caches that any run may rebuild live (instrumented sources, the read tsconfig). */
export function scratchDirectoryOf(projectDirectory: string): string {
  return path.join(projectDirectory, SCRATCH_DIRECTORY)
}

export function cacheDirectoryOf(projectDirectory: string): string {
  return path.join(projectDirectory, CACHE_DIRECTORY)
}

/** The content-addressed cache of instrumented sources. */
export function instrumentedCacheOf(projectDirectory: string): string {
  return path.join(cacheDirectoryOf(projectDirectory), 'instrumented')
}

/** What `specloop metrics` (and the report) read of each commit, kept by hash: commits never change. */
export function commitsCacheOf(projectDirectory: string): string {
  return path.join(cacheDirectoryOf(projectDirectory), 'commits.json')
}

/** The last mutation run's result: `strength --affected`, the report and the gate read it. */
export function strengthFileOf(projectDirectory: string): string {
  return path.join(projectDirectory, STRENGTH_FILE)
}

/** Where one mutant's run writes (the sandbox lets the scenarios write only under `.specloop/`); removed after it. */
export function strengthScratchOf(projectDirectory: string, name: string): string {
  return path.join(projectDirectory, STRENGTH_DIRECTORY, 'scratch', name)
}
