import type { ValueType } from '../operation'
import { camelCase, NameRegistry, parameterNameFromContext, toIdentifier, wordsOf } from './naming'
import { withoutNegation } from './polarity'
import { ArgumentKind, Piece, pieceText, Slot, SlotKind, StepOccurrence, StepRole } from './occurrences'

export interface GroupParameter {
  name: string
  kind: SlotKind
  type: ValueType
  /** The Outline placeholder every use fills this parameter from, when there is one. */
  placeholder?: string
}

/** Step texts that share one step definition: the same fixed text, values of compatible kinds. */
export interface StepGroup {
  expression: string
  /** Fixed text around the parameters: one more than there are parameters. */
  fixed: string[]
  parameters: GroupParameter[]
  /** Distinct step texts, in order of first use, each with its values. */
  texts: { text: string; slots: Slot[] }[]
  occurrences: StepOccurrence[]
  role: StepRole
  argument: ArgumentKind
  /** True when the group was reduced to one exact text, because a parameter would have matched other steps. */
  literal: boolean
  /**
   * For an exact-text Given or Then cut from a parameterised group: the parameters its text
   * fixes, so it still stores or checks their values (texts[0].slots holds them).
   */
  constants?: GroupParameter[]
}

const TYPE_OF_KIND: Record<SlotKind, ValueType> = {
  int: 'number',
  float: 'number',
  string: 'string',
  word: 'string',
  boolean: 'boolean',
  time: 'string',
  text: 'string'
}
const FALLBACK_NAME: Record<SlotKind, string> = {
  int: 'number',
  float: 'number',
  string: 'text',
  word: 'word',
  boolean: 'flag',
  time: 'time',
  text: 'text'
}

/** Names a group's code may not give a parameter: what its body uses. */
const RESERVED_PARAMETER_NAMES = ['table', 'docString', 'result', 'expected', 'world', 'expect', 'requireInput', 'DECIMAL_TOLERANCE']
/** A word for what a reserved name would have said ("the result is …": `outcome`, not `result2`). */
const INSTEAD_OF_RESERVED: Record<string, string> = { result: 'outcome', expected: 'wanted', table: 'rows' }

/** Escapes the characters that mean something in a Cucumber Expression, so the text matches itself. */
export function escapeExpressionText(text: string): string {
  return text.replace(/[\\(){}/]/g, '\\$&')
}

/**
 * The Cucumber Expression of a group: escaped fixed text around typed parameters, e.g.
 * "a parcel weighing {float} kg" for "a parcel weighing 0.5 kg" and "... 2 kg";
 * `expressionTexts` replaces a fixed piece's escaped text where it is given (an optional plural).
 */
export function inferExpression(fixed: string[], kinds: SlotKind[], expressionTexts: (string | undefined)[] = []): string {
  return fixed
    .map((text, index) => (expressionTexts[index] ?? escapeExpressionText(text)) + (index < kinds.length ? parameterOf(kinds[index]!) : ''))
    .join('')
}

/** A kind's parameter in a Cucumber Expression: several words are the anonymous `{}`. */
const parameterOf = (kind: SlotKind): string => (kind === 'text' ? '{}' : `{${kind}}`)

const slotsOf = (pieces: Piece[]): Slot[] => pieces.filter((piece): piece is Slot => typeof piece !== 'string')
const fixedOf = (pieces: Piece[]): string[] => {
  const fixed = ['']
  for (const piece of pieces) {
    if (typeof piece === 'string') fixed[fixed.length - 1] += piece
    else fixed.push('')
  }
  return fixed
}
/**
 * The words right after a count, up to three: "book" and "books" in "{int} book(s) on loan", and
 * the noun after an adjective in "{int} failed attempt(s)".
 */
const COUNTED_WORDS = /^(?:\s+\p{L}+){1,3}/u

/** Plurals that no ending makes, and verbs that agree with the count ("1 person is", "2 people are"). */
const IRREGULAR_SINGULARS: Record<string, string> = {
  people: 'person',
  children: 'child',
  men: 'man',
  women: 'woman',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  are: 'is',
  have: 'has',
  were: 'was'
}
/** Words that end in s and are singular already: no ending to drop. */
const SINGULAR_AS_IS = new Set(['is', 'has', 'was', 'this', 'bus', 'gas', 'plus', 'yes'])

