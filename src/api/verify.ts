import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, SpecloopError, specloopError, messageOf, worstExitCode } from '../errors'
import { describeParseError } from '../gherkin'
import { Project, ProjectOptions, resolveProject, toUri, unloadedGeneratedFolders } from '../project'
import { noFeaturesError, readProjectFeatures } from '../specification'
import {
  emptyRunCounts,
  mergeAffectedMessages,
  networkIsolation,
  headCommit,
  readChanges,
  readEnvelopes,
  runInstrumentedSuite,
  RunCounts,
  summariseMessages
} from '../runner'
import type { RunFilters, RunOutcome, RunSummary, ScenarioOutcome } from '../runner'
import {
  buildTrace,
  COVERAGE_DIRECTORY,
  createRunDirectory,
  CurrentScenario,
  isAlwaysTraced,
  markHollow,
  markLatest,
  mergeTraces,
  newRunId,
  readTrace,
  ReadTraceResult,
  SelectedScenario,
  selectAffected,
  sourceRole,
  Trace,
  TracedSource,
  writeCoverageReports,
  FileChange,
  pruneRuns,
  changesSinceTrace,
  Shard,
  isShard,
  parseShard
} from '../trace'
import { latestRunDirectory, messagesFileOf, removeStaleTemporaries, RUN_SCRATCH, sha256, traceFileOf, writeFileAtomic } from '../workspace'
import { selectedScenarios } from './selected-scenarios'
import { selectionPaths } from '../strength'
import { loadGovernedProject, statusOf } from './governance'
import { SPECLOOP_RECORDS, unconfirmedCode, verifyStageRefusals } from './stages'

/** Older runs are deleted beyond this many. */
const RUNS_KEPT = 20

export interface VerifyOptions extends ProjectOptions {
  /** Run under Node's permission model (default true). */
  sandbox?: boolean
  /** Hollow scenarios fail the run. */
  strict?: boolean
  /** CI: the policy's verify stage applies (`"verify": "require-fresh"` refuses stale generated code before running). */
  ci?: boolean
  parallel?: number
  /** Run only the scenarios a change since `base` can affect. */
  affected?: boolean
  /** Git revision for `affected` (default HEAD). */
  base?: string
  /** Feature paths, `FEATURE:LINE` or `@rerun.txt`, as `cucumber-js` takes them (instead of the configured paths). */
  paths?: string[]
  /** cucumber-js's filters: `--tags` (and-ed with the profile's), `--name` (added to it), `--retry`. */
  filters?: RunFilters
  /** Run only this share of the scenarios (`--shard i/n`, cucumber-js's sharding); the trace records it for `specloop merge`. */
  shard?: Shard
  /** Where cucumber's own output (the project's formatters) goes; dropped when absent. */
  stdout?: NodeJS.WritableStream
  stderr?: NodeJS.WritableStream
  now?: () => Date
}

export interface HollowScenario {
  name: string
  uri: string
  line: number
  reason: 'no-implementation' | 'no-assertion'
}

export interface AffectedSelection {
  /** False when everything ran (no earlier trace). */
  narrowed: boolean
  /** Why everything ran, when it did. */
  reason?: string
  selected: SelectedScenario[]
  total: number
}

export interface VerifyResult {
  cwd: string
  runId?: string
  /** Absolute path of `.specloop/runs/<run-id>`. */
  runDirectory?: string
  /** cucumber's semantics: 0 passed, 1 failed (or hollow scenarios or unconfirmed generated code under --strict); 2 could not run. */
  exitCode: ExitCode
  /** As cucumber's summary: scenarios and steps by status (this run only). */
  scenarioCounts: RunCounts
  stepCounts: RunCounts
  /** The scenarios that did not pass (a skip is the project's choice), located, with the first failing step's message. */
  failing?: Array<Pick<ScenarioOutcome, 'uri' | 'line' | 'name' | 'status' | 'errorMessage'>>
  hollow: HollowScenario[]
  /** What stopped or broke the run: no features, bad configuration, support code that throws, a crash. */
  errors: SpecloopError[]
  warnings: SpecloopError[]
  affected?: AffectedSelection
  /** The share of the suite this run ran, when it ran one. */
  shard?: Shard
  /** Whole-run coverage, text summary (the reports are in the run's coverage/ directory). */
  coverageSummary?: string
  trace?: { scenarios: number; files: number; bytes: number }
}

