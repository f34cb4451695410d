import fs from 'node:fs'
import path from 'node:path'
import { ExitCode, exitCodeOf, SpecloopError, specloopError } from '../errors'
import { parseFeature, picklesAtLine } from '../gherkin'
import { pickleLines } from '../runner'
import {
  decodeLines,
  findScenarios,
  functionDisplayName,
  linesForScenario,
  readTrace,
  toRanges,
  Trace,
  TraceScenario,
  uncoveredFunctions,
  uncoveredLines
} from '../trace'
import { latestRunDirectory, runDirectoryOf, runsDirectoryOf } from '../workspace'

export interface TraceQueryOptions {
  cwd: string
  /** `FILE` or `FILE:LINE`: which scenarios executed it. */
  target?: string
  /** A scenario name or `FEATURE:LINE`: which files and lines it executed. */
  scenario?: string
  /** Functions and lines no scenario executes. */
  uncovered?: boolean
  /** A run id; the latest run by default. */
  run?: string
}

export interface ScenarioReference {
  name: string
  uri: string
  line: number
  status: string
  /** For a whole-file query: the lines of that file the scenario ran. */
  lines?: { start: number; end: number }[]
}

export interface ScenarioLines {
  scenario: ScenarioReference
  files: { path: string; role: string; ranges: { start: number; end: number }[] }[]
}

export interface UncoveredFile {
  path: string
  role: string
  ranges: { start: number; end: number }[]
  functions: { name: string; line: number; endLine: number }[]
}

export interface TraceQueryResult {
  runId?: string
  /** No trace, a bad query, or what did not match. */
  errors: SpecloopError[]
  warnings: SpecloopError[]
  /** `trace FILE[:LINE]` */
  executedBy?: {
    path: string
    line?: number
    scenarios: ScenarioReference[]
    /** False for a line with no statement (a comment, a blank, a type): nothing can run it. */ executable?: boolean
  }
  /** `trace --scenario` */
  scenarios?: ScenarioLines[]
  /** `trace --uncovered` */
  uncovered?: UncoveredFile[]
  /** 0 found, 1 nothing matched, 2 no trace or a bad query. */
  exitCode: ExitCode
}

/**
 * An answer as the queries give it: at most one error, and what the exit code is made of
 * (`couldNotRun`: no trace or a bad query; `nothingMatched`).
 */
type TraceAnswer = Omit<TraceQueryResult, 'errors' | 'warnings' | 'exitCode'> & {
  error?: SpecloopError
  couldNotRun?: boolean
  nothingMatched?: boolean
}

const couldNotAnswer = (error: SpecloopError, runId?: string): TraceAnswer => ({ runId, error, couldNotRun: true })

const reference = (scenario: TraceScenario): ScenarioReference => ({
  name: scenario.name,
  uri: scenario.uri,
  line: scenario.line,
  status: scenario.status
})

function parseTarget(cwd: string, target: string): { path: string; line?: number } {
  const match = /^(.*?):(\d+)$/.exec(target)
  const file = match ? match[1] : target
  const relative = path.isAbsolute(file) ? path.relative(cwd, file) : path.normalize(file)
  return { path: relative.split(path.sep).join('/'), line: match ? Number(match[2]) : undefined }
}

function executedBy(trace: Trace, cwd: string, target: string): TraceAnswer {
  const { path: file, line } = parseTarget(cwd, target)
  const traced = trace.files.find((candidate) => candidate.path === file)
  if (!traced) {
    return couldNotAnswer(
      specloopError(
        'TRACE_UNKNOWN_FILE',
        `${file} is not in the trace`,
        {},
        'give the project-relative path of a source file the run loaded'
      ),
      trace.runId
    )
  }
  if (line !== undefined && line > traced.lineCount) {
    return couldNotAnswer(
      specloopError(
        'TRACE_BAD_LINE',
        `line ${line} is past the end of ${file} (${traced.lineCount} lines when it was traced)`,
        {},
        'give a line of the file'
      ),
      trace.runId
    )
  }
  const scenarios: ScenarioReference[] = []
  for (const [index, bitmap] of Object.entries(traced.hits)) {
    const scenario = trace.scenarios[Number(index)]
    if (!scenario) continue
    const lines = decodeLines(bitmap)
    if (line !== undefined && !lines.includes(line)) continue
    scenarios.push(line === undefined ? { ...reference(scenario), lines: toRanges(lines) } : reference(scenario))
  }
  scenarios.sort((a, b) => a.uri.localeCompare(b.uri) || a.line - b.line)
  const executable = line === undefined ? undefined : decodeLines(traced.executable).includes(line)
  return {
    runId: trace.runId,
    executedBy: { path: file, line, scenarios, ...(executable === false ? { executable } : {}) },
    nothingMatched: scenarios.length === 0
  }
}