/** The singular of a counted word ("books" → book, "boxes" → box, "people" → person, "are" → is; "glass" stays). */
function singularOf(word: string): string {
  const lower = word.toLowerCase()
  if (IRREGULAR_SINGULARS[lower] !== undefined) return IRREGULAR_SINGULARS[lower]!
  if (SINGULAR_AS_IS.has(lower)) return word
  if (/(s|x|z|ch|sh)es$/iu.test(word)) return word.slice(0, -2)
  if (/[^s]s$/iu.test(word)) return word.slice(0, -1)
  return word
}

/**
 * The shape of a step with the words after each value in the singular: "Sam has 1 book on loan"
 * and "Sam has 3 books on loan" are one step, and cucumber's optional text ("book(s)") matches both.
 * Any value, not only a number: an outline's rows may give "no" in one row and 2 in another.
 */
const numberAgnosticKey = (pieces: Piece[]): string =>
  fixedOf(pieces)
    .map((text, index) => {
      const counted = index > 0 ? COUNTED_WORDS.exec(text) : null
      return counted ? counted[0].replace(/\p{L}+/gu, singularOf) + text.slice(counted[0].length) : text
    })
    .join('\u0000')

/**
 * The expression text for one fixed piece that the group's texts write in the singular and the
 * plural ("book on loan", "books on loan"; "person steps out", "people step out"): word by word
 * among the first words after the value, a regular plural's ending optional ("book(s)") and an
 * irregular pair or an agreeing verb as alternatives ("person/people", "is/are").
 */
function optionalPluralText(variants: Array<{ text: string; count: unknown }>): string | undefined {
  const distinct = [...new Set(variants.map((variant) => variant.text))]
  if (distinct.length !== 2) return undefined
  // The text written after a count of 1 first: its words are the singular ones ("person steps").
  const one = variants.find((variant) => variant.count === 1)?.text
  const [first, second] = (one === distinct[1] ? [distinct[1], distinct[0]] : distinct) as [string, string]
  const counted = (text: string) => COUNTED_WORDS.exec(text)?.[0] ?? ''
  const [head1, head2] = [counted(first), counted(second)]
  // The words after the counted ones, and the spaces between words, are the same in both.
  if (first.slice(head1.length) !== second.slice(head2.length)) return undefined
  const words1 = head1.split(/(\s+)/u)
  const words2 = head2.split(/(\s+)/u)
  if (words1.length !== words2.length) return undefined
  const pieces: string[] = []
  for (let index = 0; index < words1.length; index++) {
    const piece = wordPairText(words1[index]!, words2[index]!)
    if (piece === undefined) return undefined
    pieces.push(piece)
  }
  return pieces.join('') + escapeExpressionText(first.slice(head1.length))
}

/**
 * One word of the singular text and of the plural one, as expression text: itself, `book(s)` (the
 * plural's ending optional), or the two forms in that order (`person/people`, `steps/step`).
 */
function wordPairText(singular: string, plural: string): string | undefined {
  if (singular === plural) return escapeExpressionText(singular)
  if (singularOf(singular) !== singularOf(plural) || !/^\p{L}+$/u.test(singular) || !/^\p{L}+$/u.test(plural)) return undefined
  if (plural.startsWith(singular) && /^e?s$/u.test(plural.slice(singular.length))) return `${singular}(${plural.slice(singular.length)})`
  return `${singular}/${plural}`
}

/** The parameter kind that captures every value seen at one position, or undefined when none does. */
function unifyKinds(slots: Slot[]): SlotKind | undefined {
  const kinds = new Set(slots.map((slot) => slot.kind))
  if (kinds.size === 1) return slots[0].kind
  if ([...kinds].every((kind) => kind === 'int' || kind === 'float')) return 'float'
  if (!kinds.has('string') && slots.every((slot) => /^\S+$/u.test(slot.raw))) return 'word'
  // Placeholder values of one word and of several ("is", "is not"): {} takes them all.
  if (kinds.has('text') && !kinds.has('string') && slots.every((slot) => slot.placeholder !== undefined)) return 'text'
  return undefined
}

const kindClass = (kind: SlotKind) => (kind === 'float' ? 'int' : kind)

function majority<T>(values: T[]): T {
  const counts = new Map<T, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best = values[0]
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value
  return best
}

