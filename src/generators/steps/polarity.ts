/**
 * Words that deny what the rest of a step says ("the lock is not blocked", "the door never
 * opens"), and what is left when the denial is taken out. "no" is not one of them: "a member
 * with no loans" counts loans, it does not deny anything.
 */
const NEGATIONS: Record<string, string> = { not: '', never: '', cannot: 'can' }

/** Contractions in n't whose stem is not the word itself ("won't" is "will" denied, "isn't" is "is"). */
const IRREGULAR_STEMS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'is' }
const CONTRACTION = /^(\p{L}+)n['\u2019]t$/iu

/** Contractions keep their apostrophe here, so "isn't" is one word and seen as a negation. */
const WORD = /[\p{L}\p{N}_$]+(?:['\u2019][\p{L}]+)*/gu

/** The word without its negation, or undefined when it denies nothing. */
function affirmativeOf(word: string): string | undefined {
  const lower = word.toLowerCase()
  if (NEGATIONS[lower] !== undefined) return NEGATIONS[lower]
  const contraction = CONTRACTION.exec(word)
  if (!contraction) return undefined
  return IRREGULAR_STEMS[contraction[1].toLowerCase()] ?? contraction[1]
}

/**
 * Whether a step's fixed text (the text around its values, never the values themselves) says
 * the opposite of what it names: an odd number of negations.
 */
export function isNegated(fixed: string[]): boolean {
  return fixed.flatMap((text) => text.match(WORD) ?? []).filter((word) => affirmativeOf(word) !== undefined).length % 2 === 1
}

/**
 * The text with its negations taken out ("the lock is not blocked" → "the lock is blocked",
 * "it isn't open" → "it is open"): a step and its negation are about the same thing.
 */
export function withoutNegation(text: string): string {
  return text
    .replace(WORD, (word) => affirmativeOf(word) ?? word)
    .replace(/\s{2,}/g, ' ')
    .trim()
}
