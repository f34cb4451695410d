import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, messageOf, specloopError } from '../errors'
import type { SpecloopError } from '../errors'
import { emptyRunCounts, mergeRunMessages, readEnvelopes, summarizeMessages } from '../runner'
import type { RunCounts } from '../runner'
import {
  COVERAGE_DIRECTORY,
  CoverageFinal,
  MESSAGES_FILE,
  Shard,
  TRACE_FILE,
  Trace,
  inShardOrder,
  markLatest,
  mergeRefusals,
  mergeRunTraces,
  missingShards,
  newRunId,
  readTrace,
  sourcesFromCoverage,
  writeCoverageReports
} from '../trace'
import { messagesFileOf, removeStaleTemporaries, runDirectoryOf, temporaryPathBeside, traceFileOf } from '../workspace'
import { pluralForm } from '../text'

export interface MergeOptions {
  /** The project: where `.specloop/runs` is, and what relative paths are relative to. */
  cwd: string
  /** Run directories (a path, or the id of a run in `.specloop/runs`), at least two. */
  runs: string[]
  /** Where the merged run goes; default a new run in `.specloop/runs`, which becomes the latest. */
  out?: string
  now?: () => Date
}

export interface MergedRun {
  runDirectory: string
  runId: string
  shard?: Shard
  scenarios: number
}

export interface MergeResult {
  cwd: string
  /** 0 merged, the run passed; 1 merged, a scenario failed; 2 refused or could not write (nothing was written then). */
  exitCode: ExitCode
  runId?: string
  /** Absolute path of the merged run's directory. */
  runDirectory?: string
  /** The runs merged, in shard order. */
  merged: MergedRun[]
  /** Shards of the split that were not given (merged all the same, with a warning). */
  missingShards: number[]
  scenarioCounts: RunCounts
  stepCounts: RunCounts
  errors: SpecloopError[]
  warnings: SpecloopError[]
  coverageSummary?: string
  trace?: { scenarios: number; files: number; bytes: number }
}

interface ReadRun {
  label: string
  directory: string
  trace: Trace
  envelopes: ReturnType<typeof readEnvelopes>
  coverage: CoverageFinal
}

const HINT_RUN = 'give run directories that `specloop verify` wrote (.specloop/runs/<run-id>, or a copy of one)'

/** A run directory as given: a path, else a run id in the project's `.specloop/runs`. */
function locateRun(cwd: string, given: string): string {
  const asPath = path.resolve(cwd, given)
  if (fs.existsSync(asPath)) return asPath
  const asRunId = runDirectoryOf(cwd, given)
  return fs.existsSync(asRunId) ? asRunId : asPath
}

function readRun(cwd: string, given: string): { run: ReadRun; error?: undefined } | { run?: undefined; error: SpecloopError } {
  const directory = locateRun(cwd, given)
  const unreadable = (why: string, file = given) => ({ error: specloopError('MERGE_RUN_UNREADABLE', why, { file }, HINT_RUN) })
  let stat: fs.Stats
  try {
    stat = fs.statSync(directory)
  } catch {
    return unreadable('no such run directory')
  }
  if (!stat.isDirectory()) return unreadable('not a run directory')
  const traceFile = traceFileOf(given)
  const read = readTrace(directory)
  if (read.error === 'missing') return unreadable(`no ${TRACE_FILE} in the run directory`)
  if (read.error) return unreadable('not a specloop trace this version can read', traceFile)
  const messagesFile = messagesFileOf(directory)
  let envelopes: ReturnType<typeof readEnvelopes>
  try {
    envelopes = readEnvelopes(messagesFile)
  } catch (thrown) {
    return unreadable(`cannot read ${MESSAGES_FILE}: ${messageOf(thrown)}`, messagesFileOf(given))
  }
  if (envelopes.length === 0) return unreadable(`no ${MESSAGES_FILE} in the run directory`)
  let coverage: CoverageFinal = {}
  try {
    coverage = JSON.parse(fs.readFileSync(path.join(directory, COVERAGE_DIRECTORY, 'coverage-final.json'), 'utf8')) as CoverageFinal
  } catch {
    // A run without coverage reports still merges; its files get no coverage maps (warned below).
  }
  return { run: { label: given, directory, trace: read.trace, envelopes, coverage } }
}

function refused(cwd: string, errors: SpecloopError[], merged: MergedRun[] = []): MergeResult {
  return {
    cwd,
    exitCode: exitCodeOf({ couldNotRun: true, problems: false }),
    merged,
    missingShards: [],
    scenarioCounts: emptyRunCounts(),
    stepCounts: emptyRunCounts(),
    errors,
    warnings: []
  }
}

/** Whether `directory` is absent or an empty directory: the only places a merged run is written. */
function isFreeTarget(directory: string): boolean {
  try {
    return fs.readdirSync(directory).length === 0
  } catch (thrown) {
    return (thrown as NodeJS.ErrnoException).code === 'ENOENT'
  }
}