/** The pieces with the slots at `positions` written as fixed text. */
function withFixedSlots(pieces: Piece[], positions: Set<number>): Piece[] {
  let slot = -1
  return pieces.map((piece) => (typeof piece !== 'string' && positions.has(++slot) ? piece.raw : piece))
}

/**
 * Steps of one shape that one row of an outline uses several times, told apart by a quoted name
 * the outline writes out ("Northgate" sells diesel at <north>, "Riverside" sells diesel at
 * <river>): the name says which value is stored, so it is fixed text, and each step gets its own
 * definition and field. Without a placeholder beside it (a story's "Ana" scores 5) the name stays
 * a value: one definition, the name a key. Rewrites the occurrences' pieces in place.
 */
function fixNamingLiterals(occurrences: StepOccurrence[]): void {
  const shapes = new Map(occurrences.map((occurrence) => [occurrence, numberAgnosticKey(occurrence.pieces)]))
  const uses = new Map<string, StepOccurrence[]>()
  for (const occurrence of occurrences) {
    const key = `${shapes.get(occurrence)}\u0001${occurrence.pickleId}`
    uses.set(key, [...(uses.get(key) ?? []), occurrence])
  }
  const naming = new Map<string, Set<number>>()
  for (const together of uses.values()) {
    const slots = together.map((occurrence) => slotsOf(occurrence.pieces))
    if (together.length < 2 || !slots.some((own) => own.some((slot) => slot.placeholder !== undefined))) continue
    for (let position = 0; position < slots[0]!.length; position++) {
      const column = slots.map((own) => own[position])
      const names = column.every((slot) => slot?.kind === 'string' && slot.placeholder === undefined)
      if (!names || new Set(column.map((slot) => slot!.raw)).size !== column.length) continue
      const shape = shapes.get(together[0]!)!
      naming.set(shape, (naming.get(shape) ?? new Set()).add(position))
    }
  }
  for (const occurrence of occurrences) {
    const positions = naming.get(shapes.get(occurrence)!)
    if (positions !== undefined) occurrence.pieces = withFixedSlots(occurrence.pieces, positions)
  }
}

/**
 * Groups the occurrences of steps that need a definition. A step text belongs to exactly one
 * group (its first occurrence decides), so no two generated expressions are built for one text.
 */
export function groupSteps(occurrences: StepOccurrence[]): StepGroup[] {
  fixNamingLiterals(occurrences)
  const canonicalPieces = new Map<string, Piece[]>()
  const buckets = new Map<string, { text: string; pieces: Piece[] }[]>()
  const occurrencesByText = new Map<string, StepOccurrence[]>()
  for (const occurrence of occurrences) {
    let uses = occurrencesByText.get(occurrence.text)
    if (!uses) {
      uses = []
      occurrencesByText.set(occurrence.text, uses)
      canonicalPieces.set(occurrence.text, occurrence.pieces)
      const key = numberAgnosticKey(occurrence.pieces)
      const bucket = buckets.get(key) ?? []
      bucket.push({ text: occurrence.text, pieces: occurrence.pieces })
      buckets.set(key, bucket)
    }
    uses.push(occurrence)
  }
  const groups: StepGroup[] = []
  const decimals = decimalUnits(occurrences)
  for (const members of buckets.values()) {
    for (const subgroup of splitByKinds(members)) groups.push(buildGroup(subgroup, occurrencesByText, decimals))
  }
  return groups
}

/** Words after a number that name no unit ("2 of", "3 to 5"): never a decimal unit of their own. */
const NOT_UNITS = new Set(['of', 'to', 'and', 'or', 'in', 'on', 'at', 'for', 'from', 'by', 'is', 'are', 'the', 'a', 'an', 'x'])

/** The unit a number is counted in: the singular of the word right after it ("2.5 days off" → day), if any. */
function unitAfter(text: string): string | undefined {
  const word = /^\s+(\p{L}{2,})\b/u.exec(text)?.[1]?.toLowerCase()
  return word === undefined || NOT_UNITS.has(word) ? undefined : singularOf(word)
}

/**
 * Units some step gives a decimal in ("books 2.5 days off"): a whole number of the same unit in
 * another step ("cancels 3 days off") is a decimal too, so a later half day still matches it.
 */
