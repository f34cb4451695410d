import { editedByHand, recordedWrites } from '../ledger'
import type { LedgerEntry, LedgerVerification } from '../ledger'
import { specHash } from '../governance'
import { describeMutant } from '../strength'
import type { StrengthRecord } from '../strength'
import { decodeLines, formatRanges, functionDisplayName, Trace } from '../trace'
import { readProvenance, sha256 } from '../workspace'
import { FoldedRun, timestampToMilliseconds } from './fold'
import { mergeHistory } from './history'
import type {
  HistoryEntry,
  LedgerSummary,
  ReportFeature,
  ReportGovernance,
  ReportModel,
  ReportProvenance,
  ReportScenario,
  ReportSourceFile,
  ReportStrength,
  RunSummary,
  TraceSummary
} from './model'
import { addCounts, emptyCounts } from '../messages'

export interface ReportInputs {
  run: FoldedRun
  /** The run's trace, when it was verified by specloop (absent for plain cucumber streams). */
  trace?: Trace
  /** Text of the project's code files (the trace's files and generated files), by project-relative path. */
  codeFiles?: Map<string, string>
  /** The project's ledger: its entries in order and its verdict (absent: no ledger). */
  ledger?: { entries: LedgerEntry[]; verification: LedgerVerification }
  /**
   * A feature file's text as it is now (undefined: it is gone). Provenance is checked against
   * the specs now, as `status` checks it, not against the run's copy of them: code regenerated
   * after the run is not stale. Without it (a bare messages file), against the run's sources.
   */
  currentSpec?: (path: string) => string | undefined
  /** The project's approvals now (from specs.lock and the feature files); absent outside a project. */
  approvals?: ApprovalInputs
  /** Earlier runs, oldest first (`.specloop/history.jsonl`). */
  history?: HistoryEntry[]
  /** The last `specloop strength` (`.specloop/strength/strength.json`). */
  strength?: StrengthRecord
  now: Date
  title?: string
}

export interface ApprovalInputs {
  lockExists: boolean
  approverRules: number
  /** Every Gherkin scenario's state, located at its `Scenario:` line. */
  scenarios: {
    uri: string
    key: string
    line?: number
    state: 'approved' | 'changed' | 'new' | 'removed'
    approval?: { by: string; at: string; ticket?: string }
  }[]
}

/** Pure: the report model of one run. */
export function buildReportModel(inputs: ReportInputs): ReportModel {
  const { run } = inputs
  const warnings: string[] = []
  const { features } = run
  const scenarios = features.flatMap((feature) => feature.scenarios)
  const counts = { features: features.length, scenarios: emptyCounts(), steps: emptyCounts() }
  for (const feature of features) {
    addCounts(counts.scenarios, feature.counts)
    addCounts(counts.steps, feature.steps)
  }
  const codeFiles = inputs.codeFiles ?? new Map<string, string>()
  const { sources, trace } = inputs.trace ? buildTrace(inputs.trace, scenarios, codeFiles, warnings) : { sources: [], trace: undefined }
  const ledger = inputs.ledger === undefined ? undefined : summariseLedger(inputs.ledger)
  // Against the specs now, a spec that cannot be read is gone (status says so too); against a
  // run's sources, one the run did not include is unknown.
  const specs = inputs.currentSpec
    ? { text: inputs.currentSpec, missing: 'gone' as const }
    : { text: (uri: string) => run.sources.get(uri), missing: 'unknown' as const }
  const provenance = buildProvenance(codeFiles, specs, inputs.ledger?.entries ?? [])
  const summary = runSummary(run, inputs.trace)
  const governance = inputs.approvals ? buildGovernance(inputs.approvals, inputs.ledger?.entries ?? []) : undefined
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
    features: inputs.approvals ? withApprovals(features, inputs.approvals) : features,
    tags: [...tagCounts].map(([name, count]) => ({ name, count })).sort((a, b) => a.name.localeCompare(b.name)),
    trace,
    sources,
    provenance,
    ledger,
    ...(governance ? { governance } : {}),
    history: mergeHistory(inputs.history ?? [], current),
    ...(inputs.strength ? { strength: summariseStrength(inputs.strength) } : {}),
    parseErrors: run.parseErrors,
    runAttachments: run.runAttachments,
    attachmentFiles: [...run.attachmentFiles].map(([path, bytes]) => ({ path, bytes })),
    warnings
  }
}

