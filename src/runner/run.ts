import crypto from 'node:crypto'
import fs from 'node:fs'
import { readMessages } from '../messages'
import path from 'node:path'
import { packageRoot } from '../package-root'
import { colourWanted, killGroup, spawnInGroup } from '../processes'
import type { GroupChild } from '../processes'
import type { Envelope } from '@cucumber/messages'
import type { IRunConfiguration } from '@cucumber/cucumber/api'
import type { Project } from '../project'
import { formatShard } from '../trace'
import type { Shard } from '../trace'
import { DEFAULT_LAYOUT, compilerOptionsFor } from '../project'
import { COVERAGE_VARIABLE, InstrumentedFile, findProjectSources, instrumentCached, instrumentTypescript } from './instrument'
import { moduleFormatOf } from './module-format'
import { ChildJob, ChildResult, DeltaRecord, RUNTIME_JOB_VARIABLE, RuntimeJob } from './protocol'
import { writableDirectory, projectReadPaths, realpathOrSelf, sandboxedNode, sandboxEnvironment } from './sandbox'
import { projectSecrets, redact, withoutSecrets } from '../redaction'
import {
  cacheDirectoryOf,
  instrumentedCacheOf,
  messagesFileOf,
  RUN_FORMATS_DIRECTORY,
  RUN_SCRATCH,
  specloopDirectoryOf,
  temporaryPathBeside,
  writeFileAtomic
} from '../workspace'

export interface RunOptions {
  project: Project
  /** Where this run's files go (`.specloop/runs/<run-id>`); created by the caller. */
  runDirectory: string
  sandbox: boolean
  /** `cucumber-js --parallel N`. */
  parallel?: number
  /** Run only these `feature:line` locations (impact analysis); all when absent. */
  selection?: string[]
  /** cucumber-js's own filters, with its semantics: `--tags` (and-ed with the profile's), `--name` (added), `--retry`. */
  filters?: RunFilters
  /** Run this share of the selected scenarios: cucumber-js's own `--shard`. */
  shard?: Shard
  stdout?: NodeJS.WritableStream
  stderr?: NodeJS.WritableStream
  /**
   * Source files run with other text than on disk (absolute path → TypeScript): a mutant runs
   * this way, instrumented into the run directory, and the project's files are never written.
   */
  sourceOverrides?: ReadonlyMap<string, string>
  /** The run is killed (its whole process group) after this long; the outcome says `timedOut`. */
  timeoutMs?: number
}

export interface RunOutcome {
  /** The cucumber process's exit code (0 passed, 1 failed, 2 could not run), or null when it was killed. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  result?: ChildResult
  envelopes: Envelope[]
  deltas: DeltaRecord[]
  instrumented: InstrumentedFile[]
  /** The cucumber process's stderr, for crash reports. */
  stderrTail: string
  /** Project files that could not be instrumented: they run, untraced. */
  notInstrumented: { file: string; message: string; line?: number; column?: number }[]
  /** Killed when `timeoutMs` ran out. */
  timedOut?: boolean
}

const SPECLOOP_ROOT = packageRoot

/** The compiled child and runtime (when specloop itself runs from src/ through ts-node, dist/ has them). */
export const COMPILED_RUNNER = fs.existsSync(path.join(__dirname, 'child.js'))
  ? __dirname
  : path.join(SPECLOOP_ROOT, 'dist', 'src', 'runner')

/**
 * Files cucumber's own start-up looks for (global-dirs, through is-installed-globally, asks
 * whether npm and yarn configuration exists). On Node 20 a refused `existsSync` throws
 * instead of answering false, so these must be readable for cucumber to load at all.
 */
/** Requiring any of these would load a TypeScript compiler; the runtime loads instrumented code instead. */
const TYPESCRIPT_LOADERS = [/^ts-node(\/|$)/, /^tsx(\/|$)/, /^@swc-node\/register/, /^esbuild-register/, /^@babel\/register/]

function isTypescriptLoader(moduleName: string): boolean {
  return moduleName === DEFAULT_LAYOUT.requireModule[0] || TYPESCRIPT_LOADERS.some((pattern) => pattern.test(moduleName))
}

/**
 * Whether the cucumber process loads code through `import` (cucumber's `import` option, a
 * configured loader, sources that are ES modules), and so needs the runtime's module hooks. A
 * CommonJS project runs without them, and its sandbox without the thread they need.
 */
