import type * as messages from '@cucumber/messages'
import { parseLedger, verifyLedger } from '../ledger'
import { decodeLines, formatRanges, Trace } from '../trace'
import { readProvenance, sha256 } from '../workspace'
import { attachmentsOf } from './attachments'
import { CollectedRun, durationToMilliseconds, finalAttempt, timestampToMilliseconds } from './messages'
import { mergeHistory } from './history'
import type {
  AstBackground, AstExamples, AstRule, AstScenario, AstStep, FeatureChild, HistoryEntry, LedgerSummary, ReportError, ReportFeature,
  ReportModel, ReportProvenance, ReportScenario, ReportSourceFile, ReportStep, RunSummary, TraceSummary
} from './model'
import { addCounts, emptyCounts, Status, toStatus, worstStatus } from './status'

export interface ReportInputs {
  run: CollectedRun
  /** The run's trace, when it was verified by specloop (absent for plain cucumber streams). */
  trace?: Trace
  /** Text of the project's code files (the trace's files and generated files), by project-relative path. */
  codeFiles?: Map<string, string>
  ledgerText?: string
  /** Earlier runs, oldest first (`.specloop/history.jsonl`). */
  history?: HistoryEntry[]
  now: Date
  title?: string
}

/** Pure: the report model of one run. */
export function buildReportModel(inputs: ReportInputs): ReportModel {
  const { run } = inputs
  const warnings: string[] = []
  const attachmentFiles = new Map<string, Uint8Array>()
  const features = buildFeatures(run, attachmentFiles)
  const scenarios = features.flatMap((feature) => feature.scenarios)
  const counts = { features: features.length, scenarios: emptyCounts(), steps: emptyCounts() }
  for (const feature of features) {
    addCounts(counts.scenarios, feature.counts)
    addCounts(counts.steps, feature.steps)
  }
  const codeFiles = inputs.codeFiles ?? new Map<string, string>()
  const { sources, trace } = inputs.trace ? buildTrace(inputs.trace, scenarios, codeFiles, warnings) : { sources: [], trace: undefined }
  const ledger = inputs.ledgerText === undefined ? undefined : summariseLedger(inputs.ledgerText)
  const provenance = buildProvenance(codeFiles, run, inputs.ledgerText)
  const summary = runSummary(run, inputs.trace)
  const current: HistoryEntry = {
    runId: summary.id,
    time: summary.startedAt ?? inputs.now.toISOString(),
    scenarios: counts.scenarios,
    steps: counts.steps
  }
  if (summary.durationMs !== undefined) current.durationMs = summary.durationMs
  if (trace && trace.executableLines > 0) current.coverage = Math.round((1000 * trace.coveredLines) / trace.executableLines) / 10
  const tagCounts = new Map<string, number>()
  for (const scenario of scenarios) for (const tag of scenario.tags) tagCounts.set(tag, (tagCounts.get(tag) ?? 0) + 1)
  return {
    title: inputs.title ?? 'Living documentation',
    generatedAt: inputs.now.toISOString(),
    run: summary,
    counts,
    features,
    tags: [...tagCounts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name)),
    trace,
    sources,
    provenance,
    ledger,
    history: mergeHistory(inputs.history ?? [], current),
    parseErrors: run.parseErrors.map((error) => ({ uri: error.source.uri, line: error.source.location?.line, message: error.message })),
    attachmentFiles: [...attachmentFiles].map(([path, bytes]) => ({ path, bytes })),
    warnings
  }
}

function runSummary(run: CollectedRun, trace: Trace | undefined): RunSummary {
  const started = timestampToMilliseconds(run.runStarted?.timestamp)
  const finished = timestampToMilliseconds(run.runFinished?.timestamp)
  // Without an id in the stream, a fingerprint of the run keeps history entries distinct.
  const id = trace?.runId ?? run.runStarted?.id ?? `run-${sha256(JSON.stringify([run.runStarted?.timestamp, run.envelopes, run.pickles.length, run.pickles[0]?.id])).slice(0, 16)}`
  const summary: RunSummary = { id }
  if (started !== undefined) summary.startedAt = new Date(started).toISOString()
  if (started !== undefined && finished !== undefined) summary.durationMs = finished - started
  if (run.runFinished) summary.success = run.runFinished.success
  if (run.meta) {
    summary.implementation = [run.meta.implementation.name, run.meta.implementation.version].filter(Boolean).join(' ')
    summary.runtime = [run.meta.runtime.name, run.meta.runtime.version].filter(Boolean).join(' ')
  }
  const failure = run.runFinished?.exception?.message ?? run.runFinished?.message
  if (failure) summary.error = failure
  return summary
}

