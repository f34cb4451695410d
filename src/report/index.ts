/**
 * The living documentation: a report of a run's specs, results, trace and provenance as a
 * static HTML site, a markdown summary or JUnit XML. Rendering is pure (data in, files out);
 * reading the run and writing the files is `src/api/report.ts`.
 */
export { foldMessages, timestampToMilliseconds, durationToMilliseconds } from './fold'
export type { FoldedRun, FoldedRunResult } from './fold'
export { buildReportModel } from './build'
export type { ReportInputs } from './build'
export { renderSite } from './html/site'
export type { SiteAssets, SiteFile } from './html/site'
export { renderTrendChart } from './html/trend'
export { renderMarkdown } from './markdown'
export { renderJunit } from './junit'
export { readSiteAssets } from './assets'
export { parseHistory, mergeHistory, serializeHistory, HISTORY_PATH, HISTORY_LIMIT } from './history'
export { STATUSES, SUMMARY_ORDER, emptyCounts, toStatus, worstStatus, totalOf, formatCountSummary } from './status'
export type { Status, StatusCounts } from './status'
export type * from './model'
