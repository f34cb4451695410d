/**
 * Loaded first (as a cucumber `requireModule`) in every process that runs scenarios: the
 * run's own process and, with --parallel, each worker. It
 *  - loads the project's TypeScript from the instrumented JavaScript specloop prepared, so
 *    neither ts-node nor the compiler is loaded here;
 *  - counts assertions (node:assert and chai) so steps that assert nothing can be found;
 *  - after each scenario, reads the coverage counters, writes the scenario's delta to this
 *    process's delta file and resets them (so the next scenario starts from zero).
 * Deltas are written as each scenario ends, so a crash keeps the trace of what did run.
 *
 * Code loaded through `import` gets the same from module hooks (esm-hooks.ts) registered here.
 *
 * It deliberately imports nothing from the rest of specloop but the runner's small modules: it runs inside the sandbox.
 */
import fs from 'node:fs'
import path from 'node:path'
import Module from 'node:module'
import { pathToFileURL } from 'node:url'
import type { RuntimeJob, DeltaRecord, FileDelta, ModuleHooksData, WarmRuntimeControl } from './protocol'
import { RUNTIME_JOB_VARIABLE, WARM_RUNTIME_SYMBOL } from './protocol'
import { COUNT_ASSERT_SYMBOL, COUNT_CHAI_SYMBOL, UNTRACED_MODULE_SYMBOL } from './esm-hooks'
import { refuseWorkerThreads } from './worker-lock'

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wraps functions of any shape (assertions, step bodies)
type AnyFunction = (...args: any[]) => any

type Counters = Record<string, { s: Record<string, number>; f: Record<string, number>; b: Record<string, number[]> }>

function installRuntime(job: RuntimeJob): WarmRuntimeControl {
  process.setSourceMapsEnabled(true)
  installTypescriptLoader(job)
  const assertions = installAssertionCounter()
  const importedJavascript = trackImportedJavascript(job)
  const deltas = deltaFile(job)
  const flushOutside = () => {
    const files = takeDelta(job.coverageVariable)
    if (Object.keys(files).length > 0) deltas.write({ kind: 'outside', files })
  }
  // Code of the project that loaded untraced (JavaScript): a scenario that ran no traced line may still have run it.
  const flushUntraced = () => {
    const untraced = untracedProjectModules(job, [...Object.keys(require.cache), ...importedJavascript])
    if (untraced.length > 0) deltas.write({ kind: 'untraced', files: untraced })
  }
  process.on('exit', flushOutside)
  process.on('exit', flushUntraced)

  const cucumber = require(job.cucumberEntry) as typeof import('@cucumber/cucumber')
  const scenarios = scenarioRecorder(job, assertions, deltas, flushOutside)
  observeEnvelopes(scenarios.observeEnvelope)
  // cucumber forgets these when its support code is loaded again: a warm process registers them anew each time.
  const registerSupportHooks = () => {
    cucumber.BeforeStep(scenarios.stepStarted)
    cucumber.AfterStep(({ pickleStep, testCaseStartedId }) => scenarios.stepFinished(pickleStep.type, testCaseStartedId))
    if (job.sandboxed) explainPermissionErrors(cucumber)
  }
  registerSupportHooks()
  return {
    registerSupportHooks,
    nextRun(next) {
      deltas.close()
      Object.assign(job, next)
    },
    endRun() {
      flushOutside()
      flushUntraced()
      deltas.close()
    }
  }
}

/** The project's JavaScript loaded as ES modules (the hooks mark it): `require.cache` knows only CommonJS. */
function trackImportedJavascript(job: RuntimeJob): Set<string> {
  const importedJavascript = new Set<string>()
  if (job.moduleHooks) {
    ;(globalThis as Record<symbol, unknown>)[Symbol.for(UNTRACED_MODULE_SYMBOL)] = (file: string) => importedJavascript.add(file)
    registerModuleHooks(job)
  }
  return importedJavascript
}

interface DeltaFile {
  write(record: DeltaRecord): void
  close(): void
}

