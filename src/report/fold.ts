import type * as messages from '@cucumber/messages'
import { SpecloopError, specloopError } from '../errors'
import { attachmentsOf } from './attachments'
import type {
  AstBackground,
  AstExamples,
  AstRule,
  AstScenario,
  AstStep,
  FeatureChild,
  ReportAttachment,
  ReportError,
  ReportFeature,
  ReportScenario,
  ReportStep
} from './model'
import { emptyCounts, readMessages, Status, toStatus, worstStatus } from '../messages'
import { templateOfTags } from '../project'

/**
 * One pass over a Cucumber Messages stream (NDJSON) that folds it straight into the report's
 * features and scenarios. Nothing of the raw stream is kept: each envelope updates the model
 * and is dropped, which keeps a 10,000-scenario run small in memory and fast. Any
 * implementation's stream works (cucumber-js, cucumber-jvm, ...); unknown envelopes are ignored.
 */
export interface FoldedRun {
  meta?: messages.Meta
  /** Feature file text by uri: the spec hashes of provenance are checked against it. */
  sources: Map<string, string>
  /** Sorted by uri; scenarios sorted by line, with their indices set. */
  features: ReportFeature[]
  runStarted?: messages.TestRunStarted
  runFinished?: messages.TestRunFinished
  parseErrors: { uri?: string; line?: number; message: string }[]
  /** Attachments of test-run hooks (BeforeAll/AfterAll), outside any scenario. */
  runAttachments: ReportAttachment[]
  /** Binary attachments by their path in the site. */
  attachmentFiles: Map<string, Uint8Array>
  envelopes: number
}

export type FoldedRunResult = { run: FoldedRun; error?: undefined } | { run?: undefined; error: SpecloopError }

export function timestampToMilliseconds(timestamp: messages.Timestamp | undefined): number | undefined {
  if (!timestamp) return undefined
  return timestamp.seconds * 1000 + Math.round((timestamp.nanos ?? 0) / 1e6)
}

function durationToMilliseconds(duration: messages.Duration | undefined): number {
  if (!duration) return 0
  return duration.seconds * 1000 + (duration.nanos ?? 0) / 1e6
}

/**
 * A duration not known yet. V8 stores a field that has only held small integers differently
 * from one holding fractions: starting durations as -0 (a double) spares it from migrating
 * every step object when its real duration arrives, a third of the time of reading a big run.
 */
const UNTIMED = -0

// testStepStarted carries nothing the report shows (testStepFinished has the duration) and is a
// fifth of a typical stream: recognising cucumber-js's spelling of it saves parsing it.
const SKIPPED_PREFIXES = ['{"testStepStarted":']

/** An AST scenario with the steps a pickle of it has, in pickle order: backgrounds first. */
interface ScenarioInfo {
  node: AstScenario
  rule?: string
  stepIds: string[]
  keywords: string[]
  /** How many of the steps come from backgrounds. */
  backgroundSteps: number
}

/**
 * What pickles need to know about the syntax trees, by AST node id. Ids are unique in a run,
 * so one map of each kind serves every feature. Steps are matched by position (a pickle's
 * steps are its backgrounds' then its scenario's, in order), which saves a map entry per step
 * — at 10,000 scenarios the map operations are most of the cost of reading a run.
 */
interface AstIndex {
  scenarios: Map<string, ScenarioInfo>
  rows: Map<string, { scenario: AstScenario; examples: AstExamples; row: number }>
}

/** A pickle while its test case is defined. */
interface PickleState {
  scenario: ReportScenario
  stepIds: string[]
}

interface FeatureState {
  feature: ReportFeature
  /** Each scenario with the AST scenario and Examples row it came from, resolved to indices at the end. */
  origins: { scenario: ReportScenario; node?: AstScenario; examples?: AstExamples; row?: number }[]
}

/** A test case while its results arrive. */
interface TestCaseState {
  scenario: ReportScenario
  /** Its test steps (hooks included) in order: the report steps they fill, and their ids. */
  steps: ReportStep[]
  stepIds: string[]
  /** Where the next result is expected: results come in step order. */
  cursor: number
  startedAt?: number
}

/** Index of `id` in `ids`, looking at `expected` first. */
function positionOf(ids: string[], id: string, expected: number): number {
  return ids[expected] === id ? expected : ids.indexOf(id)
}

