/**
 * Streaks: a command that closes a period ("the day ends") counts the streak one up where the
 * period's count reached the goal the limit holds, sets it back to 0 where it did not, and starts
 * the period's count again from 0 ("a day that ends without the goal sets the streak back to 0";
 * "every day starts with 0 steps"). Tried only where the feature's words speak of a streak.
 */
import type { Effect, Story, StoryStep } from './model'
import { CONDITIONAL_BITS } from './conditional'
import { STREAK_WORDS } from './lexicon'

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

/**
 * A streak of days ("Mina meditates on "2026-03-02""): a command given a calendar date counts the
 * streak (`count`) one up where the date is the day after the last one (`mode`), keeps it on the
 * same day, starts it again at 1 after a gap, and keeps the best streak so far (`other`).
 */
export interface DayStreak {
  op: 'dayStreak'
  arg: number
}

/** A calendar date as the feature writes it, year first. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The day number of an ISO date (days since 1970-01-01, UTC), or NaN. */
export function dayNumber(date: string): number {
  return ISO_DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) / 86_400_000 : Number.NaN
}

/** The streak, the best streak and the last day after a command on `date`. */
export function dayStreakAfter(
  streak: number,
  best: number,
  last: string | undefined,
  date: string
): { streak: number; best: number; last: string } {
  const gap = last === undefined ? Number.NaN : dayNumber(date) - dayNumber(last)
  const next = gap === 0 ? streak : gap === 1 ? streak + 1 : 1
  return { streak: next, best: Math.max(best, next), last: date }
}

/** The same as code, for the rendered class: `streak`, `best` and `last` are its fields, `date` the parameter. */
export function dayStreakLines(streak: string, best: string, last: string, date: string): string[] {
  const day = (text: string) => `Date.parse(\`\${${text}}T00:00:00Z\`) / 86_400_000`
  return [
    `const gap = ${last} === undefined ? NaN : ${day(date)} - ${day(`${last}`)}`,
    `${streak} = gap === 0 ? ${streak} : gap === 1 ? ${streak} + 1 : 1`,
    `${best} = Math.max(${best}, ${streak})`,
    `${last} = ${date}`
  ]
}

/**
 * A day streak for a command's text whose every value is a date, where the words speak of a
 * streak: as dear as any conditional effect, so a plain effect that fits still wins.
 */
export function dayStreakOptions(story: Story, step: StoryStep): Array<{ value: Effect; bits: number }> {
  if (step.role !== 'when' || !speaksOfStreaks(story)) return []
  const options: Array<{ value: Effect; bits: number }> = []
  step.params.forEach((type, arg) => {
    if (type !== 'string') return
    const values = story.scenarios.flatMap((scenario) =>
      scenario.events.flatMap((event) => (event.step === step.index ? [event.args[arg]] : []))
    )
    if (values.length > 0 && values.every((value) => typeof value === 'string' && ISO_DATE.test(value)))
      options.push({ value: { op: 'dayStreak', arg }, bits: 4 + CONDITIONAL_BITS })
  })
  return options
}
