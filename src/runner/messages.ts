import type { Envelope, GherkinDocument } from '@cucumber/messages'
import { emptyCounts, Status as ScenarioStatus, StatusCounts, toStatus, worstStatus } from '../messages'

/** What a run's Cucumber Messages say, reduced to what verify reports. */
export interface ScenarioOutcome {
  pickleId: string
  name: string
  uri: string
  line: number
  status: ScenarioStatus
  durationMs: number
  /** The first failing step's message, for the summary. */
  errorMessage?: string
}

/** Counts by status with their total, as verify reports them. */
export type RunCounts = StatusCounts & { total: number }

export interface RunSummary {
  scenarios: ScenarioOutcome[]
  scenarioCounts: RunCounts
  stepCounts: RunCounts
  /** Gherkin parse errors cucumber reported (it runs nothing when there are any). */
  parseErrors: { uri: string; line?: number; column?: number; message: string }[]
  /** testCaseStarted id → pickle id, for every attempt. */
  pickleOfAttempt: Map<string, string>
  /** testRunFinished.success; undefined when the run did not finish. */
  success?: boolean
  finished: boolean
}

export function emptyRunCounts(): RunCounts {
  return { total: 0, ...emptyCounts() }
}

function durationMs(duration: { seconds: number; nanos: number } | undefined): number {
  return duration ? duration.seconds * 1000 + duration.nanos / 1e6 : 0
}

/** Line of each scenario and each Examples row, by AST node id: where cucumber says a pickle is. */
function astLines(document: GherkinDocument): Map<string, number> {
  const lines = new Map<string, number>()
  const visitScenario = (scenario: {
    id: string
    location: { line: number }
    examples: readonly { tableBody: readonly { id: string; location: { line: number } }[] }[]
  }) => {
    lines.set(scenario.id, scenario.location.line)
    for (const examples of scenario.examples) for (const row of examples.tableBody) lines.set(row.id, row.location.line)
  }
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) visitScenario(child.scenario)
    for (const ruleChild of child.rule?.children ?? []) if (ruleChild.scenario) visitScenario(ruleChild.scenario)
  }
  return lines
}

/** Line of each pickle: its Examples row for an outline, else its scenario. */
export function pickleLines(
  document: GherkinDocument,
  pickles: readonly { id: string; astNodeIds: readonly string[] }[]
): Map<string, number> {
  const nodeLines = astLines(document)
  return new Map(
    pickles.map((pickle) => [
      pickle.id,
      nodeLines.get(pickle.astNodeIds[pickle.astNodeIds.length - 1]) ?? nodeLines.get(pickle.astNodeIds[0]) ?? 0
    ])
  )
}

/** One attempt at a scenario (a testCaseStarted): with --retry, only the last one counts. */
interface Attempt {
  pickleId: string
  status: ScenarioStatus
  durationMs: number
  errorMessage?: string
  stepStatuses: ScenarioStatus[]
}

/** What the envelopes say so far, gathered in one pass. */
interface Gathered {
  nodeLines: Map<string, number>
  pickles: Map<string, { name: string; uri: string; line: number }>
  testCasePickle: Map<string, string>
  pickleStepIds: Set<string>
  attempts: Map<string, Attempt>
  /** pickle id → its last attempt's testCaseStarted id. */
  finalAttempt: Map<string, string>
  parseErrors: RunSummary['parseErrors']
  success?: boolean
  finished: boolean
}

export function summariseMessages(envelopes: Envelope[]): RunSummary {
  const gathered: Gathered = {
    nodeLines: new Map(),
    pickles: new Map(),
    testCasePickle: new Map(),
    pickleStepIds: new Set(),
    attempts: new Map(),
    finalAttempt: new Map(),
    parseErrors: [],
    finished: false
  }
  for (const envelope of envelopes) gather(gathered, envelope)
  const { attempts, parseErrors, success, finished } = gathered
  const pickleOfAttempt = new Map([...attempts].map(([id, attempt]) => [id, attempt.pickleId]))
  return { ...scenarioOutcomes(gathered), parseErrors, pickleOfAttempt, success, finished }
}

