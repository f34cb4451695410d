/**
 * The one measure synthesis ranks by: a program's description length in bits under a prior
 * over the expression language. Operators cost what the registry says (less when the step or
 * the feature's description uses a word of theirs: the lexicon is a weak prior, never an
 * override); an input costs the bits to name it among the inputs; a constant costs its digits,
 * round numbers and the units of everyday rules (12, 24, 60, 100...) less, numbers the feature
 * mentions least. The same measure prices the examples themselves (a table of the rows), so a
 * rule is accepted only when it is clearly shorter than what it explains.
 */
import type { Value } from '../operation'
import { OPERATORS, PAIRED_SUMS, WHICH_OF_THREE, type OperatorName } from './operators'
import { type BoundSide, describedBoundSides, withoutBounds } from './described-bounds'
import { significantDigits } from './numbers'
import { type Program, subprograms } from './program'
import type { SynthValue } from './values'

/** What the words of a step lower: a weak prior, a few bits at most. */
const LEXICON_DISCOUNT = 2
/** Numbers of everyday rules: a clock, a day, minutes, percent, thousands. */
const CONVENTIONAL_NUMBERS = new Set([12, 24, 60, 100, 1000])
/** A character of everyday text, under a plain model of the language. */
const TEXT_CHARACTER_BITS = 2.5
const SEPARATORS = new Set([' ', '-', '_', '.', ',', '', '/', ':', '@', ', ', '. '])
/** A conditional or a per-category branch: choosing between two sub-rules. */
export const CONDITIONAL_BITS = 3
/** Naming the categorical input a table is keyed on, and the table itself. */
const TABLE_BITS = 4

export interface PriorContext {
  /** Text the operation comes with: its steps, the feature's and the rule's description. */
  text?: string
  inputs: number
  /** Whether the text's bounds place their numbers on a side of a cut (true unless said otherwise). */
  describedBounds?: boolean
  /** Some input is a percentage the words state ("40% after 2 years"): a share taken off or put on is as cued as by "% off". */
  percentInputs?: boolean
}

/** The operators a stated percentage cues. */
const SHARE_OPERATORS: ReadonlySet<OperatorName> = new Set(['percentOff', 'percentOn'])

export class Prior {
  private readonly operatorCost = new Map<OperatorName, number>()
  private readonly cuedOperators = new Set<OperatorName>()
  /** Numbers the feature's words mention (not its example values). */
  readonly mentioned: ReadonlySet<number>
  /** Of those, the ones whose words say which side of a cut they fall on ("heavier than 20": 20 is below it). */
  readonly boundSides: ReadonlyMap<number, BoundSide>
  /** The same with the ends of the bands the words write out ("60 to 89 silver"): where a cut goes, never a cap. */
  readonly cutSides: ReadonlyMap<number, BoundSide>
  /** Of those, the ones the words name as a number of characters ("the first 10 characters", "at most 3 letters"). */
  readonly lengths: ReadonlySet<number>
  /** Steps the words round to ("to the nearest 50 m", "the nearest 0.5"): what `roundTo` may take. */
  readonly roundingSteps: readonly number[]
  /** Numbers the words state as percentages ("12% off", "5 percent on top"): the shares a rule takes off or puts on. */
  readonly percentages: ReadonlySet<number>
  readonly inputBits: number
  /** Lower-case words and phrases of the context, for the lexicon. */
  readonly words: Set<string>
  /** The same, the bounds the words name left out ("thinner than 10 cm"): what may speak of relating two values. */
  private readonly unboundedWords: Set<string>

