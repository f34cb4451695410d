import type * as messages from '@cucumber/messages'
import { SpecloopError, specloopError } from '../errors'

/**
 * One pass over a Cucumber Messages stream (NDJSON), keeping what the report shows. Any
 * implementation's stream works: cucumber-js, cucumber-jvm, ... Unknown envelope kinds are
 * ignored so newer protocol versions still render.
 */
export interface TestCaseAttempt {
  id: string
  testCaseId: string
  attempt: number
  startedAt?: number
  finishedAt?: number
  willBeRetried: boolean
  /** Test step id → its result. */
  results: Map<string, messages.TestStepResult>
  /** Test step id → what it attached. */
  attachments: Map<string, messages.Attachment[]>
}

export interface CollectedRun {
  meta?: messages.Meta
  /** Feature file text by uri: the spec hashes of provenance are checked against it. */
  sources: Map<string, string>
  documents: messages.GherkinDocument[]
  pickles: messages.Pickle[]
  stepDefinitions: Map<string, messages.StepDefinition>
  hooks: Map<string, messages.Hook>
  testCaseByPickle: Map<string, messages.TestCase>
  /** Test case id → its attempts, in order (more than one when cucumber retried it). */
  attemptsByTestCase: Map<string, TestCaseAttempt[]>
  runStarted?: messages.TestRunStarted
  runFinished?: messages.TestRunFinished
  parseErrors: messages.ParseError[]
  /** Attachments of test-run hooks (BeforeAll/AfterAll) and of no test case. */
  runAttachments: messages.Attachment[]
  envelopes: number
}

export type CollectedRunResult = { run: CollectedRun; error?: undefined } | { run?: undefined; error: SpecloopError }

export function timestampToMilliseconds(timestamp: messages.Timestamp | undefined): number | undefined {
  if (!timestamp) return undefined
  return timestamp.seconds * 1000 + Math.round((timestamp.nanos ?? 0) / 1e6)
}

export function durationToMilliseconds(duration: messages.Duration | undefined): number {
  if (!duration) return 0
  return duration.seconds * 1000 + (duration.nanos ?? 0) / 1e6
}

/** Where JSON.parse stopped, from its message ("... at position 12"), as a 1-based column. */
function columnOfJsonError(message: string): number | undefined {
  const match = /position (\d+)/.exec(message)
  return match ? Number(match[1]) + 1 : undefined
}

// testStepStarted carries nothing the report shows (testStepFinished has the duration) and is a
// fifth of a typical stream: recognising cucumber-js's spelling of it saves parsing it.
const SKIPPED_PREFIX = '{"testStepStarted":'

export function collectRun(text: string, file: string): CollectedRunResult {
  const run: CollectedRun = {
    sources: new Map(), documents: [], pickles: [], stepDefinitions: new Map(), hooks: new Map(), testCaseByPickle: new Map(),
    attemptsByTestCase: new Map(), parseErrors: [], runAttachments: [], envelopes: 0
  }
  const testCases = new Map<string, messages.TestCase>()
  const attempts = new Map<string, TestCaseAttempt>()
  let start = 0
  let lineNumber = 0
  if (text.charCodeAt(0) === 0xfeff) start = 1
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    lineNumber++
    let line = text.slice(start, end)
    start = end + 1
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line.startsWith(SKIPPED_PREFIX)) {
      run.envelopes++
      continue
    }
    if (line.trim() === '') continue
    let envelope: messages.Envelope
    try {
      envelope = JSON.parse(line)
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown)
      return {
        error: specloopError('REPORT_BAD_MESSAGES', `not a Cucumber Messages line: ${message}`, { file, line: lineNumber, column: columnOfJsonError(message) },
          'expected one JSON envelope per line, as written by `cucumber-js --format message`')
      }
    }
    if (envelope === null || typeof envelope !== 'object' || Array.isArray(envelope)) {
      return { error: specloopError('REPORT_BAD_MESSAGES', 'not a Cucumber Messages envelope: expected a JSON object', { file, line: lineNumber, column: 1 }) }
    }
    run.envelopes++
    if (envelope.testStepFinished) {
      const finished = envelope.testStepFinished
      attempts.get(finished.testCaseStartedId)?.results.set(finished.testStepId, finished.testStepResult)
    } else if (envelope.pickle) run.pickles.push(envelope.pickle)
    else if (envelope.testCase) {
      testCases.set(envelope.testCase.id, envelope.testCase)
      run.testCaseByPickle.set(envelope.testCase.pickleId, envelope.testCase)
    } else if (envelope.testCaseStarted) {
      const started = envelope.testCaseStarted
      const attempt: TestCaseAttempt = {
        id: started.id, testCaseId: started.testCaseId, attempt: started.attempt ?? 0, startedAt: timestampToMilliseconds(started.timestamp),
        willBeRetried: false, results: new Map(), attachments: new Map()
      }
      attempts.set(started.id, attempt)
      const list = run.attemptsByTestCase.get(started.testCaseId)
      if (list) list.push(attempt)
      else run.attemptsByTestCase.set(started.testCaseId, [attempt])
    } else if (envelope.testCaseFinished) {
      const attempt = attempts.get(envelope.testCaseFinished.testCaseStartedId)
      if (attempt) {
        attempt.finishedAt = timestampToMilliseconds(envelope.testCaseFinished.timestamp)
        attempt.willBeRetried = Boolean(envelope.testCaseFinished.willBeRetried)
      }
    } else if (envelope.attachment) {
      const attachment = envelope.attachment
      const attempt = attachment.testCaseStartedId ? attempts.get(attachment.testCaseStartedId) : undefined
      if (attempt && attachment.testStepId) {
        const list = attempt.attachments.get(attachment.testStepId)
        if (list) list.push(attachment)
        else attempt.attachments.set(attachment.testStepId, [attachment])
      } else run.runAttachments.push(attachment)
    } else if (envelope.gherkinDocument) run.documents.push(envelope.gherkinDocument)
    else if (envelope.source) run.sources.set(envelope.source.uri, envelope.source.data)
    else if (envelope.stepDefinition) run.stepDefinitions.set(envelope.stepDefinition.id, envelope.stepDefinition)
    else if (envelope.hook) run.hooks.set(envelope.hook.id, envelope.hook)
    else if (envelope.meta) run.meta = envelope.meta
    else if (envelope.testRunStarted) run.runStarted = envelope.testRunStarted
    else if (envelope.testRunFinished) run.runFinished = envelope.testRunFinished
    else if (envelope.parseError) run.parseErrors.push(envelope.parseError)
  }
  if (run.documents.length === 0 && run.pickles.length === 0 && run.parseErrors.length === 0) {
    return {
      error: specloopError('REPORT_NO_SPECIFICATION', 'this Cucumber Messages stream has no features (no gherkinDocument or pickle envelopes)', { file },
        'write it with `cucumber-js --format message:FILE.ndjson`')
    }
  }
  return { run }
}

/** The attempt that counts: the last one (earlier attempts were retried). */
export function finalAttempt(run: CollectedRun, testCaseId: string): TestCaseAttempt | undefined {
  const list = run.attemptsByTestCase.get(testCaseId)
  return list?.[list.length - 1]
}