/** `verify --ci`: the policy's verify stage, judged before anything runs; undefined when it lets the run go. */
async function verifyStage(options: VerifyOptions): Promise<{ errors: SpecloopError[]; exitCode: ExitCode } | undefined> {
  const loaded = await loadGovernedProject(options)
  if (loaded.error) return { errors: [loaded.error], exitCode: 2 }
  const refusals = verifyStageRefusals(loaded.governed.policy, statusOf(loaded.governed))
  return refusals.length > 0 ? { errors: refusals, exitCode: 1 } : undefined
}

function emptyResult(cwd: string, error?: SpecloopError): VerifyResult {
  return {
    cwd,
    exitCode: error ? 2 : 0,
    scenarioCounts: emptyRunCounts(),
    stepCounts: emptyRunCounts(),
    hollow: [],
    errors: error ? [error] : [],
    warnings: []
  }
}

export function tracedSources(project: Project, outcome: RunOutcome, previous?: Trace): TracedSource[] {
  const supportFiles = new Set([...project.requirePaths, ...project.importPaths].map((file) => toUri(project, file)))
  const previouslyTraced = new Set(previous?.files.map((file) => file.path) ?? [])
  return outcome.instrumented.map((file) => {
    const relative = toUri(project, file.sourcePath)
    return {
      path: relative,
      absolutePath: file.sourcePath,
      role: sourceRole(relative, supportFiles),
      sha256: file.sha256,
      lineCount: fs.readFileSync(file.sourcePath, 'utf8').split('\n').length,
      maps: file.maps,
      alwaysTraced: isAlwaysTraced(relative) || previouslyTraced.has(relative)
    }
  })
}

/** A failure cucumber threw before running (support code that throws on load), located in the project's file. */
export function describeSetupError(
  project: Project,
  error: { message: string; stack?: string },
  notInstrumented: RunOutcome['notInstrumented'] = []
): SpecloopError {
  return specloopError(
    'SUPPORT_LOAD',
    `cucumber could not run: ${error.message.split('\n')[0]}`,
    setupErrorLocation(project, error.stack ?? '', notInstrumented),
    'fix the error in this file; cucumber-js cannot load it either'
  )
}

/**
 * Where support code broke as it loaded: the project's innermost stack frame; for a syntax error
 * (which has no frame of its own, only Node's `FILE:LINE` header over the compiled text) that
 * file, at the place the instrumenter's parser found in its source.
 */
function setupErrorLocation(
  project: Project,
  stack: string,
  notInstrumented: RunOutcome['notInstrumented']
): { file?: string; line?: number; column?: number } {
  const inProject = (file: string) => file.startsWith(project.cwd) && !file.includes(`${path.sep}node_modules${path.sep}`)
  const frame = stack
    .split('\n')
    .map((line) => /\(?((?:\/|[A-Za-z]:\\)[^():]+):(\d+):(\d+)\)?$/.exec(line.trim()))
    .find((match) => match && inProject(match[1]))
  if (frame) return { file: toUri(project, frame[1]), line: Number(frame[2]), column: Number(frame[3]) }
  const header = /^((?:\/|[A-Za-z]:\\)[^\n]+?):(\d+)\n/.exec(stack)
  if (!header || !inProject(header[1])) return {}
  const parsed = notInstrumented.find((skipped) => path.resolve(project.cwd, skipped.file) === header[1] && skipped.line !== undefined)
  if (parsed) return { file: toUri(project, header[1]), line: parsed.line, column: parsed.column }
  // The header's line counts lines of the compiled JavaScript: it is the source's own only for a .js file.
  return /\.[cm]?js$/.test(header[1]) ? { file: toUri(project, header[1]), line: Number(header[2]) } : { file: toUri(project, header[1]) }
}