const tagNames = (tags: readonly { name: string }[] | undefined): string[] => (tags ?? []).map((tag) => tag.name)

function docString(value: { content: string; mediaType?: string }): { content: string; mediaType?: string } {
  return value.mediaType ? { content: value.content, mediaType: value.mediaType } : { content: value.content }
}

function astStep(step: messages.Step): AstStep {
  const result: AstStep = { keyword: step.keyword, text: step.text, line: step.location.line }
  if (step.dataTable) result.table = step.dataTable.rows.map((row) => row.cells.map((cell) => cell.value))
  if (step.docString) result.docString = docString(step.docString)
  return result
}

function newFeature(uri: string, feature: messages.Feature | undefined): ReportFeature {
  const tags = tagNames(feature?.tags)
  const template = templateOfTags(tags)
  return {
    index: 0,
    uri,
    keyword: feature?.keyword ?? 'Feature',
    name: feature?.name || uri,
    description: feature?.description ?? '',
    tags,
    ...(template ? { template } : {}),
    line: feature?.location.line ?? 1,
    children: [],
    scenarios: [],
    counts: emptyCounts(),
    steps: emptyCounts(),
    status: 'unknown',
    durationMs: UNTIMED
  }
}

function featureState(uri: string, document: messages.GherkinDocument | undefined, index: AstIndex): FeatureState {
  const state: FeatureState = { feature: newFeature(uri, document?.feature), origins: [] }
  const children: FeatureChild[] = state.feature.children
  const featureChildren = document?.feature?.children ?? []
  const featureBackground = featureChildren.find((child) => child.background)?.background
  if (featureBackground) state.feature.background = astBackground(featureBackground)
  for (const child of featureChildren) {
    if (child.scenario) children.push({ scenario: astScenario(child.scenario, featureBackground?.steps ?? [], index) })
    else if (child.rule) children.push({ rule: astRule(child.rule, featureBackground?.steps ?? [], index) })
  }
  return state
}

/** What a background, rule, scenario or Examples table starts with, in the order the report's data keeps it. */
function headingOf(node: { keyword: string; name: string; description: string }) {
  return { keyword: node.keyword, name: node.name, description: node.description }
}

function taggedHeadingOf(node: messages.Rule | messages.Scenario | messages.Examples) {
  return { ...headingOf(node), tags: tagNames(node.tags), line: node.location.line }
}

function astBackground(background: messages.Background): AstBackground {
  return {
    ...headingOf(background),
    line: background.location.line,
    steps: background.steps.map(astStep)
  }
}

/** A rule and its scenarios, which run the feature's background steps, then the rule's. */
function astRule(rule: messages.Rule, featureBackgroundSteps: readonly messages.Step[], index: AstIndex): AstRule {
  const node: AstRule = {
    ...taggedHeadingOf(rule),
    scenarios: []
  }
  const ruleBackground = rule.children.find((ruleChild) => ruleChild.background)?.background
  if (ruleBackground) node.background = astBackground(ruleBackground)
  const backgrounds = [...featureBackgroundSteps, ...(ruleBackground?.steps ?? [])]
  for (const ruleChild of rule.children)
    if (ruleChild.scenario) node.scenarios.push(astScenario(ruleChild.scenario, backgrounds, index, rule.name))
  return node
}

/** A scenario (its Examples rows indexed too), indexed with its steps, the background's first. */
function astScenario(scenario: messages.Scenario, backgrounds: readonly messages.Step[], index: AstIndex, rule?: string): AstScenario {
  const node: AstScenario = {
    ...taggedHeadingOf(scenario),
    steps: scenario.steps.map(astStep),
    examples: [],
    scenarios: []
  }
  for (const examples of scenario.examples) {
    const table = astExamples(examples)
    examples.tableBody.forEach((row, rowIndex) => index.rows.set(row.id, { scenario: node, examples: table, row: rowIndex }))
    node.examples.push(table)
  }
  const steps = [...backgrounds, ...scenario.steps]
  const stepIds = steps.map((step) => step.id)
  const keywords = steps.map((step) => step.keyword)
  index.scenarios.set(scenario.id, { node, rule, stepIds, keywords, backgroundSteps: backgrounds.length })
  return node
}

