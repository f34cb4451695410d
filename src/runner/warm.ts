import fs from 'node:fs'
import path from 'node:path'
import { killGroup, spawnInGroup } from '../processes'
import type { GroupChild } from '../processes'
import type { Project } from '../project'
import { projectSecrets, redact } from '../redaction'
import { compilerOptionsFor } from '../project'
import { cacheDirectoryOf, instrumentedCacheOf, messagesFileOf, RUN_SCRATCH, writeFileAtomic } from '../workspace'
import { findProjectSources, instrumentCached, InstrumentedFile, instrumentTypescript, isTypescriptSource } from './instrument'
import type { ChildResult, WarmRunRequest, WarmRunResponse } from './protocol'
import {
  adjustRunConfiguration,
  COMPILED_RUNNER,
  cucumberEnvironment,
  cucumberLaunch,
  followCucumber,
  instrumentProject,
  needsModuleHooks,
  readDeltas,
  readEnvelopes,
  runtimeJobOf
} from './run'
import type { RunOutcome } from './run'
import { moduleFormatOf } from './module-format'

/**
 * A cucumber process that stays (`specloop watch`): started once, sandboxed as verify's, it
 * keeps cucumber, the instrumented project and its support code loaded, and runs the scenarios
 * each request names. Only a changed file is instrumented again, here, before the request.
 */
export interface WarmRunner {
  /**
   * Instruments the saved files again (new ones too; a deleted one is dropped); returns those
   * that cannot be instrumented (a syntax error), located. Runs use what was last instrumented.
   */
  prepare(changed: string[]): RunOutcome['notInstrumented']
  /** Runs these `feature:line` locations (all the configured paths when absent), writing the run's files in `runDirectory`. */
  run(request: WarmRequest): Promise<RunOutcome>
  /** The instrumented project as the last run saw it. */
  instrumented(): InstrumentedFile[]
  /** Ends the process and its group. */
  stop(): void
}

export interface WarmRequest {
  runDirectory: string
  selection?: string[]
  /** Project files saved since the last run (absolute): they, and the modules that import them, load again in the process. */
  changed: string[]
}

export interface WarmRunnerOptions {
  project: Project
  sandbox: boolean
  /** Where what the scenarios print goes (cucumber's own formatters are silent here). */
  output?: NodeJS.WritableStream
}

interface WarmProcess {
  child: GroupChild
  ready: Promise<void>
  /** Resolves with the answer to the request in flight, or undefined when the process ended. */
  answer(): Promise<ChildResult | undefined>
  stderrTail(): string
  ended: Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>
}

function launchWarm(options: WarmRunnerOptions, moduleHooks: boolean): WarmProcess {
  const { project } = options
  const launch = cucumberLaunch(options, false, moduleHooks)
  const cucumberApi = path.join(project.cucumber.packageDirectory, 'lib', 'api', 'index.js')
  const child = spawnInGroup(launch.command, [...launch.prefix, path.join(COMPILED_RUNNER, 'watch-child.js'), cucumberApi], {
    cwd: project.cwd,
    env: cucumberEnvironment({ ...options, stdout: options.output }, {}),
    ipc: true
  })
  const { ended, stderrTail } = followCucumber(child, options.output, options.output)
  const ready = new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve())
    void ended.then(() =>
      reject(new Error(`the cucumber process ended before it was ready${stderrTail() ? `: ${stderrTail().trim().split('\n').pop()}` : ''}`))
    )
  })
  ready.catch(() => undefined)
  const answer = () =>
    new Promise<ChildResult | undefined>((resolve) => {
      const onMessage = (message: WarmRunResponse) => {
        if (message?.type !== 'ran') return
        child.off('message', onMessage)
        resolve(message.result)
      }
      child.on('message', onMessage)
      void ended.then(() => resolve(undefined))
    })
  return { child, ready, answer, stderrTail, ended }
}

/** The run's messages without the project's secrets: what the scenarios attached or printed may hold one. */
function redactMessages(project: Project, messagesPath: string): void {
  let text: string
  try {
    text = fs.readFileSync(messagesPath, 'utf8')
  } catch {
    return
  }
  const clean = redact(text, projectSecrets(project.cwd, project.env))
  if (clean !== text) writeFileAtomic(messagesPath, clean)
}

/** Instrumenting warms up over its first runs (babel and the TypeScript compiler get compiled to machine code). */
const WARM_UP_MS = 1500

/**
 * Instruments some of the project's sources (the output is dropped) while the cucumber process
 * starts, so that the first saves are instrumented as fast as the later ones.
 */
function warmUpInstrumentation(sources: string[], compilerOptions: ReturnType<typeof compilerOptionsFor>): void {
  const started = performance.now()
  for (let round = 0; round < 8 && sources.length > 0 && performance.now() - started < WARM_UP_MS; round++) {
    const file = sources[round % sources.length]
    try {
      instrumentTypescript(fs.readFileSync(file, 'utf8'), file, compilerOptions, moduleFormatOf(file))
    } catch {
      // A file that cannot be instrumented warms nothing; a save of it is reported then.
    }
  }
}