/** This process's delta file, opened at the first record: the job's delta directory changes between the runs of a warm process (`specloop watch`). */
function deltaFile(job: RuntimeJob): DeltaFile {
  let descriptor: number | undefined
  return {
    write(record) {
      descriptor ??= fs.openSync(path.join(job.deltaDirectory, `deltas-${process.pid}.ndjson`), 'a')
      fs.writeSync(descriptor, `${JSON.stringify(record)}\n`)
    },
    close() {
      if (descriptor !== undefined) fs.closeSync(descriptor)
      descriptor = undefined
    }
  }
}

type Envelope = { testCaseStarted?: { id: string }; testCaseFinished?: { testCaseStartedId: string } }

/**
 * Each scenario's record: its coverage delta, the assertions it made, and those made in its
 * outcome (`Then`) steps. Scenario boundaries come from cucumber's own messages, not from
 * Before/After hooks: hooks would show in every failure report. Step hooks do not show, so they
 * count assertions.
 */
function scenarioRecorder(job: RuntimeJob, assertions: { count: number }, deltas: DeltaFile, flushOutside: () => void) {
  const outcomeAssertions = new Map<string, number>()
  const scenarioStart = new Map<string, number>()
  let stepStart = 0
  return {
    observeEnvelope(envelope: Envelope) {
      if (envelope.testCaseStarted) {
        flushOutside()
        scenarioStart.set(envelope.testCaseStarted.id, assertions.count)
        outcomeAssertions.set(envelope.testCaseStarted.id, 0)
      } else if (envelope.testCaseFinished) {
        const id = envelope.testCaseFinished.testCaseStartedId
        deltas.write({
          kind: 'scenario',
          testCaseStartedId: id,
          assertions: assertions.count - (scenarioStart.get(id) ?? assertions.count),
          outcomeAssertions: outcomeAssertions.get(id) ?? 0,
          files: takeDelta(job.coverageVariable)
        })
        scenarioStart.delete(id)
        outcomeAssertions.delete(id)
      }
    },
    stepStarted() {
      stepStart = assertions.count
    },
    stepFinished(stepType: string | undefined, testCaseStartedId: string) {
      if (stepType === 'Outcome')
        outcomeAssertions.set(testCaseStartedId, (outcomeAssertions.get(testCaseStartedId) ?? 0) + assertions.count - stepStart)
    }
  }
}

/** The messages are emitted synchronously as the scenario runs, in the process that runs it. */
function observeEnvelopes(observeEnvelope: (envelope: Envelope) => void): void {
  if (process.env.CUCUMBER_WORKER_ID !== undefined && typeof process.send === 'function') {
    // A --parallel worker: its messages go to the coordinator through process.send.
    const send = process.send.bind(process) as (...args: unknown[]) => boolean
    process.send = ((message: { type?: string; envelope?: object }, ...rest: unknown[]) => {
      if (message?.type === 'ENVELOPE' && message.envelope) observeEnvelope(message.envelope)
      return send(message, ...rest)
    }) as typeof process.send
  } else {
    ;(globalThis as Record<symbol, unknown>)[Symbol.for('specloop.observeEnvelope')] = observeEnvelope
  }
}

/** What the counters moved since they were last taken, per file; the counters are reset to zero. */
function takeDelta(coverageVariable: string): Record<string, FileDelta> {
  const counters = (globalThis as Record<string, unknown>)[coverageVariable] as Counters | undefined
  const files: Record<string, FileDelta> = {}
  if (!counters) return files
  for (const [file, data] of Object.entries(counters)) {
    let delta: FileDelta | undefined
    const statements = takeCounts(data.s)
    if (statements) (delta ??= {}).s = statements
    const functions = takeCounts(data.f)
    if (functions) (delta ??= {}).f = functions
    for (const id in data.b) {
      const arms = data.b[id]
      for (let arm = 0; arm < arms.length; arm++) {
        if (arms[arm] > 0) {
          ;(delta ??= {}).b ??= {}
          ;(delta.b![id] ??= new Array(arms.length).fill(0))[arm] = arms[arm]
          arms[arm] = 0
        }
      }
    }
    if (delta) files[file] = delta
  }
  return files
}

