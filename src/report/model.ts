import type { HollowReason, SourceRole, TraceFunction } from '../trace/format'
import type { Status, StatusCounts } from '../messages/status'
import type { ProjectMetrics } from '../metrics/model'

/**
 * The report model: everything the renderers show, built once from the run's messages, trace,
 * ledger, provenance and history. Plain data, so the HTML site, markdown and JUnit renderers
 * are pure functions of it, and the browser receives slices of it as JSON.
 */
export interface ReportModel {
  title: string
  generatedAt: string
  run: RunSummary
  counts: { features: number; scenarios: StatusCounts; steps: StatusCounts }
  features: ReportFeature[]
  tags: { name: string; count: number }[]
  /** Absent when the run has no trace (a plain cucumber-js messages stream). */
  trace?: TraceSummary
  sources: ReportSourceFile[]
  provenance: ReportProvenance[]
  ledger?: LedgerSummary
  /** Approvals and the last gate, when the report was made in a project (not from a bare messages file). */
  governance?: ReportGovernance
  history: HistoryEntry[]
  /** The last `specloop strength`, when there is one. */
  strength?: ReportStrength
  /** `specloop metrics` of the project, for the metrics page (absent: not computed). */
  metrics?: ProjectMetrics
  parseErrors: { uri?: string; line?: number; message: string }[]
  /** Attachments of test-run hooks (BeforeAll/AfterAll), outside any scenario. */
  runAttachments: ReportAttachment[]
  /** Binary attachments, written beside the pages rather than inlined. */
  attachmentFiles: { path: string; bytes: Uint8Array }[]
  warnings: string[]
}

export interface RunSummary {
  id: string
  startedAt?: string
  durationMs?: number
  success?: boolean
  /** e.g. "cucumber-js 12.9.0". */
  implementation?: string
  runtime?: string
  /** Failures outside any scenario (a BeforeAll hook that threw). */
  error?: string
}

export interface AstStep {
  keyword: string
  text: string
  line: number
  table?: string[][]
  docString?: { content: string; mediaType?: string }
}

export interface AstBackground {
  keyword: string
  name: string
  description: string
  line: number
  steps: AstStep[]
}

export interface AstExamples {
  keyword: string
  name: string
  description: string
  tags: string[]
  line: number
  header: string[]
  /** Each row with the index (in its feature's `scenarios`) of the scenario it became. */
  rows: { line: number; cells: string[]; scenario?: number }[]
}

export interface AstScenario {
  keyword: string
  name: string
  description: string
  tags: string[]
  line: number
  steps: AstStep[]
  examples: AstExamples[]
  /** Indices in the feature's `scenarios` of the pickles this scenario (or outline) became. */
  scenarios: number[]
}

export interface AstRule {
  keyword: string
  name: string
  description: string
  tags: string[]
  line: number
  background?: AstBackground
  scenarios: AstScenario[]
}

export type FeatureChild = { scenario: AstScenario; rule?: undefined } | { rule: AstRule; scenario?: undefined }

export interface ReportError {
  message: string
  type?: string
  stack?: string
}

export interface ReportAttachment {
  mediaType: string
  fileName?: string
  /** Text and JSON attachments, inline. */
  text?: string
  /** Binary attachments: a path inside the site. */
  path?: string
  /** Attachments that only point somewhere else. */
  url?: string
  bytes?: number
}

export interface ReportStep {
  keyword: string
  text: string
  status: Status
  durationMs: number
  /** Absent for the scenario's own steps. */
  kind?: 'background' | 'hook'
  table?: string[][]
  docString?: { content: string; mediaType?: string }
  error?: ReportError
  attachments?: ReportAttachment[]
  /** Where the matching step definition (or hook) is, as "path:line"; several when ambiguous. */
  definitions?: string[]
}

export interface ReportScenario {
  /** Index in the report's flat list of scenarios. */
  index: number
  /** Index in its feature's `scenarios`. */
  local: number
  feature: number
  pickleId: string
  name: string
  keyword: string
  /** The line that identifies it: the scenario, or its Examples row. */
  line: number
  rule?: string
  tags: string[]
  status: Status
  durationMs: number
  attempts: number
  steps: ReportStep[]
  /** For a row of a Scenario Outline: the outline's line and the row's values. */
  outline?: { line: number; header: string[]; values: string[] }
  /** Files and lines this scenario executed: index in the report's `sources`, and line ranges. */
  trace?: { source: number; lines: string; count: number }[]
  hollow?: HollowReason
  /** Its Gherkin scenario against specs.lock (with a governance section only). */
  approval?: ScenarioApprovalSummary
}