  constructor(readonly context: PriorContext) {
    this.words = phrasesOf(context.text ?? '')
    this.unboundedWords = phrasesOf(withoutBounds(context.text ?? ''))
    this.mentioned = namedNumbers(context.text ?? '')
    this.boundSides = context.describedBounds === false ? new Map() : describedBoundSides(context.text ?? '')
    this.cutSides = context.describedBounds === false ? new Map() : describedBoundSides(context.text ?? '', { bands: true })
    this.lengths = lengthsOf(context.text ?? '')
    this.roundingSteps = roundingStepsOf(context.text ?? '')
    this.percentages = statedPercentages(context.text ?? '')
    this.inputBits = 1 + Math.log2(Math.max(1, context.inputs))
    for (const name of Object.keys(OPERATORS) as OperatorName[]) {
      const spec = OPERATORS[name]
      const { words, uncuedBits } = spec as { words?: readonly string[]; uncuedBits?: number }
      const cued = (words?.some((word) => this.words.has(word)) ?? false) || (context.percentInputs === true && SHARE_OPERATORS.has(name))
      if (cued) this.cuedOperators.add(name)
      this.operatorCost.set(name, Math.max(1, cued ? spec.bits - LEXICON_DISCOUNT : spec.bits + (uncuedBits ?? 0)))
    }
  }

  /** Whether the words (or a stated percentage, for a share) cue the operator: what its cost and the bank's search go by. */
  cuesOperator(name: OperatorName): boolean {
    return this.cuedOperators.has(name)
  }

  operatorBits(name: OperatorName): number {
    return this.operatorCost.get(name)!
  }

  /** Whether the step or description uses one of these words (for forms outside the registry). */
  cued(...words: string[]): boolean {
    return words.some((word) => this.words.has(word))
  }

  /** Whether these words appear outside the bounds the text names: "than" of "heavier than the limit", not of "than 20". */
  cuedBeyondBounds(...words: string[]): boolean {
    return words.some((word) => this.unboundedWords.has(word))
  }

  isMentioned(value: number): boolean {
    return this.mentioned.has(value)
  }

  constantBits(value: SynthValue): number {
    if (typeof value === 'boolean') return 1
    if (typeof value === 'number') return this.numberBits(value)
    if (Array.isArray(value)) return 2 + value.reduce((sum, word) => sum + this.stringBits(word), 0)
    return this.stringBits(value as string)
  }

  numberBits(value: number): number {
    const magnitude = Math.abs(value)
    const sign = value < 0 ? 1 : 0
    if (this.mentioned.has(magnitude)) return 2 + sign
    if (magnitude === 0 || magnitude === 1) return 2 + sign
    if (CONVENTIONAL_NUMBERS.has(magnitude)) return 3.5 + sign
    const digits = significantDigits(magnitude)
    const exponent = Math.floor(Math.log10(magnitude))
    const fraction = Number.isInteger(magnitude) ? 0 : 1.5
    const lastDigit = Number(
      magnitude
        .toExponential(digits - 1)
        .replace(/e.*$/, '')
        .replace('.', '')
        .slice(-1)
    )
    const roundish = digits > 1 && lastDigit === 5 ? -1 : 0
    return 2 + 3.3 * digits + 0.5 * Math.abs(exponent) + fraction + roundish + sign
  }

  /**
   * Text is spelled out, wherever it appears — in a rule or in the table of the examples — so a
   * rule that repeats an answer in two branches pays for it twice.
   */
  stringBits(value: string): number {
    if (SEPARATORS.has(value)) return 2
    return 2 + TEXT_CHARACTER_BITS * value.length
  }

  /**
   * Three or more different inputs given to an operator of a set (the middle, the lowest of
   * them) are a choice of a set among the inputs, not a name for each in turn: with three
   * inputs, "the cheapest of the quotes" names all of them at once. Undefined for other arguments.
   */
  inputSetBits(args: readonly Program[]): number | undefined {
    if (args.length < 3 || !args.every((argument) => argument.kind === 'input')) return undefined
    const names = new Set(args.map((argument) => (argument.kind === 'input' ? argument.name : '')))
    if (names.size !== args.length) return undefined
    return 1 + Math.log2(binomial(Math.max(this.context.inputs, args.length), args.length))
  }

