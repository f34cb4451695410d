/**
 * Streaks: a command that closes a period ("the day ends") counts the streak one up where the
 * period's count reached the goal the limit holds, sets it back to 0 where it did not, and starts
 * the period's count again from 0 ("a day that ends without the goal sets the streak back to 0";
 * "every day starts with 0 steps"). Tried only where the feature's words speak of a streak.
 */
import type { Effect, Story } from './model'
import { CONDITIONAL_BITS } from './conditional'

const STREAK_WORDS = /\b(streaks?|in a row|days running|running days)\b/

/** Whether the feature's words (its name, description, scenario names or steps) speak of a streak. */
export function speaksOfStreaks(story: Story): boolean {
  const text = [
    story.name,
    story.description,
    ...story.scenarios.map((scenario) => scenario.name),
    ...story.steps.map((step) => step.words)
  ]
  return STREAK_WORDS.test(text.join('\n').toLowerCase())
}

/** The streak kept in the second quantity, the period's count in the first: one up where it reached the limit, else 0. */
export const CLOSE_PERIOD: Effect = {
  op: 'both',
  first: {
    op: 'when',
    test: { kind: 'reached', reg: 'count' },
    then: { op: 'step', reg: 'other', sign: 1 },
    otherwise: { op: 'reset', reg: 'other', value: 0 }
  },
  second: { op: 'reset', reg: 'count', value: 0 }
}

/** Closing a period, for a command without values where the words speak of streaks; as dear as any conditional effect. */
export function streakEffectOptions(story: Story): Array<{ value: Effect; bits: number }> {
  return speaksOfStreaks(story) ? [{ value: CLOSE_PERIOD, bits: 4 + CONDITIONAL_BITS }] : []
}