function hashOf(file: string): string | undefined {
  try {
    return sha256(fs.readFileSync(file))
  } catch {
    return undefined
  }
}

/** SHA-256 now of every file the trace recorded a hash for (undefined when it is gone). */
export function hashesNow(project: Project, trace: Trace): Record<string, string | undefined> {
  const paths = [...trace.files.map((file) => file.path), ...Object.keys(trace.features ?? {})]
  return Object.fromEntries(paths.map((file) => [file, hashOf(path.join(project.cwd, file))]))
}

/**
 * A feature path (`FILE`, `FILE:LINE`, a folder, `@rerun.txt`) that names nothing: cucumber-js
 * would run no scenario and call it a pass. Globs are cucumber's to expand.
 */
export function missingPathError(
  projectDirectory: string,
  paths: readonly string[],
  consequence = 'nothing was run'
): SpecloopError | undefined {
  for (const given of paths) {
    const file = given.replace(/(:\d+)+$/, '')
    // cucumber-js reads a file whose name starts with @ as a rerun file, @ included; a leading @ before a folder is taken either way.
    const candidates = [file, file.replace(/^@/, '')]
    if (/[*?[\]{}]/.test(file) || candidates.some((candidate) => fs.existsSync(path.resolve(projectDirectory, candidate)))) continue
    return specloopError(
      'USAGE',
      `${given.startsWith('@') || path.basename(file).startsWith('@') ? 'no such rerun file' : 'no such feature file or folder'}: ${consequence}`,
      { file },
      'give a .feature file, FILE:LINE, a folder of features or @rerun.txt that exists'
    )
  }
  return undefined
}

/** Options that cannot go together, found before the project is read. */
function usageProblem(options: VerifyOptions): SpecloopError | undefined {
  if (options.shard !== undefined && !isShard(options.shard)) {
    return specloopError(
      'SHARD_INVALID',
      `shard ${JSON.stringify(options.shard)} is not a share of the suite`,
      {},
      'give { index, total } with 1 ≤ index ≤ total'
    )
  }
  if (options.shard && options.affected) {
    return specloopError(
      'USAGE',
      '--shard and --affected cannot be combined: --affected merges into the latest trace, a shard is one share of a full run',
      {},
      'shard the full run, then `specloop merge` the shards'
    )
  }
  return undefined
}

export type ReadFeatures = Awaited<ReturnType<typeof readProjectFeatures>>['features']

/** The project and its features, or the result that says why it cannot run. */
export async function projectToVerify(
  options: VerifyOptions
): Promise<{ project: Project; features: ReadFeatures; stopped?: undefined } | { stopped: VerifyResult }> {
  const resolved = await resolveProject(options)
  if (resolved.error) return { stopped: emptyResult(options.cwd, resolved.error) }
  const project = resolved.project
  // What a verify or generate killed mid-write left behind goes before this run writes anything.
  removeStaleTemporaries(project.cwd)
  if (project.featurePaths.length === 0) return { stopped: emptyResult(project.cwd, noFeaturesError(project)) }
  // A feature that is not UTF-8 (or cannot be read) is refused as `check` refuses it: cucumber
  // would run it decoded wrongly and pass, or print its raw bytes. Input too large or complex
  // to run safely is refused as `check` refuses it too, before cucumber hangs on it.
  const { features, readErrors, refused } = await readProjectFeatures(project)
  if (refused.length > 0) return { stopped: { ...emptyResult(project.cwd), errors: refused, exitCode: 2 } }
  if (readErrors.length > 0) return { stopped: { ...emptyResult(project.cwd), errors: readErrors, exitCode: 1 } }
  return { project, features }
}

/** With `--affected`: what changed since the latest trace, and the scenarios that change can affect. */
interface AffectedPlan {
  affected?: AffectedSelection
  changes: FileChange[]
  /** The scenarios the feature files define now, with cucumber's tag filter applied. */
  scenariosNow: CurrentScenario[]
}

