import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, messageOf, SpecloopError, specloopError, worstExitCode } from '../errors'
import { Project, resolveProject, toUri } from '../project'
import type { ProjectOptions } from '../project'
import { runInstrumentedSuite, summariseMessages } from '../runner'
import {
  applyMutant,
  describeMutant,
  featureScores,
  findMutants,
  implementationFiles,
  overallScore,
  readStrengthRecord,
  scenarioLocation,
  scenariosByCoveredLine,
  selectionKey,
  selectionPaths,
  STRENGTH_RECORD_VERSION,
  writeStrengthRecord
} from '../strength'
import type { FeatureScore, Mutant, MutantResult, StrengthRecord } from '../strength'
import { readTrace } from '../trace'
import type { Trace, TraceScenario } from '../trace'
import { latestRunDirectory, strengthScratchOf } from '../workspace'
import { killingRows } from './strength-rows'
import { hashesNow, verify } from './verify'

export interface StrengthOptions extends ProjectOptions {
  /** Implementation files to mutate (project-relative or absolute); every traced one when absent. */
  files?: string[]
  /** Only mutants on lines changed since the last strength run, or whose scenarios changed; the others keep their verdict. */
  affected?: boolean
  /** Stop starting mutants after this long (the mutants left are reported, not scored). */
  budgetSeconds?: number
  /** Run at most this many mutants. */
  maxMutants?: number
  /** A feature scoring below this percentage fails the command (exit 1). */
  minScore?: number
  /**
   * Every mutant against the whole suite instead of the scenarios its line's trace selects: the
   * baseline the benchmark measures selection against (bench/strength).
   */
  wholeSuite?: boolean
  /** Told after each mutant ran. */
  onProgress?: (done: number, total: number) => void
  now?: () => Date
}

export interface StrengthResult {
  cwd: string
  exitCode: ExitCode
  errors: SpecloopError[]
  warnings: SpecloopError[]
  record?: StrengthRecord
  /** Mutants run now, and scenario runs they took (each selected scenario once per mutant). */
  mutantsRun: number
  scenarioRuns: number
  /** Mutants whose verdict was kept from the last run (`--affected`). */
  mutantsReused: number
  /** When a budget stopped the run: which one, and how many mutants did not run. */
  budget?: { reached: 'seconds' | 'mutants'; notRun: number }
  /** Whether verify ran first (no trace, or one older than the sources). */
  verified?: boolean
  elapsedMs: number
}

/** A mutant's run is killed after the traced time of its scenarios many times over, and never sooner than this. */
const MUTANT_TIMEOUT_FLOOR_MS = 20_000
const MUTANT_TIMEOUT_FACTOR = 10

function emptyResult(cwd: string, errors: SpecloopError[], exitCode: ExitCode, started: number): StrengthResult {
  return { cwd, exitCode, errors, warnings: [], mutantsRun: 0, scenarioRuns: 0, mutantsReused: 0, elapsedMs: Date.now() - started }
}

/** Why the latest trace cannot locate mutants: missing, or a traced source or feature file changed since. */
function staleness(project: Project, trace: Trace | undefined): string | undefined {
  if (!trace) return 'no trace yet'
  const now = hashesNow(project, trace)
  const changed = trace.files.find((file) => file.sha256 !== undefined && now[file.path] !== file.sha256)
  if (changed) return `${changed.path} changed since the trace`
  const features = project.featurePaths.map((file) => toUri(project, file))
  const changedFeature = features.find((uri) => trace.features?.[uri] === undefined || now[uri] !== trace.features[uri])
  return changedFeature ? `${changedFeature} changed since the trace` : undefined
}

/** The latest trace, fresh: verify runs first when there is none or the sources changed since. */
async function freshTrace(
  project: Project,
  options: StrengthOptions
): Promise<{ trace: Trace; verified: boolean; warnings: SpecloopError[] } | { errors: SpecloopError[]; exitCode: ExitCode }> {
  const latest = readTrace(latestRunDirectory(project.cwd)).trace
  if (staleness(project, latest) === undefined) return { trace: latest!, verified: false, warnings: [] }
  const verified = await verify({ cwd: options.cwd, env: options.env, profiles: options.profiles, configFile: options.configFile })
  if (verified.errors.length > 0) return { errors: verified.errors, exitCode: verified.exitCode }
  const trace = readTrace(latestRunDirectory(project.cwd)).trace
  if (!trace)
    return {
      errors: [specloopError('TRACE_MISSING', 'verify wrote no trace', {}, 'run `specloop verify` and look at its errors')],
      exitCode: 2
    }
  const warnings =
    verified.exitCode === 0
      ? []
      : [
          specloopError(
            'STRENGTH_SUITE_FAILS',
            `${verified.scenarioCounts.failed} scenario(s) fail before any mutation: only the passing ones are used`,
            {},
            'run `specloop verify` and fix them: a mutant is measured against a green suite'
          )
        ]
  return { trace, verified: true, warnings }
}

