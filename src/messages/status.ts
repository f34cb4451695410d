import { getWorstTestStepResult, TestStepResultStatus } from '@cucumber/messages'
import { plural } from '../text'

/**
 * Result statuses the way cucumber reports them: lower case, ranked so a scenario takes the
 * worst status of its steps and hooks (cucumber's own ranking: getWorstTestStepResult of
 * @cucumber/messages, which esbuild bundles for the browser as it is).
 * The report's browser app imports this module too: it must not need Node.
 */
export const STATUSES = ['passed', 'failed', 'pending', 'undefined', 'skipped', 'ambiguous', 'unknown'] as const

export type Status = (typeof STATUSES)[number]

export type StatusCounts = Record<Status, number>

/** Worst first: the order in which cucumber's summary lists statuses. */
export const SUMMARY_ORDER: readonly Status[] = ['failed', 'ambiguous', 'undefined', 'pending', 'skipped', 'passed', 'unknown']

/** Each status as Cucumber Messages spell it. */
const MESSAGE_STATUS: Record<Status, TestStepResultStatus> = {
  passed: TestStepResultStatus.PASSED,
  failed: TestStepResultStatus.FAILED,
  pending: TestStepResultStatus.PENDING,
  undefined: TestStepResultStatus.UNDEFINED,
  skipped: TestStepResultStatus.SKIPPED,
  ambiguous: TestStepResultStatus.AMBIGUOUS,
  unknown: TestStepResultStatus.UNKNOWN
}

const STATUS_OF_MESSAGE = new Map<string, Status>(STATUSES.map((status) => [MESSAGE_STATUS[status], status]))

const NO_DURATION = { seconds: 0, nanos: 0 }

export function emptyCounts(): StatusCounts {
  return { passed: 0, failed: 0, pending: 0, undefined: 0, skipped: 0, ambiguous: 0, unknown: 0 }
}

/** Cucumber Messages spell statuses in capitals (`PASSED`); anything unrecognised is unknown. */
export function toStatus(value: unknown): Status {
  return (typeof value === 'string' && STATUS_OF_MESSAGE.get(value.toUpperCase())) || 'unknown'
}

/** The worst of some statuses as cucumber ranks them; unknown when there are none. */
export function worstStatus(statuses: Iterable<Status>): Status {
  const results = Array.from(statuses, (status) => ({ status: MESSAGE_STATUS[status], duration: NO_DURATION }))
  return toStatus(getWorstTestStepResult(results).status)
}

export function totalOf(counts: StatusCounts): number {
  let total = 0
  for (const status of STATUSES) total += counts[status]
  return total
}

export function addCounts(target: StatusCounts, source: StatusCounts): StatusCounts {
  for (const status of STATUSES) target[status] += source[status]
  return target
}

/** "2 failed, 1 ambiguous, 5 passed": the non-zero counts, worst first; empty when all are zero. */
export function describeCounts(counts: StatusCounts): string {
  return SUMMARY_ORDER.filter((status) => counts[status] > 0)
    .map((status) => `${counts[status]} ${status}`)
    .join(', ')
}

/** "11 scenarios (2 failed, 1 ambiguous, 5 passed)": the shape of cucumber's summary line. */
export function formatCountSummary(counts: StatusCounts, noun: string): string {
  const total = totalOf(counts)
  const details = describeCounts(counts)
  return `${plural(total, noun)}${details ? ` (${details})` : ''}`
}