  /** Description length of a program, in bits. */
  bits(program: Program): number {
    switch (program.kind) {
      case 'input':
        return this.inputBits
      case 'constant':
        return this.constantBits(program.value)
      case 'apply': {
        // The (category, amount) pairs are named as one set, as the bank names them: a bit, and the label.
        if ((PAIRED_SUMS as readonly string[]).includes(program.operator))
          return this.operatorBits(program.operator) + this.bits(program.args[0]!) + 1
        // Which of a set of inputs is the extreme one: its labels, spelled, and the set named at once.
        if ((WHICH_OF_THREE as readonly string[]).includes(program.operator))
          return (
            this.operatorBits(program.operator) +
            this.bits(program.args[0]!) +
            (this.inputSetBits(program.args.slice(1)) ?? program.args.slice(1).reduce((sum, argument) => sum + this.bits(argument), 0))
          )
        const inputSet = this.inputSetBits(program.args)
        return this.operatorBits(program.operator) + (inputSet ?? program.args.reduce((sum, argument) => sum + this.bits(argument), 0))
      }
      case 'conditional':
        return CONDITIONAL_BITS + subprograms(program).reduce((sum, part) => sum + this.bits(part), 0)
      case 'lookup':
        return (
          TABLE_BITS +
          this.inputBits +
          program.entries.reduce((sum, [, value]) => sum + Math.log2(program.entries.length + 1) + this.constantBits(value), 0)
        )
      case 'match':
        return (
          TABLE_BITS +
          this.inputBits +
          program.cases.reduce((sum, entry) => sum + Math.log2(program.cases.length + 1) + this.bits(entry.result), 0)
        )
    }
  }

  /**
   * The examples written out as a program: one `inputs === row ? output` branch per row. A rule
   * must be clearly shorter than this, or it only restates its rows. A long text need not be
   * spelled out to single out its row: a cut on its length does that (`log.length <= 9`), so a
   * text key costs no more than such a cut — else a long input would make any list of its rows'
   * answers look like compression.
   */
  tableBits(rows: ReadonlyArray<{ inputs: readonly Value[]; output: Value }>): number {
    const textKey = OPERATORS.lessOrEqual.bits + 1 + 1 + Math.log2(Math.max(1, rows.length - 1))
    const keyBits = (value: Value) => (typeof value === 'string' ? Math.min(this.constantBits(value), textKey) : this.constantBits(value))
    return rows.reduce<number>(
      (sum, row) =>
        sum +
        CONDITIONAL_BITS +
        OPERATORS.equal.bits +
        row.inputs.reduce<number>((inner, value) => inner + this.inputBits + keyBits(value), 0) +
        this.constantBits(row.output),
      0
    )
  }
}