function planAffected(
  project: Project,
  features: ReadFeatures,
  previous: ReadTraceResult,
  base: string
): AffectedPlan | { error: SpecloopError } {
  const scenariosNow = selectedScenarios(project, features)
  if (!previous.trace) {
    return {
      affected: {
        narrowed: false,
        reason: previous.error === 'invalid' ? 'the latest trace is unreadable' : 'no earlier trace',
        selected: [],
        total: scenariosNow.length
      },
      changes: [],
      scenariosNow
    }
  }
  const read = readChanges(project.cwd, base)
  if (read.error !== undefined) {
    const hint = read.error.startsWith('not a git repository')
      ? 'run a full `specloop verify` (or `git init` and commit the project)'
      : 'run a full `specloop verify`, or pass --base REV'
    return { error: specloopError('AFFECTED_GIT', read.error, {}, hint) }
  }
  const working = read.changes
  // Commits since the trace are changes too, though `git diff REV` no longer shows them.
  const since = changesSinceTrace(previous.trace, working.changes, hashesNow(project, previous.trace))
  for (const change of since) working.currentSha256[change.path] = hashOf(path.join(project.cwd, change.path))
  working.changes = [...working.changes, ...since]
  const selected = selectAffected({ trace: previous.trace, scenarios: scenariosNow, ...working })
  return { affected: { narrowed: true, selected, total: scenariosNow.length }, changes: working.changes, scenariosNow }
}

/**
 * cucumber-js 13 runs `--parallel` workers as threads, not processes: the per-scenario trace
 * follows worker processes only, so such a run is refused rather than traced as empty.
 */
function parallelThreadsRefusal(options: VerifyOptions, project: Project): SpecloopError | undefined {
  const parallel = (options.parallel ?? project.runConfiguration.runtime.parallel ?? 0) > 0
  if (!parallel || Number(project.cucumber.version.split('.')[0]) < 13) return undefined
  return specloopError(
    'CUCUMBER_INCOMPATIBLE',
    `cucumber-js ${project.cucumber.version} runs --parallel workers as threads, which the per-scenario trace does not follow yet`,
    {},
    'run verify without --parallel (and without "parallel" in the cucumber configuration), or split the suite over machines with --shard I/N and specloop merge'
  )
}

/**
 * Generated code the project's own configuration does not load: its scenarios would stay
 * undefined with nothing to say why (a `cucumber.json` whose "require" names only its own steps).
 */
export function unloadedGeneratedWarnings(project: Project): SpecloopError[] {
  // Without a configuration specloop loads its folders itself; plain `npx cucumber-js` loads none of them.
  const generatedFolders = unloadedGeneratedFolders({ cwd: project.cwd, requirePaths: [], importPaths: [] })
  if (project.configFile === undefined && generatedFolders.length > 0) {
    const folders = generatedFolders
    return [
      specloopError(
        'GENERATED_NOT_LOADED',
        `the project has no cucumber configuration: specloop loads ${folders.join(' and ')} itself, but plain \`npx cucumber-js\` leaves those steps undefined`,
        {},
        'run `npx specloop init` and `npm install`: init adds cucumber.js and the TypeScript toolchain, and overwrites nothing'
      )
    ]
  }
  const folders = unloadedGeneratedFolders(project)
  if (folders.length === 0 || project.configFile === undefined) return []
  // The generated steps are TypeScript: a configuration that loads no TypeScript loader needs one too.
  const { requireModules = [], loaders = [] } = project.runConfiguration.support
  const loadsTypeScript = [...requireModules, ...loaders].some((name) => /ts-node|tsx|@swc|esbuild-register|typescript/.test(name))
  const loader = loadsTypeScript
    ? ''
    : ', and "ts-node/register/transpile-only" to its "requireModule" ("loader": "ts-node/esm/transpile-only" for ESM)'
  return [
    specloopError(
      'GENERATED_NOT_LOADED',
      `the configuration loads nothing from ${folders.join(' or ')}: the steps specloop generated there stay undefined`,
      { file: project.configFile },
      `add ${folders.map((folder) => JSON.stringify(`${folder}/**/*.ts`)).join(' and ')} to its "require" ("import" for ESM steps)${loader}`
    )
  ]
}

