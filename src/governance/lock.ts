import { SpecloopError, specloopError, parseJson } from '../errors'

/**
 * `specs.lock`: the committed record of what was approved, by whom, when, and for which ticket.
 * It is an audit record, not authentication: anyone who can commit can edit it, which is why
 * each approval is also a ledger entry, anchored here by its hash.
 */
export const LOCK_FILE = 'specs.lock'
const LOCK_FORMAT = 1

export interface Approval {
  by: string
  at: string
  ticket?: string
  note?: string
  /**
   * The hash of the ledger entry that recorded this approval: an anchor that travels with it, so
   * approvals made on two branches merge, and a ledger cut or re-hashed since no longer has it.
   */
  entry?: string
}

export interface LockedScenario {
  sha256: string
  /** Its tags when approved (inherited ones included): a tag rule still governs its removal. */
  tags?: string[]
  approval: Approval
}

export interface LockedFeature {
  /** Set when the whole feature was approved (`approve FEATURE`), not only some scenarios. */
  sha256?: string
  approval?: Approval
  scenarios: Record<string, LockedScenario>
}

/** The entry of the last CI gate (or, in older locks, the last approval): a ledger cut or re-hashed since no longer has it. */
export interface LedgerAnchor {
  entries: number
  hash: string
  at: string
}

export interface SpecsLock {
  specloop: typeof LOCK_FORMAT
  features: Record<string, LockedFeature>
  ledgerAnchor?: LedgerAnchor
}

export const emptyLock = (): SpecsLock => ({ specloop: LOCK_FORMAT, features: {} })

/** Parses specs.lock; a file that is not one is a located error, never an exception. */
export function parseLock(text: string): { lock?: SpecsLock; error?: SpecloopError } {
  const parsed = parseJson(
    text,
    LOCK_FILE,
    'LOCK_INVALID',
    (message) => `${LOCK_FILE} is not JSON: ${message}`,
    'restore it from version control, or delete it and approve the specs again'
  )
  if (parsed.error) return { error: parsed.error }
  const lock = parsed.value as Partial<SpecsLock>
  if (!lock || typeof lock !== 'object' || lock.specloop !== LOCK_FORMAT || typeof lock.features !== 'object' || lock.features === null) {
    return {
      error: specloopError(
        'LOCK_INVALID',
        `${LOCK_FILE} is not a specloop lock of format ${LOCK_FORMAT} (expected {"specloop": ${LOCK_FORMAT}, "features": {...}})`,
        { file: LOCK_FILE, line: 1, column: 1 },
        'restore it from version control'
      )
    }
  }
  const error = featuresError(text, lock.features)
  return error ? { error } : { lock: lock as SpecsLock }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What is wrong with the lock's "features" (located at the key it is about), if anything. */
function featuresError(text: string, features: unknown): SpecloopError | undefined {
  const invalid = (message: string, key: string) => {
    const offset = text.indexOf(JSON.stringify(key))
    const where = { file: LOCK_FILE, ...(offset >= 0 ? lineOf(text, offset) : {}) }
    return specloopError('LOCK_INVALID', `${LOCK_FILE}: ${message}`, where, 'restore it from version control')
  }
  if (!isObject(features)) return invalid('"features" must map feature paths to their approvals', 'features')
  for (const [uri, feature] of Object.entries(features)) {
    const scenarios = isObject(feature) ? feature.scenarios : undefined
    if (!isObject(scenarios)) return invalid(`the entry of ${uri} has no "scenarios"`, uri)
    const key = Object.keys(scenarios).find((key) => !isScenarioApproval(scenarios[key]))
    if (key !== undefined) return invalid(`the approval of "${key}" in ${uri} needs "sha256" and "approval": { "by", "at" }`, key)
  }
  return undefined
}

function isScenarioApproval(record: unknown): boolean {
  const approval = isObject(record) ? record.approval : undefined
  return (
    isObject(record) &&
    typeof record.sha256 === 'string' &&
    isObject(approval) &&
    typeof approval.by === 'string' &&
    typeof approval.at === 'string'
  )
}

function lineOf(text: string, offset: number): { line: number } {
  return { line: text.slice(0, offset).split('\n').length }
}

/** Sorted keys, two-space indent, a final newline: a lock diffs line by line in review. */
export function renderLock(lock: SpecsLock): string {
  const features: Record<string, LockedFeature> = {}
  for (const uri of Object.keys(lock.features).sort()) {
    const feature = lock.features[uri]!
    const scenarios: Record<string, LockedScenario> = {}
    for (const key of Object.keys(feature.scenarios).sort()) scenarios[key] = feature.scenarios[key]!
    features[uri] = { ...(feature.sha256 ? { sha256: feature.sha256, approval: feature.approval } : {}), scenarios }
  }
  const out: SpecsLock = { specloop: LOCK_FORMAT, features, ...(lock.ledgerAnchor ? { ledgerAnchor: lock.ledgerAnchor } : {}) }
  return `${JSON.stringify(out, null, 2)}\n`
}
