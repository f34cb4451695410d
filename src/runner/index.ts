export { runInstrumentedSuite, adjustRunConfiguration, readEnvelopes } from './run'
export type { RunOptions, RunOutcome, RunFilters } from './run'
export { summariseMessages, emptyRunCounts, pickleLines } from './messages'
export type { RunSummary, ScenarioOutcome, RunCounts } from './messages'
export {
  sandboxArguments,
  sandboxedNode,
  realpathOrSelf,
  networkIsolation,
  permissionFlag,
  projectReadPaths,
  writableDirectory,
  sandboxEnvironment
} from './sandbox'
export type { SandboxPolicy } from './sandbox'
export {
  instrumentTypescript,
  instrumentCached,
  findProjectSources,
  isSkippedDirectory,
  isTypescriptSource,
  COVERAGE_VARIABLE
} from './instrument'
export { startWarmRunner } from './warm'
export type { WarmRunner, WarmRequest, WarmRunnerOptions } from './warm'
export type { InstrumentedFile, CoverageMaps } from './instrument'
export type { DeltaRecord, FileDelta } from './protocol'
export { changesOfCommits, commitsSince, gitUser, headCommit, knownFiles, readChanges, revisionTime, workTreePrefix } from './git'
export type { WorkingTreeChanges, ChangesResult, LoggedCommit } from './git'
export { mergeAffectedMessages, mergeRunMessages } from './merge-messages'
export type { MergedRunMessages } from './merge-messages'
export { entriesOf } from './directory'
export { directoryModuleFormat, moduleFormatOf } from './module-format'