/** What the sandbox cannot promise on this run: child processes with --parallel, network without a namespace. */
export function sandboxWarnings(options: VerifyOptions, project: Project, sandbox: boolean): SpecloopError[] {
  const warnings: SpecloopError[] = []
  if (sandbox && (options.parallel ?? project.runConfiguration.runtime.parallel ?? 0) > 0) {
    warnings.push(
      specloopError(
        'SANDBOX_PARALLEL',
        'with --parallel the sandbox allows child processes: cucumber forks its workers, and the workers could spawn too'
      )
    )
  }
  if (sandbox && networkIsolation() === undefined) {
    warnings.push(
      specloopError(
        'SANDBOX_NETWORK',
        'the scenarios have network access: this system gives no network namespace (unshare -rn)',
        {},
        'run where unprivileged user namespaces are allowed to cut the network'
      )
    )
  }
  return warnings
}

/** cucumber run with the project's TypeScript instrumented; files that could not be instrumented are warnings. */
async function runSuite(
  project: Project,
  options: VerifyOptions,
  run: { runDirectory: string; sandbox: boolean; selection?: string[] },
  warnings: SpecloopError[]
): Promise<{ outcome: RunOutcome } | { error: SpecloopError }> {
  let outcome: RunOutcome
  try {
    outcome = await runInstrumentedSuite({
      project,
      ...run,
      parallel: options.parallel,
      filters: options.filters,
      shard: options.shard,
      stdout: options.stdout,
      stderr: options.stderr
    })
  } catch (thrown) {
    return { error: specloopError('INSTRUMENT', `could not prepare the project's TypeScript: ${messageOf(thrown).split('\n')[0]}`) }
  }
  for (const skipped of outcome.notInstrumented) {
    warnings.push(
      specloopError(
        'NOT_TRACED',
        `not traced, could not instrument it: ${skipped.message.replace(/^[^:]*: /, '').replace(/\s*\(\d+:\d+\)$/, '')}`,
        { file: toUri(project, skipped.file), line: skipped.line, column: skipped.column }
      )
    )
  }
  return { outcome }
}

/** The run's errors and its exit code: cucumber's own, unless the run broke (setup, a dead worker, a crash). */
export function runErrors(project: Project, outcome: RunOutcome, summary: RunSummary): { errors: SpecloopError[]; exitCode: ExitCode } {
  const errors: SpecloopError[] = []
  let exitCode = exitCodeOf({ couldNotRun: false, problems: (outcome.exitCode ?? 1) !== 0 })
  if (outcome.result?.error) {
    if (outcome.envelopes.some((envelope) => envelope.testCaseStarted)) {
      // Scenarios ran, then cucumber itself failed: a --parallel worker that died does this.
      errors.push(
        specloopError(
          'RUN_FAILED',
          `cucumber failed during the run: ${outcome.result.error.message.split('\n')[0]}`,
          {},
          'a worker process may have died; the trace of the scenarios that finished was kept'
        )
      )
      exitCode = exitCodeOf({ couldNotRun: false, problems: true })
    } else {
      errors.push(describeSetupError(project, outcome.result.error, outcome.notInstrumented))
      exitCode = exitCodeOf({ couldNotRun: true, problems: true })
    }
  } else if (!outcome.result) {
    const how = outcome.signal ? `was killed by ${outcome.signal}` : `exited with code ${outcome.exitCode}`
    const lines = outcome.stderrTail
      .trim()
      .split('\n')
      .filter((line) => line.trim() && !/^\s+at /.test(line))
    const lastLine = lines.find((line) => /^(\w*Error\b|Error:)/.test(line.trim())) ?? lines.pop()
    errors.push(
      specloopError(
        'RUN_CRASHED',
        `the cucumber process ${how} before the run finished${lastLine ? `: ${lastLine}` : ''}`,
        {},
        'the trace of the scenarios that finished was kept'
      )
    )
    // The run failed, whatever code the process chose (a step may call process.exit(3)): exit codes keep their documented meaning.
    exitCode = exitCodeOf({ couldNotRun: false, problems: true })
  }
  for (const parseError of summary.parseErrors) {
    errors.push(
      specloopError('PARSE_ERROR', describeParseError(parseError.message), {
        file: parseError.uri,
        line: parseError.line,
        column: parseError.column
      })
    )
  }
  return { errors, exitCode }
}

