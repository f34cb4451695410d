import type { SuiteResult } from './run-suite'
import type { TypeCheckResult } from './type-check'

/** How good a round's result is: compiling first, then the number of scenarios passing. */
export interface Score {
  compiles: boolean
  passed: number
  total: number
}

export function scoreOf(typeCheck: TypeCheckResult, suite: SuiteResult): Score {
  return { compiles: typeCheck.compiles, passed: suite.counts.passed, total: suite.counts.total }
}

/** Positive when `a` is better than `b`, negative when worse, 0 when as good. */
export function compareScores(a: Score, b: Score): number {
  if (a.compiles !== b.compiles) return a.compiles ? 1 : -1
  return a.passed - b.passed
}

export function describeScore(score: Score): string {
  return `${score.compiles ? 'compiles' : 'does not compile'}, ${score.passed}/${score.total} scenarios pass`
}