export function needsModuleHooks(project: Pick<Project, 'importPaths' | 'runConfiguration'>, sources: string[]): boolean {
  if (project.importPaths.length > 0 || (project.runConfiguration.support.loaders ?? []).length > 0) return true
  return sources.some((file) => moduleFormatOf(file) === 'module')
}

export interface RunFilters {
  tags?: string
  names?: string[]
  retry?: number
}

export function adjustRunConfiguration(
  configuration: IRunConfiguration,
  runtimePath: string,
  options: Pick<RunOptions, 'parallel' | 'selection' | 'filters' | 'shard'>
): IRunConfiguration {
  const adjusted: IRunConfiguration = JSON.parse(JSON.stringify(configuration))
  adjusted.support.requireModules = [
    runtimePath,
    ...(configuration.support.requireModules ?? []).filter((name) => !isTypescriptLoader(name))
  ]
  // `ts-node/esm` and the like: the runtime's module hooks load the project's TypeScript for `import` too.
  adjusted.support.loaders = (configuration.support.loaders ?? []).filter((name) => !isTypescriptLoader(name))
  if (options.parallel !== undefined) adjusted.runtime.parallel = options.parallel
  if (options.selection) {
    adjusted.sources.paths = options.selection
    // A selection is explicit: a rerun file or `name`/`tags` filter still narrows it, as on the command line.
  }
  const filters = options.filters ?? {}
  if (filters.tags)
    adjusted.sources.tagExpression = adjusted.sources.tagExpression
      ? `(${adjusted.sources.tagExpression}) and (${filters.tags})`
      : filters.tags
  if (filters.names?.length) adjusted.sources.names = [...(adjusted.sources.names ?? []), ...filters.names]
  if (filters.retry !== undefined) adjusted.runtime.retry = filters.retry
  // cucumber's sharding: the i-th of every n pickles, in the order it loads them, after the filters.
  if (options.shard) adjusted.sources.shard = formatShard(options.shard)
  return adjusted
}

export function readDeltas(directory: string): DeltaRecord[] {
  const records: DeltaRecord[] = []
  for (const name of fs
    .readdirSync(directory)
    .filter((file) => file.startsWith('deltas-'))
    .sort()) {
    for (const line of fs.readFileSync(path.join(directory, name), 'utf8').split('\n')) {
      if (!line) continue
      try {
        records.push(JSON.parse(line) as DeltaRecord)
      } catch {
        // The last line of a process killed mid-write is incomplete; what came before stands.
      }
    }
  }
  return records
}

/** Drops cache entries of file versions that no longer exist, so the cache does not grow with every edit. */
function pruneCache(cacheDirectory: string, inUse: InstrumentedFile[]): void {
  const keep = new Set(inUse.map((file) => path.basename(file.codePath, '.js')))
  let entries: string[]
  try {
    entries = fs.readdirSync(cacheDirectory)
  } catch {
    return
  }
  for (const entry of entries) {
    const key = entry.replace(/\.(js|json)$/, '')
    if (key !== entry && !keep.has(key)) fs.rmSync(path.join(cacheDirectory, entry), { force: true })
  }
}

export function readEnvelopes(messagesPath: string): Envelope[] {
  if (!fs.existsSync(messagesPath)) return []
  const envelopes: Envelope[] = []
  // As above: a killed run leaves a partial last line.
  readMessages(fs.readFileSync(messagesPath, 'utf8'), (envelope) => envelopes.push(envelope), { tolerateMalformed: true })
  return envelopes
}

/** Points each formatter's file into `directory`; returns where each will be moved. */
function redirectFormatFiles(
  runConfiguration: IRunConfiguration,
  projectDirectory: string,
  directory: string
): { written: string; target: string }[] {
  const files = runConfiguration.formats.files ?? {}
  const moves: { written: string; target: string }[] = []
  const redirected: Record<string, string> = {}
  Object.entries(files).forEach(([target, formatter], index) => {
    const written = path.join(directory, `${index}-${path.basename(target)}`)
    redirected[written] = formatter as string
    moves.push({ written, target: path.resolve(projectDirectory, target) })
  })
  if (moves.length > 0) fs.mkdirSync(directory, { recursive: true })
  runConfiguration.formats.files = redirected
  return moves
}

