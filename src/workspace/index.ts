export { writeFileAtomic, temporaryPathBeside } from './atomic-write'
export { removeStaleTemporaries, writerOfTemporary, processIsAlive } from './stale-temporaries'
export { sha256, renderWithProvenance, readProvenance, startsWithProvenance, STORY_GENERATOR } from './provenance'
export type { Provenance, ProvenanceInput, ReadProvenance } from './provenance'
export { confinePath, DEFAULT_ALLOWED_ROOTS } from './allow-list'
export type { PathDecision } from './allow-list'
export { planWrites, applyWrites, applyRemovals } from './write-files'
export type { PlannedFile, WriteDecision, WriteAction, WritePolicy } from './write-files'
export { GENERATED_DIRECTORY, isCodeFile, listGeneratedCode, listTypeScriptFiles, readGeneratedFiles } from './generated-files'
export type { GeneratedFile } from './generated-files'
export {
  SPECLOOP_DIRECTORY,
  LEDGER_PATH,
  LEGACY_LEDGER_PATH,
  HISTORY_PATH,
  RUNS_DIRECTORY,
  LATEST,
  LATEST_RUN_DIRECTORY,
  CACHE_DIRECTORY,
  MESSAGES_FILE,
  TRACE_FILE,
  COVERAGE_DIRECTORY,
  RUN_SCRATCH,
  RUN_FORMATS_DIRECTORY,
  specloopDirectoryOf,
  ledgerPathOf,
  legacyLedgerPathOf,
  tornLedgerDirectoryOf,
  runsDirectoryOf,
  runDirectoryOf,
  latestRunDirectory,
  messagesFileOf,
  traceFileOf,
  cacheDirectoryOf,
  scratchDirectoryOf,
  instrumentedCacheOf,
  commitsCacheOf,
  strengthFileOf,
  strengthScratchOf
} from './specloop-directory'
export { withScratchCopy } from './scratch-copy'
