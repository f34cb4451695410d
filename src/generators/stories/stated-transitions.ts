/**
 * What a feature's description states about its modes, beyond naming them: the mode a command
 * leads to ("goes ... to "out for delivery" when the driver picks it up") and a mode in which
 * every command is refused with one message ("a cancelled order shows "cancelled" and any
 * further update to it is refused with "order is cancelled""). Both decide what the scenarios
 * may leave open: a command whose next mode no Then step reads, one never tried in that mode.
 */

import { escapeRegExp } from '../../text'

/** Words that say nothing of which command a clause names ("the", "it"). */
const FILLER = new Set([
  'the',
  'a',
  'an',
  'it',
  'its',
  'them',
  'they',
  'their',
  'is',
  'are',
  'to',
  'of',
  'my',
  'your',
  'our',
  'i',
  'we',
  'you'
])

/** A word's stem, enough to match "cancels" with "cancel" and "starts" with "start". */
const stem = (word: string): string => word.replace(/(ing|ed|es|s)$/, '')

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z']+/)
      .filter((word) => word.length > 0 && !FILLER.has(word))
      .map(stem)
  )
}

const sameWords = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size > 0 && a.size === b.size && [...a].every((word) => b.has(word))

/** A description's text on one line: its clauses may be cut by the feature file's line breaks. */
const oneLine = (description: string): string => description.replace(/\s+/g, ' ')

/**
 * The mode each clause of the description leads to: a quoted state followed by "when" and a
 * clause ("to "in the oven" when the kitchen starts baking"), up to the next comma, semicolon,
 * full stop or "and".
 */
export function statedTargets(description: string): Array<{ mode: string; clause: string }> {
  return [
    ...oneLine(description).matchAll(
      /"([^"]{1,30})"\s+(?:when|once|as soon as|whenever)\s+([^,;.:!?"]+?)(?=\s*(?:[,;.:!?"]|\band\b|\bor\b|$))/gi
    )
  ].map((match) => ({ mode: match[1]!, clause: match[2]!.trim() }))
}

/**
 * The mode the description says a command leads to: its clause has the command's words (the
 * same words but for articles and endings); undefined where no clause, or two that disagree,
 * name it, or the mode is none the story knows.
 */
export function statedTarget(description: string, stepWords: string, modes: readonly string[]): string | undefined {
  const words = contentWords(stepWords)
  const targets = new Set(
    statedTargets(description)
      .filter((target) => modes.includes(target.mode) && sameWords(contentWords(target.clause), words))
      .map((target) => target.mode)
  )
  return targets.size === 1 ? [...targets][0] : undefined
}

/** A command as the words may name it: its step's index and its fixed words. */
export interface NamedCommand {
  index: number
  words: string
}

/** What the words say is refused: in a mode, with a message, for one command or (no `command`) for every one. */
export interface StatedRefusal {
  mode: string
  message: string
  command?: number
}

/** A clause that says when, not what ("before work starts"): the command it names is not the one refused. */
const WHEN_CLAUSE = /\b(?:before|after|until|unless|while|once|whenever|when|if|as soon as)\b[^:;,.]*/gi