/** The counts above zero, taken (set back to zero); undefined when none moved. */
function takeCounts(counts: Record<string, number>): Record<string, number> | undefined {
  let taken: Record<string, number> | undefined
  for (const id in counts) {
    const count = counts[id]
    if (count > 0) {
      ;(taken ??= {})[id] = count
      counts[id] = 0
    }
  }
  return taken
}

function untracedProjectModules(job: RuntimeJob, loaded: string[]): string[] {
  if (!job.projectDirectory) return []
  const inside = job.projectDirectory.endsWith(path.sep) ? job.projectDirectory : `${job.projectDirectory}${path.sep}`
  const support = new Set(job.supportFiles ?? [])
  return [...new Set(loaded)].filter((file) => {
    if (!file.startsWith(inside) || support.has(file) || job.instrumented[file]) return false
    const relative = file.slice(inside.length).split(path.sep)
    return !relative.includes('node_modules') && !relative[0].startsWith('.') && /\.([cm]?js|jsx)$/.test(file)
  })
}

/**
 * `.ts` (and `.cts`) files load from the instrumented cache; any other .ts is transpiled here (rare:
 * outside the project, or an ES module's source `require`d, which Node itself would refuse).
 */
function installTypescriptLoader(job: RuntimeJob): void {
  const extensions = (Module as unknown as { _extensions: Record<string, (module: NodeModule, filename: string) => void> })._extensions
  const compile = (module: NodeModule, code: string, filename: string) =>
    (module as unknown as { _compile(code: string, filename: string): void })._compile(code, filename)
  const esModules = new Set(job.esModules ?? [])
  extensions['.ts'] = extensions['.cts'] = (module, filename) => {
    const instrumented = job.instrumented[filename]
    if (instrumented && !esModules.has(filename)) return compile(module, fs.readFileSync(instrumented, 'utf8'), filename)
    const ts = require('typescript') as typeof import('typescript')
    const output = ts.transpileModule(fs.readFileSync(filename, 'utf8'), {
      fileName: filename,
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, inlineSourceMap: true }
    })
    compile(module, output.outputText, filename)
  }
}

const ASSERT_MODULES = new Set(['assert', 'node:assert', 'assert/strict', 'node:assert/strict'])

/**
 * Every call into node:assert (the module is a function with functions on it) and every
 * chai assertion (all of them go through `Assertion.prototype.assert`) adds one.
 */
function installAssertionCounter(): { count: number } {
  const counter = { count: 0 }
  const wrappedAsserts = new WeakMap<object, unknown>()
  const countingProxy = (target: AnyFunction): unknown =>
    new Proxy(target, {
      apply(fn, thisArgument, args) {
        counter.count++
        return Reflect.apply(fn, thisArgument, args)
      },
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver)
        if (typeof value !== 'function' || key === 'AssertionError' || key === 'CallTracker' || key === 'prototype') return value
        if (!wrappedAsserts.has(value)) wrappedAsserts.set(value, countingProxy(value))
        return wrappedAsserts.get(value)
      }
    })
  const countedAssert = (exported: unknown): unknown => {
    if (typeof exported !== 'function') return exported
    if (!wrappedAsserts.has(exported)) wrappedAsserts.set(exported, countingProxy(exported as AnyFunction))
    return wrappedAsserts.get(exported)
  }
  const patchedChai = new WeakSet<object>()
  const countChai = (exported: unknown): void => {
    const assertion = (exported as { Assertion?: { prototype: { assert: AnyFunction } } })?.Assertion
    if (assertion && !patchedChai.has(assertion)) {
      patchedChai.add(assertion)
      const original = assertion.prototype.assert
      assertion.prototype.assert = function (this: unknown, ...args: unknown[]) {
        counter.count++
        return original.apply(this, args)
      }
    }
  }
  const moduleWithLoad = Module as unknown as { _load(request: string, parent: unknown, isMain: boolean): unknown }
  const originalLoad = moduleWithLoad._load
  moduleWithLoad._load = function (request, parent, isMain) {
    const exported = originalLoad.call(this, request, parent, isMain)
    if (ASSERT_MODULES.has(request)) return countedAssert(exported)
    if (request === 'chai') countChai(exported)
    return exported
  }
  // ES imports do not pass through `require`: the module hooks hand these libraries over here.
  const shared = globalThis as Record<symbol, unknown>
  shared[Symbol.for(COUNT_ASSERT_SYMBOL)] = countedAssert
  shared[Symbol.for(COUNT_CHAI_SYMBOL)] = countChai
  return counter
}