/** Survivors listed in the report at most: the rest are counted. */
const MAX_SURVIVORS = 200

function summariseStrength(record: StrengthRecord): ReportStrength {
  const survivors = record.mutants.filter((mutant) => mutant.status === 'survived')
  return {
    createdAt: record.createdAt,
    score: record.score,
    features: record.features.map(({ uri, score, mutants, killed, survived }) => ({ uri, score, mutants, killed, survived })),
    survivors: survivors.slice(0, MAX_SURVIVORS).map((mutant) => ({
      file: mutant.file,
      line: mutant.line,
      column: mutant.column,
      operator: mutant.operator,
      change: describeMutant(mutant),
      ...(mutant.killingRow
        ? { killingRow: { uri: mutant.killingRow.uri, header: mutant.killingRow.header, row: mutant.killingRow.row } }
        : {})
    })),
    moreSurvivors: Math.max(0, survivors.length - MAX_SURVIVORS)
  }
}

/** The approvals now and the last gate recorded in the ledger. */
function buildGovernance(approvals: ApprovalInputs, ledgerEntries: readonly LedgerEntry[]): ReportGovernance {
  const counts = { approved: 0, changed: 0, new: 0, removed: 0 }
  for (const entry of approvals.scenarios) counts[entry.state]++
  const pending = approvals.scenarios
    .filter((entry) => entry.state !== 'approved')
    .map((entry) => ({
      uri: entry.uri,
      key: entry.key,
      state: entry.state as 'changed' | 'new' | 'removed',
      ...(entry.line !== undefined ? { line: entry.line } : {}),
      ...(entry.approval ? { approvedBy: entry.approval.by, approvedAt: entry.approval.at } : {})
    }))
  const governance: ReportGovernance = { lockExists: approvals.lockExists, approverRules: approvals.approverRules, counts, pending }
  const gate = ledgerEntries.filter((entry) => entry.kind === 'gate').pop()
  if (gate?.result) {
    const result = gate.result as Partial<NonNullable<ReportGovernance['lastGate']>>
    governance.lastGate = {
      sequence: gate.sequence,
      time: gate.time,
      ci: Boolean(result.ci),
      passed: Boolean(result.passed),
      checks: result.checks ?? [],
      findings: result.findings ?? []
    }
  }
  return governance
}

/** Each reported scenario with its Gherkin scenario's approval (an outline's rows share their outline's). */
function withApprovals(features: ReportFeature[], approvals: ApprovalInputs): ReportFeature[] {
  const byLine = new Map(
    approvals.scenarios.filter((entry) => entry.line !== undefined).map((entry) => [`${entry.uri}:${entry.line}`, entry])
  )
  return features.map((feature) => ({
    ...feature,
    scenarios: feature.scenarios.map((scenario) => {
      const entry = byLine.get(`${feature.uri}:${scenario.outline?.line ?? scenario.line}`)
      if (!entry || entry.state === 'removed') return { ...scenario, approval: { state: 'new' as const } }
      return {
        ...scenario,
        approval: {
          state: entry.state,
          ...(entry.approval
            ? { by: entry.approval.by, at: entry.approval.at, ...(entry.approval.ticket ? { ticket: entry.approval.ticket } : {}) }
            : {})
        }
      }
    })
  }))
}