/** The trace of this run alone: per-scenario coverage, the features' hashes, the shard, hollow scenarios marked. */
export function traceOfRun(
  project: Project,
  run: { runId: string; now: Date; outcome: RunOutcome; summary: RunSummary; sources: TracedSource[]; shard?: Shard },
  warnings: SpecloopError[]
): Trace {
  const { outcome, summary } = run
  const trace = buildTrace({
    runId: run.runId,
    createdAt: run.now.toISOString(),
    scenarios: summary.scenarios.map(({ pickleId, name, uri, line, status, durationMs }) => ({
      pickleId,
      name,
      uri,
      line,
      status,
      durationMs
    })),
    coverage: outcome.deltas.flatMap((record) =>
      record.kind === 'scenario'
        ? [
            {
              pickleId: summary.pickleOfAttempt.get(record.testCaseStartedId) ?? '',
              files: record.files,
              outcomeAssertions: record.outcomeAssertions
            }
          ]
        : []
    ),
    outside: outcome.deltas.flatMap((record) => (record.kind === 'outside' ? [record.files] : [])),
    sources: run.sources
  })
  const untraced = [
    ...new Set(outcome.deltas.flatMap((record) => (record.kind === 'untraced' ? record.files : [])).map((file) => toUri(project, file)))
  ].sort()
  if (untraced.length > 0) {
    trace.untraced = untraced
    const named = untraced.slice(0, 3).join(', ') + (untraced.length > 3 ? ` and ${untraced.length - 3} more` : '')
    warnings.push(
      specloopError(
        'NOT_TRACED',
        `JavaScript of the project ran untraced: ${named} (only TypeScript is traced; no scenario is called hollow for running no implementation)`
      )
    )
  }
  trace.features = Object.fromEntries(
    project.featurePaths
      .map((file) => [toUri(project, file), hashOf(file)])
      .filter((entry): entry is [string, string] => entry[1] !== undefined)
  )
  if (run.shard) trace.shard = run.shard
  return markHollow(trace)
}

/**
 * An affected-only run merged into the latest trace, so the trace (and the run's messages)
 * still cover the whole suite: the scenarios not run keep their earlier results.
 */
export function mergeIntoLatest(
  runDirectory: string,
  runId: string,
  run: { trace: Trace; envelopes: RunOutcome['envelopes'] },
  previous: { trace: Trace; envelopes: RunOutcome['envelopes'] },
  plan: Pick<AffectedPlan, 'changes' | 'scenariosNow'>
): { trace: Trace; envelopes: RunOutcome['envelopes'] } {
  const merged = markHollow(mergeTraces(previous.trace, run.trace, plan.changes, plan.scenariosNow))
  const keptPickleIds = new Set(
    merged.scenarios.filter((scenario) => scenario.runId !== undefined && scenario.runId !== runId).map((scenario) => scenario.pickleId)
  )
  if (keptPickleIds.size === 0 || previous.envelopes.length === 0) return { trace: merged, envelopes: run.envelopes }
  const messages = mergeAffectedMessages(previous.envelopes, run.envelopes, keptPickleIds)
  writeFileAtomic(messagesFileOf(runDirectory), messages.envelopes.map((envelope) => JSON.stringify(envelope)).join('\n') + '\n')
  return { trace: merged, envelopes: messages.envelopes }
}

