/**
 * Entry point of the warm cucumber process `specloop watch` keeps (possibly under Node's
 * permission model): cucumber and the project's support code stay loaded, and each request
 * that comes over the IPC channel runs a few scenarios. Before a run, the modules that changed
 * and every module that imports them leave the require cache, and the support code loads
 * again, so the run sees the files as saved. Like child.ts, it is a process edge.
 */
import fs from 'node:fs'
import { withoutParseErrors } from './cucumber-stderr'
import path from 'node:path'
import { Writable } from 'node:stream'
import type { IRunConfiguration, ISupportCodeLibrary } from '@cucumber/cucumber/api'
import { RUNTIME_JOB_VARIABLE, WARM_RUNTIME_SYMBOL } from './protocol'
import type { ChildResult, WarmRunRequest, WarmRunResponse, WarmRuntimeControl } from './protocol'

const RUNTIME_MODULE = path.join(__dirname, 'runtime.js')

const silent = new Writable({ write: (_chunk, _encoding, done) => done() })

const observe = () => (globalThis as Record<symbol, ((envelope: unknown) => void) | undefined>)[Symbol.for('specloop.observeEnvelope')]
const runtimeControl = () => (globalThis as Record<symbol, WarmRuntimeControl | undefined>)[Symbol.for(WARM_RUNTIME_SYMBOL)]

/** The project's modules that import `changed`, directly or not, and `changed` itself (node_modules are never reloaded). */
function withImporters(changed: readonly string[], projectDirectory: string): Set<string> {
  const importers = new Map<string, Set<string>>()
  for (const [file, loaded] of Object.entries(require.cache)) {
    for (const child of loaded?.children ?? []) {
      if (!importers.has(child.id)) importers.set(child.id, new Set())
      importers.get(child.id)!.add(file)
    }
  }
  const inProject = (file: string) => file.startsWith(projectDirectory + path.sep) && !file.split(path.sep).includes('node_modules')
  const found = new Set<string>()
  const visit = (file: string) => {
    if (found.has(file) || !inProject(file)) return
    found.add(file)
    for (const importer of importers.get(file) ?? []) visit(importer)
  }
  changed.forEach(visit)
  return found
}

let support: ISupportCodeLibrary | undefined
let loadedBefore = false

/** Loads the support code, again when asked: the runtime and the support files run anew, the changed modules with them. */
async function loadSupport(
  api: typeof import('@cucumber/cucumber/api'),
  request: WarmRunRequest,
  configuration: IRunConfiguration,
  cwd: string
): Promise<ISupportCodeLibrary> {
  if (support && !request.reloadSupport) return support
  if (loadedBefore) {
    // Every support file runs again (cucumber registers the step definitions as they run), and the
    // runtime, which then registers its step hooks anew; loaders registered the first time stay.
    for (const file of [...withImporters(request.changedModules, cwd), ...(request.runtimeJob.supportFiles ?? []), RUNTIME_MODULE])
      delete require.cache[file]
  }
  const loaders = loadedBefore ? [] : configuration.support.loaders
  loadedBefore = true
  support = await api.loadSupport(
    { sources: configuration.sources, support: { ...configuration.support, loaders } },
    { cwd, env: process.env }
  )
  return support
}

async function run(api: typeof import('@cucumber/cucumber/api'), request: WarmRunRequest, cwd: string): Promise<ChildResult> {
  const configuration = request.runConfiguration as IRunConfiguration
  const control = runtimeControl()
  if (control) control.nextRun(request.runtimeJob)
  else {
    // The runtime reads its first job from a file when the support code first loads; later jobs come with the requests.
    fs.writeFileSync(request.runtimeJobPath, JSON.stringify(request.runtimeJob))
    process.env[RUNTIME_JOB_VARIABLE] = request.runtimeJobPath
  }
  const messages = fs.openSync(request.messagesPath, 'w')
  try {
    const library = await loadSupport(api, request, configuration, cwd)
    // cucumber's formatter writes nowhere: the watch prints its own lines (what the scenarios print still shows).
    const { success } = await api.runCucumber(
      { ...configuration, support: library },
      { cwd, stdout: silent, stderr: withoutParseErrors(process.stderr), env: process.env },
      (envelope) => {
        fs.writeSync(messages, `${JSON.stringify(envelope)}\n`)
        observe()?.(envelope)
      }
    )
    return { success }
  } catch (thrown) {
    // Support code that throws on load: the next request loads it again from scratch.
    support = undefined
    return {
      success: false,
      error: thrown instanceof Error ? { message: thrown.message, stack: thrown.stack } : { message: String(thrown) }
    }
  } finally {
    runtimeControl()?.endRun()
    fs.closeSync(messages)
  }
}

/** Requests are handled one at a time, in order. */
function serve(cucumberApi: string): void {
  const api = require(cucumberApi) as typeof import('@cucumber/cucumber/api')
  const cwd = process.cwd()
  let queue = Promise.resolve()
  process.on('message', (request: WarmRunRequest) => {
    if (request?.type !== 'run') return
    queue = queue.then(async () => {
      const response: WarmRunResponse = { type: 'ran', result: await run(api, request, cwd) }
      process.send?.(response)
    })
  })
  // specloop gone (its channel closed): nothing more will come, and the group goes with this process.
  process.on('disconnect', () => {
    try {
      process.kill(-process.pid, 'SIGKILL')
    } catch {
      process.exit(2)
    }
  })
  process.send?.({ type: 'ready' })
}

serve(process.argv[2])
