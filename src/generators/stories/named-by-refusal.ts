/**
 * A refusal's message that repeats a command's own words names the state that command leaves as
 * the reason: "the stall closes" and, later, "the stall is closed" for a sale; "the counter
 * closes" and "the counter is closed". Such a command likelier sets a yes/no state than does
 * nothing. A prior only: the scenarios still decide.
 */
import { STOP_WORDS } from '../steps'
import { apply, constant, input, type Program } from '../synthesis'
import { stem } from './counted-commands'
import type { Story, StoryStep } from './model'
import { reportsRefusal } from './observed-refusals'

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 4 && !STOP_WORDS.has(word))

/** Stems alike where one begins the other and the shorter has at least four letters ("clos", "close"). */
const alike = (a: string, b: string): boolean => Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a))

/** Whether a refusal message of the story repeats a word of this command that no other command and not the story's name has. */
export function namedByARefusal(story: Story, command: StoryStep): boolean {
  const said = story.scenarios.flatMap((scenario) =>
    scenario.events.flatMap((event) => {
      const step = story.steps[event.step]!
      return reportsRefusal(step) ? [String(event.args[step.params.length - 1])] : []
    })
  )
  return said.some((message) => repeatsWordsOf(story, message, command))
}

/**
 * Whether a message repeats a word of this command that no other command and not the story's name
 * has ("the tour has already set off": "the guide sets off").
 */
export function repeatsWordsOf(story: Story, message: string, command: StoryStep): boolean {
  if (command.role !== 'when') return false
  const common = new Set([
    ...wordsOf(story.name).map(stem),
    ...story.steps.filter((step) => step.role === 'when' && step.index !== command.index).flatMap((step) => wordsOf(step.words).map(stem))
  ])
  const own = wordsOf(command.words)
    .map(stem)
    .filter((word) => ![...common].some((other) => alike(word, other)))
  const said = wordsOf(message).map(stem)
  if (own.some((word) => said.some((other) => alike(word, other)))) return true
  // A verb of two short words ("sets off": "has already set off") is repeated as the pair.
  const others = new Set(
    story.steps.filter((step) => step.role === 'when' && step.index !== command.index).flatMap((step) => pairsOf(step.words))
  )
  const ownPairs = pairsOf(command.words).filter((pair) => !others.has(pair))
  const saidPairs = new Set(pairsOf(message))
  return ownPairs.some((pair) => saidPairs.has(pair))
}

/** Neighbouring words, stop words left out, each stemmed ("the guide sets off": "guid set", "set off"). */
function pairsOf(text: string): string[] {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 2 && !STOP_WORDS.has(word))
    .map(stem)
  return words.slice(1).map((word, index) => `${words[index]} ${word}`)
}

/** The participle of a verb the texts use ("closes" → "closed" where a message says "the stall is closed"), or undefined. */
export function participleOf(verb: string, texts: readonly string[]): string | undefined {
  const root = stem(verb)
  return texts
    .flatMap((text) => text.toLowerCase().split(/[^\p{L}]+/u))
    .find((word) => /^[a-z]{3,}(ed|en)$/.test(word) && alike(stem(word), root))
}

/** A message that asks for something done before ("stop the escalator first", "it must be stopped"). */
const PRECONDITION = /\b(first|beforehand|must be|needs to be|has to be|only while|only when)\b/u

/** Whether a message asks for something done before: the state a command it names leads to is where it is accepted. */
export const asksForFirst = (message: string): boolean => PRECONDITION.test(message.toLowerCase())

/**
 * The mode a refusal's message asks the thing to be in: "stop the escalator first" asks for
 * "stopped", a mode the story shows by name. The command is refused in every other mode.
 * Undefined where the messages ask for no such mode, or for several.
 */
export function requiredMode(messages: readonly string[], modes: ReadonlySet<unknown>): string | undefined {
  const named = new Set<string>()
  for (const message of messages) {
    const text = message.toLowerCase()
    if (!PRECONDITION.test(text)) continue
    const words = text.split(/[^\p{L}]+/u).filter((word) => word.length >= 3)
    for (const mode of modes)
      if (typeof mode === 'string' && /^\p{L}+$/u.test(mode) && words.some((word) => alike(stem(word), stem(mode.toLowerCase()))))
        named.add(mode)
  }
  return named.size === 1 ? [...named][0] : undefined
}

/** The reason a refusal's messages ask for, as a guard: refused in every mode but the one they name (none where they name none). */
export function askedModeReasons(messages: readonly string[], modes: ReadonlySet<unknown>): Program[] {
  const required = requiredMode(messages, modes)
  return required === undefined ? [] : [apply('not', apply('sameText', input('mode', 'string'), constant(required)))]
}