/** The trace and the coverage reports written, the runner's scratch files removed, the run made the latest. */
export function finishRunDirectory(
  project: Project,
  runId: string,
  runDirectory: string,
  trace: Trace,
  sources: TracedSource[],
  warnings: SpecloopError[]
): { traceText: string; coverageSummary?: string } {
  const traceText = JSON.stringify(trace)
  writeFileAtomic(traceFileOf(runDirectory), traceText)
  let coverageSummary: string | undefined
  try {
    coverageSummary = writeCoverageReports(trace, sources, path.join(runDirectory, COVERAGE_DIRECTORY), project.cwd)
  } catch (thrown) {
    warnings.push(specloopError('COVERAGE_REPORT', `could not write the coverage reports: ${messageOf(thrown)}`))
  }
  for (const name of Object.values(RUN_SCRATCH)) fs.rmSync(path.join(runDirectory, name), { recursive: true, force: true })
  markLatest(project.cwd, runId)
  pruneRuns(project.cwd, RUNS_KEPT)
  return { traceText, coverageSummary }
}

/**
 * Runs the suite as `npx cucumber-js` would, with the project's own TypeScript instrumented,
 * and writes under `.specloop/runs/<run-id>/`: the Cucumber Messages, the per-scenario
 * trace, the whole-run coverage reports.
 */
export async function verify(options: VerifyOptions): Promise<VerifyResult> {
  const ready = await readyToVerify(options)
  if (ready.stopped) return ready.stopped
  const { project, features } = ready
  // Recorded before it runs: a run is of a commit only when the tree is that commit as it starts.
  const commit = headCommit(project.cwd, SPECLOOP_RECORDS)
  const warnings: SpecloopError[] = []
  const previous = readTrace(latestRunDirectory(project.cwd))
  let plan: AffectedPlan = { changes: [], scenariosNow: [] }
  if (options.affected) {
    const planned = planAffected(project, features, previous, options.base ?? 'HEAD')
    if ('error' in planned) return emptyResult(project.cwd, planned.error)
    plan = planned
    if (plan.affected?.narrowed && plan.affected.selected.length === 0)
      return { ...emptyResult(project.cwd), affected: plan.affected, warnings }
  }
  const { affected } = plan
  const now = (options.now ?? (() => new Date()))()
  const runId = newRunId(now)
  const runDirectory = createRunDirectory(project.cwd, runId)
  const sandbox = options.sandbox ?? true
  warnings.push(...sandboxWarnings(options, project, sandbox), ...unloadedGeneratedWarnings(project))
  const selection = affected?.narrowed ? selectionPaths(affected.selected) : options.paths?.length ? options.paths : undefined
  const ran = await runSuite(project, options, { runDirectory, sandbox, selection }, warnings)
  if ('error' in ran) return { ...emptyResult(project.cwd, ran.error), runId, runDirectory }
  return recordRun(project, options, { runId, runDirectory, now, commit, plan, previous, outcome: ran.outcome }, warnings)
}

/** The project to verify, or the result that stops verify before anything runs (bad options, no project, a refusal). */
async function readyToVerify(
  options: VerifyOptions
): Promise<{ project: Project; features: ReadFeatures; stopped?: undefined } | { stopped: VerifyResult }> {
  const problem = usageProblem(options)
  if (problem) return { stopped: emptyResult(options.cwd, problem) }
  const prepared = await projectToVerify(options)
  if (prepared.stopped) return prepared
  const missing = missingPathError(prepared.project.cwd, options.paths ?? [])
  if (missing) return { stopped: emptyResult(prepared.project.cwd, missing) }
  const refused = parallelThreadsRefusal(options, prepared.project)
  if (refused) return { stopped: emptyResult(prepared.project.cwd, refused) }
  if (options.ci) {
    const refusedByStage = await verifyStage(options)
    if (refusedByStage) return { stopped: { ...emptyResult(prepared.project.cwd), ...refusedByStage } }
  }
  return prepared
}

/**
 * What a run leaves: its trace (merged into the latest when only the affected scenarios ran, so
 * it still covers the whole suite), the coverage reports, and the result verify returns.
 */