/** Rewrites a text file without the given secrets (and well-known key shapes); untouched when it holds none. */
function redactFile(file: string, secrets: readonly string[]): void {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return
  }
  const clean = redact(text, secrets)
  if (clean !== text) writeFileAtomic(file, clean)
}

function moveFormatFile(written: string, target: string): void {
  if (!fs.existsSync(written)) return
  fs.mkdirSync(path.dirname(target), { recursive: true })
  try {
    fs.renameSync(written, target)
  } catch {
    // Another file system: copy to a temporary file beside the target, then rename.
    const temporary = temporaryPathBeside(target)
    fs.copyFileSync(written, temporary)
    fs.renameSync(temporary, target)
    fs.rmSync(written, { force: true })
  }
}

/** The job the child process runs: the adjusted cucumber configuration and where it writes. */
function writeChildJob(
  options: RunOptions,
  runConfiguration: IRunConfiguration,
  runtimeJobPath: string
): { childJob: ChildJob; childJobPath: string } {
  const { project, runDirectory } = options
  const childJob: ChildJob = {
    cwd: project.cwd,
    cucumberApi: path.join(project.cucumber.packageDirectory, 'lib', 'api', 'index.js'),
    runConfiguration,
    messagesPath: messagesFileOf(runDirectory),
    resultPath: path.join(runDirectory, RUN_SCRATCH.cucumberResult),
    observeScenarios: !((runConfiguration.runtime.parallel ?? 0) > 0),
    runtimeJobPath
  }
  const childJobPath = path.join(runDirectory, RUN_SCRATCH.childJob)
  fs.writeFileSync(childJobPath, JSON.stringify(childJob))
  return { childJob, childJobPath }
}

/**
 * How the cucumber process starts. Sandboxed, the scenarios write only under `.specloop/` (the
 * run's messages, results, coverage deltas, formatter files are there) and, where the system
 * allows it, have no network.
 */
export function cucumberLaunch(
  options: Pick<RunOptions, 'project' | 'sandbox'>,
  parallel: boolean,
  moduleHooks: boolean
): { command: string; prefix: string[] } {
  const { project } = options
  if (!options.sandbox) return { command: process.execPath, prefix: [] }
  return sandboxedNode({
    readPaths: [
      ...projectReadPaths(project.cwd, project.cucumber.packageDirectory, project.env),
      SPECLOOP_ROOT,
      realpathOrSelf(SPECLOOP_ROOT)
    ],
    writePaths: [writableDirectory(specloopDirectoryOf(project.cwd), project.cwd)],
    allowChildProcess: parallel,
    // Module hooks run in a thread of their own: allowed only for projects that load ES modules (a Worker lock closes it to scenarios).
    allowWorker: moduleHooks
  })
}

/** What cucumber-js tells its --parallel workers; a worker's runtime reports through its coordinator. */
const PARALLEL_WORKER_VARIABLES = ['CUCUMBER_PARALLEL', 'CUCUMBER_TOTAL_WORKERS', 'CUCUMBER_WORKER_ID']

/**
 * The cucumber process's environment. Sandboxed, generated code does not see the environment's
 * keys and tokens at all. cucumber writes to a pipe here: on a terminal it is told to colour as it would there.
 */
export function cucumberEnvironment(
  options: Pick<RunOptions, 'project' | 'sandbox' | 'stdout'>,
  extra: Record<string, string>
): NodeJS.ProcessEnv {
  const { project } = options
  const environment: NodeJS.ProcessEnv = sandboxEnvironment({
    ...(options.sandbox ? withoutSecrets(project.env) : project.env),
    ...extra,
    FORCE_COLOR: colourWanted(options.stdout, project.env) ? '1' : '0'
  })
  // specloop started inside a cucumber --parallel worker (a scenario of another suite): the
  // process it starts is a coordinator, not that suite's worker, whatever it inherits.
  for (const name of PARALLEL_WORKER_VARIABLES) delete environment[name]
  return environment
}

interface LaunchedCucumber {
  child: GroupChild
  ended: Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>
  /** The end of what the process wrote to stderr: a crash's last words. */
  stderrTail(): string
}

/**
 * The cucumber process, started now: it loads cucumber while the project's TypeScript is
 * instrumented here (both take a good part of a second), and waits for the runtime job.
 */
