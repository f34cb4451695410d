/**
 * A question about a Then step with no value ("the user is not signed in") asked as the Gherkin
 * steps a person would add: the step as written where a model says it holds, its opposite where
 * a model says it does not ("Then the user is signed in"), never "(false or true)".
 */
import { isNegated, withoutNegation } from '../steps/polarity'
import type { Story, StoryStep } from './model'

/** The step that says the opposite: another Then step of the story in the other polarity, else the text denied or affirmed. */
function oppositeOf(story: Story, step: StoryStep): string {
  const negated = isNegated([step.expression])
  const affirmative = withoutNegation(step.expression)
  const written = story.steps.find(
    (other) =>
      other.role === 'then' &&
      other.params.length === step.params.length &&
      isNegated([other.expression]) !== negated &&
      withoutNegation(other.expression) === affirmative
  )
  if (written !== undefined) return written.expression
  if (negated) return affirmative
  // "the account is locked" → "the account is not locked": a denial after the first verb that takes one.
  const denied = step.expression.replace(/\b(is|are|was|were|has|have|can|will|does|do)\b/u, '$1 not')
  if (denied !== step.expression) return denied
  // "the light shows "amber"" → "the light does not show "amber"": a verb in -s after its subject.
  const verb = /^((?:\S+ )*?(?!the |a |an )\p{L}+ )(\p{Ll}+?)(ies|(?<=sh|ch|x|ss|z|o)es|(?<![su])s)\b/u.exec(step.expression)
  if (verb === null) return `not: ${step.expression}`
  const base = verb[2]! + (verb[3] === 'ies' ? 'y' : '')
  return `${verb[1]}does not ${base}${step.expression.slice(verb[0].length)}`
}

/**
 * Where one model reads a name ("Dana" is signed in) and the other reads nobody, each answer as
 * the Then step to add for that name: the step, or its opposite ("Then "Dana" is not signed in"),
 * never "("" or "Dana")". `fill` writes a step's expression with the name in the disputed place.
 */
export function namedThenSteps(
  story: Story,
  step: StoryStep,
  answers: ReadonlyArray<unknown>,
  fill: (expression: string, name: string) => string
): string[] | undefined {
  const nobody = (answer: unknown) => answer === '' || answer === undefined
  const named = answers.find((answer): answer is string => typeof answer === 'string' && answer !== '')
  if (named === undefined || !answers.every((answer) => answer === named || nobody(answer)) || !answers.some(nobody)) return undefined
  return answers.map((answer) => `Then ${fill(answer === named ? step.expression : oppositeOf(story, step), named)}`)
}

/** Each answer (whether the step holds) as the Then step to add; undefined for a step with a value. */
export function yesNoThenSteps(story: Story, step: StoryStep, answers: ReadonlyArray<unknown>): string[] | undefined {
  if (step.params.length > 0 || !answers.every((answer) => typeof answer === 'boolean')) return undefined
  return answers.map((answer) => `Then ${answer ? step.expression : oppositeOf(story, step)}`)
}

/**
 * Pairs of Then steps with no value that say one thing and its denial ("the account is locked",
 * "the account is not locked"), by their position in `thenSteps`.
 */
export function opposedPairs(thenSteps: readonly StoryStep[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = []
  const sameParams = (a: StoryStep, b: StoryStep) => JSON.stringify(a.params) === JSON.stringify(b.params)
  thenSteps.forEach((step, index) => {
    if (isNegated([step.expression])) return
    thenSteps.forEach((other, otherIndex) => {
      if (sameParams(step, other) && isNegated([other.expression]) && withoutNegation(other.expression) === step.expression)
        pairs.push([index, otherIndex])
    })
  })
  return pairs
}

/**
 * Whether a step and its denial read the same state the opposite way round (the same reading,
 * `negate` flipped). Steps with values may read values instead ("the light shows {word}" and "the
 * light does not show {word}"): only a yes/no reading of either holds them to it.
 */
export function readOppositely(
  pairs: ReadonlyArray<[number, number]>,
  readings: ReadonlyArray<{ read: string; arg?: number; negate?: boolean }>
): boolean {
  return pairs.every(([positive, negative]) => {
    const a = readings[positive]!
    const b = readings[negative]!
    const valued = (a.arg ?? -1) >= 0 || (b.arg ?? -1) >= 0
    if (valued && a.negate === undefined && b.negate === undefined) return true
    if (a.negate === undefined || b.negate === undefined || a.negate === b.negate) return false
    return JSON.stringify({ ...a, negate: undefined }) === JSON.stringify({ ...b, negate: undefined })
  })
}