type Instrumentation = Pick<RunOutcome, 'instrumented' | 'notInstrumented'>

/** The instrumentation with the saved files instrumented again (a deleted one dropped), and those that cannot be (a syntax error), located. */
function reinstrument(
  project: Project,
  current: Instrumentation,
  changed: string[],
  compilerOptions: ReturnType<typeof compilerOptionsFor>
): { instrumentation: Instrumentation; failed: RunOutcome['notInstrumented'] } {
  let instrumentation = current
  const failed: RunOutcome['notInstrumented'] = []
  for (const file of changed.filter(isTypescriptSource)) {
    const others = instrumentation.instrumented.filter((entry) => entry.sourcePath !== file)
    const notInstrumented = instrumentation.notInstrumented.filter((entry) => entry.file !== file)
    if (!fs.existsSync(file)) {
      instrumentation = { instrumented: others, notInstrumented }
      continue
    }
    try {
      const instrumented = instrumentCached(file, instrumentedCacheOf(project.cwd), compilerOptions)
      instrumentation = {
        instrumented: [...others, instrumented].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath)),
        notInstrumented
      }
    } catch (thrown) {
      const location = (thrown as { loc?: { line: number; column: number } }).loc
      failed.push({
        file,
        message: String((thrown as Error)?.message ?? thrown)
          .split('\n')[0]
          .replace(/^[^:]*: /, '')
          .replace(/\s*\(\d+:\d+\)$/, ''),
        line: location?.line,
        column: location === undefined ? undefined : location.column + 1
      })
    }
  }
  return { instrumentation, failed }
}

/** The request for one run: the runtime's job, cucumber's configuration with the selection as its paths. */
function runRequest(
  options: WarmRunnerOptions,
  request: WarmRequest,
  instrumented: InstrumentedFile[],
  moduleHooks: boolean,
  reloadSupport: boolean
): WarmRunRequest {
  const configuration = adjustRunConfiguration(options.project.runConfiguration, path.join(COMPILED_RUNNER, 'runtime.js'), {
    selection: request.selection
  })
  // The watch prints its own result line: no formatter files, and the process discards cucumber's stdout formatter.
  configuration.formats = { ...configuration.formats, stdout: 'summary', files: {} }
  return {
    type: 'run',
    runtimeJob: runtimeJobOf(options, path.join(request.runDirectory, RUN_SCRATCH.deltas), instrumented, moduleHooks),
    runtimeJobPath: path.join(request.runDirectory, RUN_SCRATCH.runtimeJob),
    runConfiguration: configuration,
    messagesPath: messagesFileOf(request.runDirectory),
    changedModules: request.changed,
    reloadSupport
  }
}

/** The answer of the warm process, or undefined when it ended first (a step called process.exit, it was killed). */
async function ask(warm: WarmProcess, message: WarmRunRequest): Promise<ChildResult | undefined> {
  try {
    await warm.ready
    const answered = warm.answer()
    warm.child.send(message)
    return await answered
  } catch {
    return undefined
  }
}

export function startWarmRunner(options: WarmRunnerOptions): WarmRunner {
  const { project } = options
  const sources = findProjectSources(project.cwd)
  // ES modules cannot leave Node's module cache: a project that imports gets a fresh process after each change of its code.
  const moduleHooks = needsModuleHooks(project, sources)
  let instrumentation = instrumentProject(project.cwd, sources)
  let warm = launchWarm(options, moduleHooks)
  const compilerOptions = compilerOptionsFor(project.cwd, cacheDirectoryOf(project.cwd))
  warmUpInstrumentation(sources, compilerOptions)
  let started = false
  let stopped = false
  return {
    prepare(changed) {
      const prepared = reinstrument(project, instrumentation, changed, compilerOptions)
      instrumentation = prepared.instrumentation
      return prepared.failed
    },
    instrumented: () => instrumentation.instrumented,
    stop: () => {
      stopped = true
      killGroup(warm.child)
    },
    async run(request) {
      const typescriptChanged = request.changed.some(isTypescriptSource)
      if (moduleHooks && typescriptChanged && started) {
        killGroup(warm.child)
        warm = launchWarm(options, moduleHooks)
        started = false
      }
      const message = runRequest(options, request, instrumentation.instrumented, moduleHooks, started && typescriptChanged)
      fs.mkdirSync(message.runtimeJob.deltaDirectory, { recursive: true })
      const result = await ask(warm, message)
      const tail = warm.stderrTail()
      const ended = result ? { exitCode: result.success ? 0 : result.error ? 2 : 1, signal: null } : await warm.ended
      started = result !== undefined
      // The process died: the next run starts a fresh one.
      if (!result && !stopped) warm = launchWarm(options, moduleHooks)
      redactMessages(project, message.messagesPath)
      return {
        ...ended,
        result,
        envelopes: readEnvelopes(message.messagesPath),
        deltas: readDeltas(message.runtimeJob.deltaDirectory),
        ...instrumentation,
        stderrTail: tail
      }
    }
  }
}
