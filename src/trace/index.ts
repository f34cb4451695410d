export { TRACE_FORMAT_VERSION, toRanges, formatRanges } from './format'
export { encodeLines, decodeLines } from './lines'
export type { Trace, TraceScenario, TraceSourceFile, TraceFunction, TraceBranch, ScenarioStatus, HollowReason, SourceRole } from './format'
export { scenariosForLine, linesForScenario, uncoveredLines, uncoveredFunctions, findScenarios, functionDisplayName } from './query'
export { buildTrace, markHollow } from './build'
export type { TracedSource, SourceMaps, CounterHits, ScenarioCoverage, BuildTraceInput } from './build'
export { sourceRole, isAlwaysTraced } from './roles'
export { coverageDataFromTrace, writeCoverageReports, sourcesFromCoverage } from './coverage-report'
export type { CoverageFinal } from './coverage-report'
export {
  parseUnifiedDiff,
  lineHunks,
  changedBaseLines,
  mapBaseLine,
  selectAffected,
  mergeTraces,
  scenarioKey,
  changesSinceTrace
} from './impact'
export type { Hunk, FileChange, SelectedScenario, SelectionReason, CurrentScenario, ImpactInput } from './impact'
export {
  RUNS_DIRECTORY,
  LATEST,
  TRACE_FILE,
  MESSAGES_FILE,
  COVERAGE_DIRECTORY,
  newRunId,
  createRunDirectory,
  markLatest,
  latestRunDirectory,
  readTrace,
  pruneRuns
} from './store'
export type { ReadTraceResult } from './store'
export { parseShard, formatShard, isShard } from './shard'
export type { Shard } from './shard'
export { mergeRefusals, missingShards, mergeRunTraces, inShardOrder } from './merge-runs'
export type { RunToMerge, MergeTracesInput } from './merge-runs'
