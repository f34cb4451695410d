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

export function summarizeMessages(envelopes: Envelope[]): RunSummary {
  const nodeLines = new Map<string, number>()
  const pickles = new Map<string, { name: string; uri: string; line: number }>()
  const testCasePickle = new Map<string, string>()
  const pickleStepIds = new Set<string>()
  const attempts = new Map<
    string,
    { pickleId: string; status: ScenarioStatus; durationMs: number; errorMessage?: string; stepStatuses: ScenarioStatus[] }
  >()
  const finalAttempt = new Map<string, string>()
  const parseErrors: RunSummary['parseErrors'] = []
  let success: boolean | undefined
  let finished = false
  for (const envelope of envelopes) {
    if (envelope.gherkinDocument) for (const [id, line] of astLines(envelope.gherkinDocument)) nodeLines.set(id, line)
    else if (envelope.pickle) {
      const pickle = envelope.pickle
      const ids = pickle.astNodeIds
      const line = nodeLines.get(ids[ids.length - 1]) ?? nodeLines.get(ids[0]) ?? 0
      pickles.set(pickle.id, { name: pickle.name, uri: pickle.uri, line })
    } else if (envelope.parseError) {
      const { source, message } = envelope.parseError
      parseErrors.push({ uri: source.uri ?? '', line: source.location?.line, column: source.location?.column, message })
    } else if (envelope.testCase) {
      testCasePickle.set(envelope.testCase.id, envelope.testCase.pickleId)
      for (const step of envelope.testCase.testSteps) if (step.pickleStepId) pickleStepIds.add(step.id)
    } else if (envelope.testCaseStarted) {
      const pickleId = testCasePickle.get(envelope.testCaseStarted.testCaseId) ?? ''
      attempts.set(envelope.testCaseStarted.id, { pickleId, status: 'unknown', durationMs: 0, stepStatuses: [] })
    } else if (envelope.testStepFinished) {
      const attempt = attempts.get(envelope.testStepFinished.testCaseStartedId)
      if (attempt) {
        const result = envelope.testStepFinished.testStepResult
        const status = toStatus(result.status)
        // Like cucumber's summary, steps count pickle steps, not hooks (though a failing hook fails the scenario).
        if (pickleStepIds.has(envelope.testStepFinished.testStepId)) attempt.stepStatuses.push(status)
        attempt.status = worstStatus([attempt.status, status])
        attempt.durationMs += durationMs(result.duration)
        if (status === 'failed' && attempt.errorMessage === undefined) attempt.errorMessage = result.message ?? result.exception?.message
      }
    } else if (envelope.testCaseFinished) {
      const attempt = attempts.get(envelope.testCaseFinished.testCaseStartedId)
      if (attempt && !envelope.testCaseFinished.willBeRetried)
        finalAttempt.set(attempt.pickleId, envelope.testCaseFinished.testCaseStartedId)
    } else if (envelope.testRunFinished) {
      finished = true
      success = envelope.testRunFinished.success
    }
  }
  const scenarios: ScenarioOutcome[] = []
  const scenarioCounts = emptyRunCounts()
  const stepCounts = emptyRunCounts()
  for (const [pickleId, attemptId] of finalAttempt) {
    const attempt = attempts.get(attemptId)!
    const pickle = pickles.get(pickleId) ?? { name: '', uri: '', line: 0 }
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
  const pickleOfAttempt = new Map([...attempts].map(([id, attempt]) => [id, attempt.pickleId]))
  return { scenarios, scenarioCounts, stepCounts, parseErrors, pickleOfAttempt, success, finished }
}
