export {
  appendLedger,
  ledgerFaultError,
  ledgerProblem,
  migrateLedger,
  readLedger,
  readLedgerState,
  LEDGER_PATH,
  LEGACY_LEDGER_PATH,
  TORN_HINT
} from './ledger'
export type { LedgerMigration, LedgerState, LedgerStore } from './ledger'
export { GENESIS, hashOfEntry, nextEntry, orderEntries, verifyEntries } from './graph'
export type { EntryLocation, LedgerEntry, LedgerFault, LedgerRecord, LedgerVerification, StoredEntry } from './graph'
export { editedByHand, isRecorded, recordedWrites, sourcesAgainstLedger } from './recorded'
export type { HashedContent, RecordedWrites } from './recorded'