interface PlannedMutant {
  mutant: Mutant
  text: string
  absolutePath: string
  scenarios: TraceScenario[]
  selectionKey: string
}

/** Every mutant of the covered lines of the chosen files, with the scenarios that ran its line. */
function planMutants(project: Project, trace: Trace, files: ReadonlySet<string> | undefined): PlannedMutant[] {
  const planned: PlannedMutant[] = []
  for (const file of implementationFiles(trace)) {
    if (files && !files.has(file.path)) continue
    const absolutePath = path.join(project.cwd, file.path)
    const text = fs.readFileSync(absolutePath, 'utf8')
    const byLine = scenariosByCoveredLine(trace, file)
    for (const mutant of findMutants(text, file.path, new Set(byLine.keys()))) {
      const scenarios = (byLine.get(mutant.statementLine) ?? []).map((index) => trace.scenarios[index]!)
      planned.push({ mutant, text, absolutePath, scenarios, selectionKey: selectionKey(scenarios, trace.features ?? {}) })
    }
  }
  return planned
}

/** The FILE arguments as traced paths; one the scenarios never ran is an error. */
function chosenFiles(project: Project, trace: Trace, files: string[] | undefined): { files?: Set<string>; errors: SpecloopError[] } {
  if (!files?.length) return { errors: [] }
  const traced = new Set(implementationFiles(trace).map((file) => file.path))
  const chosen = new Set<string>()
  const errors: SpecloopError[] = []
  for (const file of files) {
    const relative = toUri(project, path.resolve(project.cwd, file))
    if (traced.has(relative)) chosen.add(relative)
    else
      errors.push(
        specloopError(
          'STRENGTH_NOT_TRACED',
          // A feature is what strength judges, not what it mutates: it changes the code the scenarios ran.
          relative.endsWith('.feature')
            ? 'a feature file is not mutated: strength changes the implementation files its scenarios ran'
            : 'no implementation file the scenarios ran: nothing to mutate',
          { file: relative },
          'name a file under src/ or generated/src/ that `specloop trace --uncovered` does not list, or no file to mutate them all'
        )
      )
  }
  return { files: chosen, errors }
}

function resultOf(planned: PlannedMutant, fields: Pick<MutantResult, 'status' | 'killedBy'> & { durationMs?: number }): MutantResult {
  const { start: _start, end: _end, ...located } = planned.mutant
  return {
    ...located,
    ...fields,
    scenarios: planned.scenarios.map(scenarioLocation),
    features: [...new Set(planned.scenarios.map((scenario) => scenario.uri))].sort(),
    selectionKey: planned.selectionKey
  }
}

/** One mutant against the scenarios that ran its line, sandboxed, in a scratch directory under `.specloop/`. */
async function runMutant(
  project: Project,
  planned: PlannedMutant,
  name: string,
  wholeSuite: TraceScenario[] | undefined
): Promise<MutantResult> {
  const started = Date.now()
  const runDirectory = strengthScratchOf(project.cwd, name)
  fs.mkdirSync(runDirectory, { recursive: true })
  // The project's formatters stay quiet: a mutant's run must not overwrite the project's reports.
  const quiet: Project = {
    ...project,
    runConfiguration: { ...project.runConfiguration, formats: { ...project.runConfiguration.formats, files: {} } }
  }
  const against = wholeSuite ?? planned.scenarios
  const tracedMs = against.reduce((total, scenario) => total + (scenario.durationMs ?? 0), 0)
  try {
    const outcome = await runInstrumentedSuite({
      project: quiet,
      runDirectory,
      sandbox: true,
      selection: selectionPaths(against),
      sourceOverrides: new Map([[planned.absolutePath, applyMutant(planned.text, planned.mutant)]]),
      timeoutMs: Math.max(MUTANT_TIMEOUT_FLOOR_MS, tracedMs * MUTANT_TIMEOUT_FACTOR)
    })
    const durationMs = Date.now() - started
    if (outcome.notInstrumented.some((file) => file.file === planned.absolutePath))
      return resultOf(planned, { status: 'invalid', killedBy: [], durationMs })
    if (outcome.timedOut) return resultOf(planned, { status: 'timeout', killedBy: [], durationMs })
    const summary = summariseMessages(outcome.envelopes)
    const failed = summary.scenarios.filter((scenario) => scenario.status !== 'passed').map(scenarioLocation)
    const ranAll = summary.scenarios.length >= against.length
    if (failed.length === 0 && ranAll && outcome.exitCode === 0) return resultOf(planned, { status: 'survived', killedBy: [], durationMs })
    // A crash or a run that stopped early kills the mutant for every scenario it was run against.
    return resultOf(planned, { status: 'killed', killedBy: failed.length > 0 ? failed : against.map(scenarioLocation), durationMs })
  } finally {
    fs.rmSync(runDirectory, { recursive: true, force: true })
  }
}