function decimalUnits(occurrences: StepOccurrence[]): Set<string> {
  const units = new Set<string>()
  for (const occurrence of occurrences) {
    const fixed = fixedOf(occurrence.pieces)
    slotsOf(occurrence.pieces).forEach((slot, index) => {
      const unit = slot.kind === 'float' ? unitAfter(fixed[index + 1]!) : undefined
      if (unit !== undefined) units.add(unit)
    })
  }
  return units
}

function splitByKinds(members: { text: string; pieces: Piece[] }[]): { text: string; pieces: Piece[]; kinds: SlotKind[] }[][] {
  const positions = slotsOf(members[0].pieces).length
  const unified: (SlotKind | undefined)[] = Array.from({ length: positions }, (_, index) =>
    unifyKinds(members.map((member) => slotsOf(member.pieces)[index]))
  )
  if (unified.every((kind) => kind !== undefined)) return [members.map((member) => ({ ...member, kinds: unified as SlotKind[] }))]
  // Values of incompatible kinds at one position (a string here, a number there): one group per kind signature.
  const bySignature = new Map<string, { text: string; pieces: Piece[] }[]>()
  for (const member of members) {
    const signature = slotsOf(member.pieces)
      .map((slot) => kindClass(slot.kind))
      .join(',')
    const list = bySignature.get(signature) ?? []
    list.push(member)
    bySignature.set(signature, list)
  }
  return [...bySignature.values()].map((list) => {
    const kinds = Array.from(
      { length: positions },
      (_, index) => unifyKinds(list.map((member) => slotsOf(member.pieces)[index])) as SlotKind
    )
    return list.map((member) => ({ ...member, kinds }))
  })
}

/** Words around a number that make it an amount or a measure rather than a count. */
const MEASURE_WORDS = new Set([
  'price',
  'priced',
  'cost',
  'costs',
  'total',
  'totalling',
  'totaling',
  'amount',
  'balance',
  'fee',
  'fees',
  'pay',
  'pays',
  'paid',
  'charge',
  'charged',
  'bill',
  'salary',
  'deposit',
  'deposits',
  'withdraw',
  'withdraws',
  'spend',
  'spends',
  'spent',
  'worth',
  'tip',
  'euro',
  'euros',
  'eur',
  'dollar',
  'dollars',
  'usd',
  'pound',
  'pounds',
  'gbp',
  '€',
  '$',
  '£',
  'kg',
  'kilograms',
  'grams',
  'g',
  'km',
  'kilometres',
  'kilometers',
  'metres',
  'meters',
  'm',
  'cm',
  'litres',
  'liters',
  'weighing',
  'weighs',
  'weight',
  'degrees',
  '°c',
  '°f',
  'celsius',
  'fahrenheit',
  'percent',
  '%',
  'rate',
  'kwh',
  'hours'
])

function isMeasure(before: string, after: string): boolean {
  const near = [
    ...before
      .toLowerCase()
      .split(/[^\p{L}\p{N}€$£%°]+/u)
      .filter(Boolean)
      .slice(-2),
    ...after
      .toLowerCase()
      .split(/[^\p{L}\p{N}€$£%°]+/u)
      .filter(Boolean)
      .slice(0, 2)
  ]
  return near.some((word) => MEASURE_WORDS.has(word)) || /[€$£]\s*$/.test(before) || /^\s*(€|%|°)/.test(after)
}

