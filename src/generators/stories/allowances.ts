/**
 * Allowances per person: a Given sets what everyone may use in a period ("the print allowance is
 * 50 pages a week"), the table keeps what each person used, a Then step reads what the allowance
 * leaves them ("Omar has 18 pages left this week": the limit less his entry), and a command that
 * starts a new period gives everyone the whole allowance back (the table cleared).
 */
import type { Program } from '../synthesis'
import type { Effect, Reading, Story, StoryStep } from './model'
import { ALLOWANCE_WORDS, EVERYONE_WORDS, NEW_PERIOD } from './lexicon'

/** The words give everyone the same number ("each member has 10 guest passes a month"): an allowance the story never sets in a step. */
const EVERYONE_HAS = /\b(?:each|every)\s+\p{L}+\s+(?:has|have|gets|get|receives|is given|may use|can use)\s+\d/u

/** Whether the feature's words state an allowance each person uses apart (a quota, "each member has 10"). */
export function describesAnAllowance(story: Story): boolean {
  const words = `${story.name}\n${story.description}`.toLowerCase()
  return ALLOWANCE_WORDS.test(words) || EVERYONE_HAS.test(words)
}

/**
 * Whether a Given sets what each may use: its words say so ("the print allowance is 50 pages",
 * "each student has 100 pages"), or the feature's name and description speak of a quota and the
 * Given gives a number.
 */
export function setsAnAllowance(step: StoryStep, story: Story): boolean {
  if (step.role !== 'given') return false
  if (ALLOWANCE_WORDS.test(step.words) || EVERYONE_WORDS.test(step.words)) return true
  return step.params.includes('number') && ALLOWANCE_WORDS.test(`${story.name}\n${story.description}`.toLowerCase())
}

/**
 * Whether a command keys the table by a value (a person's entry: "Omar prints 12 pages", "Anna takes
 * a coffee") that a Then step reads back with a number ("Anna has had 2 coffees today").
 */
function keysTheTable(story: Story): boolean {
  const keyed = (step: StoryStep) => step.params.includes('string')
  return (
    story.steps.some((step) => step.role !== 'then' && keyed(step) && step.params.includes('number')) ||
    (story.steps.some((step) => step.role === 'when' && keyed(step)) &&
      story.steps.some((step) => step.role === 'then' && keyed(step) && step.params.includes('number')))
  )
}

/**
 * Every entry gone at once, for a command without values in a story whose table is keyed by
 * person: dearer than clearing the list, cheap where the words start a new period.
 */
export function tableClearOptions(step: StoryStep, story: Story): Array<{ value: Effect; bits: number }> {
  if (step.params.length > 0 || !keysTheTable(story)) return []
  return [{ value: { op: 'tableClear' }, bits: NEW_PERIOD.test(step.words) ? 2 : 5 }]
}

/**
 * What the limit leaves once a key's entry is taken from it, for a Then step with a key and a
 * number: tried where a Given's words set an allowance, so other stories' searches stay as wide.
 */
export function tableRoomOptions(
  step: StoryStep,
  story: Story,
  keys: number[],
  numbers: number[]
): Array<{ value: Reading; bits: number }> {
  if (!describesAnAllowance(story) && !story.steps.some((candidate) => setsAnAllowance(candidate, story))) return []
  const left = /\b(left|remaining|remain|remains)\b/.test(step.words)
  return keys.flatMap((key) => numbers.map((arg) => ({ value: { read: 'tableRoom' as const, key, arg }, bits: left ? 2.5 : 4 })))
}

/**
 * Whether a guard is the refusal adding implies where a limit holds: it would go past the limit
 * (`after > limit`) — a take larger than what the allowance leaves a key's entry, a group larger
 * than the seats a lounge has left.
 */
export function isAllowanceGuard(program: Program, effect: Effect | undefined): boolean {
  const adds = (effect?.op === 'tableAdd' || effect?.op === 'add' || effect?.op === 'step') && effect.sign > 0
  if (!adds) return false
  if (program.kind !== 'apply' || program.operator !== 'greater' || program.args.length !== 2) return false
  const [left, right] = program.args
  return left?.kind === 'input' && left.name === 'after' && right?.kind === 'input' && right.name === 'limit'
}