function astExamples(examples: messages.Examples): AstExamples {
  return {
    ...taggedHeadingOf(examples),
    header: examples.tableHeader?.cells.map((cell) => cell.value) ?? [],
    rows: examples.tableBody.map((row) => ({ line: row.location.line, cells: row.cells.map((cell) => cell.value) }))
  }
}

function locationOf(reference: messages.SourceReference | undefined): string | undefined {
  if (!reference) return undefined
  if (reference.uri) return reference.location ? `${reference.uri}:${reference.location.line}` : reference.uri
  if (reference.javaMethod) return `${reference.javaMethod.className}.${reference.javaMethod.methodName}`
  if (reference.javaStackTraceElement) return `${reference.javaStackTraceElement.className}.${reference.javaStackTraceElement.methodName}`
  return undefined
}

function errorOf(result: messages.TestStepResult): ReportError | undefined {
  if (result.exception) {
    const error: ReportError = { message: result.exception.message ?? result.message ?? result.exception.type }
    if (result.exception.type) error.type = result.exception.type
    if (result.exception.stackTrace) error.stack = result.exception.stackTrace
    return error
  }
  if (!result.message) return undefined
  // Older streams put the whole stack in `message`: the first line is the message.
  const stackStart = result.message.search(/\n\s+at /)
  if (stackStart < 0) return { message: result.message }
  return { message: result.message.slice(0, stackStart), stack: result.message }
}

class Folder {
  readonly run: FoldedRun = {
    sources: new Map(),
    features: [],
    parseErrors: [],
    runAttachments: [],
    attachmentFiles: new Map(),
    envelopes: 0
  }
  private readonly featureStates = new Map<string, FeatureState>()
  private readonly ast: AstIndex = { scenarios: new Map(), rows: new Map() }
  private readonly pickles = new Map<string, PickleState>()
  private readonly stepDefinitions = new Map<string, string | undefined>()
  private readonly hooks = new Map<string, messages.Hook>()
  private readonly testCases = new Map<string, TestCaseState>()
  private readonly attempts = new Map<string, TestCaseState>()

  document(document: messages.GherkinDocument): void {
    if (!document.uri) return
    const state = featureState(document.uri, document, this.ast)
    // An empty feature file has nothing to show unless pickles turn up for it.
    this.featureStates.set(document.uri, state)
  }

  pickle(pickle: messages.Pickle): void {
    let state = this.featureStates.get(pickle.uri)
    if (!state) {
      state = featureState(pickle.uri, undefined, this.ast)
      this.featureStates.set(pickle.uri, state)
    }
    const ast = this.ast.scenarios.get(pickle.astNodeIds[0])
    const row = pickle.astNodeIds.length > 1 ? this.ast.rows.get(pickle.astNodeIds[pickle.astNodeIds.length - 1]) : undefined
    const steps: ReportStep[] = []
    const stepIds: string[] = []
    pickle.steps.forEach((pickleStep, position) => {
      const astIndex = ast ? positionOf(ast.stepIds, pickleStep.astNodeIds[0], position) : -1
      const step: ReportStep = {
        keyword: astIndex >= 0 ? ast!.keywords[astIndex] : '',
        text: pickleStep.text,
        status: 'unknown',
        durationMs: UNTIMED
      }
      if (astIndex >= 0 && astIndex < ast!.backgroundSteps) step.kind = 'background'
      const argument = pickleStep.argument
      if (argument?.dataTable) step.table = argument.dataTable.rows.map((tableRow) => tableRow.cells.map((cell) => cell.value))
      if (argument?.docString) step.docString = docString(argument.docString)
      steps.push(step)
      stepIds.push(pickleStep.id)
    })
    const scenario: ReportScenario = {
      index: 0,
      local: 0,
      feature: 0,
      pickleId: pickle.id,
      name: pickle.name,
      keyword: ast?.node.keyword ?? 'Scenario',
      line: pickle.location?.line ?? ast?.node.line ?? 0,
      tags: tagNames(pickle.tags),
      status: 'unknown',
      durationMs: UNTIMED,
      attempts: 0,
      steps
    }
    if (ast?.rule !== undefined) scenario.rule = ast.rule
    if (row) scenario.outline = { line: row.scenario.line, header: row.examples.header, values: row.examples.rows[row.row].cells }
    state.origins.push({ scenario, node: ast?.node, examples: row?.examples, row: row?.row })
    state.feature.scenarios.push(scenario)
    this.pickles.set(pickle.id, { scenario, stepIds })
  }