/** Lower-case words, and phrases of two and three words ("at least", "no more than"). */
function phrasesOf(text: string): Set<string> {
  // "%" is a word of its own: "10% off" speaks of a share taken off, as "10 percent off" does.
  const words = text.toLowerCase().match(/[\p{L}\p{N}']+|%/gu) ?? []
  const phrases = new Set<string>()
  for (let index = 0; index < words.length; index++) {
    phrases.add(words[index]!)
    if (index + 1 < words.length) phrases.add(`${words[index]} ${words[index + 1]}`)
    if (index + 2 < words.length) phrases.add(`${words[index]} ${words[index + 1]} ${words[index + 2]}`)
    // "divisible" from "divisibility", "rounded" from "round": a shared stem counts.
    if (words[index]!.length > 5) phrases.add(words[index]!.replace(/(ility|ed|ing|s)$/, ''))
    // "every fourth bucket", "every 15 minutes", "every other day" speak of a cycle; "every medical question" does not.
    if (words[index] === 'every' && EVERY_NTH.test(words[index + 1] ?? '')) phrases.add('every nth')
  }
  return phrases
}

const EVERY_NTH =
  /^(\d+(st|nd|rd|th)?|other|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)$/u

/** Numbers spelled out ("three", "a dozen"). */
const SPELLED: Record<string, number[]> = {
  one: [1],
  two: [2],
  three: [3],
  four: [4],
  five: [5],
  six: [6],
  seven: [7],
  eight: [8],
  nine: [9],
  ten: [10],
  eleven: [11],
  twelve: [12],
  thirteen: [13],
  fourteen: [14],
  fifteen: [15],
  sixteen: [16],
  eighteen: [18],
  twenty: [20],
  thirty: [30],
  forty: [40],
  fifty: [50],
  hundred: [100],
  thousand: [1000],
  dozen: [12]
}

/**
 * Numbers the words name: spelled out, or implied by their unit ("odd" and "even" are about 2,
 * "percent" about 100, "hours" about 60 minutes).
 */
const NUMBER_WORDS: Record<string, number[]> = {
  ...SPELLED,
  odd: [2],
  even: [2],
  half: [2],
  halves: [2],
  double: [2],
  twice: [2],
  pair: [2],
  pairs: [2],
  third: [3],
  thirds: [3],
  quarter: [4],
  quarters: [4],
  dozens: [12],
  percent: [100],
  percentage: [100],
  cent: [100],
  cents: [100],
  pence: [100],
  hour: [60],
  hours: [60],
  minute: [60],
  minutes: [60],
  seconds: [60],
  week: [7],
  weeks: [7],
  // A day is 24 hours, or 1440 minutes on a clock counted in minutes; midnight ends it.
  day: [24, 1440],
  days: [24, 1440],
  midnight: [24, 1440],
  month: [12],
  months: [12],
  century: [100],
  centuries: [100],
  decade: [10],
  decades: [10],
  year: [12, 365],
  years: [12, 365],
  kilo: [1000],
  // Grams and kilograms, millilitres and litres: a thousand of one is one of the other.
  kg: [1000],
  kilogram: [1000],
  kilograms: [1000],
  gram: [1000],
  grams: [1000],
  ml: [1000],
  millilitres: [1000],
  litre: [1000],
  litres: [1000],
  kilometre: [1000],
  kilometres: [1000],
  metre: [100],
  metres: [100]
}

/**
 * The numbers the words name, as the prior reads them, outside placeholders: written as digits
 * ("at most 10 copies"), spelled out, or (unless `writtenOnly`) implied ("per cent", "a dozen").
 */
export function namedNumbers(text: string, { writtenOnly = false }: { writtenOnly?: boolean } = {}): Set<number> {
  const numbers = new Set<number>()
  const plain = text.replace(/<[^>]*>/g, ' ')
  const words = writtenOnly ? SPELLED : NUMBER_WORDS
  for (const match of plain.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)(?!\w|\.\d)/g)) numbers.add(Number(match[1]))
  for (const word of plain.toLowerCase().match(/[a-z]+/g) ?? []) for (const value of words[word] ?? []) numbers.add(value)
  if (!writtenOnly && plain.includes('%')) numbers.add(100)
  if (!writtenOnly) for (const [phrase, value] of FACTOR_PHRASES) if (phrase.test(plain)) numbers.add(value)
  if (!writtenOnly) for (const minutes of statedMinutes(plain)) numbers.add(minutes)
  return numbers
}