const tagNames = (tags: readonly { name: string }[] | undefined): string[] => (tags ?? []).map((tag) => tag.name)

function astStep(step: messages.Step): AstStep {
  const result: AstStep = { keyword: step.keyword, text: step.text, line: step.location.line }
  if (step.dataTable) result.table = step.dataTable.rows.map((row) => row.cells.map((cell) => cell.value))
  if (step.docString) result.docString = docString(step.docString)
  return result
}

function docString(value: { content: string; mediaType?: string }): { content: string; mediaType?: string } {
  return value.mediaType ? { content: value.content, mediaType: value.mediaType } : { content: value.content }
}

function astBackground(background: messages.Background): AstBackground {
  return { keyword: background.keyword, name: background.name, description: background.description, line: background.location.line, steps: background.steps.map(astStep) }
}

/** What the pickles of one document need to know about its syntax tree. */
interface DocumentIndex {
  /** AST step id → its keyword and whether it belongs to a background. */
  steps: Map<string, { keyword: string; background: boolean }>
  scenarios: Map<string, { node: AstScenario; rule?: string }>
  rows: Map<string, { scenario: AstScenario; examples: AstExamples; row: number }>
}

function indexDocument(document: messages.GherkinDocument): { children: FeatureChild[]; background?: AstBackground; index: DocumentIndex } {
  const index: DocumentIndex = { steps: new Map(), scenarios: new Map(), rows: new Map() }
  const children: FeatureChild[] = []
  let featureBackground: AstBackground | undefined
  const visitBackground = (background: messages.Background): AstBackground => {
    for (const step of background.steps) index.steps.set(step.id, { keyword: step.keyword, background: true })
    return astBackground(background)
  }
  const visitScenario = (scenario: messages.Scenario, rule?: string): AstScenario => {
    for (const step of scenario.steps) index.steps.set(step.id, { keyword: step.keyword, background: false })
    const node: AstScenario = {
      keyword: scenario.keyword, name: scenario.name, description: scenario.description, tags: tagNames(scenario.tags), line: scenario.location.line,
      steps: scenario.steps.map(astStep), examples: [], scenarios: []
    }
    for (const examples of scenario.examples) {
      const table: AstExamples = {
        keyword: examples.keyword, name: examples.name, description: examples.description, tags: tagNames(examples.tags), line: examples.location.line,
        header: examples.tableHeader?.cells.map((cell) => cell.value) ?? [],
        rows: examples.tableBody.map((row) => ({ line: row.location.line, cells: row.cells.map((cell) => cell.value) }))
      }
      examples.tableBody.forEach((row, rowIndex) => index.rows.set(row.id, { scenario: node, examples: table, row: rowIndex }))
      node.examples.push(table)
    }
    index.scenarios.set(scenario.id, { node, rule })
    return node
  }
  for (const child of document.feature?.children ?? []) {
    if (child.background) featureBackground = visitBackground(child.background)
    else if (child.scenario) children.push({ scenario: visitScenario(child.scenario) })
    else if (child.rule) {
      const rule = child.rule
      const node: AstRule = { keyword: rule.keyword, name: rule.name, description: rule.description, tags: tagNames(rule.tags), line: rule.location.line, scenarios: [] }
      for (const ruleChild of rule.children) {
        if (ruleChild.background) node.background = visitBackground(ruleChild.background)
        else if (ruleChild.scenario) node.scenarios.push(visitScenario(ruleChild.scenario, rule.name))
      }
      children.push({ rule: node })
    }
  }
  return { children, background: featureBackground, index }
}

