/**
 * What specloop's process and the cucumber process exchange, as files under the run
 * directory (the only place the sandboxed process may write).
 */
export const RUNTIME_JOB_VARIABLE = 'SPECLOOP_RUNTIME_JOB'

/** Where the runtime leaves its control for a warm cucumber process (global symbol): see watch-child.ts. */
export const WARM_RUNTIME_SYMBOL = 'specloop.warmRuntime'

/** What a warm cucumber process (`specloop watch`) asks of the runtime between its runs. */
export interface WarmRuntimeControl {
  /** Registers the step hooks again: cucumber dropped them when the support code was reloaded. */
  registerSupportHooks(): void
  /** The next run's job: its delta directory, the instrumented code of the files that changed. */
  nextRun(job: RuntimeJob): void
  /** What ran outside the last scenario, and untraced modules, written; the delta file closed. */
  endRun(): void
}

/** A request to a warm cucumber process, sent over its IPC channel. */
export interface WarmRunRequest {
  type: 'run'
  runtimeJob: RuntimeJob
  /** Where the first request's runtime job is written for the runtime to read as it first loads. */
  runtimeJobPath: string
  /** cucumber's IRunConfiguration for this run (its paths: the scenarios to run). */
  runConfiguration: unknown
  messagesPath: string
  /** Absolute paths of modules changed since the last run: they and the modules that import them load again. */
  changedModules: string[]
  /** Load the support code again (a TypeScript file changed, or a new step file appeared). */
  reloadSupport: boolean
}

/** The warm process's answer to a run request. */
export interface WarmRunResponse {
  type: 'ran'
  result: ChildResult
}

/** Read by the runtime in every process that runs scenarios. */
export interface RuntimeJob {
  /** Absolute .ts path → absolute path of its instrumented JavaScript. */
  instrumented: Record<string, string>
  coverageVariable: string
  deltaDirectory: string
  /** The project's copy of cucumber (lib/index.js): hooks must register with the copy that runs. */
  cucumberEntry: string
  sandboxed: boolean
  /** The project, and its support files: other modules of the project that load untraced are reported. */
  projectDirectory?: string
  supportFiles?: string[]
  /** Sources whose instrumented code is an ES module (`"type": "module"`, `.mts`): served by the module hooks. */
  esModules?: string[]
  /** Register the module hooks (the project loads code through `import`): see esm-hooks.ts. */
  moduleHooks?: boolean
}

/** What the module hooks' thread is given (`module.register`'s data). */
export interface ModuleHooksData {
  /** Absolute source path → instrumented code path, every instrumented source of either format. */
  instrumented: Record<string, string>
  /** The sources among them whose instrumented code is an ES module; the others load through `require`. */
  esModules: string[]
  /** Imports of node:assert and chai from the project's own code are counted (not from node_modules). */
  projectDirectory: string
  sandboxed: boolean
}

/** Read by the child entry point: what to run. */
export interface ChildJob {
  cwd: string
  cucumberApi: string
  /** cucumber's IRunConfiguration, already adjusted (runtime first, TypeScript loaders dropped). */
  runConfiguration: unknown
  messagesPath: string
  resultPath: string
  /** In the coordinator of a --parallel run the workers trace, not the coordinator. */
  observeScenarios: boolean
  /** Written once the project is instrumented: the process waits for it before cucumber loads any of the project. */
  runtimeJobPath?: string
}

/** Written by the child when it ends normally. */
export interface ChildResult {
  success: boolean
  /** Set when cucumber could not run at all (support code that throws on load, ...). */
  error?: { message: string; stack?: string }
}

/** Coverage counters a scenario moved: statement, function and branch ids → counts. */
export interface FileDelta {
  s?: Record<string, number>
  f?: Record<string, number>
  b?: Record<string, number[]>
}

export type DeltaRecord =
  | {
      kind: 'scenario'
      /** The pickle is found through the messages (testCaseStarted → testCase → pickle). */
      testCaseStartedId: string
      /** Assertions executed anywhere in the scenario, and in its Then (outcome) steps. */
      assertions: number
      outcomeAssertions: number
      /** Absolute .ts path → delta. */
      files: Record<string, FileDelta>
    }
  | { kind: 'outside'; files: Record<string, FileDelta> }
  /** The project's own modules that ran without a trace (JavaScript), absolute paths. */
  | { kind: 'untraced'; files: string[] }
