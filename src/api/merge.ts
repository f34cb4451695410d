import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, messageOf, specloopError } from '../errors'
import type { SpecloopError } from '../errors'
import { emptyRunCounts, mergeRunMessages, readEnvelopes, summariseMessages } from '../runner'
import type { RunCounts } from '../runner'
import {
  COVERAGE_DIRECTORY,
  CoverageFinal,
  MESSAGES_FILE,
  Shard,
  TRACE_FILE,
  Trace,
  TracedSource,
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
  const accepted = acceptRuns(cwd, options.runs)
  if (accepted.refusal) return accepted.refusal
  const { runs, merged } = accepted
  const now = (options.now ?? (() => new Date()))()
  const runId = newRunId(now)
  const target = options.out ? path.resolve(cwd, options.out) : runDirectoryOf(cwd, runId)
  const targetFile = options.out ?? path.relative(cwd, target)
  if (!isFreeTarget(target)) {
    const exists = specloopError(
      'MERGE_OUT_EXISTS',
      'exists and is not empty: nothing was written',
      { file: targetFile },
      'choose a new --out directory'
    )
    return refused(cwd, [exists], merged)
  }
  const messages = mergeRunMessages(runs.map((run) => run.envelopes))
  const trace = mergeRunTraces({ runId, createdAt: now.toISOString(), runs, pickleIds: messages.pickleIds, order: messages.order })
  const summary = summariseMessages(messages.envelopes)
  const missing = missingShards(runs)
  const sources = uniqueTracedSources(runs, cwd)
  const warnings = [...missingShardWarnings(runs, missing), ...withoutMapsWarnings(trace, sources)]
  const written = writeMergedRun(cwd, target, { envelopes: messages.envelopes, trace, sources }, warnings)
  if (written.error) {
    const failed = specloopError('MERGE_WRITE', `could not write the merged run: ${messageOf(written.error)}`, { file: targetFile })
    return refused(cwd, [failed], merged)
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
    coverageSummary: written.coverageSummary,
    trace: { scenarios: trace.scenarios.length, files: trace.files.length, bytes: written.traceBytes }
  }
}

function mergedRunOf(run: ReadRun): MergedRun {
  return {
    runDirectory: run.directory,
    runId: run.trace.runId,
    ...(run.trace.shard ? { shard: run.trace.shard } : {}),
    scenarios: run.trace.scenarios.length
  }
}

/** The sources the runs' coverage maps hold, each file once. */
function uniqueTracedSources(runs: ReadRun[], cwd: string): TracedSource[] {
  const sources = runs.flatMap((run) => sourcesFromCoverage(run.trace, run.coverage, cwd))
  return [...new Map(sources.map((source) => [source.path, source])).values()]
}

/** A split merged without all of its shards still merges, with a warning naming the missing ones. */
function missingShardWarnings(runs: ReadRun[], missing: number[]): SpecloopError[] {
  if (missing.length === 0) return []
  const total = runs.find((run) => run.trace.shard)!.trace.shard!.total
  return [
    specloopError(
      'MERGE_USAGE',
      `shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${total}`).join(', ')} not given: the ` +
        `merged run has only the other shards' scenarios`
    )
  ]
}

/** Traced files no run has coverage maps for (a run without coverage reports) stay out of the coverage reports. */
function withoutMapsWarnings(trace: Trace, sources: TracedSource[]): SpecloopError[] {
  const withoutMaps = trace.files.filter((file) => !sources.some((source) => source.path === file.path)).map((file) => file.path)
  if (withoutMaps.length === 0) return []
  return [
    specloopError(
      'COVERAGE_REPORT',
      `no coverage maps for ${withoutMaps.slice(0, 3).join(', ')}${withoutMaps.length > 3 ? ` and ${withoutMaps.length - 3} more` : ''}: ` +
        'left out of the coverage reports (the trace has them)'
    )
  ]
}

/**
 * Writes the merged run's messages, trace and coverage reports into `target`. What a merge killed
 * mid-write left goes first. The run is written in a temporary directory beside the target, then
 * renamed into place: whole or absent. Coverage reports that cannot be written are a warning.
 */
function writeMergedRun(
  cwd: string,
  target: string,
  run: { envelopes: unknown[]; trace: Trace; sources: TracedSource[] },
  warnings: SpecloopError[]
): { coverageSummary?: string; traceBytes: number; error?: unknown } {
  removeStaleTemporaries(cwd)
  const staging = temporaryPathBeside(target)
  const traceText = JSON.stringify(run.trace)
  const traceBytes = Buffer.byteLength(traceText)
  let coverageSummary: string | undefined
  try {
    fs.mkdirSync(staging, { recursive: true })
    fs.writeFileSync(messagesFileOf(staging), run.envelopes.map((envelope) => JSON.stringify(envelope)).join('\n') + '\n')
    fs.writeFileSync(traceFileOf(staging), traceText)
    try {
      coverageSummary = writeCoverageReports(run.trace, run.sources, path.join(staging, COVERAGE_DIRECTORY), cwd)
    } catch (thrown) {
      warnings.push(specloopError('COVERAGE_REPORT', `could not write the coverage reports: ${messageOf(thrown)}`))
    }
    if (fs.existsSync(target)) fs.rmdirSync(target)
    fs.renameSync(staging, target)
  } catch (thrown) {
    fs.rmSync(staging, { recursive: true, force: true })
    return { traceBytes, error: thrown }
  }
  return { coverageSummary, traceBytes }
}

/** The runs to merge, read and in shard order; or the refusal when they cannot be merged. */
function acceptRuns(
  cwd: string,
  given: string[]
): { runs: ReadRun[]; merged: MergedRun[]; refusal?: undefined } | { refusal: MergeResult } {
  if (given.length < 2) {
    return {
      refusal: refused(cwd, [
        specloopError(
          'MERGE_USAGE',
          `merge needs at least two run directories (got ${given.length})`,
          {},
          'give the run directory of each shard: specloop merge RUN_DIR RUN_DIR…'
        )
      ])
    }
  }
  const reads = given.map((run) => readRun(cwd, run))
  const unreadable = reads.flatMap((read) => (read.error ? [read.error] : []))
  if (unreadable.length > 0) return { refusal: refused(cwd, unreadable) }
  const runs = inShardOrder(reads.map((read) => read.run!))
  const merged = runs.map(mergedRunOf)
  const refusals = mergeRefusals(runs)
  if (refusals.length > 0) return { refusal: refused(cwd, refusals, merged) }
  return { runs, merged }
}