function buildGroup(
  members: { text: string; pieces: Piece[]; kinds: SlotKind[] }[],
  occurrencesByText: Map<string, StepOccurrence[]>,
  decimals: ReadonlySet<string> = new Set()
): StepGroup {
  // The singular's texts first: the plural, where there is one, is an optional ending in the expression.
  const fixed = fixedOf(members[0].pieces).map(
    (_, index) => members.map((member) => fixedOf(member.pieces)[index]!).sort((a, b) => a.length - b.length)[0]!
  )
  // Money and measures are decimals even when every example is whole: 75.5 euros must still match;
  // so is a count of a unit another step gives a decimal of (half days booked, whole days cancelled).
  const kinds = members[0].kinds.map((kind, index): SlotKind =>
    kind === 'int' && (isMeasure(fixed[index]!, fixed[index + 1]!) || decimals.has(unitAfter(fixed[index + 1]!) ?? '')) ? 'float' : kind
  )
  // The text after a value agrees with that value: the count before it says which form is the singular.
  const pluralTexts = fixed.map((_, index) =>
    optionalPluralText(
      members.map((member) => ({
        text: fixedOf(member.pieces)[index]!,
        count: index > 0 ? slotsOf(member.pieces)[index - 1]?.value : undefined
      }))
    )
  )
  const texts = members.map((member) => ({ text: member.text, slots: slotsOf(member.pieces) }))
  const occurrences = members.flatMap((member) => occurrencesByText.get(member.text) ?? [])
  const names = new NameRegistry(false, RESERVED_PARAMETER_NAMES)
  // Every use's own placeholder names count: "the answer is <even>" and "<leap>" share a text but not a name.
  const shape = numberAgnosticKey(members[0].pieces)
  const slotsOfUses = occurrences.map((occurrence) =>
    numberAgnosticKey(occurrence.pieces) === shape ? slotsOf(occurrence.pieces) : undefined
  )
  const parameters = kinds.map((kind, index): GroupParameter => {
    const placeholders = new Set(slotsOfUses.map((slots) => slots?.[index].placeholder).filter((name) => name !== undefined))
    const placeholder = placeholders.size === 1 ? [...placeholders][0] : undefined
    // "the message isn't {string}" names its value as "the message is {string}" does.
    const fromContext = parameterNameFromContext(withoutNegation(fixed[index]), withoutNegation(fixed[index + 1]))
    // A clock time is a time whatever the words around it ("moves at {time}").
    const context = kind === 'time' ? undefined : fromContext
    const base = toIdentifier(camelCase(wordsOf(placeholder ?? context ?? '')), FALLBACK_NAME[kind], 32)
    // A text beside a number named after the same word ("{int} packets of {string}") names the thing: not packets2.
    const plain = placeholder === undefined && kind === 'string' && names.has(base) && !names.has('name') ? 'name' : base
    const instead = INSTEAD_OF_RESERVED[plain]
    const named = instead !== undefined && RESERVED_PARAMETER_NAMES.includes(plain) && !names.has(instead) ? instead : plain
    return { name: names.claim(named), kind, type: TYPE_OF_KIND[kind], ...(placeholder !== undefined ? { placeholder } : {}) }
  })
  return {
    expression: inferExpression(fixed, kinds, pluralTexts),
    fixed,
    parameters,
    texts,
    occurrences,
    role: majority(occurrences.map((occurrence) => occurrence.role)),
    argument: majority(occurrences.map((occurrence) => occurrence.argument)),
    literal: false
  }
}

/** A group reduced to one exact step text: no parameters, matches nothing else. */
/** The value a parameter of this kind captures from the slot's text. */
function valueAsKind(slot: Slot, kind: SlotKind): Slot['value'] {
  if (kind === 'int' || kind === 'float') return typeof slot.value === 'number' ? slot.value : Number(slot.raw)
  if (kind === 'boolean') return typeof slot.value === 'boolean' ? slot.value : slot.raw === 'true' || slot.raw === 'yes'
  if (kind === 'string') return typeof slot.value === 'string' ? slot.value : slot.raw.replace(/^(["'])(.*)\1$/su, '$2')
  return slot.raw
}

export function literalGroup(group: StepGroup, text: string): StepGroup {
  const occurrences = group.occurrences.filter((occurrence) => occurrence.text === text)
  const role = majority(occurrences.map((occurrence) => occurrence.role))
  // A Given still stores, a Then still checks, the values its text holds ("the grade is A" checks grade = "A").
  const own = group.texts.find((entry) => entry.text === text)?.slots ?? []
  const keepsValues = (role === 'given' || role === 'then') && group.parameters.length > 0 && own.length === group.parameters.length
  // Each value as the family's parameter would have passed it: "5" where the family takes a {word}.
  const slots = keepsValues ? own.map((slot, index) => ({ ...slot, value: valueAsKind(slot, group.parameters[index].kind) })) : []
  return {
    expression: escapeExpressionText(text),
    fixed: [text],
    parameters: [],
    texts: [{ text, slots }],
    occurrences,
    role,
    argument: majority(occurrences.map((occurrence) => occurrence.argument)),
    literal: true,
    ...(keepsValues ? { constants: group.parameters } : {})
  }
}

export { pieceText }
