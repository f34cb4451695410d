import fs from 'node:fs'
import path from 'node:path'
import type { Envelope } from '@cucumber/messages'
import { ExitCode, exitCodeOf, SpecloopError, specloopError } from '../errors'
import { resolveProject, toUri } from '../project'
import type { Project, ProjectOptions } from '../project'
import { readProjectFeatures } from '../specification'
import { findProjectSources, isTypescriptSource, readEnvelopes, startWarmRunner, summariseMessages } from '../runner'
import type { RunCounts, ScenarioOutcome, WarmRunner } from '../runner'
import { changesSinceTrace, createRunDirectory, lineHunks, newRunId, readTrace, selectAffected } from '../trace'
import type { CurrentScenario, FileChange, SelectedScenario, Trace } from '../trace'
import { latestRunDirectory, messagesFileOf, sha256 } from '../workspace'
import { finishRunDirectory, mergeIntoLatest, projectToVerify, runErrors, sandboxWarnings, traceOfRun, tracedSources } from './verify'
import type { ReadFeatures } from './verify'
import { selectionPaths } from '../strength'
import { selectedScenarios } from './selected-scenarios'
import { watchProjectFiles } from './watch-files'

/** How long the files must be quiet before a run: an editor's save is a burst of events. */
const QUIET_MS = 15
/** A file emptied this recently may be a save still being written; emptied for longer, it is a change like any other. */
const MID_SAVE_MS = 1000

export interface WatchOptions extends ProjectOptions {
  /** Run under Node's permission model (default true). */
  sandbox?: boolean
  /** Watching stops when it aborts (Ctrl-C). */
  signal?: AbortSignal
  /** Each thing that happens, as it happens. */
  onEvent?: (event: WatchEvent) => void
  /** What the scenarios print (cucumber's own formatters are silent under watch). */
  output?: NodeJS.WritableStream
}

/** One run of the scenarios a save affected. */
export interface WatchRun {
  /** Project-relative files whose change started the run (none for the run at start). */
  changed: string[]
  /** The scenarios selected, with why; undefined when everything ran (no earlier trace). */
  selected?: SelectedScenario[]
  /** Scenarios in the suite. */
  total: number
  counts: RunCounts
  scenarios: ScenarioOutcome[]
  /** From the first file event (or the start) to the result. */
  seconds: number
  errors: SpecloopError[]
}

export type WatchEvent =
  | { kind: 'watching'; scenarios: number; warnings: SpecloopError[] }
  | { kind: 'running'; changed: string[]; scenarios: number }
  | ({ kind: 'ran' } & WatchRun)
  | { kind: 'unaffected'; changed: string[]; total: number }
  /** A saved file cannot run (a syntax error, a feature that does not parse): nothing ran, watching goes on. */
  | { kind: 'problem'; changed: string[]; errors: SpecloopError[] }
  /** The run's trace, messages and coverage are written and it is the latest: `specloop trace` and `report` read it. */
  | { kind: 'updated'; runId: string; runDirectory: string; seconds: number }

export interface WatchResult {
  cwd: string
  /** 0 when watching ended as asked; 2 when it could not start. */
  exitCode: ExitCode
  errors: SpecloopError[]
  warnings: SpecloopError[]
  /** Runs done while watching. */
  runs: number
}

interface WatchState {
  project: Project
  scenariosNow: CurrentScenario[]
  trace?: Trace
  envelopes: Envelope[]
  /** Each file's text as the trace knows it (undefined: absent): a save is diffed against it. */
  traced: Map<string, string | undefined>
  /** Set when watching stops: a run cut short is not written. */
  stopping: boolean
  /** TypeScript saved since the cucumber process last loaded it (absolute paths). */
  unloaded: Set<string>
  /** Files saved since the last run whose text the trace does not know yet (absolute): part of every change until a run takes them in. */
  pending: Set<string>
  runs: number
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return undefined
  }
}