/**
 * Registers esm-hooks.ts before cucumber registers the configuration's loaders and imports
 * the support code. Its thread needs worker threads, which the sandbox allows for it alone:
 * once it runs, the scenarios' `Worker` refuses (worker-lock.ts).
 */
function registerModuleHooks(job: RuntimeJob): void {
  const data: ModuleHooksData = {
    instrumented: job.instrumented,
    esModules: job.esModules ?? [],
    projectDirectory: job.projectDirectory ?? process.cwd(),
    sandboxed: job.sandboxed
  }
  ;(Module as unknown as { register(specifier: string, options: { data: unknown }): void }).register(
    pathToFileURL(path.join(__dirname, 'esm-hooks.js')).href,
    { data }
  )
  if (job.sandboxed) refuseWorkerThreads()
}

/** Node says only "Access to this API has been restricted"; say which permission and why. */
function explainPermissionErrors(cucumber: typeof import('@cucumber/cucumber')): void {
  const explain = (thrown: unknown) => {
    const error = thrown as { code?: string; permission?: string; resource?: string; message?: string }
    if (error?.code === 'ERR_ACCESS_DENIED' && !/sandbox/.test(error.message ?? '')) {
      const resource = error.resource ? ` ${error.resource}` : ''
      error.message =
        `sandbox: permission ${error.permission ?? 'unknown'} denied${resource} (specloop verify runs ` +
        `scenarios under Node's permission model: reads in the project, writes only under .specloop/, no child processes; --no-sandbox turns it off)`
      if (thrown instanceof Error && thrown.stack) thrown.stack = `Error: ${error.message}\n${thrown.stack.split('\n').slice(1).join('\n')}`
    }
    // The failure is the project's: specloop's wrappers (this file, util-arity) are not part of its story.
    if (thrown instanceof Error && thrown.stack) {
      const ours = (line: string) =>
        /^\s+at /.test(line) && (line.includes(__filename) || /[\\/]node_modules[\\/]util-arity[\\/]/.test(line))
      thrown.stack = thrown.stack
        .split('\n')
        .filter((line) => !ours(line))
        .join('\n')
    }
    return thrown
  }
  cucumber.setDefinitionFunctionWrapper((code: AnyFunction) => {
    const wrapped = function (this: unknown, ...args: unknown[]) {
      let result: unknown
      try {
        result = code.apply(this, args)
      } catch (thrown) {
        throw explain(thrown)
      }
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        return (result as Promise<unknown>).then(undefined, (thrown) => {
          throw explain(thrown)
        })
      }
      return result
    }
    Object.defineProperty(wrapped, 'length', { value: code.length })
    return wrapped
  })
}

const shared = globalThis as Record<symbol, WarmRuntimeControl | undefined>
const installed = shared[Symbol.for(WARM_RUNTIME_SYMBOL)]
if (installed) {
  // Loaded again in a warm process, whose support code is being reloaded: the runtime stays, the hooks are new.
  installed.registerSupportHooks()
} else {
  const jobPath = process.env[RUNTIME_JOB_VARIABLE]
  if (jobPath) shared[Symbol.for(WARM_RUNTIME_SYMBOL)] = installRuntime(JSON.parse(fs.readFileSync(jobPath, 'utf8')) as RuntimeJob)
}
