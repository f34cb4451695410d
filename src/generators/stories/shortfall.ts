/**
 * A take refused for want of enough ("a purchase the balance cannot cover is refused", "refused
 * with "not enough money""): where the feature's words speak of a shortfall, the refusal a take
 * implies — it would leave less than nothing, `after < 0` — is the rule the words state, not a
 * guess among the rules the examples leave open.
 */
import type { Program } from '../synthesis'
import { SHORTFALL } from './lexicon'

/**
 * A take larger than what remains ("a booking for more days than are left", "a job bigger than what
 * is left"), or a refusal saying how little remains ("Omar has only 3 days left"): a shortfall too.
 */
const MORE_THAN_LEFT = /\b(?:more|bigger|larger|greater)\b[^.;:!?]*\bthan (?:what |there )?(?:is|are) left\b/
const ONLY_LEFT = /\bonly [\d.,]+ [^.;:!?]*\bleft\b/

/** Whether the feature's description or a refusal message speaks of a shortfall. */
export function speaksOfShortfall(texts: readonly string[]): boolean {
  return texts.some((text) => [SHORTFALL, MORE_THAN_LEFT, ONLY_LEFT].some((words) => words.test(text.toLowerCase())))
}

/** Whether a guard is the refusal a take implies: what the command would leave is below nothing. */
export function isShortfallGuard(program: Program): boolean {
  if (program.kind !== 'apply' || program.operator !== 'less' || program.args.length !== 2) return false
  const [left, right] = program.args
  return left?.kind === 'input' && left.name === 'after' && right?.kind === 'constant' && right.value === 0
}

/**
 * How far below nothing the words let a balance go: "may go at most 5.00 below zero", "up to 20
 * into the red", "an overdraft of 50", "overdrawn by up to 10". A take is refused past it.
 */
const BELOW_ZERO = [
  /(\d+(?:\.\d+)?)\s+(?:below|under)\s+(?:zero|nothing|0\b)/giu,
  /(\d+(?:\.\d+)?)\s+(?:into|in)\s+the\s+red\b/giu,
  /\boverdr(?:aft|awn)\s+(?:of|by)\s+(?:up\s+to\s+|at\s+most\s+)?(\d+(?:\.\d+)?)/giu
]

export function floorsBelowZero(description: string): number[] {
  const floors = BELOW_ZERO.flatMap((pattern) => [...description.matchAll(pattern)].map((match) => Number(match[1])))
  return [...new Set(floors.filter((floor) => floor > 0))]
}

/** Whether a guard refuses a take that would leave less than one of these floors below nothing (`after < -5`). */
export function isFloorGuard(program: Program, floors: readonly number[]): boolean {
  if (program.kind !== 'apply' || program.operator !== 'less' || program.args.length !== 2) return false
  const [left, right] = program.args
  return (
    left?.kind === 'input' &&
    left.name === 'after' &&
    right?.kind === 'constant' &&
    typeof right.value === 'number' &&
    floors.includes(-right.value)
  )
}
