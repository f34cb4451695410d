/**
 * Names for generated code: operations from When steps, parameters from placeholders or the
 * words around a value, World fields. Every name is a valid, readable TypeScript identifier,
 * and the same text always gives the same name.
 */

import { compiler } from '../../compiler'

/** Words that say nothing about a value or an operation. */
export const STOP_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'with',
  'and',
  'or',
  'as',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'it',
  'its',
  'i',
  'we',
  'you',
  'they',
  'my',
  'our',
  'your',
  'their',
  'that',
  'this',
  'these',
  'those',
  'then',
  'than',
  'into',
  'onto',
  'per',
  'should',
  'will',
  'can',
  'must',
  'do',
  'does',
  'not',
  'no',
  'there',
  'here'
])

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it'])
const ARTICLES = new Set(['a', 'an', 'the'])

/** Words JavaScript or TypeScript will not accept as a binding name, and names that would mislead. */
const RESERVED = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'let',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'await',
  'async',
  'arguments',
  'eval',
  'undefined',
  'NaN',
  'Infinity',
  'as',
  'any',
  'boolean',
  'number',
  'string',
  'symbol',
  'never',
  'unknown',
  'object',
  'type',
  'declare',
  'namespace',
  'module',
  'require',
  'constructor'
])

/** Participles that do not end in -ed, and -ed forms the rules below would get wrong. */
const IRREGULAR_VERBS: Record<string, string> = {
  said: 'say',
  paid: 'pay',
  made: 'make',
  sent: 'send',
  built: 'build',
  sold: 'sell',
  bought: 'buy',
  found: 'find',
  given: 'give',
  taken: 'take',
  written: 'write',
  chosen: 'choose',
  shown: 'show',
  known: 'know',
  done: 'do',
  run: 'run',
  put: 'put',
  set: 'set',
  read: 'read',
  split: 'split',
  cut: 'cut',
  kept: 'keep',
  left: 'leave',
  held: 'hold',
  told: 'tell',
  brought: 'bring',
  thought: 'think',
  won: 'win',
  spent: 'spend',
  lost: 'lose',
  met: 'meet',
  begun: 'begin',
  drawn: 'draw',
  driven: 'drive',
  eaten: 'eat',
  fallen: 'fall',
  forgotten: 'forget',
  frozen: 'freeze',
  hidden: 'hide',
  seen: 'see',
  spoken: 'speak',
  stolen: 'steal',
  worn: 'wear',
  torn: 'tear',
  thrown: 'throw',
  grown: 'grow',
  flown: 'fly',
  hung: 'hang',
  dealt: 'deal',
  meant: 'mean',
  felt: 'feel',
  withdrawn: 'withdraw',
  reset: 'reset',
  rebuilt: 'rebuild',
  got: 'get',
  gotten: 'get',
  become: 'become',
  broken: 'break',
  bound: 'bind',
  fed: 'feed',
  led: 'lead',
  lent: 'lend',
  bent: 'bend',
  shut: 'shut',
  sung: 'sing',
  undone: 'undo',
  upheld: 'uphold',
  overridden: 'override',
  created: 'create',
  added: 'add',
  summed: 'sum',
  canceled: 'cancel',
  cancelled: 'cancel',
  labeled: 'label',
  labelled: 'label',
  totaled: 'total',
  totalled: 'total',
  modeled: 'model',
  repeated: 'repeat',
  treated: 'treat',
  heated: 'heat',
  seated: 'seat',
  monitored: 'monitor',
  colored: 'color',
  coloured: 'colour',
  developed: 'develop',
  focused: 'focus',
  visited: 'visit',
  edited: 'edit',
  limited: 'limit'
}

/** Verbs whose base form ends in a doubled consonant other than l, s, f, z. */
const KEEP_DOUBLE = new Set(['add', 'odd', 'egg', 'err', 'ebb', 'inn', 'purr'])

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u'])
const isVowelAt = (word: string, index: number): boolean =>
  VOWELS.has(word[index]) || (word[index] === 'y' && index > 0 && !VOWELS.has(word[index - 1]))
const isConsonantAt = (word: string, index: number): boolean => index >= 0 && index < word.length && !isVowelAt(word, index)