/**
 * The trace's scenarios a `FEATURE:LINE` names, read from the feature file as it is now: an
 * Examples row is one scenario, any other line inside a scenario (its title, its steps) is all
 * of its examples. Undefined when the query is a name, or the feature cannot be read.
 */
function scenariosAtFeatureLine(trace: Trace, cwd: string, query: string): number[] | undefined {
  const location = /^(.+\.feature):(\d+)$/.exec(query)
  if (!location) return undefined
  const uri = parseTarget(cwd, location[1]).path
  let data: string
  try {
    data = fs.readFileSync(path.join(cwd, uri), 'utf8')
  } catch {
    return undefined
  }
  const parsed = parseFeature({ uri, data })
  if (!parsed.gherkinDocument || parsed.errors.length > 0) return undefined
  const named = new Set(picklesAtLine(parsed.gherkinDocument, parsed.pickles, Number(location[2])))
  const lines = pickleLines(parsed.gherkinDocument, parsed.pickles)
  const wanted = new Set([...named].map((id) => lines.get(id)))
  return trace.scenarios.flatMap((scenario, index) => (scenario.uri === uri && wanted.has(scenario.line) ? [index] : []))
}

/** The nearest folder at or above `directory` that holds specloop runs. */
function projectWithRuns(directory: string): string | undefined {
  for (let current = directory; ; current = path.dirname(current)) {
    if (fs.existsSync(runsDirectoryOf(current))) return current
    if (path.dirname(current) === current) return undefined
  }
}

/**
 * A FILE[:LINE] typed in a subfolder means that folder's file; typed as the project-relative
 * path the trace prints, it means that one. Answers project-relative.
 */
function fromHere(trace: Trace, root: string, here: string, target: string): string {
  if (here === root || path.isAbsolute(target)) return target
  const match = /^(.*?)(:\d+)?$/.exec(target)!
  const local = path.relative(root, path.resolve(here, match[1])).split(path.sep).join('/')
  const known = new Set([...trace.files.map((file) => file.path), ...trace.scenarios.map((scenario) => scenario.uri)])
  if (known.has(match[1]) && !known.has(local)) return target
  return `${local}${match[2] ?? ''}`
}

/** Answers questions about a run's trace: who ran this line, what did this scenario run, what runs for nobody. */
export function traceQuery(options: TraceQueryOptions): TraceQueryResult {
  const { error, couldNotRun, nothingMatched, ...answer } = answerQuery(options)
  return {
    ...answer,
    errors: error ? [error] : [],
    warnings: [],
    exitCode: exitCodeOf({ couldNotRun: couldNotRun === true, problems: nothingMatched === true })
  }
}