  testCase(testCase: messages.TestCase): void {
    const pickle = this.pickles.get(testCase.pickleId)
    if (!pickle) return
    const { scenario } = pickle
    const pickleSteps = scenario.steps
    const steps: ReportStep[] = []
    const stepIds: string[] = []
    let seenPickleSteps = 0
    for (const testStep of testCase.testSteps) {
      let step: ReportStep
      if (testStep.pickleStepId !== undefined) {
        const position = positionOf(pickle.stepIds, testStep.pickleStepId, seenPickleSteps)
        seenPickleSteps++
        step = position >= 0 ? pickleSteps[position] : { keyword: '', text: '(unknown step)', status: 'unknown', durationMs: UNTIMED }
        const ids = testStep.stepDefinitionIds
        if (ids && ids.length > 0) {
          const definitions: string[] = []
          for (const id of ids) {
            const where = this.stepDefinitions.get(id)
            if (where !== undefined) definitions.push(where)
          }
          if (definitions.length > 0) step.definitions = definitions
        }
      } else {
        const hook = testStep.hookId ? this.hooks.get(testStep.hookId) : undefined
        const after = hook?.type ? hook.type.startsWith('AFTER') : seenPickleSteps > 0
        step = {
          keyword: after ? 'After' : 'Before',
          text: hook?.name ?? (hook?.tagExpression ? `(${hook.tagExpression})` : ''),
          status: 'unknown',
          durationMs: UNTIMED,
          kind: 'hook'
        }
        const where = locationOf(hook?.sourceReference)
        if (where) step.definitions = [where]
      }
      steps.push(step)
      stepIds.push(testStep.id)
    }
    scenario.steps = steps
    this.testCases.set(testCase.id, { scenario, steps, stepIds, cursor: 0 })
  }

  testCaseStarted(started: messages.TestCaseStarted): void {
    const state = this.testCases.get(started.testCaseId)
    if (!state) return
    state.scenario.attempts++
    if (state.scenario.attempts > 1) {
      // A retry: only the last attempt counts.
      for (const step of state.steps) {
        step.status = 'unknown'
        step.durationMs = UNTIMED
        delete step.error
        delete step.attachments
      }
    }
    state.cursor = 0
    state.startedAt = timestampToMilliseconds(started.timestamp)
    this.attempts.set(started.id, state)
  }

  /** The report step of a test step of a running attempt (attachments come while their step runs: at the cursor). */
  private stepOf(testCaseStartedId: string | undefined, testStepId: string | undefined): ReportStep | undefined {
    const state = testCaseStartedId === undefined ? undefined : this.attempts.get(testCaseStartedId)
    if (!state || testStepId === undefined) return undefined
    const position = positionOf(state.stepIds, testStepId, state.cursor)
    return position >= 0 ? state.steps[position] : undefined
  }

  testStepFinished(finished: messages.TestStepFinished): void {
    const state = this.attempts.get(finished.testCaseStartedId)
    if (!state) return
    const position = positionOf(state.stepIds, finished.testStepId, state.cursor)
    if (position < 0) return
    state.cursor = position + 1
    const step = state.steps[position]
    const result = finished.testStepResult
    step.status = toStatus(result.status)
    step.durationMs = durationToMilliseconds(result.duration)
    if (step.status !== 'passed' && step.status !== 'skipped') {
      const error = errorOf(result)
      if (error) step.error = error
    }
  }

  testCaseFinished(finished: messages.TestCaseFinished): void {
    const state = this.attempts.get(finished.testCaseStartedId)
    if (!state) return
    const { scenario } = state
    const finishedAt = timestampToMilliseconds(finished.timestamp)
    let sum = 0
    const statuses: Status[] = []
    for (const step of state.steps) {
      sum += step.durationMs
      statuses.push(step.status)
    }
    scenario.status = worstStatus(statuses)
    scenario.durationMs = state.startedAt !== undefined && finishedAt !== undefined ? finishedAt - state.startedAt : sum
  }

  attachment(attachment: messages.Attachment): void {
    const step = this.stepOf(attachment.testCaseStartedId, attachment.testStepId)
    const [converted] = attachmentsOf([attachment], this.run.attachmentFiles)
    if (step) (step.attachments ??= []).push(converted)
    else this.run.runAttachments.push(converted)
  }

