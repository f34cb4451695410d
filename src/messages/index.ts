/**
 * Cucumber Messages, read once: the NDJSON reader and the status model every part of specloop
 * (runner, repair loop, report, trace) uses.
 */
export { readMessages, readMessageFile, readMessageStream } from './ndjson'
export type { MalformedLine, ReadOptions, ReadOutcome } from './ndjson'
export {
  STATUSES,
  SUMMARY_ORDER,
  emptyCounts,
  toStatus,
  worstStatus,
  totalOf,
  addCounts,
  describeCounts,
  formatCountSummary
} from './status'
export type { Status, StatusCounts } from './status'