/**
 * Combines the runs of the shards of a suite (`verify --shard i/n`, on several machines) into
 * one run directory that `report`, `trace` and `gate` read as a single run: its Cucumber
 * Messages, its trace and its coverage reports. Refuses runs of different projects or spec
 * versions, the same shard twice, runs that share a scenario, and unreadable run directories;
 * writes nothing then (exit 2). The directory appears whole or not at all. Exit 1 when the
 * merged run did not pass (a shard's scenario failed), as `verify` would have.
 */
export async function merge(options: MergeOptions): Promise<MergeResult> {
  const cwd = path.resolve(options.cwd)
  if (options.runs.length < 2) {
    return refused(cwd, [
      specloopError(
        'MERGE_USAGE',
        `merge needs at least two run directories (got ${options.runs.length})`,
        {},
        'give the run directory of each shard: specloop merge RUN_DIR RUN_DIR…'
      )
    ])
  }
  const reads = options.runs.map((given) => readRun(cwd, given))
  const unreadable = reads.flatMap((read) => (read.error ? [read.error] : []))
  if (unreadable.length > 0) return refused(cwd, unreadable)
  const runs = inShardOrder(reads.map((read) => read.run!))
  const merged = runs.map((run): MergedRun => ({
    runDirectory: run.directory,
    runId: run.trace.runId,
    ...(run.trace.shard ? { shard: run.trace.shard } : {}),
    scenarios: run.trace.scenarios.length
  }))
  const refusals = mergeRefusals(runs)
  if (refusals.length > 0) return refused(cwd, refusals, merged)

  const now = (options.now ?? (() => new Date()))()
  const runId = newRunId(now)
  const target = options.out ? path.resolve(cwd, options.out) : runDirectoryOf(cwd, runId)
  if (!isFreeTarget(target)) {
    return refused(
      cwd,
      [
        specloopError(
          'MERGE_OUT_EXISTS',
          'exists and is not empty: nothing was written',
          { file: options.out ?? path.relative(cwd, target) },
          'choose a new --out directory'
        )
      ],
      merged
    )
  }
  const messages = mergeRunMessages(runs.map((run) => run.envelopes))
  const trace = mergeRunTraces({ runId, createdAt: now.toISOString(), runs, pickleIds: messages.pickleIds, order: messages.order })
  const summary = summarizeMessages(messages.envelopes)
  const warnings: SpecloopError[] = []
  const missing = missingShards(runs)
  if (missing.length > 0) {
    const total = runs.find((run) => run.trace.shard)!.trace.shard!.total
    warnings.push(
      specloopError(
        'MERGE_USAGE',
        `${pluralForm(missing.length, 'shard')} ${missing.map((index) => `${index}/${total}`).join(', ')} not given: the merged run has only the other shards' scenarios`
      )
    )
  }
  const sources = runs.flatMap((run) => sourcesFromCoverage(run.trace, run.coverage, cwd))
  const uniqueSources = [...new Map(sources.map((source) => [source.path, source])).values()]
  const withoutMaps = trace.files.filter((file) => !uniqueSources.some((source) => source.path === file.path)).map((file) => file.path)
  if (withoutMaps.length > 0)
    warnings.push(
      specloopError(
        'COVERAGE_REPORT',
        `no coverage maps for ${withoutMaps.slice(0, 3).join(', ')}${withoutMaps.length > 3 ? ` and ${withoutMaps.length - 3} more` : ''}: left out of the coverage reports (the trace has them)`
      )
    )

  // What a merge killed mid-write left goes first. The run is written in a temporary directory
  // beside the target, then renamed into place: whole or absent.
  removeStaleTemporaries(cwd)
  const staging = temporaryPathBeside(target)
  const traceText = JSON.stringify(trace)
  let coverageSummary: string | undefined
  try {
    fs.mkdirSync(staging, { recursive: true })
    fs.writeFileSync(messagesFileOf(staging), messages.envelopes.map((envelope) => JSON.stringify(envelope)).join('\n') + '\n')
    fs.writeFileSync(traceFileOf(staging), traceText)
    try {
      coverageSummary = writeCoverageReports(trace, uniqueSources, path.join(staging, COVERAGE_DIRECTORY), cwd)
    } catch (thrown) {
      warnings.push(specloopError('COVERAGE_REPORT', `could not write the coverage reports: ${messageOf(thrown)}`))
    }
    if (fs.existsSync(target)) fs.rmdirSync(target)
    fs.renameSync(staging, target)
  } catch (thrown) {
    fs.rmSync(staging, { recursive: true, force: true })
    return refused(
      cwd,
      [
        specloopError('MERGE_WRITE', `could not write the merged run: ${messageOf(thrown)}`, {
          file: options.out ?? path.relative(cwd, target)
        })
      ],
      merged
    )
  }
  if (!options.out) markLatest(cwd, runId)
  return {
    cwd,
    // As verify's: the merged run failed when any shard's did.
    exitCode: exitCodeOf({ couldNotRun: false, problems: summary.success === false }),
    runId,
    runDirectory: target,
    merged,
    missingShards: missing,
    scenarioCounts: summary.scenarioCounts,
    stepCounts: summary.stepCounts,
    errors: [],
    warnings,
    coverageSummary,
    trace: { scenarios: trace.scenarios.length, files: trace.files.length, bytes: Buffer.byteLength(traceText) }
  }
}