function answerQuery(options: TraceQueryOptions): TraceAnswer {
  const here = path.resolve(options.cwd)
  // From any folder of the project: the run is in the nearest folder above that has one.
  const cwd = projectWithRuns(here) ?? here
  const runDirectory = options.run ? runDirectoryOf(cwd, options.run) : latestRunDirectory(cwd)
  const read = readTrace(runDirectory)
  if (read.error !== undefined) {
    const message =
      read.error === 'missing'
        ? `no trace in ${path.relative(cwd, runDirectory) || '.'}`
        : `the trace in ${path.relative(cwd, runDirectory)} is not a specloop trace this version can read`
    return couldNotAnswer(specloopError('TRACE_MISSING', message, {}, 'run `specloop verify` first'))
  }
  const trace = read.trace
  const asked = [options.target !== undefined, options.scenario !== undefined, Boolean(options.uncovered)].filter(Boolean).length
  if (asked !== 1) {
    return couldNotAnswer(
      specloopError('TRACE_USAGE', 'ask one thing: FILE[:LINE], --scenario NAME|FEATURE:LINE, or --uncovered'),
      trace.runId
    )
  }
  if (options.target !== undefined) {
    const target = fromHere(trace, cwd, here, options.target)
    // A feature file is asked about its scenarios: `trace features/x.feature:11` is `--scenario features/x.feature:11`.
    if (!/\.feature(:\d+)?$/.test(options.target)) return executedBy(trace, cwd, target)
    return target.includes(':') ? scenariosAnswer(trace, cwd, target, target) : featureScenarios(trace, target)
  }
  if (options.scenario !== undefined) return scenariosAnswer(trace, cwd, options.scenario, fromHere(trace, cwd, here, options.scenario))
  return uncoveredAnswer(trace, cwd)
}

function scenarioLines(trace: Trace, index: number): ScenarioLines {
  return {
    scenario: reference(trace.scenarios[index]),
    files: linesForScenario(trace, index).map((entry) => ({ path: entry.path, role: entry.role, ranges: toRanges(entry.lines) }))
  }
}

/** `trace features/x.feature`: every scenario of that feature. */
function featureScenarios(trace: Trace, featureUri: string): TraceAnswer {
  const indices = trace.scenarios.flatMap((scenario, index) => (scenario.uri === featureUri ? [index] : []))
  const scenarios = indices.map((index) => scenarioLines(trace, index))
  if (scenarios.length === 0)
    return {
      runId: trace.runId,
      nothingMatched: true,
      scenarios,
      error: specloopError('TRACE_NO_SCENARIO', `no scenario of ${featureUri} is in the trace`)
    }
  return { runId: trace.runId, scenarios }
}

/** `--scenario NAME|FEATURE:LINE`; `located` is the query with a FEATURE path taken from the project's root. */
function scenariosAnswer(trace: Trace, cwd: string, query: string, located: string): TraceAnswer {
  const atLine = scenariosAtFeatureLine(trace, cwd, located)
  if (atLine && atLine.length === 0) {
    return {
      runId: trace.runId,
      nothingMatched: true,
      scenarios: [],
      error: specloopError(
        'TRACE_NO_SCENARIO',
        `no scenario at ${query}`,
        {},
        'as with cucumber-js FEATURE:LINE, give the line of a Scenario (all its examples) or of an Examples row (that example)'
      )
    }
  }
  const scenarios = (atLine ?? findScenarios(trace, query)).map((index) => scenarioLines(trace, index))
  if (scenarios.length === 0) {
    return {
      runId: trace.runId,
      nothingMatched: true,
      scenarios,
      error: specloopError('TRACE_NO_SCENARIO', `no scenario in the trace matches '${query}'`)
    }
  }
  return { runId: trace.runId, scenarios }
}

/** `--uncovered`: the lines and functions no scenario ran, each function named from its source. */
function uncoveredAnswer(trace: Trace, cwd: string): TraceAnswer {
  const functions = uncoveredFunctions(trace)
  // Each file read once, for this query only.
  const readFiles = new Map<string, string[]>()
  const linesOf = (file: string): string[] => {
    if (!readFiles.has(file)) {
      try {
        readFiles.set(file, fs.readFileSync(path.join(cwd, file), 'utf8').split('\n'))
      } catch {
        readFiles.set(file, [])
      }
    }
    return readFiles.get(file)!
  }
  const roles = new Map(trace.files.map((file) => [file.path, file.role]))
  const uncovered = uncoveredLines(trace).map((entry) => ({
    path: entry.path,
    role: roles.get(entry.path) ?? 'implementation',
    ranges: toRanges(entry.lines),
    functions: functions
      .filter((fn) => fn.path === entry.path)
      .map(({ name, line, endLine }) => ({ name: functionDisplayName(name, linesOf(entry.path)[line - 1]), line, endLine }))
  }))
  return { runId: trace.runId, uncovered, nothingMatched: uncovered.length === 0 }
}