function buildFeatures(run: CollectedRun, attachmentFiles: Map<string, Uint8Array>): ReportFeature[] {
  const picklesByUri = new Map<string, messages.Pickle[]>()
  for (const pickle of run.pickles) {
    const list = picklesByUri.get(pickle.uri)
    if (list) list.push(pickle)
    else picklesByUri.set(pickle.uri, [pickle])
  }
  const documents = new Map<string, messages.GherkinDocument>()
  for (const document of run.documents) if (document.uri) documents.set(document.uri, document)
  const uris = [...new Set([...documents.keys(), ...picklesByUri.keys()])].sort()
  const features: ReportFeature[] = []
  let nextScenario = 0
  for (const uri of uris) {
    const document = documents.get(uri)
    // A document without a feature (an empty file) has nothing to show.
    if (document && !document.feature && !picklesByUri.has(uri)) continue
    const featureIndex = features.length
    const { children, background, index } = document ? indexDocument(document) : { children: [], background: undefined, index: { steps: new Map(), scenarios: new Map(), rows: new Map() } as DocumentIndex }
    const pickles = [...(picklesByUri.get(uri) ?? [])].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0))
    const feature: ReportFeature = {
      index: featureIndex,
      uri,
      keyword: document?.feature?.keyword ?? 'Feature',
      name: document?.feature?.name ?? uri,
      description: document?.feature?.description ?? '',
      tags: tagNames(document?.feature?.tags),
      line: document?.feature?.location.line ?? 1,
      children,
      scenarios: [],
      counts: emptyCounts(),
      steps: emptyCounts(),
      status: 'unknown',
      durationMs: 0
    }
    if (background) feature.background = background
    for (const pickle of pickles) {
      const scenario = buildScenario(run, pickle, index, attachmentFiles, nextScenario++, feature.scenarios.length, featureIndex)
      feature.scenarios.push(scenario)
      feature.counts[scenario.status]++
      feature.durationMs += scenario.durationMs
      for (const step of scenario.steps) if (step.kind !== 'hook') feature.steps[step.status]++
    }
    feature.status = worstStatus(feature.scenarios.map((scenario) => scenario.status))
    features.push(feature)
  }
  return features
}

function buildScenario(
  run: CollectedRun, pickle: messages.Pickle, index: DocumentIndex, attachmentFiles: Map<string, Uint8Array>, globalIndex: number, local: number, featureIndex: number
): ReportScenario {
  const astScenario = index.scenarios.get(pickle.astNodeIds[0])
  const row = pickle.astNodeIds.length > 1 ? index.rows.get(pickle.astNodeIds[pickle.astNodeIds.length - 1]) : undefined
  const scenario: ReportScenario = {
    index: globalIndex,
    local,
    feature: featureIndex,
    pickleId: pickle.id,
    name: pickle.name,
    keyword: astScenario?.node.keyword ?? 'Scenario',
    line: pickle.location?.line ?? astScenario?.node.line ?? 0,
    tags: tagNames(pickle.tags),
    status: 'unknown',
    durationMs: 0,
    attempts: 0,
    steps: []
  }
  if (astScenario) {
    astScenario.node.scenarios.push(local)
    if (astScenario.rule !== undefined) scenario.rule = astScenario.rule
  }
  if (row) {
    row.examples.rows[row.row].scenario = local
    scenario.outline = { line: row.scenario.line, header: row.examples.header, values: row.examples.rows[row.row].cells }
  }
  const testCase = run.testCaseByPickle.get(pickle.id)
  const attempt = testCase ? finalAttempt(run, testCase.id) : undefined
  const pickleSteps = new Map(pickle.steps.map((step) => [step.id, step]))
  if (!testCase || !attempt) {
    // Not run (a dry run, or the run stopped early): the steps, without results.
    scenario.steps = pickle.steps.map((step) => pickleStepReport(step, index, 'unknown', 0))
    return scenario
  }
  scenario.attempts = run.attemptsByTestCase.get(testCase.id)?.length ?? 1
  const statuses: Status[] = []
  let sumOfSteps = 0
  let seenPickleStep = false
  for (const testStep of testCase.testSteps) {
    const result = attempt.results.get(testStep.id)
    const status = toStatus(result?.status)
    const durationMs = durationToMilliseconds(result?.duration)
    statuses.push(status)
    sumOfSteps += durationMs
    let step: ReportStep
    if (testStep.pickleStepId !== undefined) {
      seenPickleStep = true
      const pickleStep = pickleSteps.get(testStep.pickleStepId)
      step = pickleStep ? pickleStepReport(pickleStep, index, status, durationMs) : { keyword: '', text: '(unknown step)', status, durationMs }
      const definitions = (testStep.stepDefinitionIds ?? []).map((id) => locationOf(run.stepDefinitions.get(id)?.sourceReference)).filter((where): where is string => where !== undefined)
      if (definitions.length > 0) step.definitions = definitions
    } else {
      const hook = testStep.hookId ? run.hooks.get(testStep.hookId) : undefined
      const after = hook?.type ? hook.type.startsWith('AFTER') : seenPickleStep
      const label = hook?.name ?? (hook?.tagExpression ? `(${hook.tagExpression})` : '')
      step = { keyword: after ? 'After' : 'Before', text: label, status, durationMs, kind: 'hook' }
      const where = locationOf(hook?.sourceReference)
      if (where) step.definitions = [where]
    }
    const error = result ? errorOf(result) : undefined
    if (error && status !== 'passed' && status !== 'skipped') step.error = error
    const attachments = attempt.attachments.get(testStep.id)
    if (attachments) step.attachments = attachmentsOf(attachments, attachmentFiles)
    // Hooks that passed quietly are noise in living documentation.
    if (step.kind === 'hook' && status === 'passed' && !step.attachments) continue
    scenario.steps.push(step)
  }
  scenario.status = worstStatus(statuses)
  scenario.durationMs = attempt.startedAt !== undefined && attempt.finishedAt !== undefined ? attempt.finishedAt - attempt.startedAt : sumOfSteps
  return scenario
}