/** Saved TypeScript that cannot be instrumented (a syntax error), located; types are not checked, as under verify. */
function syntaxErrors(project: Project, runner: WarmRunner, files: string[]): SpecloopError[] {
  return runner
    .prepare(files)
    .map((failed) =>
      specloopError(
        'WATCH_SYNTAX',
        failed.message,
        { file: toUri(project, failed.file), line: failed.line, column: failed.column },
        'fix it and save: the affected scenarios run then'
      )
    )
}

/** Feature files read again after one changed; a new or deleted one resolves the project again. */
async function rereadFeatures(state: WatchState, options: WatchOptions, changedFeatures: string[]): Promise<SpecloopError[]> {
  const known = new Set(state.project.featurePaths)
  if (changedFeatures.some((file) => !known.has(file) || !fs.existsSync(file))) {
    const resolved = await resolveProject(options)
    if (resolved.error) return [resolved.error]
    state.project = resolved.project
  }
  const { features, readErrors, refused } = await readProjectFeatures(state.project)
  const errors = [...refused, ...readErrors, ...features.flatMap((feature) => feature.errors)]
  if (errors.length === 0) state.scenariosNow = selectedScenarios(state.project, features)
  return errors
}

interface Batch {
  started: number
  changed: string[]
  texts: Map<string, string | undefined>
  changes: FileChange[]
}

/** The files of a save that differ from what the trace knows, with their hunks. */
function batchOf(state: WatchState, files: string[], started: number): Batch {
  const { project } = state
  const texts = new Map<string, string | undefined>()
  for (const file of new Set([...files, ...state.pending])) {
    const relative = toUri(project, file)
    if (relative.startsWith('..') || !(isTypescriptSource(file) || file.endsWith('.feature'))) continue
    const text = readText(file)
    // Empty where the trace knows content: a save caught between truncating and writing (on a
    // busy machine the two can be further apart than the quiet time). The write's own event follows.
    if (
      text === '' &&
      state.traced.get(relative) &&
      Date.now() - (fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) < MID_SAVE_MS
    ) {
      state.pending.add(file)
      continue
    }
    if (text !== state.traced.get(relative)) texts.set(relative, text)
  }
  const changes = [...texts].map(([relative, after]): FileChange => {
    const before = state.traced.get(relative)
    return {
      path: relative,
      hunks: before !== undefined && after !== undefined ? lineHunks(before, after) : [],
      added: before === undefined,
      deleted: after === undefined
    }
  })
  return { started, changed: [...texts.keys()].sort(), texts, changes }
}

/** The scenarios a batch affects, from the trace; undefined: all of them (no trace yet). */
function affectedBy(state: WatchState, batch: Batch): SelectedScenario[] | undefined {
  if (!state.trace) return undefined
  const hash = (text: string | undefined) => (text === undefined ? undefined : sha256(text))
  return selectAffected({
    trace: state.trace,
    scenarios: state.scenariosNow,
    changes: batch.changes,
    currentSha256: Object.fromEntries(batch.changes.map((change) => [change.path, hash(batch.texts.get(change.path))])),
    baseSha256: Object.fromEntries(batch.changes.map((change) => [change.path, hash(state.traced.get(change.path))]))
  })
}