function gather(gathered: Gathered, envelope: Envelope): void {
  if (envelope.gherkinDocument) for (const [id, line] of astLines(envelope.gherkinDocument)) gathered.nodeLines.set(id, line)
  else if (envelope.pickle) {
    const pickle = envelope.pickle
    const ids = pickle.astNodeIds
    const line = gathered.nodeLines.get(ids[ids.length - 1]) ?? gathered.nodeLines.get(ids[0]) ?? 0
    gathered.pickles.set(pickle.id, { name: pickle.name, uri: pickle.uri, line })
  } else if (envelope.parseError) {
    const { source, message } = envelope.parseError
    gathered.parseErrors.push({ uri: source.uri ?? '', line: source.location?.line, column: source.location?.column, message })
  } else if (envelope.testCase) {
    gathered.testCasePickle.set(envelope.testCase.id, envelope.testCase.pickleId)
    for (const step of envelope.testCase.testSteps) if (step.pickleStepId) gathered.pickleStepIds.add(step.id)
  } else if (envelope.testCaseStarted) {
    const pickleId = gathered.testCasePickle.get(envelope.testCaseStarted.testCaseId) ?? ''
    gathered.attempts.set(envelope.testCaseStarted.id, { pickleId, status: 'unknown', durationMs: 0, stepStatuses: [] })
  } else if (envelope.testStepFinished) gatherStep(gathered, envelope.testStepFinished)
  else if (envelope.testCaseFinished) {
    const attempt = gathered.attempts.get(envelope.testCaseFinished.testCaseStartedId)
    if (attempt && !envelope.testCaseFinished.willBeRetried)
      gathered.finalAttempt.set(attempt.pickleId, envelope.testCaseFinished.testCaseStartedId)
  } else if (envelope.testRunFinished) {
    gathered.finished = true
    gathered.success = envelope.testRunFinished.success
  }
}

function gatherStep(gathered: Gathered, finished: NonNullable<Envelope['testStepFinished']>): void {
  const attempt = gathered.attempts.get(finished.testCaseStartedId)
  if (!attempt) return
  const result = finished.testStepResult
  const status = toStatus(result.status)
  // Like cucumber's summary, steps count pickle steps, not hooks (though a failing hook fails the scenario).
  if (gathered.pickleStepIds.has(finished.testStepId)) attempt.stepStatuses.push(status)
  attempt.status = worstStatus([attempt.status, status])
  attempt.durationMs += durationMs(result.duration)
  if (status === 'failed' && attempt.errorMessage === undefined) attempt.errorMessage = result.message ?? result.exception?.message
}

/** Each scenario's last attempt, and the counts of scenarios and steps by status. */
function scenarioOutcomes(gathered: Gathered): Pick<RunSummary, 'scenarios' | 'scenarioCounts' | 'stepCounts'> {
  const scenarios: ScenarioOutcome[] = []
  const scenarioCounts = emptyRunCounts()
  const stepCounts = emptyRunCounts()
  for (const [pickleId, attemptId] of gathered.finalAttempt) {
    const attempt = gathered.attempts.get(attemptId)!
    const pickle = gathered.pickles.get(pickleId) ?? { name: '', uri: '', line: 0 }
    // A scenario with no steps and no hooks passed: cucumber counts it so.
    const status = attempt.status === 'unknown' ? 'passed' : attempt.status
    scenarios.push({
      pickleId,
      ...pickle,
      status,
      durationMs: Math.round(attempt.durationMs * 1000) / 1000,
      errorMessage: attempt.errorMessage
    })
    scenarioCounts.total++
    scenarioCounts[status]++
    for (const stepStatus of attempt.stepStatuses) {
      stepCounts.total++
      stepCounts[stepStatus]++
    }
  }
  return { scenarios, scenarioCounts, stepCounts }
}
