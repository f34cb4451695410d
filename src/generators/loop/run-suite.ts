import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Pickle, StepDefinition, TestCase, TestStepResult } from '@cucumber/messages'
import { readMessages, Status, toStatus, worstStatus } from '../../messages'
import { runChild } from '../../processes'
import { writableDirectory, projectReadPaths, sandboxedNode, sandboxEnvironment } from '../../runner'
import { MESSAGES_FILE, SPECLOOP_DIRECTORY, specloopDirectoryOf } from '../../workspace'

/** What happened to one scenario (one pickle; for an outline, one Examples row). */
export interface ScenarioResult {
  name: string
  uri: string
  /** The scenario's line, or the Examples row's line for an outline. */
  line: number
  status: ScenarioStatus
  /** The first step (or hook) that did not pass, when one failed, was undefined, ambiguous or pending. */
  failingStep?: { text: string; status: ScenarioStatus; /** `uri:line` of the step definition it ran. */ definition?: string }
  /** The error's own message, without the stack. */
  errorMessage?: string
  /** The first stack frame in the project's own code, paths relative to the project. */
  topStackFrame?: string
  /** Texts of this scenario's undefined steps. */
  undefinedSteps: string[]
}

export type ScenarioStatus = Status

export interface StepDefinitionReference {
  pattern: string
  patternKind: 'cucumber-expression' | 'regular-expression'
  uri: string
  line: number
}

export interface SuiteResult {
  scenarios: ScenarioResult[]
  counts: { total: number; passed: number } & Partial<Record<ScenarioStatus, number>>
  /** Every scenario passed (and there was at least one). */
  green: boolean
  stepDefinitions: StepDefinitionReference[]
  exitCode: number | null
  timedOut: boolean
  durationMs: number
  /** Why the run itself failed (support code that does not load, a broken configuration), trimmed. */
  runError?: string
}

export interface RunSuiteOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  timeoutMs: number
  /** Extra cucumber-js arguments (profiles, a configuration file, paths). */
  args?: string[]
  /** What else the sandboxed run may read (specloop's TypeScript register, for a project with no configuration). */
  readPaths?: string[]
  /**
   * Run the (untrusted, generated) code under Node's permission model, as `verify` does: it
   * may read the project and its dependencies, write only under `.specloop/` (and the run's
   * messages), start no process. Default true.
   */
  sandbox?: boolean
}

function resolveCucumberBin(cwd: string): string {
  let manifest: string
  try {
    manifest = require.resolve('@cucumber/cucumber/package.json', { paths: [cwd] })
  } catch {
    manifest = require.resolve('@cucumber/cucumber/package.json')
  }
  return path.join(path.dirname(manifest), 'bin', 'cucumber.js')
}

/**
 * Runs the project's own cucumber-js in a child process (the code under test is untrusted and
 * may hang), with a timeout, and reads its Cucumber Messages into per-scenario results.
 */
