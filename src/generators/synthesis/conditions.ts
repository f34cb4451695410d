/**
 * The conditions a rule may branch on, shared by decision lists and by the choices inside
 * templates: boolean atoms of the bank (learnt thresholds, divisibility, category tests, the
 * counting points `n === 0` and `n === 1`), never `&&`/`||` combinations, in the order a
 * person would try them.
 */
import { COUNTING_POINTS, type Bank, type Entry } from './bank'

/** Boolean atoms of the bank up to `maxSize` nodes, in conventional order. */
export function conditionAtoms(bank: Bank, maxSize: number): Entry[] {
  return bank
    .upTo('boolean', maxSize)
    .filter((entry) => !entry.literal && entry.family !== undefined && entry.family !== 'logic')
    .sort(conventionalOrder)
}

const UPWARD = new Set(['greater', 'greaterOrEqual'])
const DOWNWARD = new Set(['less', 'lessOrEqual'])

/**
 * The order conditions are tried in, which decides between equally small rules: bands from the
 * top down (`score >= 90`, then `>= 80`...), then from the bottom up, then everything else.
 */
export function conventionalOrder(a: Entry, b: Entry): number {
  return a.size - b.size || directionRank(a) - directionRank(b) || thresholdRank(a) - thresholdRank(b) || a.order - b.order
}

function thresholdOf(entry: Entry): { direction: number; value: number } | undefined {
  const program = entry.program
  if (program.kind !== 'binary' || program.right.kind !== 'constant' || typeof program.right.value !== 'number') return undefined
  if (UPWARD.has(program.operator)) return { direction: 0, value: program.right.value }
  if (DOWNWARD.has(program.operator)) return { direction: 1, value: program.right.value }
  return undefined
}

function directionRank(entry: Entry): number {
  return thresholdOf(entry)?.direction ?? 2
}

function thresholdRank(entry: Entry): number {
  const threshold = thresholdOf(entry)
  if (threshold === undefined) return 0
  return threshold.direction === 0 ? -threshold.value : threshold.value
}

/** `n === 0`, `n === 1`: an input tested for nothing or one. */
export function isCountingPoint(entry: Entry): boolean {
  const program = entry.program
  return program.kind === 'binary' && program.operator === 'equal' && program.right.kind === 'constant' && COUNTING_POINTS.includes(program.right.value as number)
}