function launchCucumber(
  options: RunOptions,
  childJobPath: string,
  runtimeJobPath: string,
  parallel: boolean,
  moduleHooks: boolean
): LaunchedCucumber {
  const { project } = options
  const launch = cucumberLaunch(options, parallel, moduleHooks)
  // In a process group of its own: cucumber's workers and whatever the scenarios start die with it, and with specloop.
  const child = spawnInGroup(launch.command, [...launch.prefix, path.join(COMPILED_RUNNER, 'child.js'), childJobPath], {
    cwd: project.cwd,
    env: cucumberEnvironment(options, { [RUNTIME_JOB_VARIABLE]: runtimeJobPath })
  })
  // Listening from the start: the process may end (or fail) before the instrumentation does.
  return { child, ...followCucumber(child, options.stdout, options.stderr) }
}

/** The cucumber process's output passed on, the end of its stderr kept (a crash's last words), and its end. */
export function followCucumber(
  child: GroupChild,
  stdout: NodeJS.WritableStream | undefined,
  stderr: NodeJS.WritableStream | undefined
): Omit<LaunchedCucumber, 'child'> {
  let stderrTail = ''
  child.stdout.on('data', (chunk: Buffer) => stdout?.write(chunk))
  child.stderr.on('data', (chunk: Buffer) => {
    stderr?.write(chunk)
    stderrTail = (stderrTail + chunk.toString('utf8')).slice(-8000)
  })
  const ended = new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('error', () => resolve({ exitCode: null, signal: null }))
    child.on('close', (code, closeSignal) => resolve({ exitCode: code, signal: closeSignal }))
  })
  return { ended, stderrTail: () => stderrTail }
}

/** The project's TypeScript, instrumented through the cache; a file babel cannot parse is listed, not fatal. */
export function instrumentProject(
  projectDirectory: string,
  sources: readonly string[],
  overrides?: { texts: ReadonlyMap<string, string>; directory: string }
): Pick<RunOutcome, 'instrumented' | 'notInstrumented'> {
  const instrumented: InstrumentedFile[] = []
  const notInstrumented: RunOutcome['notInstrumented'] = []
  const cacheDirectory = instrumentedCacheOf(projectDirectory)
  const compilerOptions = compilerOptionsFor(projectDirectory, cacheDirectoryOf(projectDirectory))
  for (const file of sources) {
    try {
      const text = overrides?.texts.get(file)
      instrumented.push(
        text === undefined
          ? instrumentCached(file, cacheDirectory, compilerOptions)
          : instrumentOverride(file, text, overrides!.directory, compilerOptions)
      )
    } catch (thrown) {
      // A file babel cannot parse (a scratch file, a syntax error) must not stop a suite that never loads it;
      // if something does load it, the runtime compiles it plainly and the error shows where cucumber-js would show it.
      const location = (thrown as { loc?: { line: number; column: number } }).loc
      notInstrumented.push({
        file,
        message: String((thrown as Error)?.message ?? thrown).split('\n')[0],
        line: location?.line,
        column: location === undefined ? undefined : location.column + 1
      })
    }
  }
  // A run with overridden sources leaves the cache as it is: the next run is the project's own again.
  if (!overrides) pruneCache(cacheDirectory, instrumented)
  return { instrumented, notInstrumented }
}

/** A source run with other text than on disk, instrumented into the run's own directory (never the cache). */
function instrumentOverride(
  sourcePath: string,
  text: string,
  directory: string,
  compilerOptions: ReturnType<typeof compilerOptionsFor>
): InstrumentedFile {
  const format = moduleFormatOf(sourcePath)
  const { code, maps } = instrumentTypescript(text, sourcePath, compilerOptions, format)
  const codePath = path.join(directory, `override-${path.basename(sourcePath).replace(/\.[cm]?ts$/, '')}.js`)
  fs.writeFileSync(codePath, code)
  return { sourcePath, sha256: crypto.createHash('sha256').update(text).digest('hex'), codePath, format, maps }
}

/** The runtime job the waiting child reads: complete or absent, never half of it. */
function writeRuntimeJob(
  options: RunOptions,
  runtimeJobPath: string,
  deltaDirectory: string,
  instrumented: InstrumentedFile[],
  moduleHooks: boolean
): void {
  const runtimeJob = runtimeJobOf(options, deltaDirectory, instrumented, moduleHooks)
  const temporary = temporaryPathBeside(runtimeJobPath)
  fs.writeFileSync(temporary, JSON.stringify(runtimeJob))
  fs.renameSync(temporary, runtimeJobPath)
}

