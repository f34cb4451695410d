/**
 * The living documentation: a report of a run's specs, results, trace and provenance as a
 * static HTML site, a markdown summary or JUnit XML. Rendering is pure (data in, files out);
 * reading the run and writing the files is `src/api/report.ts`.
 */
export { foldMessages, timestampToMilliseconds } from './fold'
export type { FoldedRun, FoldedRunResult } from './fold'
export { buildReportModel } from './build'
export type { ApprovalInputs, ReportInputs } from './build'
export { renderSite } from './html/site'
export type { SiteAssets, SiteFile } from './html/site'
export { renderTrendChart } from './html/trend'
export { renderMarkdown } from './markdown'
export { renderJunit } from './junit'
export { readSiteAssets } from './assets'
export { REPORT_FORMATS, REPORT_FORMAT_NAMES, isReportFormat } from './formats'
export type { ReportFormat, ReportFormatDefinition } from './formats'
export { parseHistory, mergeHistory, serialiseHistory, HISTORY_PATH, HISTORY_LIMIT } from './history'
export { STATUSES, SUMMARY_ORDER, emptyCounts, toStatus, worstStatus, totalOf, formatCountSummary } from '../messages'
export type { Status, StatusCounts } from '../messages'
export type * from './model'
