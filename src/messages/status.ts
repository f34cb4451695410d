/**
 * Result statuses the way cucumber reports them: lower case, ranked so a scenario takes the
 * worst status of its steps and hooks (cucumber's own getWorstTestStepResult ranking).
 * The report's browser app imports this module too: it must not need Node.
 */
export const STATUSES = ['passed', 'failed', 'pending', 'undefined', 'skipped', 'ambiguous', 'unknown'] as const

export type Status = (typeof STATUSES)[number]

export type StatusCounts = Record<Status, number>

/** Worst first: the order in which cucumber's summary lists statuses. */
export const SUMMARY_ORDER: readonly Status[] = ['failed', 'ambiguous', 'undefined', 'pending', 'skipped', 'passed', 'unknown']

const RANK: Record<Status, number> = { unknown: 0, passed: 1, skipped: 2, pending: 3, undefined: 4, ambiguous: 5, failed: 6 }

export function emptyCounts(): StatusCounts {
  return { passed: 0, failed: 0, pending: 0, undefined: 0, skipped: 0, ambiguous: 0, unknown: 0 }
}

/** Cucumber Messages spell statuses in capitals (`PASSED`); anything unrecognised is unknown. */
export function toStatus(value: unknown): Status {
  switch (typeof value === 'string' ? value.toUpperCase() : '') {
    case 'PASSED':
      return 'passed'
    case 'FAILED':
      return 'failed'
    case 'PENDING':
      return 'pending'
    case 'UNDEFINED':
      return 'undefined'
    case 'SKIPPED':
      return 'skipped'
    case 'AMBIGUOUS':
      return 'ambiguous'
    default:
      return 'unknown'
  }
}

export function worstStatus(statuses: Iterable<Status>): Status {
  let worst: Status = 'unknown'
  for (const status of statuses) if (RANK[status] > RANK[worst]) worst = status
  return worst
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
  return `${total} ${noun}${total === 1 ? '' : 's'}${details ? ` (${details})` : ''}`
}