function pickleStepReport(step: messages.PickleStep, index: DocumentIndex, status: Status, durationMs: number): ReportStep {
  const ast = index.steps.get(step.astNodeIds[0])
  const report: ReportStep = { keyword: ast?.keyword ?? '', text: step.text, status, durationMs }
  if (ast?.background) report.kind = 'background'
  if (step.argument?.dataTable) report.table = step.argument.dataTable.rows.map((row) => row.cells.map((cell) => cell.value))
  if (step.argument?.docString) report.docString = docString(step.argument.docString)
  return report
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

function buildTrace(trace: Trace, scenarios: ReportScenario[], codeFiles: Map<string, string>, warnings: string[]): { sources: ReportSourceFile[]; trace: TraceSummary } {
  const byPickle = new Map(scenarios.map((scenario) => [scenario.pickleId, scenario]))
  // Trace scenario index → report scenario.
  const matched = trace.scenarios.map((entry) => byPickle.get(entry.pickleId))
  const unmatched = matched.filter((scenario) => scenario === undefined).length
  if (unmatched > 0) warnings.push(`${unmatched} scenario(s) of the trace are not in the messages (the trace is from another run?): their lines are not shown`)
  const summary: TraceSummary = {
    runId: trace.runId, scenarios: matched.filter(Boolean).length, executableLines: 0, coveredLines: 0, functions: 0, coveredFunctions: 0,
    codeShare: { generated: 0, editedGenerated: 0, handWritten: 0 }, hollow: [], uncovered: []
  }
  trace.scenarios.forEach((entry, traceIndex) => {
    const scenario = matched[traceIndex]
    if (scenario && entry.hollow) {
      scenario.hollow = entry.hollow
      summary.hollow.push({ scenario: scenario.index, reason: entry.hollow })
    }
  })
  const files = [...trace.files].sort((a, b) => a.path.localeCompare(b.path))
  const sources = files.map((file, sourceIndex): ReportSourceFile => {
    const hits: Record<string, string> = {}
    const covered = new Set<number>()
    for (const [traceIndex, bitmap] of Object.entries(file.hits)) {
      const scenario = matched[Number(traceIndex)]
      if (!scenario) continue
      const lines = decodeLines(bitmap)
      if (lines.length === 0) continue
      for (const line of lines) covered.add(line)
      hits[scenario.index] = bitmap
      ;(scenario.trace ??= []).push({ source: sourceIndex, lines: formatRanges(lines), count: lines.length })
    }
    const executable = decodeLines(file.executable)
    const coveredExecutable = executable.filter((line) => covered.has(line))
    const text = codeFiles.get(file.path)
    const origin = originOf(text)
    const source: ReportSourceFile = {
      index: sourceIndex, path: file.path, role: file.role, lineCount: file.lineCount, executable: file.executable, functions: file.functions, hits,
      executableLines: executable.length, coveredLines: coveredExecutable.length, origin
    }
    if (text !== undefined) source.lines = text.replace(/\r?\n$/, '').split(/\r?\n/)
    summary.executableLines += executable.length
    summary.coveredLines += coveredExecutable.length
    summary.functions += file.functions.length
    const uncoveredFunctions = file.functions.filter((fn) => !covered.has(fn.line)).map((fn) => fn.name)
    summary.coveredFunctions += file.functions.length - uncoveredFunctions.length
    const uncovered = executable.filter((line) => !covered.has(line))
    if (uncovered.length > 0 || uncoveredFunctions.length > 0) summary.uncovered.push({ source: sourceIndex, lines: formatRanges(uncovered), functions: uncoveredFunctions })
    const lineCount = source.lines?.length ?? file.lineCount
    if (origin === 'generated') summary.codeShare.generated += lineCount
    else if (origin === 'edited-generated') summary.codeShare.editedGenerated += lineCount
    else summary.codeShare.handWritten += lineCount
    return source
  })
  return { sources, trace: summary }
}

function originOf(text: string | undefined): ReportSourceFile['origin'] {
  if (text === undefined) return 'hand-written'
  const read = readProvenance(text)
  if (!read.provenance) return read.editedByHand ? 'edited-generated' : 'hand-written'
  return read.editedByHand ? 'edited-generated' : 'generated'
}

function buildProvenance(codeFiles: Map<string, string>, run: CollectedRun, ledgerText: string | undefined): ReportProvenance[] {
  const ledgerEntries = ledgerText ? parseLedger(ledgerText).entries : []
  const specHashes = new Map<string, string>()
  const hashOfSpec = (path: string): string | undefined => {
    if (!specHashes.has(path)) {
      const text = run.sources.get(path)
      if (text !== undefined) specHashes.set(path, sha256(text))
    }
    return specHashes.get(path)
  }
  const rows: ReportProvenance[] = []
  for (const [path, text] of [...codeFiles].sort(([a], [b]) => a.localeCompare(b))) {
    const read = readProvenance(text)
    if (!read.provenance) continue
    const { provenance } = read
    const row: ReportProvenance = {
      path,
      generator: provenance.generator,
      version: provenance.version,
      editedByHand: read.editedByHand,
      sources: (provenance.sources ?? []).map((source) => {
        const current = hashOfSpec(source.path)
        return { path: source.path, sha256: source.sha256, state: current === undefined ? 'unknown' : current === source.sha256 ? 'unchanged' : 'changed' }
      }),
      ledgerEntries: ledgerEntries.filter((entry) => entry.files?.some((file) => file.path === path)).map((entry) => entry.sequence)
    }
    if (provenance.model !== undefined) row.model = provenance.model
    if (provenance.round !== undefined) row.round = provenance.round
    if (provenance.promptSha256 !== undefined) row.promptSha256 = provenance.promptSha256
    rows.push(row)
  }
  return rows
}

const RECENT_LEDGER_ENTRIES = 200

function summariseLedger(text: string): LedgerSummary {
  const verification = verifyLedger(text)
  const { entries } = parseLedger(text)
  const summary: LedgerSummary = {
    valid: verification.valid,
    entries: entries.length,
    recent: entries.slice(-RECENT_LEDGER_ENTRIES).reverse().map((entry) => {
      const recent: LedgerSummary['recent'][number] = {
        sequence: entry.sequence, time: entry.time, kind: entry.kind, files: (entry.files ?? []).map((file) => file.path), inputs: entry.inputs?.length ?? 0
      }
      if (entry.generator) recent.generator = entry.generator
      if (entry.result) recent.result = JSON.stringify(entry.result)
      return recent
    })
  }
  if (verification.brokenAtLine !== undefined) summary.brokenAtLine = verification.brokenAtLine
  if (verification.reason !== undefined) summary.reason = verification.reason
  return summary
}