export async function runGeneratedSuite(options: RunSuiteOptions): Promise<SuiteResult> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-suite-'))
  const messagesFile = path.join(directory, MESSAGES_FILE)
  try {
    const cucumberBin = resolveCucumberBin(options.cwd)
    // Sandboxed, the code under evaluation writes only in this run's directory and under `.specloop/`, and has no network where the system allows it.
    const launch =
      options.sandbox === false
        ? { command: process.execPath, prefix: [] as string[] }
        : sandboxedNode({
            readPaths: [
              ...projectReadPaths(options.cwd, path.dirname(path.dirname(cucumberBin)), options.env),
              ...(options.readPaths ?? [])
            ],
            writePaths: [fs.realpathSync(directory), writableDirectory(specloopDirectoryOf(options.cwd), options.cwd)],
            allowChildProcess: false
          })
    const child = await runChild(
      launch.command,
      [...launch.prefix, cucumberBin, ...(options.args ?? []), '--format', `message:${messagesFile}`],
      {
        cwd: options.cwd,
        env: sandboxEnvironment({ ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' }),
        timeoutMs: options.timeoutMs
      }
    )
    const text = fs.existsSync(messagesFile) ? fs.readFileSync(messagesFile, 'utf8') : ''
    const result = readSuiteMessages(text, options.cwd)
    result.exitCode = child.exitCode
    result.timedOut = child.timedOut
    result.durationMs = child.durationMs
    if (child.timedOut) result.runError = `cucumber-js did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`
    else if (result.scenarios.length === 0 && child.exitCode !== 0)
      result.runError = relativise(trimText(lastLines(child.stderr || child.stdout, 15), 2000), options.cwd)
    return result
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}

/** Pure: Cucumber Messages (NDJSON) to per-scenario results; `cwd` makes paths relative. */
export function readSuiteMessages(ndjson: string, cwd: string): SuiteResult {
  const run = collectSuiteMessages(ndjson, cwd)
  const scenarios: ScenarioResult[] = []
  for (const pickle of run.pickles.values()) {
    const finished = run.finishedByPickle.get(pickle.id)
    scenarios.push(
      finished
        ? describeScenario(pickle, finished.testCase, finished.steps, run.hooks, run.definitionLocations, cwd)
        : { name: pickle.name, uri: pickle.uri, line: pickle.location?.line ?? 0, status: 'unknown', undefinedSteps: [] }
    )
  }
  scenarios.sort((a, b) => a.uri.localeCompare(b.uri) || a.line - b.line)
  const counts: SuiteResult['counts'] = { total: scenarios.length, passed: 0 }
  for (const scenario of scenarios) counts[scenario.status] = (counts[scenario.status] ?? 0) + 1
  return {
    scenarios,
    counts,
    green: scenarios.length > 0 && counts.passed === scenarios.length,
    stepDefinitions: run.stepDefinitions,
    exitCode: null,
    timedOut: false,
    durationMs: 0,
    runError: run.runError
  }
}

type StepResults = { testStepId: string; result: TestStepResult }[]

/** What a run's messages say, by id: the scenarios, the last attempt of each, the step definitions and hooks. */
interface SuiteMessages {
  pickles: Map<string, Pickle>
  finishedByPickle: Map<string, { testCase: TestCase; steps: StepResults }>
  stepDefinitions: StepDefinitionReference[]
  /** `uri:line` of each step definition, by id. */
  definitionLocations: Map<string, string>
  /** Each hook's name, by id. */
  hooks: Map<string, string>
  runError?: string
}

function collectSuiteMessages(ndjson: string, cwd: string): SuiteMessages {
  const run: SuiteMessages = {
    pickles: new Map(),
    finishedByPickle: new Map(),
    stepDefinitions: [],
    definitionLocations: new Map(),
    hooks: new Map()
  }
  const testCases = new Map<string, TestCase>()
  const startedCase = new Map<string, { testCaseId: string; steps: StepResults }>()
  readMessages(
    ndjson,
    (envelope) => {
      if (envelope.pickle) run.pickles.set(envelope.pickle.id, envelope.pickle)
      else if (envelope.testCase) testCases.set(envelope.testCase.id, envelope.testCase)
      else if (envelope.testCaseStarted)
        startedCase.set(envelope.testCaseStarted.id, { testCaseId: envelope.testCaseStarted.testCaseId, steps: [] })
      else if (envelope.testStepFinished)
        startedCase
          .get(envelope.testStepFinished.testCaseStartedId)
          ?.steps.push({ testStepId: envelope.testStepFinished.testStepId, result: envelope.testStepFinished.testStepResult })
      else if (envelope.testCaseFinished) {
        const started = startedCase.get(envelope.testCaseFinished.testCaseStartedId)
        const testCase = started && testCases.get(started.testCaseId)
        // With --retry, only the last attempt counts.
        if (started && testCase) run.finishedByPickle.set(testCase.pickleId, { testCase, steps: started.steps })
      } else if (envelope.stepDefinition) {
        const reference = stepDefinitionReference(envelope.stepDefinition, cwd)
        run.definitionLocations.set(envelope.stepDefinition.id, `${reference.uri}:${reference.line}`)
        run.stepDefinitions.push(reference)
      } else if (envelope.hook) run.hooks.set(envelope.hook.id, envelope.hook.name ?? 'hook')
      else if (envelope.testRunFinished?.exception) {
        const exception = envelope.testRunFinished.exception
        run.runError = relativise(trimText(`${exception.type}: ${exception.message ?? ''}`, 2000), cwd)
      }
    },
    { tolerateMalformed: true }
  )
  return run
}

function stepDefinitionReference({ pattern, sourceReference }: StepDefinition, cwd: string): StepDefinitionReference {
  return {
    pattern: pattern.source,
    patternKind: pattern.type === 'REGULAR_EXPRESSION' ? 'regular-expression' : 'cucumber-expression',
    uri: relativise(sourceReference.uri ?? '', cwd),
    line: sourceReference.location?.line ?? 0
  }
}

function describeScenario(
  pickle: Pickle,
  testCase: TestCase,
  steps: StepResults,
  hooks: Map<string, string>,
  definitionLocations: Map<string, string>,
  cwd: string
): ScenarioResult {
  const pickleSteps = new Map(pickle.steps.map((step) => [step.id, step.text]))
  const testSteps = new Map(testCase.testSteps.map((step) => [step.id, step]))
  let status: ScenarioStatus = 'passed'
  let failing: { testStepId: string; result: TestStepResult; status: ScenarioStatus } | undefined
  const undefinedSteps: string[] = []
  for (const step of steps) {
    const stepStatus = toStatus(step.result.status)
    status = worstStatus([status, stepStatus])
    const pickleStepId = testSteps.get(step.testStepId)?.pickleStepId
    if (stepStatus === 'undefined' && pickleStepId) undefinedSteps.push(pickleSteps.get(pickleStepId) ?? '')
    if (!failing && stepStatus !== 'passed' && stepStatus !== 'skipped') failing = { ...step, status: stepStatus }
  }
  const result: ScenarioResult = { name: pickle.name, uri: pickle.uri, line: pickle.location?.line ?? 0, status, undefinedSteps }
  if (failing) {
    const testStep = testSteps.get(failing.testStepId)
    const text = testStep?.pickleStepId
      ? (pickleSteps.get(testStep.pickleStepId) ?? '')
      : `${hooks.get(testStep?.hookId ?? '') || 'a'} hook`
    result.failingStep = { text, status: failing.status }
    const definition = testStep?.stepDefinitionIds?.length === 1 ? definitionLocations.get(testStep.stepDefinitionIds[0]) : undefined
    if (definition) result.failingStep.definition = definition
    const { exception, message } = failing.result
    const errorText = exception?.message ?? message?.split('\n')[0]
    if (errorText) result.errorMessage = relativise(trimText(explainRefusal(errorText), 2000), cwd)
    const frame = topStackFrame(exception?.stackTrace ?? message ?? '')
    if (frame) result.topStackFrame = relativise(frame, cwd)
  }
  return result
}

/** Node's permission model says only this; the loop's feedback says it was the sandbox. */
const ACCESS_DENIED = 'Access to this API has been restricted'

function explainRefusal(errorText: string): string {
  if (!errorText.startsWith(ACCESS_DENIED)) return errorText
  return (
    `${errorText} (the sandbox refused it: the code under evaluation may read the project and its dependencies, ` +
    `write only under ${SPECLOOP_DIRECTORY}/, start no process; see docs/verify.md#the-sandbox, or --no-sandbox)`
  )
}

/** The first frame in the project's own code: not node internals, not node_modules. */
export function topStackFrame(stack: string): string | undefined {
  const frames = stack
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
  return frames.find((frame) => !/node_modules|node:internal|\(node:|^at node:/.test(frame)) ?? frames[0]
}

/** Absolute paths in the project become relative, so prompts and cassettes do not depend on where it lives. */
export function relativise(text: string, cwd: string): string {
  const prefixes = [cwd, fs.existsSync(cwd) ? fs.realpathSync(cwd) : cwd].filter((prefix, index, all) => all.indexOf(prefix) === index)
  let result = text
  for (const prefix of prefixes) {
    result = result.split(`file://${prefix}${path.sep}`).join('').split(`${prefix}${path.sep}`).join('')
  }
  return result
}

export function trimText(text: string, limit: number): string {
  if (text.length <= limit) return text
  return `${text.slice(0, limit)}… (${text.length - limit} more characters)`
}

function lastLines(text: string, count: number): string {
  return text.trimEnd().split('\n').slice(-count).join('\n')
}