/** Porter's measure: how many vowel-consonant sequences a stem has ("grad" 1, "calculat" 3). */
function measure(stem: string): number {
  let count = 0
  let previousVowel = false
  for (let index = 0; index < stem.length; index++) {
    const vowel = isVowelAt(stem, index)
    if (previousVowel && !vowel) count++
    previousVowel = vowel
  }
  return count
}

/**
 * The base form of a participle or gerund: "calculated" → "calculate", "applied" → "apply",
 * "formatted" → "format", "said" → "say", "adding" → "add". A heuristic in the spirit of
 * Porter's step 1b, tuned on the verbs specifications use; other words come back unchanged.
 */
export function baseVerb(word: string): string {
  const lower = word.toLowerCase()
  if (IRREGULAR_VERBS[lower]) return IRREGULAR_VERBS[lower]
  let stem: string
  if (lower.endsWith('ied') && lower.length > 4) return lower.slice(0, -3) + 'y'
  if (lower.endsWith('ed') && lower.length > 3) stem = lower.slice(0, -2)
  else if (lower.endsWith('ing') && lower.length > 4) stem = lower.slice(0, -3)
  else return lower
  if (!/[aeiouy]/.test(stem)) return lower
  const last = stem[stem.length - 1]
  const beforeLast = stem[stem.length - 2]
  // A doubled final consonant is undoubled ("formatt" → "format"), except l, s, f, z ("call", "pass").
  if (last === beforeLast && isConsonantAt(stem, stem.length - 1) && !'lsfz'.includes(last) && !KEEP_DOUBLE.has(stem))
    return stem.slice(0, -1)
  if (stem.endsWith('e')) return stem
  const endsWith = (pattern: RegExp) => pattern.test(stem)
  const needsE =
    endsWith(/[^aeiou]at$/) ||
    endsWith(/(iz|bl|dg|ys|us|v|u)$/) ||
    endsWith(/[aeiou]c$|nc$/) ||
    endsWith(/(rg|ang)$/) ||
    endsWith(/([aeiouy]s|[rnpl]s)$/) ||
    endsWith(/[^aeiou](ar|ur|ir|am)$/) ||
    endsWith(/com$/) ||
    endsWith(/[^aeiou](in|id|od|ud|ut|ot|ok|ak|ik|ap|ul|il|um|ib|ub)$/) ||
    endsWith(/(let|plet)$/) ||
    // "titled" → title, "handled" → handle, "settled" → settle (not "curled", "howled").
    endsWith(/[bcdfgkptz]l$/) ||
    endsWith(/(ignor|explor|restor|stor|scor|ador)$/) ||
    (measure(stem) === 1 &&
      isConsonantAt(stem, stem.length - 3) &&
      isVowelAt(stem, stem.length - 2) &&
      isConsonantAt(stem, stem.length - 1) &&
      !'wxy'.includes(last))
  return needsE ? stem + 'e' : stem
}

/** Pronouns a step offers as alternatives ("his/her/their"): they name nobody, so a name leaves them out. */
const ALTERNATIVE_PRONOUNS = new Set([
  'his',
  'her',
  'hers',
  'their',
  'theirs',
  'its',
  'my',
  'your',
  'our',
  'him',
  'them',
  'he',
  'she',
  'they',
  'it'
])

/**
 * A Cucumber Expression's text as a name reads it: optional text left out ("step(s)" is step),
 * alternatives of pronouns left out ("cancels his/her booking" is cancels booking), and of other
 * alternatives the last, the plural ("person/people" is people, "is/are" are).
 */
export function withoutAlternatives(text: string): string {
  return text.replace(/(?<!\\)\([^)]*\)/gu, '').replace(/(?<![\\\p{L}])\p{L}+(?:\/\p{L}+)+/gu, (alternatives) => {
    const words = alternatives.split('/')
    return words.every((word) => ALTERNATIVE_PRONOUNS.has(word.toLowerCase())) ? ' ' : words.at(-1)!
  })
}

