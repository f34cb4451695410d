import type { Status } from '../../messages/status'
import type { HollowReason } from '../../trace/format'
import type { ReportFeature, ReportModel, ReportSourceFile, ScenarioApprovalSummary, TraceSummary } from '../model'

/**
 * The data the static site embeds, as both sides see it: `site.ts` writes it, the browser app
 * (`../app/`) reads it. Types and file names only, nothing of Node, so the app's bundle can
 * import this module.
 */

/** A feature in the overview: enough for the tree, without its scenarios. */
export interface SiteFeature {
  uri: string
  name: string
  tags: string[]
  template?: ReportFeature['template']
  status: Status
  counts: ReportFeature['counts']
  /** How many scenarios it has. */
  scenarios: number
  durationMs: number
}

/** A hollow scenario, named so the overview can link to it without loading its feature. */
export interface SiteHollowScenario {
  feature: number
  line: number
  name: string
  reason: HollowReason
}

export type SiteTrace = Omit<TraceSummary, 'hollow'> & { hollow: SiteHollowScenario[] }

export type SiteSource = Pick<ReportSourceFile, 'path' | 'role' | 'lineCount' | 'executableLines' | 'coveredLines' | 'origin'>

/** What the overview needs, inline in index.html: small, so the first paint does not wait for data. */
export type SiteIndex = Pick<
  ReportModel,
  | 'title'
  | 'generatedAt'
  | 'run'
  | 'counts'
  | 'tags'
  | 'provenance'
  | 'ledger'
  | 'governance'
  | 'history'
  | 'strength'
  | 'metrics'
  | 'parseErrors'
  | 'runAttachments'
  | 'warnings'
> & {
  features: SiteFeature[]
  trace?: SiteTrace
  sources: SiteSource[]
}

/** A feature's page; plain scenarios come without their syntax-tree steps (their result steps say the same). */
export type FeatureData = ReportFeature

/** The search index: one row per scenario. */
export type ScenarioRow = [feature: number, line: number, name: string, status: Status, tags: string, steps: string]

/** The traceability matrix: one row per scenario. */
export type MatrixRow = [
  feature: number,
  line: number,
  name: string,
  tags: string,
  approval: ScenarioApprovalSummary['state'] | '',
  approvedBy: string,
  approvedAt: string,
  ticket: string,
  status: Status,
  /** Indices in the index's `sources` of the generated files it ran. */
  generatedSources: number[],
  linesRun: number
]

/** A source file with its text and, per scenario, the lines it ran (the trace's bitmaps). */
export type SourceData = Pick<
  ReportSourceFile,
  'index' | 'path' | 'role' | 'lineCount' | 'lines' | 'executable' | 'functions' | 'hits' | 'loaded' | 'origin'
>

/** The id of the inline <script> that holds the SiteIndex. */
export const INDEX_SCRIPT_ID = 'specloop-index'

/**
 * The global every data script calls, JSONP-style: browsers refuse `fetch` of `file://` URLs,
 * and the report must open from disk.
 */
export const RECEIVER = 'specloopReport'

/** A data script of the site: the key it registers under, its path, and (for the type checker only) its content. */
export interface DataFile<Data> {
  key: string
  path: string
  readonly data?: Data
}

export const featureFile = (index: number): DataFile<FeatureData> => ({ key: `feature/${index}`, path: `data/features/${index}.js` })
export const sourceFile = (index: number): DataFile<SourceData> => ({ key: `source/${index}`, path: `data/sources/${index}.js` })
export const SCENARIOS_FILE: DataFile<ScenarioRow[]> = { key: 'scenarios', path: 'data/scenarios.js' }
export const MATRIX_FILE: DataFile<MatrixRow[]> = { key: 'matrix', path: 'data/matrix.js' }
