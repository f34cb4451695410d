/** The report's types as the app uses them: the ones the Node side renders, not copies. */
export type { Status, StatusCounts } from '../../messages/status'
export type { DataFile, FeatureData, MatrixRow, ScenarioRow, SiteIndex, SiteFeature, SiteSource, SourceData } from '../html/site-data'
export type {
  AstBackground,
  AstExamples,
  AstScenario,
  AstStep,
  AstRule,
  ReportAttachment,
  ReportError,
  ReportProvenance as ReportProvenanceRow,
  ReportScenario,
  ReportStep
} from '../model'
export type { HollowReason } from '../../trace/format'