  stepDefinition(definition: messages.StepDefinition): void {
    this.stepDefinitions.set(definition.id, locationOf(definition.sourceReference))
  }

  hook(hook: messages.Hook): void {
    this.hooks.set(hook.id, hook)
  }

  /** Orders features and scenarios, numbers them, and counts. */
  finish(): FoldedRun {
    const states = [...this.featureStates.values()]
      .filter((state) => state.feature.scenarios.length > 0 || state.feature.children.length > 0)
      .sort((a, b) => (a.feature.uri < b.feature.uri ? -1 : a.feature.uri > b.feature.uri ? 1 : 0))
    let next = 0
    states.forEach((state, featureIndex) => {
      const { feature } = state
      feature.index = featureIndex
      state.origins.sort((a, b) => a.scenario.line - b.scenario.line)
      feature.scenarios = state.origins.map((origin) => origin.scenario)
      state.origins.forEach((origin, local) => {
        const { scenario } = origin
        scenario.index = next++
        scenario.local = local
        scenario.feature = featureIndex
        origin.node?.scenarios.push(local)
        if (origin.examples && origin.row !== undefined) origin.examples.rows[origin.row].scenario = local
        // Hooks that passed quietly are noise in living documentation.
        if (scenario.steps.some((step) => step.kind === 'hook')) {
          scenario.steps = scenario.steps.filter(
            (step) => step.kind !== 'hook' || step.status !== 'passed' || step.attachments !== undefined
          )
        }
        // A run that stopped before this scenario finished: the worst of what did run.
        if (scenario.status === 'unknown' && scenario.attempts > 0) scenario.status = worstStatus(scenario.steps.map((step) => step.status))
        feature.counts[scenario.status]++
        feature.durationMs += scenario.durationMs
        for (const step of scenario.steps) if (step.kind !== 'hook') feature.steps[step.status]++
      })
      feature.status = worstStatus(feature.scenarios.map((scenario) => scenario.status))
    })
    this.run.features = states.map((state) => state.feature)
    return this.run
  }
}

export function foldMessages(text: string | Uint8Array, file: string): FoldedRunResult {
  const folder = new Folder()
  const { run } = folder
  let documents = 0
  const read = readMessages(
    text,
    (envelope) => {
      if (envelope.testStepFinished) folder.testStepFinished(envelope.testStepFinished)
      else if (envelope.pickle) folder.pickle(envelope.pickle)
      else if (envelope.testCase) folder.testCase(envelope.testCase)
      else if (envelope.testCaseStarted) folder.testCaseStarted(envelope.testCaseStarted)
      else if (envelope.testCaseFinished) folder.testCaseFinished(envelope.testCaseFinished)
      else if (envelope.attachment) folder.attachment(envelope.attachment)
      else if (envelope.gherkinDocument) {
        documents++
        folder.document(envelope.gherkinDocument)
      } else if (envelope.source) run.sources.set(envelope.source.uri, envelope.source.data)
      else if (envelope.stepDefinition) folder.stepDefinition(envelope.stepDefinition)
      else if (envelope.hook) folder.hook(envelope.hook)
      else if (envelope.meta) run.meta = envelope.meta
      else if (envelope.testRunStarted) run.runStarted = envelope.testRunStarted
      else if (envelope.testRunFinished) run.runFinished = envelope.testRunFinished
      else if (envelope.parseError) {
        const { source, message } = envelope.parseError
        run.parseErrors.push({ uri: source.uri, line: source.location?.line, message })
      }
    },
    { skipPrefixes: SKIPPED_PREFIXES }
  )
  run.envelopes = read.envelopes
  if (read.malformed) {
    const { line, column, message } = read.malformed
    return {
      error: specloopError(
        'REPORT_BAD_MESSAGES',
        message,
        { file, line, column },
        'expected one JSON envelope per line, as written by `cucumber-js --format message`'
      )
    }
  }
  const folded = folder.finish()
  if (documents === 0 && folded.features.length === 0 && folded.parseErrors.length === 0) {
    return {
      error: specloopError(
        'REPORT_NO_SPECIFICATION',
        'this Cucumber Messages stream has no features (no gherkinDocument or pickle envelopes)',
        { file },
        'write it with `cucumber-js --format message:FILE.ndjson`'
      )
    }
  }
  return { run: folded }
}