interface MutationRun {
  results: MutantResult[]
  scenarioRuns: number
  mutantsRun: number
  budget?: StrengthResult['budget']
}

/** The planned mutants run one after another, within the budget. */
async function runMutants(
  project: Project,
  toRun: PlannedMutant[],
  options: StrengthOptions,
  prefix: string,
  passing: TraceScenario[]
): Promise<MutationRun> {
  const run: MutationRun = { results: [], scenarioRuns: 0, mutantsRun: 0 }
  const wholeSuite = options.wholeSuite ? passing : undefined
  const started = Date.now()
  for (const [index, planned] of toRun.entries()) {
    if (options.maxMutants !== undefined && index >= options.maxMutants) {
      run.budget = { reached: 'mutants', notRun: toRun.length - index }
      break
    }
    if (options.budgetSeconds !== undefined && Date.now() - started >= options.budgetSeconds * 1000) {
      run.budget = { reached: 'seconds', notRun: toRun.length - index }
      break
    }
    run.results.push(await runMutant(project, planned, `${prefix}-${index}`, wholeSuite))
    run.mutantsRun++
    run.scenarioRuns += (wholeSuite ?? planned.scenarios).length
    options.onProgress?.(index + 1, toRun.length)
  }
  return run
}

/** With `--affected`: the mutants to run, and those whose line and scenarios are as in the previous run (their verdict stands). */
function splitByPrevious(
  planned: PlannedMutant[],
  previousRecord: StrengthRecord | undefined
): { toRun: PlannedMutant[]; reused: MutantResult[] } {
  const previous = new Map((previousRecord?.mutants ?? []).map((mutant) => [mutant.id, mutant]))
  const reused: MutantResult[] = []
  const toRun = planned.filter((entry) => {
    const earlier = previous.get(entry.mutant.id)
    if (!earlier || earlier.selectionKey !== entry.selectionKey) return true
    reused.push({ ...earlier, line: entry.mutant.line, column: entry.mutant.column, reused: true })
    return false
  })
  return { toRun, reused }
}

function budgetWarning(budget: NonNullable<StrengthResult['budget']>, options: StrengthOptions): SpecloopError {
  const limit = budget.reached === 'seconds' ? `--budget-seconds ${options.budgetSeconds}` : `--max-mutants ${options.maxMutants}`
  return specloopError(
    'STRENGTH_BUDGET',
    `budget reached (${limit}): ${budget.notRun} mutant(s) not run, not scored`,
    {},
    'raise the budget, or run `specloop strength --affected` to continue with what changed'
  )
}

/** A surviving mutant, located, with what it changed and the row that would kill it. */
function survivorWarning(mutant: MutantResult): SpecloopError {
  const row = mutant.killingRow
  const hint = row
    ? `add to the Examples of ${row.uri}${row.line ? `:${row.line}` : ''}: ${row.row} (expected = what the code answers ` +
      `now: confirm it is the intended behaviour)`
    : 'add a scenario or an Examples row whose outcome depends on this'
  return specloopError(
    'STRENGTH_SURVIVOR',
    `surviving mutant: ${describeMutant(mutant)} (${mutant.operator}); no scenario failed`,
    { file: mutant.file, line: mutant.line, column: mutant.column },
    hint
  )
}

function lowScoreErrors(features: FeatureScore[], minScore: number | undefined): SpecloopError[] {
  if (minScore === undefined) return []
  return features
    .filter((feature) => feature.score !== null && feature.score < minScore)
    .map((feature) =>
      specloopError(
        'STRENGTH_LOW_SCORE',
        `mutation score ${feature.score}% is below --min-score ${minScore}% (${feature.survived} of ${feature.mutants} mutants survive)`,
        { file: feature.uri },
        'add the suggested rows (`specloop strength`), then run it again'
      )
    )
}

function usageErrors(options: StrengthOptions): SpecloopError[] {
  const errors: SpecloopError[] = []
  const positive = (value: number | undefined, name: string) => {
    if (value !== undefined && !(Number.isFinite(value) && value > 0))
      errors.push(specloopError('USAGE', `${name} must be a positive number, got ${value}`, {}, `e.g. ${name} 60`))
  }
  positive(options.budgetSeconds, '--budget-seconds')
  positive(options.maxMutants, '--max-mutants')
  if (options.minScore !== undefined && !(options.minScore >= 0 && options.minScore <= 100))
    errors.push(
      specloopError('USAGE', `--min-score must be a percentage from 0 to 100, got ${options.minScore}`, {}, 'e.g. --min-score 80')
    )
  return errors
}