/** Runs the selection in the warm process, reports it, then writes the run merged into the trace. */
async function runSelection(
  state: WatchState,
  runner: WarmRunner,
  batch: Batch,
  selected: SelectedScenario[] | undefined,
  emit: (event: WatchEvent) => void
): Promise<void> {
  const { project } = state
  emit({ kind: 'running', changed: batch.changed, scenarios: selected?.length ?? state.scenariosNow.length })
  const now = new Date()
  const runId = newRunId(now)
  const runDirectory = createRunDirectory(project.cwd, runId)
  for (const change of batch.changes) if (isTypescriptSource(change.path)) state.unloaded.add(path.join(project.cwd, change.path))
  const outcome = await runner.run({
    runDirectory,
    selection: selected ? selectionPaths(selected) : undefined,
    changed: [...state.unloaded]
  })
  if (state.stopping) return
  const summary = summariseMessages(outcome.envelopes)
  const { errors } = runErrors(project, outcome, summary)
  const total = state.scenariosNow.length
  emit({
    kind: 'ran',
    changed: batch.changed,
    selected,
    total,
    counts: summary.scenarioCounts,
    scenarios: summary.scenarios,
    seconds: (performance.now() - batch.started) / 1000,
    errors
  })
  state.runs++
  state.unloaded.clear()
  // Nothing ran (support code that throws on load): the trace stays as it was, and so does what it knows of the files.
  if (!outcome.envelopes.some((envelope) => envelope.testCaseStarted)) {
    fs.rmSync(runDirectory, { recursive: true, force: true })
    return
  }
  const warnings: SpecloopError[] = []
  const sources = tracedSources(project, outcome, state.trace)
  const fresh = traceOfRun(project, { runId, now, outcome, summary, sources }, warnings)
  const merged =
    state.trace && selected
      ? mergeIntoLatest(
          runDirectory,
          runId,
          { trace: fresh, envelopes: outcome.envelopes },
          { trace: state.trace, envelopes: state.envelopes },
          { changes: batch.changes, scenariosNow: state.scenariosNow }
        )
      : { trace: fresh, envelopes: outcome.envelopes }
  finishRunDirectory(project, runId, runDirectory, merged.trace, sources, warnings)
  state.trace = merged.trace
  state.envelopes = merged.envelopes
  for (const [relative, text] of batch.texts) state.traced.set(relative, text)
  state.pending.clear()
  emit({ kind: 'updated', runId, runDirectory, seconds: (performance.now() - batch.started) / 1000 })
}

/** One save: what it changed, whether it can run, what it affects, and the run. */
async function handleSave(
  state: WatchState,
  options: WatchOptions,
  runner: WarmRunner,
  files: string[],
  started: number,
  emit: (event: WatchEvent) => void
): Promise<void> {
  const batch = batchOf(state, files, started)
  if (batch.changed.length === 0) return
  const absolute = batch.changed.map((relative) => path.join(state.project.cwd, relative))
  for (const file of absolute) state.pending.add(file)
  const problems = syntaxErrors(state.project, runner, absolute)
  const changedFeatures = batch.changed
    .filter((relative) => relative.endsWith('.feature'))
    .map((relative) => path.join(state.project.cwd, relative))
  if (problems.length === 0 && changedFeatures.length > 0) problems.push(...(await rereadFeatures(state, options, changedFeatures)))
  if (problems.length > 0) {
    emit({ kind: 'problem', changed: batch.changed, errors: problems })
    return
  }
  const selected = affectedBy(state, batch)
  if (selected && selected.length === 0) {
    emit({ kind: 'unaffected', changed: batch.changed, total: state.scenariosNow.length })
    return
  }
  await runSelection(state, runner, batch, selected, emit)
}

/** What the trace knows of each file, and the run that brings a stale trace (or none) up to date. */
async function catchUp(state: WatchState, runner: WarmRunner, emit: (event: WatchEvent) => void): Promise<void> {
  const { project } = state
  const started = performance.now()
  const files = [...findProjectSources(project.cwd), ...project.featurePaths]
  for (const file of files) state.traced.set(toUri(project, file), readText(file))
  if (!state.trace) return runSelection(state, runner, { started, changed: [], texts: new Map(), changes: [] }, undefined, emit)
  // Files changed since the trace was taken: their line numbers are not the trace's, so every scenario that ran them runs.
  const now = Object.fromEntries(
    [...state.trace.files.map((file) => file.path), ...Object.keys(state.trace.features ?? {})].map((file) => [
      file,
      state.traced.get(file) === undefined ? undefined : sha256(state.traced.get(file)!)
    ])
  )
  const changes = changesSinceTrace(state.trace, [], now)
  const selected = selectAffected({ trace: state.trace, scenarios: state.scenariosNow, changes, currentSha256: now, baseSha256: {} })
  if (selected.length > 0)
    await runSelection(state, runner, { started, changed: changes.map((change) => change.path), texts: new Map(), changes }, selected, emit)
}

