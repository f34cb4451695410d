/**
 * A Then step that counts how often something was done names the command it counts by its verb:
 * "the ticket has been reopened 2 times" counts "the customer reopens the ticket", "the door was
 * opened 3 times" counts "the door is opened". That command is the likelier one to count one up.
 */
import type { Story, StoryStep } from './model'
import { reportsRefusal } from './observed-refusals'

/** A verb's stem: "reopens", "reopened", "reopening" → "reopen"; "closes", "closed" → "clos". */
export function stem(word: string): string {
  const bare = word.replace(/(ing|ed|es|s)$/u, '')
  return bare.replace(/e$/u, '')
}

/** The past participles of a step's words ("reopened", "visited"): what a count of it speaks of. */
function participles(step: StoryStep): string[] {
  return step.words
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 5 && word.endsWith('ed'))
}

/**
 * Whether a Then step that reads a number speaks of this command, and of no other, as done so
 * many times: 'this'; 'other' where it so names another command (whose count the words then tell,
 * not this command's own words, "picks up"); undefined where no Then step names a command.
 */
export function countedByAThenStep(story: Story, command: StoryStep): 'this' | 'other' | undefined {
  if (command.role !== 'when') return undefined
  const commands = story.steps.filter((step) => step.role === 'when')
  const wordsOf = (step: StoryStep) =>
    new Set(
      step.words
        .toLowerCase()
        .split(/[^\p{L}]+/u)
        .filter((word) => word.length >= 3)
        .map(stem)
    )
  const named = story.steps.flatMap((step) => {
    if (step.role !== 'then' || reportsRefusal(step) || !step.params.includes('number')) return []
    const counted = participles(step).map(stem)
    const naming = commands.filter((other) => counted.some((verb) => wordsOf(other).has(verb)))
    return naming.length === 1 ? [naming[0]!.index] : []
  })
  if (named.length === 0) return undefined
  return named.includes(command.index) ? 'this' : 'other'
}

/**
 * Whether a Then step that reads a number names what the command does by a word of its own, not
 * its amount's unit: "the dive count is 2" counts "a dive uses {int} bar" ("dive"), where "the
 * meter has taken 250 cents" sums "I insert {int} cents" ("cents" is the unit of the amount).
 */
export function countedByName(story: Story, command: StoryStep): boolean {
  if (command.role !== 'when') return false
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/\s+/u)
      .map((word) => word.replace(/[^\p{L}{}]/gu, ''))
  const tokens = words(command.expression)
  const own = tokens.filter((word, index) => word.length >= 4 && !word.startsWith('{') && !tokens[index - 1]?.startsWith('{')).map(stem)
  const named = new Set(words(story.name).map(stem))
  const alike = (a: string, b: string) => Math.min(a.length, b.length) >= 3 && (a.startsWith(b) || b.startsWith(a))
  return story.steps.some(
    (step) =>
      step.role === 'then' &&
      !reportsRefusal(step) &&
      step.params.includes('number') &&
      words(step.expression).some((word) => own.some((mine) => !named.has(mine) && alike(stem(word), mine)))
  )
}
