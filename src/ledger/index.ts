export { appendLedger, ledgerProblem, readLedger, verifyLedger, parseLedger, nextEntry, LEDGER_PATH } from './ledger'
export type { LedgerEntry, LedgerRecord, LedgerVerification } from './ledger'
export { editedByHand, isRecorded, recordedWrites, sourcesAgainstLedger } from './recorded'
export type { RecordedWrites } from './recorded'