/**
 * Watches the project and, on each save, runs the scenarios the change affects (as
 * `verify --affected` selects them, against the text the trace was taken from) in one warm,
 * sandboxed cucumber process, then merges the run into the latest trace and messages, so
 * `specloop trace` and `specloop report` stay current. Returns when `signal` aborts.
 */
export async function watch(options: WatchOptions): Promise<WatchResult> {
  const prepared = await projectToVerify(options)
  if (prepared.stopped) {
    const { cwd, exitCode, errors, warnings } = prepared.stopped
    return { cwd, exitCode, errors, warnings, runs: 0 }
  }
  const { project, features } = prepared
  const sandbox = options.sandbox ?? true
  const warnings = sandboxWarnings({ cwd: project.cwd }, project, sandbox)
  const emit = (event: WatchEvent) => options.onEvent?.(event)
  const state = initialState(project, features)
  let runner: WarmRunner
  try {
    runner = startWarmRunner({ project, sandbox, output: options.output })
  } catch (thrown) {
    const message = `could not prepare the project's TypeScript: ${String((thrown as Error)?.message ?? thrown).split('\n')[0]}`
    return { cwd: project.cwd, exitCode: 2, errors: [specloopError('INSTRUMENT', message)], warnings, runs: 0 }
  }
  const stopped = abortOf(options.signal)
  const saves = saveQueue(
    (files, started) => handleSave(state, options, runner, files, started, emit),
    () => options.signal?.aborted === true
  )
  // Watching from before the run at start: a save during it is handled after it.
  const watcher = watchProjectFiles(project.cwd, QUIET_MS, saves.add)
  saves.first(() => catchUp(state, runner, emit))
  await Promise.race([saves.done(), stopped])
  if (!options.signal?.aborted) emit({ kind: 'watching', scenarios: state.scenariosNow.length, warnings })
  await stopped
  state.stopping = true
  watcher.close()
  runner.stop()
  await saves.done().catch(() => undefined)
  return { cwd: project.cwd, exitCode: exitCodeOf({ couldNotRun: false, problems: false }), errors: [], warnings, runs: state.runs }
}

/** The state watching starts from: the latest run's trace and messages (none before a first run). */
function initialState(project: Project, features: ReadFeatures): WatchState {
  const previous = readTrace(latestRunDirectory(project.cwd))
  return {
    project,
    scenariosNow: selectedScenarios(project, features),
    trace: previous.trace,
    envelopes: previous.trace ? readEnvelopes(messagesFileOf(latestRunDirectory(project.cwd))) : [],
    traced: new Map(),
    stopping: false,
    unloaded: new Set(),
    pending: new Set(),
    runs: 0
  }
}

/** Resolves when the signal aborts (at once when it has already); never without a signal. */
function abortOf(signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve) => {
    if (signal?.aborted) resolve()
    signal?.addEventListener('abort', () => resolve(), { once: true })
  })
}

/**
 * Saves are handled one after another, after the `first` work; those made while one is handled
 * are handled together after it, timed from the first of them.
 */
function saveQueue(handle: (files: string[], started: number) => Promise<void>, aborted: () => boolean) {
  let queued: string[] = []
  let firstEventAt = 0
  let working: Promise<void> = Promise.resolve()
  const drain = async () => {
    while (queued.length > 0 && !aborted()) {
      const files = queued
      const started = firstEventAt
      queued = []
      await handle(files, started)
    }
  }
  return {
    first(work: () => Promise<void>): void {
      working = work()
    },
    add(files: string[], eventAt: number): void {
      if (queued.length === 0) firstEventAt = eventAt
      queued.push(...files)
      working = working.then(drain)
    },
    done: (): Promise<void> => working
  }
}