/**
 * The mutants to run and the verdicts that stand: with `affected`, those of mutants whose line
 * and scenarios are as in the previous run; with some files chosen, those of the other files.
 */
function mutantsToRun(
  project: Project,
  trace: Trace,
  files: ReadonlySet<string> | undefined,
  affected: boolean
): { toRun: PlannedMutant[]; reused: MutantResult[] } {
  const planned = planMutants(project, trace, files)
  const previousRecord = readStrengthRecord(project.cwd)
  const { toRun, reused } = splitByPrevious(planned, affected ? previousRecord : undefined)
  // Mutating some files leaves the verdicts of the others in the record as they were.
  if (files)
    reused.push(
      ...(previousRecord?.mutants ?? []).filter((mutant) => !files.has(mutant.file)).map((mutant) => ({ ...mutant, reused: true }))
    )
  return { toRun, reused }
}

/** The results, each survivor with the Examples row that would kill it where one can be found. */
async function withKillingRows(project: Project, toRun: PlannedMutant[], results: MutantResult[]): Promise<MutantResult[]> {
  const survivors = toRun
    .filter((entry) => results.some((result) => result.id === entry.mutant.id && result.status === 'survived'))
    .map((entry) => entry.mutant)
  const rows = await killingRows(project, survivors)
  return results.map((result) => (rows.has(result.id) ? { ...result, killingRow: rows.get(result.id) } : result))
}

/** The record of a run: every verdict in source order, with the score of each feature and the overall one. */
function strengthRecordOf(createdAt: Date, traceRunId: string, results: MutantResult[]): StrengthRecord {
  const mutants = results.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.operator.localeCompare(b.operator)
  )
  return {
    version: STRENGTH_RECORD_VERSION,
    createdAt: createdAt.toISOString(),
    traceRunId,
    mutants,
    features: featureScores(mutants),
    score: overallScore(mutants)
  }
}

/**
 * Spec strength by mutation: mutants of the implementation lines the scenarios ran, each run
 * (sandboxed, the project's files untouched) against only the scenarios whose trace ran its
 * line; a mutant no scenario notices is a gap in the specification, reported with an Examples
 * row that would close it where the operation was synthesised from a table.
 */
export async function strength(options: StrengthOptions): Promise<StrengthResult> {
  const started = Date.now()
  const usage = usageErrors(options)
  if (usage.length > 0) return emptyResult(options.cwd, usage, 2, started)
  const resolved = await resolveProject(options)
  if (resolved.error) return emptyResult(options.cwd, [resolved.error], 2, started)
  const project = resolved.project
  let fresh: Awaited<ReturnType<typeof freshTrace>>
  try {
    fresh = await freshTrace(project, options)
  } catch (thrown) {
    return emptyResult(project.cwd, [specloopError('RUN_CRASHED', `could not run the suite: ${messageOf(thrown)}`)], 2, started)
  }
  if ('errors' in fresh) return emptyResult(project.cwd, fresh.errors, worstExitCode(fresh.exitCode, 1), started)
  const { trace, verified } = fresh
  const warnings = [...fresh.warnings]
  const chosen = chosenFiles(project, trace, options.files)
  if (chosen.errors.length > 0) return emptyResult(project.cwd, chosen.errors, 2, started)
  const { toRun, reused } = mutantsToRun(project, trace, chosen.files, options.affected === true)
  const now = (options.now ?? (() => new Date()))()
  const passing = trace.scenarios.filter((scenario) => scenario.status === 'passed')
  const run = await runMutants(project, toRun, options, String(now.getTime()), passing)
  const record = strengthRecordOf(now, trace.runId, [...reused, ...(await withKillingRows(project, toRun, run.results))])
  writeStrengthRecord(project.cwd, record)
  if (run.budget) warnings.push(budgetWarning(run.budget, options))
  warnings.push(...record.mutants.filter((mutant) => mutant.status === 'survived').map(survivorWarning))
  const errors = lowScoreErrors(record.features, options.minScore)
  return {
    cwd: project.cwd,
    exitCode: exitCodeOf({ couldNotRun: false, problems: errors.length > 0 }),
    errors,
    warnings,
    record,
    mutantsRun: run.mutantsRun,
    scenarioRuns: run.scenarioRuns,
    mutantsReused: reused.length,
    ...(run.budget ? { budget: run.budget } : {}),
    verified,
    elapsedMs: Date.now() - started
  }
}
