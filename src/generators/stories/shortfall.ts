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
