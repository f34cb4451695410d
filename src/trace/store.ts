import fs from 'node:fs'
import path from 'node:path'
import crypto from 'node:crypto'
import { TRACE_FORMAT_VERSION } from './format'
import type { Trace } from './format'
import { LATEST, runDirectoryOf, runsDirectoryOf, traceFileOf } from '../workspace'

// Where runs live (`.specloop/runs/<run-id>/`, and `latest` pointing at the last one) is the workspace's layout.
export { RUNS_DIRECTORY, LATEST, TRACE_FILE, MESSAGES_FILE, COVERAGE_DIRECTORY, latestRunDirectory } from '../workspace'

/** Sortable and unique: 20250101-120000-3f9a. */
export function newRunId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
  return `${stamp}-${crypto.randomBytes(2).toString('hex')}`
}

export function createRunDirectory(projectDirectory: string, runId: string): string {
  const directory = runDirectoryOf(projectDirectory, runId)
  fs.mkdirSync(directory, { recursive: true })
  return directory
}

/** Points `latest` at a run: a relative symlink swapped in with a rename, so readers never see it missing. */
export function markLatest(projectDirectory: string, runId: string): void {
  const runs = runsDirectoryOf(projectDirectory)
  const temporary = path.join(runs, `.latest-${process.pid}-${crypto.randomBytes(3).toString('hex')}`)
  fs.symlinkSync(runId, temporary, 'dir')
  fs.renameSync(temporary, path.join(runs, LATEST))
}

export type ReadTraceResult = { trace: Trace; error?: undefined } | { trace?: undefined; error: 'missing' | 'invalid' }

export function readTrace(runDirectory: string): ReadTraceResult {
  const file = traceFileOf(runDirectory)
  if (!fs.existsSync(file)) return { error: 'missing' }
  try {
    const trace = JSON.parse(fs.readFileSync(file, 'utf8')) as Trace
    if (trace.version !== TRACE_FORMAT_VERSION || !Array.isArray(trace.scenarios) || !Array.isArray(trace.files))
      return { error: 'invalid' }
    return { trace }
  } catch {
    return { error: 'invalid' }
  }
}

const RUN_ID = /^\d{8}-\d{6}-[0-9a-f]{4}$/

/** Keeps the newest `keep` runs (and always the one `latest` points at): a run is a few hundred KB to MBs. */
export function pruneRuns(projectDirectory: string, keep: number): string[] {
  const runs = runsDirectoryOf(projectDirectory)
  let latest: string | undefined
  try {
    latest = fs.readlinkSync(path.join(runs, LATEST))
  } catch {
    latest = undefined
  }
  const removed = fs
    .readdirSync(runs)
    .filter((name) => RUN_ID.test(name))
    .sort()
    .reverse()
    .slice(keep)
    .filter((name) => name !== latest)
  for (const name of removed) fs.rmSync(path.join(runs, name), { recursive: true, force: true })
  return removed
}