function recordRun(
  project: Project,
  options: VerifyOptions,
  run: {
    runId: string
    runDirectory: string
    now: Date
    commit?: string
    plan: AffectedPlan
    previous: ReadTraceResult
    outcome: RunOutcome
  },
  warnings: SpecloopError[]
): VerifyResult {
  const { runId, runDirectory, outcome, plan, previous } = run
  const { affected } = plan
  const summary = summariseMessages(outcome.envelopes)
  const { errors, exitCode } = runErrors(project, outcome, summary)
  if (neverStarted(outcome)) return unrecordedRun(project, runDirectory, errors, warnings)
  const sources = tracedSources(project, outcome, previous.trace)
  const shard = shardOf(project, options)
  let trace = traceOfRun(project, { runId, now: run.now, outcome, summary, sources, shard }, warnings)
  // Hollow is this run's finding: scenarios kept from the earlier trace are not reported again.
  const hollow = hollowScenarios(trace)
  // Green on code whose rule the examples do not decide is not evidence of that rule: said, as the gate says it.
  const unconfirmed = unconfirmedCode(project.cwd)
  ;(options.strict ? errors : warnings).push(...unconfirmed)
  if (affected?.narrowed && previous.trace) {
    const previousEnvelopes = readEnvelopes(messagesFileOf(latestRunDirectory(project.cwd)))
    trace = mergeIntoLatest(
      runDirectory,
      runId,
      { trace, envelopes: outcome.envelopes },
      { trace: previous.trace, envelopes: previousEnvelopes },
      plan
    ).trace
  }
  if (run.commit) trace = { ...trace, commit: run.commit }
  const { traceText, coverageSummary } = finishRunDirectory(project, runId, runDirectory, trace, sources, warnings)
  return {
    cwd: project.cwd,
    runId,
    runDirectory,
    // One rule for what the run found beyond pass and fail (hollow scenarios, unconfirmed code): a warning; a failure under --strict.
    exitCode: worstExitCode(
      exitCode,
      exitCodeOf({ couldNotRun: false, problems: Boolean(options.strict) && hollow.length + unconfirmed.length > 0 })
    ),
    scenarioCounts: summary.scenarioCounts,
    stepCounts: summary.stepCounts,
    failing: summary.scenarios
      .filter((scenario) => scenario.status !== 'passed' && scenario.status !== 'skipped')
      .map(({ uri, line, name, status, errorMessage }) => ({ uri, line, name, status, ...(errorMessage ? { errorMessage } : {}) })),
    hollow,
    errors,
    warnings,
    affected,
    ...(shard ? { shard } : {}),
    coverageSummary,
    trace: { scenarios: trace.scenarios.length, files: trace.files.length, bytes: Buffer.byteLength(traceText) }
  }
}

/** Cucumber stopped before any scenario: support code that does not load. */
function neverStarted(outcome: RunOutcome): boolean {
  return outcome.result?.error !== undefined && !outcome.envelopes.some((envelope) => envelope.testCaseStarted)
}

/**
 * A run that never started is no run: its directory goes and the latest run stays the one before,
 * so `report` and `trace` keep reading a run that has scenarios.
 */
function unrecordedRun(project: Project, runDirectory: string, errors: SpecloopError[], warnings: SpecloopError[]): VerifyResult {
  fs.rmSync(runDirectory, { recursive: true, force: true })
  return { ...emptyResult(project.cwd), errors, warnings, exitCode: exitCodeOf({ couldNotRun: true, problems: true }) }
}

/** The shard this run is: --shard, or the one the cucumber configuration sets, recorded as if given on the command line. */
function shardOf(project: Project, options: VerifyOptions): Shard | undefined {
  const configured = project.runConfiguration.sources.shard ? parseShard(project.runConfiguration.sources.shard).shard : undefined
  return options.shard ?? configured
}

function hollowScenarios(trace: Trace): HollowScenario[] {
  return trace.scenarios.flatMap((scenario) =>
    scenario.hollow ? [{ name: scenario.name, uri: scenario.uri, line: scenario.line, reason: scenario.hollow }] : []
  )
}