/** What the runtime in the cucumber process needs: where each instrumented file is, where the deltas go. */
export function runtimeJobOf(
  options: Pick<RunOptions, 'project' | 'sandbox'>,
  deltaDirectory: string,
  instrumented: InstrumentedFile[],
  moduleHooks: boolean
): RuntimeJob {
  const { project } = options
  return {
    instrumented: Object.fromEntries(instrumented.map((file) => [file.sourcePath, file.codePath])),
    coverageVariable: COVERAGE_VARIABLE,
    deltaDirectory,
    cucumberEntry: path.join(project.cucumber.packageDirectory, 'lib', 'index.js'),
    sandboxed: options.sandbox,
    projectDirectory: project.cwd,
    supportFiles: [...project.requirePaths, ...project.importPaths],
    esModules: instrumented.filter((file) => file.format === 'module').map((file) => file.sourcePath),
    moduleHooks
  }
}

/**
 * What the run wrote, with the secrets out: what the scenarios attached or printed may hold one
 * they read (a dotenv file, say). The formatters' files go where the configuration put them.
 */
function collectOutputs(
  project: RunOptions['project'],
  childJob: ChildJob,
  formatTargets: ReturnType<typeof redirectFormatFiles>
): ChildResult | undefined {
  const secrets = projectSecrets(project.cwd, project.env)
  redactFile(childJob.messagesPath, secrets)
  for (const { written, target } of formatTargets) {
    redactFile(written, secrets)
    moveFormatFile(written, target)
  }
  try {
    return JSON.parse(fs.readFileSync(childJob.resultPath, 'utf8')) as ChildResult
  } catch {
    return undefined
  }
}

/**
 * Runs the suite in a child process with the project's cucumber configuration, the project's
 * TypeScript instrumented, optionally under Node's permission model.
 */
export async function runInstrumentedSuite(options: RunOptions): Promise<RunOutcome> {
  const { project, runDirectory } = options
  const deltaDirectory = path.join(runDirectory, RUN_SCRATCH.deltas)
  fs.mkdirSync(deltaDirectory, { recursive: true })
  const runtimeJobPath = path.join(runDirectory, RUN_SCRATCH.runtimeJob)
  const runConfiguration = adjustRunConfiguration(project.runConfiguration, path.join(COMPILED_RUNNER, 'runtime.js'), options)
  // Under the sandbox the formatters write into the run directory (cucumber makes their parent
  // directories, which the sandbox would refuse); their files are moved to the configured places after the run.
  const formatTargets = options.sandbox
    ? redirectFormatFiles(runConfiguration, project.cwd, path.join(runDirectory, RUN_FORMATS_DIRECTORY))
    : []
  const { childJob, childJobPath } = writeChildJob(options, runConfiguration, runtimeJobPath)
  const sources = findProjectSources(project.cwd)
  const moduleHooks = needsModuleHooks(project, sources)
  const cucumber = launchCucumber(options, childJobPath, runtimeJobPath, (runConfiguration.runtime.parallel ?? 0) > 0, moduleHooks)
  let instrumentation: Pick<RunOutcome, 'instrumented' | 'notInstrumented'>
  try {
    instrumentation = instrumentProject(
      project.cwd,
      sources,
      options.sourceOverrides && { texts: options.sourceOverrides, directory: runDirectory }
    )
    writeRuntimeJob(options, runtimeJobPath, deltaDirectory, instrumentation.instrumented, moduleHooks)
  } catch (thrown) {
    killGroup(cucumber.child)
    throw thrown
  }
  let timedOut = false
  const timer =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true
          killGroup(cucumber.child)
        }, options.timeoutMs)
  const { exitCode, signal } = await cucumber.ended
  clearTimeout(timer)
  const result = collectOutputs(project, childJob, formatTargets)
  return {
    exitCode,
    signal,
    result,
    envelopes: readEnvelopes(childJob.messagesPath),
    deltas: readDeltas(deltaDirectory),
    ...instrumentation,
    stderrTail: cucumber.stderrTail(),
    ...(timedOut ? { timedOut } : {})
  }
}