export interface ScenarioApprovalSummary {
  state: 'approved' | 'changed' | 'new'
  by?: string
  at?: string
  ticket?: string
}

export interface ReportGovernance {
  lockExists: boolean
  /** Rules in specloop.json saying who may approve what (0: anyone may). */
  approverRules: number
  /** Gherkin scenarios by approval state (an outline counts once). */
  counts: { approved: number; changed: number; new: number; removed: number }
  /** Those not approved as they are now. */
  pending: { uri: string; key: string; line?: number; state: 'changed' | 'new' | 'removed'; approvedBy?: string; approvedAt?: string }[]
  /** The last `specloop gate` recorded in the ledger. */
  lastGate?: {
    sequence: number
    time: string
    ci: boolean
    passed: boolean
    checks: { check: string; ran: boolean; findings: number }[]
    findings: { check: string; code: string; file?: string; line?: number; message?: string }[]
  }
}

export interface ReportFeature {
  index: number
  uri: string
  keyword: string
  name: string
  description: string
  tags: string[]
  /** The spec template it was written from (`specloop new feature --template`), read from its `@template:NAME` tag. */
  template?: string
  line: number
  background?: AstBackground
  children: FeatureChild[]
  scenarios: ReportScenario[]
  counts: StatusCounts
  steps: StatusCounts
  status: Status
  durationMs: number
}

export interface TraceSummary {
  runId: string
  /** Scenarios of the run that have a trace. */
  scenarios: number
  executableLines: number
  coveredLines: number
  functions: number
  coveredFunctions: number
  /** Lines by origin of the code the scenarios could run. */
  codeShare: { generated: number; editedGenerated: number; handWritten: number }
  hollow: { scenario: number; reason: HollowReason }[]
  uncovered: { source: number; lines: string; functions: string[] }[]
}

export interface ReportSourceFile {
  index: number
  path: string
  role: SourceRole
  lineCount: number
  /** The file's text, line by line; absent when it could not be read. */
  lines?: string[]
  executable: string
  functions: TraceFunction[]
  /** Report scenario index → bitmap of the lines it executed (the trace's encoding). */
  hits: Record<string, string>
  /** Lines that ran while loading (imports, constants, declarations): run, by no scenario in particular. */
  loaded?: string
  executableLines: number
  coveredLines: number
  origin: 'generated' | 'edited-generated' | 'hand-written'
}

export interface ReportProvenance {
  path: string
  generator: string
  version: string
  model?: string
  round?: number
  promptSha256?: string
  /** For a synthesised or model-written rule: whether the examples decide it. */
  rule?: 'confirmed' | 'unconfirmed'
  /** Why, for a model's rule: the verdict of the latest check beside the synthesised rule (from the ledger). */
  ruleReason?: string
  editedByHand: boolean
  /** The specs it was generated from, and whether they still have that content. */
  sources: { path: string; sha256: string; state: 'unchanged' | 'changed' | 'gone' | 'unknown' }[]
  /** Ledger entries that wrote this file. */
  ledgerEntries: number[]
}

export interface LedgerSummary {
  valid: boolean
  entries: number
  /** Entries no other follows: more than one after a merge, until the next entry joins them. */
  heads: number
  /** The first entry that does not verify: its file, and its line in a legacy ledger. */
  brokenAt?: string
  reason?: string
  recent: { sequence: number; time: string; kind: string; generator?: string; files: string[]; inputs: number; result?: string }[]
}

export interface HistoryEntry {
  runId: string
  time: string
  scenarios: StatusCounts
  steps: StatusCounts
  durationMs?: number
  /** Percentage of executable lines covered, when the run had a trace. */
  coverage?: number
}

/** Spec strength by mutation: the score per feature and the surviving mutants, located, with the row that would kill each. */
export interface ReportStrength {
  createdAt: string
  score: number | null
  features: { uri: string; score: number | null; mutants: number; killed: number; survived: number }[]
  survivors: {
    file: string
    line: number
    column: number
    operator: string
    change: string
    killingRow?: { uri: string; header: string; row: string }
  }[]
  /** Survivors not listed (the list is capped). */
  moreSurvivors: number
}