function runSummary(run: FoldedRun, trace: Trace | undefined): RunSummary {
  const started = timestampToMilliseconds(run.runStarted?.timestamp)
  const finished = timestampToMilliseconds(run.runFinished?.timestamp)
  // Without an id in the stream, a fingerprint of the run keeps history entries distinct.
  const firstPickle = (feature: (typeof run.features)[number]) => [feature.uri, feature.scenarios[0]?.pickleId]
  const id =
    trace?.runId ??
    run.runStarted?.id ??
    `run-${sha256(JSON.stringify([run.runStarted?.timestamp, run.envelopes, run.features.map(firstPickle)])).slice(0, 16)}`
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

function buildTrace(
  trace: Trace,
  scenarios: ReportScenario[],
  codeFiles: Map<string, string>,
  warnings: string[]
): { sources: ReportSourceFile[]; trace: TraceSummary } {
  const byPickle = new Map(scenarios.map((scenario) => [scenario.pickleId, scenario]))
  // Trace scenario index → report scenario.
  const matched = trace.scenarios.map((entry) => byPickle.get(entry.pickleId))
  const unmatched = matched.filter((scenario) => scenario === undefined).length
  if (unmatched > 0)
    warnings.push(
      `${unmatched} scenario(s) of the trace are not in the messages (the trace is from another run?): their lines are not shown`
    )
  const summary: TraceSummary = {
    runId: trace.runId,
    scenarios: matched.filter(Boolean).length,
    executableLines: 0,
    coveredLines: 0,
    functions: 0,
    coveredFunctions: 0,
    codeShare: { generated: 0, editedGenerated: 0, handWritten: 0 },
    hollow: [],
    uncovered: []
  }
  trace.scenarios.forEach((entry, traceIndex) => {
    const scenario = matched[traceIndex]
    if (scenario && entry.hollow) {
      scenario.hollow = entry.hollow
      summary.hollow.push({ scenario: scenario.index, reason: entry.hollow })
    }
  })
  const files = [...trace.files].sort((a, b) => a.path.localeCompare(b.path))
  const sources = files.map((file, sourceIndex) => traceSource(file, sourceIndex, matched, codeFiles.get(file.path), summary))
  return { sources, trace: summary }
}

type TraceFile = Trace['files'][number]

/** One traced file as the report shows it; its lines and functions are added to the summary. */
function traceSource(
  file: TraceFile,
  sourceIndex: number,
  matched: (ReportScenario | undefined)[],
  text: string | undefined,
  summary: TraceSummary
): ReportSourceFile {
  const { hits, covered } = scenarioHits(file, sourceIndex, matched)
  const executable = decodeLines(file.executable)
  const coveredExecutable = executable.filter((line) => covered.has(line))
  const origin = originOf(text)
  const source: ReportSourceFile = {
    index: sourceIndex,
    path: file.path,
    role: file.role,
    lineCount: file.lineCount,
    executable: file.executable,
    functions: file.functions,
    hits,
    executableLines: executable.length,
    coveredLines: coveredExecutable.length,
    origin
  }
  if (file.outside?.lines) source.loaded = file.outside.lines
  if (text !== undefined) source.lines = text.replace(/\r?\n$/, '').split(/\r?\n/)
  summary.executableLines += executable.length
  summary.coveredLines += coveredExecutable.length
  summary.functions += file.functions.length
  const uncoveredFunctions = uncalledFunctions(file, matched, covered).map((fn) =>
    functionDisplayName(fn.name, source.lines?.[fn.line - 1])
  )
  summary.coveredFunctions += file.functions.length - uncoveredFunctions.length
  const uncovered = executable.filter((line) => !covered.has(line))
  if (uncovered.length > 0 || uncoveredFunctions.length > 0)
    summary.uncovered.push({ source: sourceIndex, lines: formatRanges(uncovered), functions: uncoveredFunctions })
  const lineCount = source.lines?.length ?? file.lineCount
  if (origin === 'generated') summary.codeShare.generated += lineCount
  else if (origin === 'edited-generated') summary.codeShare.editedGenerated += lineCount
  else summary.codeShare.handWritten += lineCount
  return source
}

/** The lines each matched scenario ran in the file (added to the scenario's own trace), and every line run. */
function scenarioHits(
  file: TraceFile,
  sourceIndex: number,
  matched: (ReportScenario | undefined)[]
): { hits: Record<string, string>; covered: Set<number> } {
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
  // What ran while loading counts as run, as in `trace --uncovered` and the coverage reports.
  for (const line of decodeLines(file.outside?.lines ?? '')) covered.add(line)
  return { hits, covered }
}

/** The file's functions no matched scenario called (nor the loading of the code). */
function uncalledFunctions(file: TraceFile, matched: (ReportScenario | undefined)[], covered: Set<number>): TraceFile['functions'] {
  // Traces from `verify` say which functions each scenario called (a declaration line is no statement, so it never "runs").
  const called = new Set<number>()
  for (const [traceIndex, bitmap] of Object.entries(file.functionHits ?? {}))
    if (matched[Number(traceIndex)]) for (const index of decodeLines(bitmap)) called.add(index - 1)
  for (const index of decodeLines(file.outside?.functions ?? '')) called.add(index - 1)
  return file.functions.filter((fn, index) => (file.functionHits ? !called.has(index) : !covered.has(fn.line)))
}

function originOf(text: string | undefined): ReportSourceFile['origin'] {
  if (text === undefined) return 'hand-written'
  const read = readProvenance(text)
  if (!read.provenance) return read.editedByHand ? 'edited-generated' : 'hand-written'
  return read.editedByHand ? 'edited-generated' : 'generated'
}

function buildProvenance(
  codeFiles: Map<string, string>,
  specs: { text: (path: string) => string | undefined; missing: 'gone' | 'unknown' },
  ledgerEntries: readonly LedgerEntry[]
): ReportProvenance[] {
  // As generate and status judge it: a content the ledger never recorded specloop writing was edited by hand.
  const recorded = recordedWrites(ledgerEntries)
  const specHashes = new Map<string, string | undefined>()
  const hashOfSpec = (path: string): string | undefined => {
    if (!specHashes.has(path)) {
      const text = specs.text(path)
      specHashes.set(path, text === undefined ? undefined : specHash(path, text))
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
      editedByHand: editedByHand(read, recorded, path, text),
      sources: (provenance.sources ?? []).map((source) => {
        const current = hashOfSpec(source.path)
        return {
          path: source.path,
          sha256: source.sha256,
          state: current === undefined ? specs.missing : current === source.sha256 ? 'unchanged' : 'changed'
        }
      }),
      ledgerEntries: ledgerEntries.filter((entry) => entry.files?.some((file) => file.path === path)).map((entry) => entry.sequence)
    }
    if (provenance.model !== undefined) row.model = provenance.model
    if (provenance.round !== undefined) row.round = provenance.round
    if (provenance.promptSha256 !== undefined) row.promptSha256 = provenance.promptSha256
    if (provenance.rule !== undefined) row.rule = provenance.rule
    // Which candidate won and why: the latest check of a model's rule against the synthesised one.
    const check = ledgerEntries
      .filter((entry) => entry.kind === 'model-proposal-check' && entry.files?.some((file) => file.path === path))
      .pop()
    if (check !== undefined && typeof check.result?.reason === 'string')
      row.ruleReason = `${String(check.result.status)}: ${check.result.reason}`
    rows.push(row)
  }
  return rows
}

const RECENT_LEDGER_ENTRIES = 200

function summariseLedger({ entries, verification }: NonNullable<ReportInputs['ledger']>): LedgerSummary {
  const summary: LedgerSummary = {
    valid: verification.valid,
    entries: entries.length,
    heads: verification.heads.length,
    recent: entries
      .slice(-RECENT_LEDGER_ENTRIES)
      .reverse()
      .map((entry) => {
        const recent: LedgerSummary['recent'][number] = {
          sequence: entry.sequence,
          time: entry.time,
          kind: entry.kind,
          files: (entry.files ?? []).map((file) => file.path),
          inputs: entry.inputs?.length ?? 0
        }
        if (entry.generator) recent.generator = entry.generator
        if (entry.result) recent.result = JSON.stringify(entry.result)
        return recent
      })
  }
  const fault = verification.faults[0]
  if (fault) {
    summary.brokenAt = fault.location.line === undefined ? fault.location.file : `${fault.location.file}:${fault.location.line}`
    summary.reason = fault.reason
  }
  return summary
}