/** Words of a text: letters and digits of any script; accents are kept, punctuation dropped. */
export function wordsOf(text: string): string[] {
  // "it's" and "customer's" are one word each.
  return (
    text
      .normalize('NFC')
      .replace(/(\p{L})['\u2019](\p{L})/gu, '$1$2')
      .match(/[\p{L}\p{N}_$]+/gu) ?? []
  )
}

// TypeScript's scanner decides, not the regex engine: Node knows newer Unicode than tsc does
// (U+A7D4 is a letter to /\p{ID_Continue}/u and an invalid character to TypeScript 5.9).
// ASCII is answered without it, as tsc answers (a unit test compares all 128): loading the compiler
// costs a sixth of a second, which `check` of an English spec should not pay.
const ASCII_IDENTIFIER_START = /^[A-Za-z_$]$/
const ASCII_IDENTIFIER_PART = /^[A-Za-z0-9_$]$/
const isAscii = (character: string) => (character.codePointAt(0) ?? 0) < 0x80
export const isIdentifierStart = (character: string): boolean =>
  isAscii(character)
    ? ASCII_IDENTIFIER_START.test(character)
    : compiler().isIdentifierStart(character.codePointAt(0) ?? 0, compiler().ScriptTarget.ES2022)
export const isIdentifierPart = (character: string): boolean =>
  isAscii(character)
    ? ASCII_IDENTIFIER_PART.test(character)
    : compiler().isIdentifierPart(character.codePointAt(0) ?? 0, compiler().ScriptTarget.ES2022)

/** lowerCamelCase of words, restricted to characters TypeScript accepts in identifiers. */
/** The first character in the other case, unless that case is not a valid identifier character ("ꟕ" → "꟔" is not, to tsc). */
function changeFirstCase(word: string, upper: boolean): string {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0)
  const changed = upper ? first.toUpperCase() : first.toLowerCase()
  return ([...changed].every(isIdentifierPart) ? changed : first) + word.slice(first.length)
}

export const capitalise = (word: string): string => (word === '' ? word : changeFirstCase(word, true))
export const decapitalise = (word: string): string => (word === '' ? word : changeFirstCase(word, false))

export function camelCase(words: string[]): string {
  const joined = words
    .filter(Boolean)
    .map((word, index) => {
      if (index > 0) return capitalise(word)
      return word.length > 1 && word === word.toUpperCase() && [...word.toLowerCase()].every(isIdentifierPart)
        ? word.toLowerCase()
        : changeFirstCase(word, false)
    })
    .join('')
  // Characters TypeScript does not accept in identifiers (punctuation, emoji, newer Unicode) are left out.
  return [...joined].filter(isIdentifierPart).join('')
}

/** Makes `candidate` a valid identifier; `fallback` when nothing usable is left. Long names are cut at a word. */
export function toIdentifier(candidate: string, fallback: string, maximumLength = 48): string {
  let name = candidate
  if (name.length > maximumLength) {
    // Cut before a capital so the name still reads as words.
    const cut = name.slice(0, maximumLength)
    const lastCapital = Math.max(...[...cut].map((character, index) => (index > 8 && /\p{Lu}/u.test(character) ? index : -1)))
    name = lastCapital > 0 ? cut.slice(0, lastCapital) : cut
    // Never leave half a surrogate pair.
    if (/[\uD800-\uDBFF]$/.test(name)) name = name.slice(0, -1)
  }
  if (name === '') return fallback
  if (!isIdentifierStart([...name][0])) name = `${fallback}${capitalise(name)}`
  // `number` → numberValue (not numberNumber); `type` → typeText.
  if (RESERVED.has(name)) name = `${name}${fallback.toLowerCase() === name.toLowerCase() ? 'Value' : capitalise(fallback)}`
  return name
}

/** Hands out unique names: "cost", "cost2", "cost3"; `caseInsensitive` for names that become file names. */
export class NameRegistry {
  private readonly taken = new Set<string>()
  constructor(
    private readonly caseInsensitive = false,
    reserved: Iterable<string> = []
  ) {
    for (const name of reserved) this.taken.add(this.key(name))
  }
  private key(name: string): string {
    return this.caseInsensitive ? name.toLowerCase() : name
  }
  has(name: string): boolean {
    return this.taken.has(this.key(name))
  }
  claim(base: string): string {
    let name = base
    for (let suffix = 2; this.taken.has(this.key(name)); suffix++) name = `${base}${suffix}`
    this.taken.add(this.key(name))
    return name
  }
}

const AUXILIARY_PREDICATES: Record<string, string> = {
  is: 'is',
  are: 'are',
  was: 'was',
  were: 'were',
  can: 'can',
  has: 'has',
  have: 'has',
  does: 'does',
  do: 'does',
  should: 'should',
  will: 'will'
}
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'gets', 'get', 'got', 'be', 'been'])

