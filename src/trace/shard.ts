import { specloopError } from '../errors'
import type { SpecloopError } from '../errors'

/** One share of a suite split over machines: `index` of `total`, counted from 1, as cucumber-js --shard counts. */
export interface Shard {
  index: number
  total: number
}

const SHARD_SYNTAX = /^\s*(\d+)\s*\/\s*(\d+)\s*$/

/** The most shards a suite is split into: beyond it a typo (`1/20000`) is likelier than a plan. */
const MAX_SHARDS = 1000

/**
 * `i/n` → `{ index: i, total: n }`, 1 ≤ i ≤ n; anything else is a usage error saying what was
 * expected (cucumber-js itself would take `0/2` or `3/2` and quietly run nothing). Pure.
 */
export function parseShard(text: string): { shard: Shard; error?: undefined } | { shard?: undefined; error: SpecloopError } {
  const match = SHARD_SYNTAX.exec(text)
  const usage = (why: string) => ({
    error: specloopError(
      'SHARD_INVALID',
      `--shard ${JSON.stringify(text)}: ${why}`,
      {},
      'give INDEX/TOTAL, e.g. --shard 1/4 on the first of four machines'
    )
  })
  if (!match) return usage('expected INDEX/TOTAL, two whole numbers')
  const index = Number(match[1])
  const total = Number(match[2])
  if (total < 1) return usage('TOTAL must be 1 or more')
  if (total > MAX_SHARDS) return usage(`TOTAL must be at most ${MAX_SHARDS}`)
  if (index < 1 || index > total) return usage(`INDEX must be between 1 and ${total}`)
  return { shard: { index, total } }
}

export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.total}`
}

/** Whether a value read from a file (a trace) is a shard. */
export function isShard(value: unknown): value is Shard {
  const shard = value as Partial<Shard> | null
  return (
    typeof shard === 'object' &&
    shard !== null &&
    Number.isInteger(shard.index) &&
    Number.isInteger(shard.total) &&
    shard.index! >= 1 &&
    shard.index! <= shard.total!
  )
}