/** How many hours a duration's words give, before "hour(s)": "3", "three", "an", "half an", "a quarter of an". */
const HOURS = [
  String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?|half(?:\s+an?)?`,
  String.raw`|(?:a\s+)?quarter(?:\s+of\s+an?)?|three\s+quarters\s+of\s+an?)`
].join('')
const HOUR_AMOUNTS: Record<string, number> = { a: 1, an: 1, half: 0.5, quarter: 0.25, 'three quarters': 0.75 }

/**
 * Durations the words give in hours, as minutes: "three hours" is 180, "each started half hour" 30,
 * "a quarter of an hour" 15. A spec counts minutes where its words count hours.
 */
function statedMinutes(text: string): number[] {
  const found: number[] = []
  for (const match of text.toLowerCase().matchAll(new RegExp(String.raw`(?<![\p{L}\d.])${HOURS}[\s-]+hours?\b`, 'gu'))) {
    const written = match[1]!
      .replace(/\s+(?:of\s+)?an?$/u, '')
      .replace(/^a\s+/u, '')
      .replace(/\s+/gu, ' ')
    const hours = Number.isFinite(Number(written)) ? Number(written) : (HOUR_AMOUNTS[written] ?? SPELLED[written]?.[0])
    if (hours !== undefined && hours > 0) found.push(hours * 60)
  }
  return found
}

/** Numbers written as percentages: "12%", "12 %", "12 percent", "12 per cent". */
export function statedPercentages(text: string): Set<number> {
  const shares = new Set<number>()
  for (const match of text.matchAll(/(?<![\w.])(\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)/giu)) shares.add(Number(match[1]))
  return shares
}

/** Factors said in words: "half as much again", "time and a half" are 1.5 times. */
const FACTOR_PHRASES: ReadonlyArray<readonly [RegExp, number]> = [
  [/\bhalf\s+(?:as\s+much\s+)?again\b|\b(?:one\s+and\s+a\s+half\s+times|time\s+and\s+a\s+half)\b/iu, 1.5]
]

/** The text without the words that name any of these numbers ("no more than 6 per table" without 6: "no more than per table"). */
export function withoutNumbers(text: string, numbers: ReadonlySet<number>): string {
  return text
    .replace(/(?<![\w.])(\d+(?:\.\d+)?)(?!\w|\.\d)/g, (written) => (numbers.has(Number(written)) ? '' : written))
    .replace(/[A-Za-z]+/g, (word) => ((NUMBER_WORDS[word.toLowerCase()] ?? []).some((value) => numbers.has(value)) ? '' : word))
    .replace(/%/g, numbers.has(100) ? '' : '%')
}

/** Units a length of text is counted in. */
const CHARACTER_UNITS = /^(characters?|chars?|letters?|digits?|symbols?)$/

/**
 * Numbers the text names as a length of text: a number ("10", "ten") followed, at most one word
 * later, by a unit of characters ("the first 10 characters", "at most 3 letters", "8 lower-case letters").
 */
/** "the nearest 50", "nearest 0.5 kg", never "the nearest 2 decimal places": numbers a rule may round to multiples of. */
const ROUNDING_STEP = /\bnearest\s+(\d+(?:\.\d+)?)(?!\.?\d)(?!\s*(?:decimal|dp\b|places?\b|digits?\b|significant))/giu

function roundingStepsOf(text: string): number[] {
  const steps = [...text.matchAll(ROUNDING_STEP)].map((match) => Number(match[1])).filter((step) => step > 0 && step !== 1)
  return [...new Set(steps)]
}

function lengthsOf(text: string): Set<number> {
  const lengths = new Set<number>()
  // A sentence's full stop is not part of its last word ("cut to at most 8 characters.").
  const words = (
    text
      .replace(/<[^>]*>/g, ' ')
      .toLowerCase()
      .match(/[\p{L}\p{N}.-]+/gu) ?? []
  ).map((word) => word.replace(/\.+$/u, ''))
  words.forEach((word, index) => {
    const value = /^\d+$/.test(word)
      ? Number(word)
      : NUMBER_WORDS[word]?.length === 1 && /^[a-z]+$/.test(word)
        ? NUMBER_WORDS[word]![0]
        : undefined
    if (value === undefined || !Number.isInteger(value) || value < 1) return
    if (words.slice(index + 1, index + 3).some((next) => CHARACTER_UNITS.test(next))) lengths.add(value)
  })
  return lengths
}

/** Ways to choose k of n things. */
function binomial(n: number, k: number): number {
  let ways = 1
  for (let index = 1; index <= k; index++) ways = (ways * (n - k + index)) / index
  return ways
}