/** Particles of phrasal verbs ("worked out", "picked up", "switched off"); not prepositions that start a phrase ("in", "to"). */
const PARTICLES = new Set(['out', 'up', 'off', 'down', 'back', 'away'])
const looksLikeParticiple = (word: string) => Boolean(IRREGULAR_VERBS[word]) || (/ed$/.test(word) && word.length > 3)
const dropArticles = (words: string[]) => words.filter((word) => !ARTICLES.has(word.toLowerCase()))

/**
 * The function name for a When step, from its words with the values left out.
 *  - a question: "I check whether it is a leap year" → isLeapYear
 *  - a passive: "the shipping cost is calculated" → calculateShippingCost, "it is converted to Fahrenheit" → convertToFahrenheit
 *  - an actor acting: "I deposit 100" → deposit, "I try to withdraw 50" → tryToWithdraw
 *  - otherwise the words without articles: "the user logs in" → userLogsIn
 */
export function operationNameFromWhen(words: string[]): string {
  const lower = words.map((word) => word.toLowerCase())
  const question = lower.findIndex((word) => word === 'whether' || word === 'if')
  if (question >= 0) {
    const rest = lower.slice(question + 1)
    const auxiliary = rest.findIndex((word) => AUXILIARY_PREDICATES[word] !== undefined)
    if (auxiliary >= 0 && auxiliary + 1 < rest.length) {
      return camelCase([AUXILIARY_PREDICATES[rest[auxiliary]], ...dropArticles(words.slice(question + 1 + auxiliary + 1))])
    }
  }
  for (let index = 1; index + 1 < lower.length; index++) {
    if (!PASSIVE_AUXILIARIES.has(lower[index])) continue
    let participleIndex = index + 1
    if (lower[participleIndex] === 'being' || lower[participleIndex] === 'been') participleIndex++
    const participle = lower[participleIndex]
    if (participle === undefined || !looksLikeParticiple(participle)) continue
    const subject = dropArticles(words.slice(0, index)).filter((word) => !SUBJECT_PRONOUNS.has(word.toLowerCase()))
    // A phrasal verb keeps its particle with the verb: "the end time is worked out" → workOutEndTime.
    const particle = PARTICLES.has(lower[participleIndex + 1] ?? '') ? [words[participleIndex + 1]!] : []
    return camelCase([baseVerb(participle), ...particle, ...subject, ...dropArticles(words.slice(participleIndex + 1 + particle.length))])
  }
  if (lower.length >= 2 && SUBJECT_PRONOUNS.has(lower[0])) return camelCase(dropArticles(words.slice(1)))
  return camelCase(dropArticles(words))
}

/**
 * A parameter's name from the words around its value: the word just before it ("the year
 * 2024" → year), else the word just after ("3 apples" → apples), else the nearest word
 * before. Verbs in -ing/-ed ("weighing") and stop words are passed over when a better word is near.
 */
export function parameterNameFromContext(before: string, after: string): string | undefined {
  const wordsBefore = wordsOf(before)
  const wordsAfter = wordsOf(after)
  const useful = (word: string | undefined) => word !== undefined && !STOP_WORDS.has(word.toLowerCase()) && !/^\d/.test(word)
  const notVerbForm = (word: string | undefined) => word !== undefined && !/(ing|ed)$/i.test(word)
  const previous = wordsBefore[wordsBefore.length - 1]
  const next = wordsAfter[0]
  // An item of a list ("40 red bricks, 25 blue bricks"): the word before ends the item before it.
  if (/,\s*$/u.test(before) && useful(next)) return next
  if (useful(previous) && notVerbForm(previous)) return previous
  if (useful(next)) return next
  for (let index = wordsBefore.length - 1; index >= 0; index--) {
    if (useful(wordsBefore[index]) && notVerbForm(wordsBefore[index])) return wordsBefore[index]
  }
  if (useful(previous)) return previous
  return undefined
}

/** Content words of a text (no stop words), for names of tables, doc strings and yes/no outcomes. */
export function contentWords(text: string): string[] {
  return wordsOf(text).filter((word) => !STOP_WORDS.has(word.toLowerCase()))
}

export { RESERVED as RESERVED_IDENTIFIERS }