/** A mode's word anywhere, as a word of its own. */
const anyOccurrence = (mode: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(mode)}(?![\\p{L}\\p{N}])`, 'iu')

/** Where a mode's word stands: after "be" it is a verb ("cannot be resolved"), elsewhere a state ("a closed ticket"). */
const modeOccurrence = (mode: string): RegExp =>
  new RegExp(`(?<!\\bbe(?:en|ing)?\\s+)(?<![\\p{L}\\p{N}])${escapeRegExp(mode)}(?![\\p{L}\\p{N}])`, 'giu')

/**
 * The one command a sentence names, outside its quotes, its modes and its clauses of time: the
 * command whose own words (those no other command has) it uses. Undefined where none or several.
 */
function namedCommand(plain: string, modes: readonly string[], commands: readonly NamedCommand[], thing: string): number | undefined {
  let text = plain.replace(WHEN_CLAUSE, ' ')
  for (const mode of modes) text = text.replace(modeOccurrence(mode), ' ')
  // The thing's own name ("the gate") names no command, even where only one command's words use it.
  const named = contentWords(thing)
  const said = new Set([...contentWords(text)].filter((word) => !named.has(word)))
  const wordsOf = commands.map((command) => contentWords(command.words))
  const naming = commands.filter((command, index) =>
    [...wordsOf[index]!].some((word) => said.has(word) && wordsOf.every((other, at) => at === index || !other.has(word)))
  )
  return naming.length === 1 ? naming[0]!.index : undefined
}

/** The words after "any", "every" or "all", up to the word that ends what they quantify ("any stamp or top-up on a blocked card"). */
const QUANTIFIED = /\b(?:any|every|all)\s+((?:(?!on\b|in\b|to\b|of\b|at\b|for\b|while\b|when\b|is\b|are\b|by\b|with\b)[a-z'-]+\s*){1,4})/giu

/** The commands a quantifier's words name, each by a word of its own no other command uses. */
function commandsQuantified(plain: string, commands: readonly NamedCommand[]): number[] {
  const said = new Set([...plain.matchAll(QUANTIFIED)].flatMap((match) => [...contentWords(match[1]!.replace(/-/g, ' '))]))
  const wordsOf = commands.map((command) => contentWords(command.words))
  return commands
    .filter((command, index) =>
      [...wordsOf[index]!].some((word) => said.has(word) && wordsOf.every((other, at) => at === index || !other.has(word)))
    )
    .map((command) => command.index)
}

/**
 * Modes in which the description says commands are refused with one message: a sentence that
 * speaks of any command ("any further update to it is refused with "order is cancelled"") or
 * names one ("an open ticket cannot be resolved: that is refused with "work has not started""),
 * and names one mode, quoted or as a plain word ("a closed ticket"), and one message: one the
 * scenarios show, or the one quoted right after "refused with". A sentence that names no command
 * and does not say "any", "every" or "all" is left to the scenarios. `thing` is what the feature
 * names (its title): its words name no command.
 */
export function statedModeRefusals(
  description: string,
  modes: readonly string[],
  messages: ReadonlySet<string>,
  commands: readonly NamedCommand[] = [],
  thing = ''
): StatedRefusal[] {
  const found: StatedRefusal[] = []
  for (const sentence of oneLine(description).split(/(?<=[.;!?])\s+(?=[A-Z"])|;\s*/)) {
    if (!/\brefused\b|\brejected\b|\bdenied\b/i.test(sentence)) continue
    const others = refusedElsewhere(sentence, modes, commands, thing)
    if (others !== undefined) {
      found.push(...others)
      continue
    }
    const quoted = [...sentence.matchAll(/"([^"]{1,60})"/g)].map((match) => match[1]!)
    const said = /\b(?:refused|rejected|denied)\s+with\s+"([^"]{1,60})"/i.exec(sentence)?.[1]
    const sentenceMessages = [...new Set([...quoted.filter((text) => messages.has(text)), ...(said === undefined ? [] : [said])])]
    const quotedModes = [...new Set(quoted.filter((text) => modes.includes(text) && !sentenceMessages.includes(text)))]
    // A mode named in the words themselves, outside the quotes ("a cancelled order").
    const plain = sentence.replace(/"[^"]*"/g, ' ')
    // Where one command is named, a state's word after "be" is that command's ("cannot be resolved").
    const universal = /\b(any|every|all)\b/i.test(sentence)
    const namedModes = modes.filter((mode) => (universal ? anyOccurrence(mode) : modeOccurrence(mode)).test(plain))
    const sentenceModes = quotedModes.length > 0 ? quotedModes : namedModes
    if (sentenceModes.length !== 1 || sentenceMessages.length !== 1) continue
    const entry = { mode: sentenceModes[0]!, message: sentenceMessages[0]! }
    // "Any stamp or top-up" names the commands it speaks of; "any further update", none: then every one.
    const quantified = universal ? commandsQuantified(plain, commands) : []
    if (quantified.length > 0) found.push(...quantified.map((command) => ({ ...entry, command })))
    else if (universal) found.push(entry)
    else {
      const command = namedCommand(plain, modes, commands, thing)
      if (command !== undefined) found.push({ ...entry, command })
    }
  }
  // A mode given two messages for one command is not decided by the words.
  return found.filter((entry) =>
    found.every(
      (other) =>
        other.mode !== entry.mode ||
        other.message === entry.message ||
        (other.command !== undefined && entry.command !== undefined && other.command !== entry.command)
    )
  )
}

/** "refused with "…"" as a clause says it: the message quoted. */
const REFUSED_WITH = /\b(?:refused|rejected|denied)\s+with\s+"([^"]{1,60})"/i
/** The modes a sentence allows a command in: "only a submitted claim can …", "only when the order is "open"". */
const ONLY = /\bonly\b([^:;,]*)/i

/**
 * Refusals in every mode but the ones a sentence allows: "Only a submitted claim can be approved
 * or rejected: approving any other claim is refused with "…", and rejecting any other claim is
 * refused with "…"". Each clause that refuses "any other" (or "anything else") names its command, or
 * the sentence names one; the modes are those its "only" names as states (a word after "be" is the
 * command's: "can be approved"). Undefined where the sentence has no such form.
 */
function refusedElsewhere(
  sentence: string,
  modes: readonly string[],
  commands: readonly NamedCommand[],
  thing: string
): StatedRefusal[] | undefined {
  const only = ONLY.exec(sentence)?.[1]
  if (only === undefined) return undefined
  const quoted = [...only.matchAll(/"([^"]{1,30})"/g)].map((match) => match[1]!).filter((text) => modes.includes(text))
  // The states stand before the verb: "a submitted claim can be approved or rejected" allows "submitted" alone.
  const before = only.replace(/"[^"]*"/g, ' ').replace(/\bbe(?:en|ing)?\b.*$/i, ' ')
  const allowed = quoted.length > 0 ? quoted : modes.filter((mode) => anyOccurrence(mode).test(before))
  if (allowed.length === 0) return undefined
  const clauses = sentence.split(/:\s*|,\s*(?:and|but)\s+|;\s*/).filter((clause) => REFUSED_WITH.test(clause))
  const elsewhere = clauses.filter((clause) => /\b(?:any|every)\s+other\b|\b(?:anything|any)\s+else\b|\bother(?:wise)?\b/i.test(clause))
  if (elsewhere.length === 0) return undefined
  const plainSentence = sentence.replace(/"[^"]*"/g, ' ')
  const found: StatedRefusal[] = []
  for (const clause of elsewhere) {
    const message = REFUSED_WITH.exec(clause)![1]!
    const command =
      namedCommand(clause.replace(/"[^"]*"/g, ' '), modes, commands, thing) ??
      (elsewhere.length === 1 ? namedCommand(plainSentence, modes, commands, thing) : undefined)
    if (command === undefined) return undefined
    for (const mode of modes) if (!allowed.includes(mode)) found.push({ mode, message, command })
  }
  return found
}
