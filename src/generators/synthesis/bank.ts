/**
 * Bottom-up enumeration, cheapest first, with observational-equivalence pruning over the
 * example rows *and* the probe rows.
 *
 * Programs are built level by level (a level is a cost in half-bits under the prior) from the
 * inputs, a pool of constants and the registered operators. Two programs that give the same
 * values on every example and every probe are one, and the cheaper represents them. Because
 * the probes count, programs that agree on the examples but not beyond them both stay: they
 * are exactly the alternatives the confidence test compares.
 */
import type { Value, ValueType } from '../operation'
import {
  LABELLED_ENTRY_SUMS,
  NON_WORD_RUNS,
  nonWordRunsJoining,
  OPERATORS,
  PAIRED_SUMS,
  type OperatorName,
  type OperatorSpec,
  SPACES_OR_HYPHENS
} from './operators'
import { isClockText } from './clock'
import { isLabelledList, isNumberListColumn, labelledEntry, marksIn } from './lists'
import { isDateText } from './dates'
import { joiningMarks } from './joining-marks'
import { WEEKDAYS } from './sequences'
import { chargeWork } from './work'
import { clockThresholdBetween, equallyRoundApart, greatestCommonDivisor, significantDigits, thresholdBetween } from './numbers'
import type { Prior } from './prior'
import { type Program, apply, constant, input, inputsUsed } from './program'
import { type PairOperator, type SingleOperator, hasPairLoop, hasSingleLoop, pairRows, singleRows } from './rows'
import type { ExampleTable } from './table'
import { type SynthType, type SynthValue, sameKey, valueHash, valueKey } from './values'

export interface Entry {
  program: Program
  type: SynthType
  /** Description length in bits. */
  bits: number
  /** Level: bits in half-bit units, rounded. */
  level: number
  /** Values on the example rows, then on the probe rows (undefined where not defined there). */
  values: Array<SynthValue | undefined>
  /** Values on the example rows only, as one key. */
  exampleKey: string
  literal: boolean
  order: number
}

export interface BankLimits {
  /** Most entries kept (per type, a share of it). */
  maxEntries: number
  /** Highest level built, in half-bits: conditions go deepest, numbers and text less deep (forms build on them). */
  maxLevel: number
  /**
   * The outputs are whole counts (tins, seats): rounding a value that is whole on the examples
   * but not on the probes is then kept, since the outputs' domain is its evidence.
   */
  wholeOutputs?: boolean
  /** Every output example is a clock reading ("2:20", "09:15"): numbers may be written back as one. */
  clockOutputs?: boolean
  /** The marks before noon ("am", " PM" read as " AM") of times the outputs show on the twelve-hour clock. */
  twelveHourMarks?: readonly string[]
  /** Every output example is a time with tenths or hundredths of a second ("1:05.3"). */
  timedOutputs?: boolean
  /** The time stamp every output writes, as a pattern of zeros ("00:00:00,000"): see `timestampPatternOf`. */
  timestampPattern?: string
  /** Some output example writes a number in groups of thousands ("1,250 points"): numbers may be written so. */
  groupedOutputs?: boolean
  /** Some output example joins words with " and " ("milk, egg and soya"): a list may be written as a sentence. */
  listedOutputs?: boolean
  /** A length the output texts are cut to: several reach it and none is longer, where an input is (a name tag's 8 characters). */
  cutLength?: number
  /** The output's texts on the example rows where one shows a number with three decimals (`1.750 kg`): only then is a number so written. */
  thousandthsOutputs?: readonly unknown[]
  /** Some output example shows hexadecimal digits beside decimal ones (`#FF8800`): numbers may be written in hex. */
  hexOutputs?: boolean
  /** Every output text has this width and some are filled up with a mark (`JAZZFM--`): text may be fitted to it. */
  fittedField?: { widths: readonly number[]; fills: readonly string[] }
  /** Marks of a mask (`*`) the output examples show: text may be masked with them. */
  maskMarks?: readonly string[]
  /** Every output example is a date ("2026-03-28"): numbers may be written back as one. */
  dateOutputs?: boolean
  /** Words of the output's name that label amounts of a text input (`beans` of "beans 1.2, tomatoes 2.5"). */
  sumLabels?: readonly string[]
  /** Pairs of unit labels the outputs show after two numbers (`7 lb 8 oz`: `[' lb', ' oz']`). */
  unitLabels?: ReadonlyArray<readonly [string, string]>
  /** Inputs that are earlier outputs (a total): compared with an input (the par) as plainly as a cut. */
  derivedInputs?: readonly string[]
}

/** Each type's deepest level, as a share of the bank's: numbers and text feed the forms, conditions are used whole. */
const DEPTH: Record<SynthType, number> = { boolean: 1, number: 0.78, string: 0.85, list: 0.7 }

const toLevel = (bits: number): number => Math.round(bits * 2)

/** Everyday constants arithmetic may use, besides what the feature mentions: offsets, and factors. */
const OFFSETS = [1, 2, 10, 100]
const FACTORS = [2, 3, 4, 5, 10, 12, 24, 60, 100, 1000]
const SMALL_MODULI = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 24, 60, 100]
const PAD_WIDTHS = [3, 4, 5, 6, 8]
const CHUNK_SIZES = [2, 3, 4, 5]
const SEPARATORS = [' ', '-', '_', '.', ',', '/', '@', ':']
/**
 * A cut at a number the words name, pointing the other way than they say ("heavier than 20"
 * written `weight >= 20`): beyond the confidence margin, so the words are no question, yet the
 * examples can overrule them.
 */
const CONTRADICTED_BOUND_BITS = 9
/** An equality with a number the words name as a bound ("at most 5"): less likely than a cut there. */
const BOUND_POINT_BITS = 4
/** Operands of a learnt threshold stay small: `score >= 90`, `a - b > 10`. */
const COMPARED_OPERAND_BITS = 12
/** Operands of a sum, product, min or max of two computed values. */
const COMBINED_OPERAND_BITS = 10
/** Most arguments an operator takes: a label and five (category, amount) pairs. */
const MAX_ARITY = 11
/** Numbers spelled out inside text. */
const SPELLED_OPERAND_BITS = 15
/** A number shown to three decimals, where the outputs show them: a sum of three inputs over a thousand. */
const THOUSANDTHS_OPERAND_BITS = 26
/** A number written with exactly three decimals (`1.750`, `10.045`), not a thousands group (`1,250`) or a longer fraction. */
export const THOUSANDTHS = /(?<![\d,.])\d+\.\d{3}(?![\d.])/u
const CLOCK_STEPS = [5, 10, 15, 30, 60]
/** A clock reading, or one rounded to a step of the clock. */
const CLOCK_READING_BITS = 12
/** A clock reading written back may come from a longer computation: `round(seconds / distance)`. */
const CLOCK_OPERAND_BITS = 24
/** Words that floor an amount at nothing without naming 0. */
const ZERO_FLOOR_WORDS = [
  'before the start',
  'below zero',
  'below nothing',
  'never negative',
  'not negative',
  'less than nothing',
  'at least nothing'
]
/** What a remainder is taken of stays plain. */
const DIVIDED_OPERAND_BITS = 9
/** Values compared with each other are plainer still: `attendance < score`, `a + b > c`. */
const RELATED_OPERAND_BITS = 9
/** What relating two values costs beyond the comparison, unless the words speak of relating them. */
const RELATION_BITS = 2
/** Text a mask is applied to: an input or a piece of one. */
const MASKED_OPERAND_BITS = 12
/** What is written in two units (`1 h 25 min`) may be a span of two clock readings or a conversion. */
const UNITS_OPERAND_BITS = 20
const UNITS = ['unitsText', 'unitsTextShort', 'bigUnitsText', 'bigUnitsTextShort'] as const
/** Masks of all the characters, of the digits, of each word. */
const MASKS = ['maskCharacters', 'maskDigits', 'maskWords'] as const
/** How many characters a mask keeps at either end. */
const MASK_COUNTS = [0, 1, 2, 3, 4]
const RELATION_WORDS = [
  'than',
  'same',
  'equal',
  'equals',
  'match',
  'matches',
  'higher',
  'lower',
  'bigger',
  'smaller',
  'larger',
  'enough',
  'covers',
  'exceeds',
  'within',
  'between',
  'beats',
  'wins',
  'winner',
  'winning',
  'longer',
  'shorter',
  'older',
  'younger',
  'cheaper',
  'compared',
  'against',
  'versus',
  'tie',
  'draw',
  'meets',
  'reaches',
  'confirm',
  'confirmation',
  'identical',
  'sides',
  'before',
  'after'
]
/**
 * What a relation costs more when both sides read the same inputs: `Math.abs(weight - 20) < weight` is a
 * cut on the weight written roundabout, never waived by the words.
 */
export const ROUNDABOUT_BITS = 3
/** Conditions joined with && or || are small ones. */
const JOINED_CONDITION_BITS = 16
/** The most an input giving the places letters are shifted by may cost. */
const SHIFT_BITS = 8
/** The most a text fitted to a field may cost: an input tidied and put in capitals. */
const FITTED_OPERAND_BITS = 16
/** A gap between neighbouring example values wider than this share of the values is a question. */
const WIDE_GAP = 0.25

const NUMBER_BINARY: OperatorName[] = ['add', 'subtract', 'multiply', 'divide', 'min', 'max']
const PERCENTAGES: OperatorName[] = ['percentOff', 'percentOn', 'percentChange']
const SHARES: OperatorName[] = ['percentOff', 'percentOn']
const NUMBER_LISTS: OperatorName[] = [
  'listSum',
  'listMean',
  'listMedian',
  'listLowest',
  'listHighest',
  'listCount',
  'listHighestEntry',
  'listLowestEntry'
]
const NUMBER_UNARY: OperatorName[] = ['abs', 'negate', 'floor', 'ceil', 'round', 'roundCents']
const TEXT_UNARY: OperatorName[] = ['upper', 'lower', 'capitalise', 'trim', 'initial', 'lettersAndDigits', 'digitsOnly']
const LIST_UNARY: OperatorName[] = [
  'eachLower',
  'eachUpper',
  'eachCapitalised',
  'titleCase',
  'eachInitial',
  'eachLettersAndDigits',
  'reversed',
  'allButFirst',
  'allButLast'
]
/** Known sequences written from a number, and read back from text. */
const SEQUENCES_TO_TEXT: OperatorName[] = [
  'monthName',
  'monthShortName',
  'weekdayName',
  'weekdayShortName',
  'ordinal',
  'romanNumeral',
  'alphabetLetter'
]
/** Numbers a date (days since 1970-01-01) is made of. */
const DATE_PARTS: OperatorName[] = ['dayOfMonth', 'monthOf', 'yearOf']
const SEQUENCES_FROM_TEXT: OperatorName[] = ['monthNumber', 'weekdayNumber', 'letterPosition']
const ORDER: OperatorName[] = ['less', 'lessOrEqual', 'greater', 'greaterOrEqual']
/** Each order relation with its operands swapped. */
const MIRRORED: Partial<Record<OperatorName, OperatorName>> = {
  less: 'greater',
  greater: 'less',
  lessOrEqual: 'greaterOrEqual',
  greaterOrEqual: 'lessOrEqual'
}

type Accept = (operand: Entry) => boolean

/**
 * Readings that place a value on a scale without measuring an amount: a date, a weekday's or a
 * month's number. Not a clock reading: "25:30" may be a time of day or a duration (a pace divides it).
 */
const POINT_READINGS: ReadonlySet<string> = new Set(['dateValue', 'weekdayNumber', 'monthNumber'])

/**
 * Whether a program is a point on a scale: a reading of one, moved by a constant (`weekdayNumber(day) + 1`),
 * or cut to a coarser unit (`Math.floor(monthNumber(month) / 3)`).
 */
export function isPoint(program: Program): boolean {
  if (program.kind !== 'apply') return false
  if (POINT_READINGS.has(program.operator)) return true
  const [first, second] = program.args
  if (['floor', 'ceil', 'round'].includes(program.operator)) return isPoint(first!)
  if (['add', 'subtract', 'divide', 'remainder'].includes(program.operator)) return second?.kind === 'constant' && isPoint(first!)
  return program.operator === 'add' && first?.kind === 'constant' && isPoint(second!)
}

/** Whether two values combine by an arithmetic operator: points are only compared, moved and measured between (`later - earlier`). */
const pointsCombine =
  (operator: OperatorName) =>
  (left: Entry, right: Entry): boolean => {
    const points = Number(isPoint(left.program)) + Number(isPoint(right.program))
    if (operator === 'multiply' || operator === 'divide') return points === 0
    if (operator === 'add') return points < 2
    return true
  }

/** The ways operators are applied at one level of the bank. */
interface Growers {
  unary(operator: OperatorName, type: SynthType, accept?: Accept): void
  withConstant(operator: OperatorName, type: SynthType, constants: readonly Entry[], accept?: Accept): void
  /** `pairBits`: what a pair costs beyond `extraBits` (a relation of a quantity with itself); `acceptPair`: whether two operands combine. */
  pairs(
    operator: OperatorName,
    type: SynthType,
    maxBits?: number,
    extraBits?: number,
    accept?: Accept,
    pairBits?: (left: Entry, right: Entry) => number,
    acceptPair?: (left: Entry, right: Entry) => boolean
  ): void
}

/** What share of the bank each type may take: text only where it can lead to the output. */
function quotaOf(outputType: ValueType, freeText: boolean, maxEntries: number): Record<SynthType, number> {
  const shares: Record<SynthType, number> =
    outputType === 'string'
      ? { number: 0.3, boolean: 0.25, string: 0.4, list: freeText ? 0.05 : 0 }
      : freeText
        ? { number: 0.35, boolean: 0.35, string: 0.2, list: 0.1 }
        : { number: 0.5, boolean: 0.5, string: 0, list: 0 }
  return {
    number: maxEntries * shares.number,
    boolean: maxEntries * shares.boolean,
    string: maxEntries * shares.string,
    list: maxEntries * shares.list
  }
}

/** A number written out: never cut at a separator (`String(year / 100)` cut at its point is how JavaScript writes a fraction, not a rule). */
const writesANumber = (operand: Entry): boolean => containsOperator(operand.program, ['toText'])

/** A whole numeric input written out as its digits (`String(year)`). */
const writtenInput = (operand: Entry): boolean =>
  operand.program.kind === 'apply' &&
  operand.program.operator === 'toText' &&
  operand.program.args[0]!.kind === 'input' &&
  operand.values.every((value) => typeof value === 'string' && /^\d+$/u.test(value))

export class Bank {
  readonly entries: Entry[] = []
  readonly rows: number
  readonly exampleRows: number
  private readonly byLevel = new Map<SynthType, Entry[][]>()
  private readonly byExampleKey = new Map<string, Entry[]>()
  /** Entries by a hash of their type and every value: the candidates for observational equivalence. */
  private readonly byValues = new Map<number, Entry[]>()
  private readonly offsets: Entry[]
  private readonly factors: Entry[]
  private readonly mentionedConstants: Entry[]
  /** The one percentage the words state ("12% off"), as a constant. */
  private readonly statedShares: Entry[]
  /** Steps the words round to ("to the nearest 50 m"), made once. */
  private readonly roundingSteps: Entry[]
  private readonly moduli: Entry[]
  /** Widths a number is padded to with zeros: the usual ones, and those the feature names. */
  private readonly widths: Entry[]
  private readonly separators: Entry[]
  private readonly categoryConstants = new Map<string, Entry[]>()
  /** Text inputs whose every example is a clock reading ("07:15", "1:45:00"). */
  private readonly clockInputs: ReadonlySet<string>
  /** Text inputs that are lists of numbers ("32, 18, 25"). */
  private readonly numberListInputs: ReadonlySet<string>
  private readonly labelledInputs: ReadonlySet<string>
  /** The marks the number lists use (`X`, `M`): naming one costs the choice among them, not its spelling. */
  private listMarks: Entry[] = []
  /** Text inputs whose every example is a date ("2026-03-28"). */
  private readonly dateInputs: ReadonlySet<string>
  /** Text inputs every example writes a number in, beside other marks ("1:76"): their last number is a quantity. */
  private readonly numberedTexts: ReadonlySet<string>
  /** Text inputs whose every value is a number and its unit ("4%", "12.5 kg"). */
  private readonly measuredTexts: ReadonlySet<string>
  /** Where text splits into words: the separators, and spaces-or-hyphens where some text has both. */
  private readonly wordSeparators: Entry[]
  /** Sizes text is cut into groups of: the usual ones, and those the feature names. */
  private readonly chunkSizes: Entry[]
  /** Least values the words give a computed amount: the numbers they name, and nothing where they say so. */
  private readonly floors: Entry[]
  /** Lengths the words give in characters ("the last three characters"). */
  private readonly statedLengths: Entry[]
  /** Steps clock readings are rounded to: 5, 10, 15, 30 and 60 minutes. */
  private readonly clockSteps: Entry[]
  private readonly pointConstants: Entry[]
  /** Inputs whose values the rows give (not quantities worked out from them). */
  private readonly rowColumns: ReadonlySet<string>
  /** Which kinds of values are worth building for this output. */
  private readonly builds: { text: boolean; lists: boolean; spelled: boolean }
  private readonly quota: Record<SynthType, number>
  private readonly counts: Record<SynthType, number> = { number: 0, string: 0, boolean: 0, list: 0 }
  level = 0
  truncated = false
  evaluated = 0

  constructor(
    readonly table: ExampleTable,
    readonly probeInputs: ReadonlyArray<Record<string, Value>>,
    readonly prior: Prior,
    readonly limits: BankLimits,
    /** The type of the output searched for: text is only built where it can lead there. */
    readonly outputType: ValueType
  ) {
    this.exampleRows = table.rows
    this.rows = table.rows + probeInputs.length
    for (const type of ['number', 'string', 'boolean', 'list'] as const) this.byLevel.set(type, [])
    const freeText = table.columns.some((column) => column.type === 'string' && !column.categorical)
    this.builds = { text: outputType === 'string' || freeText, lists: freeText, spelled: outputType === 'string' }
    this.quota = quotaOf(outputType, freeText, limits.maxEntries)
    const mentioned = [...prior.mentioned]
    this.offsets = [...new Set([...OFFSETS, ...mentioned])].map((value) => this.literal(value))
    this.factors = [...new Set([...FACTORS, ...mentioned])]
      .filter((value) => value !== 0 && value !== 1)
      .map((value) => this.literal(value))
    this.mentionedConstants = mentioned.map((value) => this.literal(value))
    // Nothing is a floor the words may give without a number: "never before the start", "it cannot go below zero".
    this.floors = [...new Set([...mentioned, ...(prior.cued(...ZERO_FLOOR_WORDS) ? [0] : [])])].map((value) => this.literal(value))
    // One share the words state is the rule's ("members get 12% off"); several belong to bands, which
    // the bands' own readings place (a share per band of a quantity the words define).
    this.statedShares = prior.percentages.size === 1 ? [...prior.percentages].map((value) => this.literal(value)) : []
    this.roundingSteps = prior.roundingSteps.map((step) => this.literal(step))
    this.chunkSizes = [
      ...new Set([
        ...CHUNK_SIZES,
        ...mentioned.filter((value) => Number.isInteger(value) && value > 1 && value <= 8),
        ...prior.lengths,
        ...(limits.cutLength === undefined ? [] : [limits.cutLength])
      ])
    ].map((value) => this.literal(value))
    this.statedLengths = [...prior.lengths].filter((value) => Number.isInteger(value) && value >= 1).map((value) => this.literal(value))
    this.widths = [...new Set([...PAD_WIDTHS, ...mentioned.filter((value) => Number.isInteger(value) && value > 2 && value <= 12)])].map(
      (value) => this.literal(value)
    )
    this.moduli = [
      ...new Set([...SMALL_MODULI, ...learnModuli(table), ...mentioned.filter((value) => Number.isInteger(value) && value > 1)])
    ].map((value) => this.literal(value))
    this.pointConstants = this.pointsOf(mentioned)
    this.rowColumns = new Set(table.columns.filter((column) => column.derived !== true).map((column) => column.name))
    this.separators = [...new Set([...SEPARATORS, ...learnSeparators(table)])].map((value) => this.literal(value))
    this.wordSeparators = this.wordSeparatorsOf(table)
    // Choosing one of the usual steps of a clock costs the bits of the choice, not the number's digits.
    const clockStepBits = 1 + Math.log2(CLOCK_STEPS.length)
    this.clockSteps = CLOCK_STEPS.map((value) => ({ ...this.newLiteral(value), bits: clockStepBits, level: toLevel(clockStepBits) }))
    this.numberListInputs = new Set(
      table.columns.filter((column) => column.type === 'string' && isNumberListColumn(column.values)).map((column) => column.name)
    )
    this.labelledInputs = new Set(
      table.columns.filter((column) => column.type === 'string' && column.values.every(isLabelledList)).map((column) => column.name)
    )
    this.clockInputs = new Set(
      table.columns.filter((column) => column.type === 'string' && column.values.every(isClockText)).map((column) => column.name)
    )
    this.dateInputs = new Set(
      table.columns.filter((column) => column.type === 'string' && column.values.every(isDateText)).map((column) => column.name)
    )
    this.numberedTexts = numberedTextInputs(table, new Set([...this.clockInputs, ...this.dateInputs, ...this.numberListInputs]))
    this.measuredTexts = measuredTextInputs(table, new Set([...this.clockInputs, ...this.dateInputs, ...this.numberListInputs]))
    this.learnCategories()
    this.learnListMarks()
  }

  /** Where text splits into words: the separators, spaces-or-hyphens where some text has both, and any run of marks. */
  private wordSeparatorsOf(table: ExampleTable): Entry[] {
    const spacedAndHyphenated = table.columns.some(
      (column) => column.type === 'string' && (column.values as string[]).some((value) => /\s/.test(value) && /\w-\w/.test(value))
    )
    // Text whose words stand between marks of three kinds or more ("smtp.host", "log-level", "flag: dark mode"): any run of them.
    const marks = new Set(
      table.columns
        .filter((column) => column.type === 'string' && !column.categorical)
        .flatMap((column) => (column.values as string[]).flatMap((value) => [...value.matchAll(/[^\p{L}\p{N}]/gu)].map((mark) => mark[0])))
    )
    // A choice among the separators, costed as one: not the characters that stand for it; a bit more for each mark kept in words.
    const choice = (separator: string, bits: number): Entry => ({ ...this.newLiteral(separator), bits, level: toLevel(bits) })
    const joiners = joiningMarks(table)
    return [
      ...this.separators,
      ...(spacedAndHyphenated ? [this.literal(SPACES_OR_HYPHENS)] : []),
      ...(marks.size >= 3 ? [choice(NON_WORD_RUNS, this.literal(' ').bits + 1)] : []),
      ...(marks.size >= 3 && joiners !== '' ? [choice(nonWordRunsJoining(joiners), this.literal(' ').bits + 1 + joiners.length)] : [])
    ]
  }

  /** The marks the number lists use, each a choice among them. */
  private learnListMarks(): void {
    const marks = [
      ...new Set(
        this.table.columns
          .filter((column) => this.numberListInputs.has(column.name))
          .flatMap((column) => (column.values as string[]).flatMap(marksIn))
      )
    ]
    this.listMarks = marks.map((mark) => ({
      ...this.newLiteral(mark),
      bits: 1 + Math.log2(marks.length),
      level: toLevel(1 + Math.log2(marks.length))
    }))
  }

  /** Naming one of a few known categories costs the bits to choose among them, not its spelling. */
  private learnCategories(): void {
    for (const column of this.table.columns) {
      if (!column.categorical) continue
      const categories = [...new Set(column.values as string[])]
      const bits = 1 + Math.log2(categories.length)
      this.categoryConstants.set(
        column.name,
        categories.map((value) => ({ ...this.newLiteral(value), bits, level: toLevel(bits) }))
      )
    }
  }

  /**
   * The numbers a value is tested for equality with: 0, 1 and those the words name. A number the
   * words name as a bound ("at most 5", "2 or more") is a cut more than a point: an equality with
   * it (`loans !== 5`, `coats === 2`) is doubted, within the confidence margin.
   */
  private pointsOf(mentioned: readonly number[]): Entry[] {
    return [...new Set([0, 1, ...mentioned])].map((value) => {
      const entry = this.literal(value)
      if (!this.prior.cutSides.has(value)) return entry
      const bits = entry.bits + BOUND_POINT_BITS
      return { ...entry, bits, level: toLevel(bits) }
    })
  }

  private readonly literals = new Map<string, Entry>()

  private literal(value: SynthValue): Entry {
    const cacheKey = typeof value + valueKey(value)
    const known = this.literals.get(cacheKey)
    if (known !== undefined) return known
    const entry = this.newLiteral(value)
    this.literals.set(cacheKey, entry)
    return entry
  }

  private newLiteral(value: SynthValue): Entry {
    const bits = this.prior.constantBits(value)
    return {
      program: constant(value),
      type: Array.isArray(value) ? 'list' : (typeof value as ValueType),
      bits,
      level: toLevel(bits),
      values: new Array(this.rows).fill(value),
      exampleKey: '',
      literal: true,
      order: -1
    }
  }

  at(type: SynthType, level: number): readonly Entry[] {
    return this.byLevel.get(type)![level] ?? []
  }

  /** Non-literal entries of a type, cheapest first. */
  all(type: SynthType, maxBits = Infinity): Entry[] {
    const found: Entry[] = []
    for (const bucket of this.byLevel.get(type)!) for (const entry of bucket ?? []) if (entry.bits <= maxBits) found.push(entry)
    return found
  }

  /** Entries whose example values are exactly these (all alternatives the probes tell apart). */
  withExampleValues(type: SynthType, values: readonly SynthValue[]): readonly Entry[] {
    return this.byExampleKey.get(type[0] + values.map((value) => valueKey(value) + '\u0001').join('')) ?? []
  }

  get full(): boolean {
    return this.entries.length >= this.limits.maxEntries
  }

  /** Builds the next level; false when nothing more can be built. */
  grow(): boolean {
    if (this.level >= this.limits.maxLevel || this.full) return false
    const level = this.level + 1
    for (const buckets of this.byLevel.values()) buckets[level] = []
    this.growLeaves(level)
    this.growApplications(level)
    this.growThresholds(level)
    this.level = level
    return true
  }

  /** The type and the example values as one key (every example row has a value). */
  private exampleKeyOf(type: SynthType, values: ReadonlyArray<SynthValue | undefined>): string {
    let key = type[0]!
    for (let row = 0; row < this.exampleRows; row++) key += valueKey(values[row]!) + '\u0001'
    return key
  }

  /** Whether the examples' values differ somewhere: one that does not is a constant. */
  private variesOnExamples(values: ReadonlyArray<SynthValue | undefined>): boolean {
    for (let row = 1; row < this.exampleRows; row++) if (!sameKey(values[0], values[row])) return true
    return false
  }

  /** A hash of the type and every value (examples and probes): equivalent entries share it. */
  private valuesHash(type: SynthType, values: ReadonlyArray<SynthValue | undefined>): number {
    let hash = type.charCodeAt(0)
    for (let row = 0; row < this.rows; row++) {
      hash = Math.imul(hash ^ valueHash(values[row]), 0x5bd1e995)
      hash ^= hash >>> 15
    }
    return hash
  }

  /** True when an entry already kept has this type and these values on every example and probe. */
  private known(type: SynthType, hash: number, values: ReadonlyArray<SynthValue | undefined>): boolean {
    const similar = this.byValues.get(hash)
    if (similar === undefined) return false
    return similar.some((entry) => entry.type === type && this.sameEverywhere(entry.values, values))
  }

  private sameEverywhere(a: ReadonlyArray<SynthValue | undefined>, b: ReadonlyArray<SynthValue | undefined>): boolean {
    for (let row = 0; row < this.rows; row++) if (!sameKey(a[row], b[row])) return false
    return true
  }

  private store(entry: Entry, hash: number): void {
    const equivalent = this.byValues.get(hash)
    if (equivalent === undefined) this.byValues.set(hash, [entry])
    else equivalent.push(entry)
    this.entries.push(entry)
    this.counts[entry.type]++
    ;(this.byLevel.get(entry.type)![entry.level] ??= []).push(entry)
    const similar = this.byExampleKey.get(entry.exampleKey)
    if (similar === undefined) this.byExampleKey.set(entry.exampleKey, [entry])
    else similar.push(entry)
  }

  /**
   * Most applications are rejected (undefined on an example, no change, no variation, a value
   * already kept): they are evaluated into this buffer, and only a kept one gets its own copy.
   */
  private readonly scratch: Array<SynthValue | undefined> = []
  /** Argument arrays by arity, reused across evaluations (operators never keep them). */
  private readonly argumentsByArity: SynthValue[][] = Array.from({ length: MAX_ARITY + 1 }, (_, arity) =>
    new Array<SynthValue>(arity).fill(undefined as never)
  )

  /**
   * The operator's values on rows `from` to `to` into the scratch buffer (undefined where an
   * operand or the operator is). False when undefined on an example row: no program there.
   */
  private evaluateRows(operator: OperatorName, operands: readonly Entry[], from: number, to: number): boolean {
    const applied = this.appliedOf(operator)
    if (operands.length === 2 && applied.pairLoop)
      return pairRows(operator as PairOperator, operands[0]!.values, operands[1]!.values, this.scratch, from, to, this.exampleRows)
    if (operands.length === 1 && applied.singleLoop)
      return singleRows(operator as SingleOperator, operands[0]!.values, this.scratch, from, to, this.exampleRows)
    const apply = applied.apply
    const args = this.argumentsByArity[operands.length]!
    for (let row = from; row < to; row++) {
      let defined = true
      for (let index = 0; index < operands.length; index++) {
        const value = operands[index]!.values[row]
        if (value === undefined) {
          defined = false
          break
        }
        args[index] = value
      }
      const value = defined ? apply(args) : undefined
      if (value === undefined && row < this.exampleRows) return false
      this.scratch[row] = value
    }
    return true
  }

  /**
   * What tryApply needs of the operator it applies, kept for the last one: it is called in runs
   * of the same operator, and reading the operator table by name on every call was a large share
   * of the bank's time.
   */
  private applied:
    { operator: OperatorName; result: SynthType; apply: OperatorSpec['apply']; pairLoop: boolean; singleLoop: boolean } | undefined

  private appliedOf(operator: OperatorName): NonNullable<Bank['applied']> {
    if (this.applied?.operator === operator) return this.applied
    const spec: OperatorSpec = OPERATORS[operator]
    this.applied = {
      operator,
      result: spec.result,
      apply: spec.apply,
      pairLoop: hasPairLoop(operator),
      singleLoop: hasSingleLoop(operator)
    }
    return this.applied
  }

  private deepEnough(type: SynthType): boolean {
    return this.level + 1 > this.limits.maxLevel * DEPTH[type]
  }

  /**
   * Keeps the operator applied to these operands when its values are new. The checks run in
   * order of cost: the probes are evaluated, and the program built, only for a candidate that
   * survives the examples.
   */
  private tryApply(operator: OperatorName, operands: readonly Entry[], extraBits = 0): void {
    const type = this.appliedOf(operator).result
    if (this.counts[type] >= this.quota[type] || this.deepEnough(type)) {
      this.truncated = true
      return
    }
    this.evaluated++
    // Work is the rows evaluated: the examples for every candidate, the probes for those that fit them.
    chargeWork(1 + this.exampleRows)
    const values = this.scratch
    if (!this.evaluateRows(operator, operands, 0, this.exampleRows)) return
    // An operator that changes none of the examples (rounding an integer, upper-casing digits) has no evidence.
    if (
      operands.length === 1 &&
      operands[0]!.type === type &&
      this.sameOnExamples(values, operands[0]!.values) &&
      !this.makesWhole(operator, operands[0]!)
    )
      return
    if (this.full || this.counts[type] >= this.quota[type]) {
      this.truncated = true
      return
    }
    // A value that does not vary over the examples is a constant, which is cheaper written as one.
    if (!this.variesOnExamples(values)) return
    chargeWork(this.rows - this.exampleRows)
    this.evaluateRows(operator, operands, this.exampleRows, this.rows)
    const hash = this.valuesHash(type, values)
    if (this.known(type, hash, values)) return
    const exampleKey = this.exampleKeyOf(type, values)
    const bits = this.prior.operatorBits(operator) + extraBits + operands.reduce((sum, operand) => sum + operand.bits, 0)
    const program = apply(operator, ...operands.map((operand) => operand.program))
    this.store(
      {
        program,
        type,
        bits,
        level: this.level + 1,
        values: values.slice(0, this.rows),
        exampleKey,
        literal: false,
        order: this.entries.length
      },
      hash
    )
  }

  /** Rounding, for whole outputs, of what is fractional somewhere beyond the examples. */
  private makesWhole(operator: OperatorName, operand: Entry): boolean {
    if (!this.limits.wholeOutputs || OPERATORS[operator].family !== 'rounding' || operator === 'roundCents') return false
    for (let row = this.exampleRows; row < this.rows; row++) {
      const value = operand.values[row]
      if (typeof value === 'number' && !Number.isInteger(value)) return true
    }
    return false
  }

  private sameOnExamples(a: ReadonlyArray<SynthValue | undefined>, b: ReadonlyArray<SynthValue | undefined>): boolean {
    for (let row = 0; row < this.exampleRows; row++) if (!sameKey(a[row], b[row])) return false
    return true
  }

  private growLeaves(level: number): void {
    if (toLevel(this.prior.inputBits) !== level) return
    for (const column of this.table.columns) {
      const values: Array<SynthValue | undefined> = [
        ...this.table.examples.map((example) => example.inputs[column.name]!),
        ...this.probeInputs.map((probe) => probe[column.name])
      ]
      // Inputs are always kept, even when they repeat another input's values or do not vary.
      const exampleKey = this.exampleKeyOf(column.type, values)
      this.store(
        {
          program: input(column.name, column.type),
          type: column.type,
          bits: this.prior.inputBits,
          level,
          values,
          exampleKey,
          literal: false,
          order: this.entries.length
        },
        this.valuesHash(column.type, values)
      )
    }
  }

  /** Every operator applied to operands whose levels add up to this level. */
  private growApplications(level: number): void {
    const grow = this.growersAt(level)
    this.growNumbers(level, grow)
    if (this.clockInputs.size > 0) this.growClockReadings(grow)
    if (this.dateInputs.size > 0 || this.limits.dateOutputs) this.growDates(grow, level)
    // The number a text input ends with, where every example's text ends with one beside other marks ("1:76", "size 12").
    grow.unary('lastNumber', 'string', (operand) => operand.program.kind === 'input' && this.numberedTexts.has(operand.program.name))
    // The number a text input starts with, where every example's text is a number and its unit ("4%", "12.5 kg").
    grow.unary('firstNumber', 'string', (operand) => operand.program.kind === 'input' && this.measuredTexts.has(operand.program.name))
    if (this.builds.lists) {
      // The length of a written list of numbers is no quantity: its count of entries is (`listCount`).
      grow.unary('length', 'string', (operand) => this.textInput(operand) && !this.isNumberListInput(operand))
      grow.unary('wordCount', 'list')
    }
    this.growConditions(grow)
    this.growText(grow, level)
    this.growSequences(grow)
  }

  /**
   * Known sequences (month and weekday names, ordinals, Roman numerals, letters, days of a
   * month): of plain whole numbers, or of an input's text. Outside its domain (month 13) an
   * operator is undefined, so it is tried on any operand at the cost of one example row.
   */
  private growSequences({ unary, pairs }: Growers): void {
    const plainWhole = (operand: Entry) => operand.bits <= SPELLED_OPERAND_BITS && this.integral(operand)
    const textInput = (operand: Entry) => operand.program.kind === 'input'
    for (const operator of SEQUENCES_FROM_TEXT) unary(operator, 'string', textInput)
    unary('daysInMonth', 'number', plainWhole)
    const wholeInput = (operand: Entry) => operand.program.kind === 'input' && this.integral(operand)
    pairs('daysInMonthOf', 'number', RELATED_OPERAND_BITS, 0, wholeInput)
    if (this.builds.spelled) for (const operator of SEQUENCES_TO_TEXT) unary(operator, 'number', plainWhole)
  }

  /** How operators are applied at one level: to one operand, to an operand and a constant, to two operands. */
  private growersAt(level: number): Growers {
    const unary = (operator: OperatorName, type: SynthType, accept: (operand: Entry) => boolean = () => true) => {
      if (this.deepEnough(OPERATORS[operator].result)) return
      const operandLevel = level - toLevel(this.prior.operatorBits(operator))
      for (const operand of this.at(type, operandLevel)) if (accept(operand)) this.tryApply(operator, [operand])
    }
    const withConstant = (
      operator: OperatorName,
      type: SynthType,
      constants: readonly Entry[],
      accept: (operand: Entry) => boolean = () => true
    ) => {
      if (this.deepEnough(OPERATORS[operator].result)) return
      const rest = level - toLevel(this.prior.operatorBits(operator))
      for (const literal of constants) {
        for (const operand of this.at(type, rest - literal.level)) if (accept(operand)) this.tryApply(operator, [operand, literal])
      }
    }
    /**
     * Both operands of a type, their levels adding up; `maxBits` bounds each operand, and
     * `extraBits` is what the relation itself costs beyond the operator.
     */
    const pairs = (
      operator: OperatorName,
      type: SynthType,
      maxBits = Infinity,
      extraBits = 0,
      accept: (operand: Entry) => boolean = () => true,
      pairBits?: (left: Entry, right: Entry) => number,
      acceptPair: (left: Entry, right: Entry) => boolean = () => true
    ) => {
      const result = OPERATORS[operator].result
      if (this.deepEnough(result)) return
      const rest = level - toLevel(this.prior.operatorBits(operator) + extraBits)
      const commutative = (OPERATORS[operator] as { commutative?: boolean }).commutative === true
      const maxLevel = Math.min(rest - 1, toLevel(maxBits))
      for (let leftLevel = Math.max(1, rest - maxLevel); leftLevel <= maxLevel; leftLevel++) {
        const rightLevel = rest - leftLevel
        if (commutative && leftLevel > rightLevel) break
        const lefts = this.at(type, leftLevel)
        const rights = this.at(type, rightLevel)
        for (let i = 0; i < lefts.length; i++) {
          for (let j = commutative && leftLevel === rightLevel ? i + 1 : 0; j < rights.length; j++) {
            if (this.full || this.counts[result] >= this.quota[result]) return
            if (lefts[i] === rights[j] || !accept(lefts[i]!) || !accept(rights[j]!) || !acceptPair(lefts[i]!, rights[j]!)) continue
            this.tryApply(operator, [lefts[i]!, rights[j]!], extraBits + (pairBits?.(lefts[i]!, rights[j]!) ?? 0))
          }
        }
      }
    }
    return { unary, withConstant, pairs }
  }

  private readonly isNumberListInput = (entry: Entry): boolean =>
    entry.program.kind === 'input' && this.numberListInputs.has(entry.program.name)
  private readonly integral = (entry: Entry): boolean => entry.values.slice(0, this.exampleRows).every((value) => Number.isInteger(value))
  /** Text worked on further: not a category, nor an amount written in two units (used whole, never cut up). */
  private readonly textInput = (entry: Entry): boolean => !this.isCategorical(entry) && !containsOperator(entry.program, UNITS)

  private growNumbers(level: number, { unary, withConstant, pairs }: Growers): void {
    const integral = this.integral
    for (const operator of NUMBER_UNARY)
      unary(operator, 'number', (operand) => !(operand.program.kind === 'apply' && operand.program.operator === operator))
    // Up to the next cent, only where the words say so (a share that leaves nobody short).
    if (this.prior.cued(...OPERATORS.ceilCents.words)) unary('ceilCents', 'number')
    if (this.prior.cued(...OPERATORS.floorCents.words)) unary('floorCents', 'number')
    if (this.prior.cued(...OPERATORS.roundTenths.words)) unary('roundTenths', 'number')
    // Halving and doubling (a knockout's rounds, its draw's size), only where the words speak of them.
    for (const operator of ['halvings', 'powerOfTwo'] as const) if (this.prior.cued(...OPERATORS[operator].words)) unary(operator, 'number')
    // Two computed values combined are plain ones: `hours * 60 + minutes`, `Math.max(first, Math.min(second, third))`.
    // A point on a scale (a date, a weekday's number) is compared, moved and measured from,
    // never multiplied or divided by another value, nor added to another point.
    for (const operator of NUMBER_BINARY) pairs(operator, 'number', COMBINED_OPERAND_BITS, 0, undefined, undefined, pointsCombine(operator))
    // A share of a hundred taken off or put on (a discount, a tip), where the words speak of one.
    for (const operator of PERCENTAGES) if (this.prior.cuesOperator(operator)) pairs(operator, 'number', COMBINED_OPERAND_BITS)
    // A share the words state, taken off or put on a computed amount: "members get 12% off the total".
    for (const operator of SHARES)
      if (this.prior.cuesOperator(operator)) withConstant(operator, 'number', this.statedShares, (operand) => !isPoint(operand.program))
    // One constant per step: chains of them (`(x + 2) * 3 - 1`) are the affine form's, with learnt constants.
    const unscaled = (operand: Entry) => !scaledByConstant(operand.program)
    withConstant('add', 'number', this.offsets, unscaled)
    withConstant('subtract', 'number', this.offsets, unscaled)
    // A point on a scale is moved and cut to a coarser unit, never scaled (`dateValue(date) * 2`).
    withConstant('multiply', 'number', this.factors, (operand) => unscaled(operand) && !isPoint(operand.program))
    withConstant('divide', 'number', this.factors, unscaled)
    // A floor or a ceiling the feature names, on an input: `Math.max(weight, 2)`.
    const plain = (operand: Entry) => operand.bits <= RELATED_OPERAND_BITS && unscaled(operand)
    withConstant('min', 'number', this.mentionedConstants, plain)
    withConstant('max', 'number', this.floors, plain)
    // A number rounded to the step the words name ("to the nearest 50 m"): `Math.round(metres / 50) * 50`.
    withConstant('roundTo', 'number', this.roundingSteps, (operand) => operand.bits <= RELATED_OPERAND_BITS)
    withConstant('remainder', 'number', this.moduli, (operand) => integral(operand) && divisible(operand))
    // What is left over when one count is shared out by another: `screws % size`.
    pairs('remainder', 'number', RELATED_OPERAND_BITS, 0, (operand) => !isPoint(operand.program))
    // Aggregates of a list of numbers given in one cell ("32, 18, 25").
    for (const operator of NUMBER_LISTS) unary(operator, 'string', this.isNumberListInput)
    // How many entries are one mark: an X counts 10 (`+ count * 10`), an M nothing.
    if (this.listMarks.length > 0) withConstant('listMarkCount', 'string', this.listMarks, this.isNumberListInput)
    // The amounts a list labels with a word its output is named after: the beans of a harvest log.
    const labels = (this.limits.sumLabels ?? []).map((label) => ({ ...this.newLiteral(label), bits: 1, level: toLevel(1) }))
    if (labels.length > 0)
      withConstant(
        'labelledSum',
        'string',
        labels,
        (operand) => operand.program.kind === 'input' && this.labelledInputs.has(operand.program.name)
      )
    this.growPairedSums(level)
    this.growLabelledEntries(level)
    this.growOfThree('median', level)
    this.growOfThree('mean', level)
    // A total of three inputs as one set, where the words speak of a total (else it is two sums, as before).
    if (this.prior.cued(...OPERATORS.totalOfThree.words)) this.growOfThree('totalOfThree', level)
    this.growOfThree('lowestOfThree', level)
    this.growOfThree('highestOfThree', level)
    // "The same" compares like with like: three columns that share values (reels, dice), not a name, a date and a day.
    this.growOfThree('allThreeSameNumbers', level, 'number', this.sharingValues)
    this.growOfThree('twoOfThreeSameNumbers', level, 'number', this.sharingValues)
    this.growOfThree('allThreeSame', level, 'string', this.sharingValues)
    this.growOfThree('twoOfThreeSame', level, 'string', this.sharingValues)
  }

  /** Whether each of three input columns has a value another of them has too. */
  private readonly sharingValues = (names: readonly string[]): boolean => {
    const values = names.map((name) => new Set(this.table.columns.find((column) => column.name === name)?.values ?? []))
    return values.every((own, index) => values.some((other, at) => at !== index && [...own].some((value) => other.has(value))))
  }

  /** Clock readings are read as numbers; two times of day give the time from one to the other, across midnight. */
  private growClockReadings({ unary, withConstant, pairs }: Growers): void {
    unary('clockValue', 'string', (operand) => operand.program.kind === 'input' && this.clockInputs.has(operand.program.name))
    const reading = (operand: Entry) => operand.program.kind === 'apply' && operand.program.operator === 'clockValue'
    // Clock readings rounded to the quarter hour, the five minutes: where the words speak of rounding.
    if (this.prior.cued(...OPERATORS.roundTo.words)) withConstant('roundTo', 'number', this.clockSteps, reading)
    // The time between two readings, as read or as rounded.
    const roundedReading = (operand: Entry) =>
      reading(operand) ||
      (operand.program.kind === 'apply' &&
        operand.program.operator === 'roundTo' &&
        operand.program.args[0]!.kind === 'apply' &&
        operand.program.args[0]!.operator === 'clockValue')
    pairs('clockSpan', 'number', CLOCK_READING_BITS, 0, roundedReading)
    // Hours and minutes of a time computed from readings: "7 h 45 min".
    const fromReadings = (operand: Entry) =>
      operand.bits <= CLOCK_READING_BITS &&
      containsOperator(operand.program, ['clockValue']) &&
      !containsOperator(operand.program, ['hoursPart', 'minutesPart'])
    unary('hoursPart', 'number', fromReadings)
    unary('minutesPart', 'number', fromReadings)
  }

  /** Dates are read as days; days computed from dates (or any whole number, where every output is a date) are written back as one. */
  private growDates({ unary, pairs, withConstant }: Growers, level: number): void {
    unary('dateValue', 'string', (operand) => operand.program.kind === 'input' && this.dateInputs.has(operand.program.name))
    this.movedByInput(level, 'addMonths')
    // Parts of a computed date: its day, month and year, whole years between two, a weekend moved to Monday.
    const day = (operand: Entry) =>
      operand.bits <= CLOCK_OPERAND_BITS &&
      this.integral(operand) &&
      containsOperator(operand.program, ['dateValue']) &&
      !containsOperator(operand.program, [...DATE_PARTS, 'yearsBetween'])
    for (const operator of DATE_PARTS) unary(operator, 'number', day)
    unary('weekendToMonday', 'number', (operand) => day(operand) && !containsOperator(operand.program, ['weekendToMonday']))
    pairs('yearsBetween', 'number', CLOCK_OPERAND_BITS, 0, day)
    // Working days on from a date, only where the words speak of them: by a number they name or an input.
    if (this.prior.cued(...OPERATORS.workingDaysAfter.words)) {
      const date = (operand: Entry) => day(operand) && !containsOperator(operand.program, ['workingDaysAfter', 'weekendToMonday'])
      withConstant('workingDaysAfter', 'number', this.offsets, date)
      this.movedByInput(level, 'workingDaysAfter')
    }
    if (!this.builds.spelled) return
    unary('weekdayOf', 'number', day)
    unary('monthNameOf', 'number', day)
    unary(
      'dateText',
      'number',
      (operand) =>
        operand.bits <= CLOCK_OPERAND_BITS &&
        this.integral(operand) &&
        (this.limits.dateOutputs === true || containsOperator(operand.program, ['dateValue']))
    )
  }

  /** A date input moved by a whole number of months (or working days) another input gives: `addMonths(bought, months)`. */
  private movedByInput(level: number, operator: 'addMonths' | 'workingDaysAfter'): void {
    if (this.deepEnough('number')) return
    const rest = level - toLevel(this.prior.operatorBits(operator))
    const inputs = this.all('number').filter((entry) => entry.program.kind === 'input' && this.integral(entry))
    const dates = this.all('number').filter(
      (entry) =>
        entry.program.kind === 'apply' &&
        entry.program.operator === 'dateValue' &&
        entry.program.args[0]!.kind === 'input' &&
        this.dateInputs.has(entry.program.args[0]!.name)
    )
    for (const date of dates) for (const months of inputs) if (date.level + months.level === rest) this.tryApply(operator, [date, months])
  }

  /** Conditions: divisibility, the calendar, relations between two values, and their combinations. */
  private growConditions({ unary, withConstant, pairs }: Growers): void {
    const integral = this.integral
    withConstant('divisibleBy', 'number', this.moduli, (operand) => integral(operand) && divisible(operand))
    // The calendar's own rule, on a year as it is given, where the words speak of years.
    // Only of an input that is a year by its name (year, birthYear): "years of membership" is a count.
    if (this.prior.cued(...OPERATORS.leapYear.words))
      unary(
        'leapYear',
        'number',
        (operand) => operand.program.kind === 'input' && /(^|[a-z])year$/i.test(operand.program.name) && integral(operand)
      )
    // Relations between two values, in both orders where the order matters. Comparing two
    // inputs with each other is rarer than comparing one with a cut, unless the words say so
    // (beyond the cuts they name: "thinner than 10 cm" relates the ice to 10, not to the air).
    const relating = this.prior.cuedBeyondBounds(...RELATION_WORDS) ? 0 : RELATION_BITS
    // An earlier output is worked out to be compared (the total with the par): relating it to an
    // input costs no relation bits, whatever the words.
    const derived = new Set(this.limits.derivedInputs ?? [])
    const isDerived = (entry: Entry) => entry.program.kind === 'input' && derived.has(entry.program.name)
    const roundabout = (left: Entry, right: Entry) =>
      (this.readSame(left, right) ? ROUNDABOUT_BITS : 0) - (isDerived(left) || isDerived(right) ? relating : 0)
    for (const operator of ORDER)
      if (!this.mirrorComesFirst(operator, relating)) pairs(operator, 'number', RELATED_OPERAND_BITS, relating, undefined, roundabout)
    pairs('equal', 'number', RELATED_OPERAND_BITS, relating, undefined, roundabout)
    withConstant('equal', 'number', this.pointConstants, smallOperand)
    pairs('sameText', 'string', RELATED_OPERAND_BITS, relating)
    // Two texts in alphabetical order, only where the words speak of it.
    if (this.prior.cued(...OPERATORS.alphabeticalOrder.words))
      pairs(
        'alphabeticalOrder',
        'string',
        RELATED_OPERAND_BITS,
        0,
        (operand) => operand.program.kind === 'input' && !this.isCategorical(operand)
      )
    for (const [name, categories] of this.categoryConstants) {
      withConstant('sameText', 'string', categories, (operand) => operand.program.kind === 'input' && operand.program.name === name)
    }
    // A date's weekday is one the words name ("closed on Mondays"): each such day a choice among the seven.
    const days = WEEKDAYS.filter((day) => this.prior.cued(day.toLowerCase()))
    if (days.length > 0 && this.dateInputs.size > 0)
      withConstant(
        'sameText',
        'string',
        days.map((day) => ({ ...this.newLiteral(day), bits: Math.log2(WEEKDAYS.length), level: toLevel(Math.log2(WEEKDAYS.length)) })),
        (operand) => operand.program.kind === 'apply' && operand.program.operator === 'weekdayOf'
      )
    unary('not', 'boolean')
    pairs('and', 'boolean', JOINED_CONDITION_BITS)
    pairs('or', 'boolean', JOINED_CONDITION_BITS)
  }

  /**
   * Thousandths are read off the outputs, so the number shown may be a longer one (grams summed and
   * shown in kilograms), but only one whose thousandths every example's output that shows some shows.
   */
  private thousandthsOn(unary: Growers['unary']): void {
    const thousandths = this.limits.thousandthsOutputs
    if (thousandths === undefined) return
    unary(
      'fixed3',
      'number',
      (operand) =>
        operand.bits <= THOUSANDTHS_OPERAND_BITS &&
        thousandths.every((text, row) => {
          const value = operand.values[row]
          return typeof text !== 'string' || !THOUSANDTHS.test(text) || (typeof value === 'number' && text.includes(value.toFixed(3)))
        })
    )
  }

  /** Text: case, pieces, numbers spelled out, words. */
  private growText({ unary, withConstant }: Growers, level: number): void {
    const integral = this.integral
    const textInput = this.textInput
    // Text.
    if (this.builds.text) {
      // Case, trimming and initials are for words: not for numbers spelled out.
      for (const operator of TEXT_UNARY)
        unary(
          operator,
          'string',
          (operand) =>
            textInput(operand) &&
            !spelledNumber(operand.program) &&
            !(operand.program.kind === 'apply' && operand.program.operator === operator) &&
            // One letter capitalised is the letter in upper case, and so is the first letter of a capitalised word: `upper` says it plainly.
            !(operator === 'capitalise' && operand.program.kind === 'apply' && operand.program.operator === 'initial') &&
            !(operator === 'initial' && operand.program.kind === 'apply' && operand.program.operator === 'capitalise')
        )
      for (const cut of ['before', 'after'] as const)
        withConstant(cut, 'string', this.separators, (operand) => textInput(operand) && !writesANumber(operand))
      // A text cut before its last few characters, where the words count them ("a space before the last three characters").
      if (this.prior.cued(...OPERATORS.allButLastCharacters.words) && this.statedLengths.length > 0)
        for (const operator of ['allButLastCharacters', 'lastCharacters'] as const)
          withConstant(operator, 'string', this.statedLengths, (operand) => textInput(operand) && !spelledNumber(operand.program))
      this.masksOn(level)
      this.fittedOn(level)
      this.shiftsOn(withConstant)
    }
    if (this.builds.spelled) this.unitsOn(level)
    if (this.builds.spelled) {
      // Numbers spelled out in text are plain ones: `${hours}h`, not a formula nobody reads aloud.
      const spoken = (operand: Entry) => operand.bits <= SPELLED_OPERAND_BITS
      unary('toText', 'number', spoken)
      unary('twoDigits', 'number', (operand) => spoken(operand) && integral(operand))
      if (this.limits.hexOutputs === true) unary('hexDigits', 'number', (operand) => operand.program.kind === 'input' && integral(operand))
      withConstant('padded', 'number', this.widths, (operand) => operand.program.kind === 'input' && integral(operand))
      // The last digits of a whole number written out: a year's last two, a card's last four.
      withConstant('lastCharacters', 'string', this.chunkSizes, writtenInput)
      // One decimal is for measures: a whole number shown as `3.0` is rarer than the bank it would fill.
      unary('fixed1', 'number', (operand) => spoken(operand) && !integral(operand))
      unary('fixed2', 'number', spoken)
      this.thousandthsOn(unary)
      // Thousands grouped with commas ("1,250"), only where an output shows it.
      if (this.limits.groupedOutputs === true) unary('grouped', 'number', (operand) => spoken(operand) && integral(operand))
      this.clockTextOn(unary, withConstant)
    }
    if (this.builds.lists) {
      withConstant('words', 'string', this.wordSeparators, textInput)
      // Groups of a few characters: a licence key written A1B2-C3D4.
      withConstant('chunks', 'string', this.chunkSizes, (operand) => textInput(operand) && !spelledNumber(operand.program))
      for (const operator of LIST_UNARY)
        unary(operator, 'list', (operand) => !(operand.program.kind === 'apply' && operand.program.operator === operator))
      // Words with those the description quotes left out, where it says some are ("leaving out "of" and "the"").
      const quoted = wordsToLeaveOut(this.prior.context.text ?? '')
      if (quoted.length > 0 && this.prior.cued(...OPERATORS.withoutWords.words))
        withConstant(
          'withoutWords',
          'list',
          [{ ...this.newLiteral(quoted.join(' ')), bits: 1, level: toLevel(1) }],
          (operand) => operand.program.kind === 'apply' && operand.program.operator === 'words'
        )
      unary('firstWord', 'list')
      unary('lastWord', 'list')
      // A list as a sentence writes it, only where an output joins words with "and".
      if (this.limits.listedOutputs === true) unary('listInWords', 'list')
      withConstant('join', 'list', [...this.separators, this.literal('')])
    }
  }

  /**
   * Text masked but for its first and last few characters or digits, with a mark the outputs
   * show: an input, or a piece of one (the name before the @ of an address).
   */
  private masksOn(level: number): void {
    const marks = this.limits.maskMarks ?? []
    if (marks.length === 0 || this.deepEnough('string')) return
    const rest = level - toLevel(this.prior.operatorBits('maskCharacters'))
    const texts = this.all('string', MASKED_OPERAND_BITS).filter(
      (entry) => this.textInput(entry) && !containsOperator(entry.program, MASKS)
    )
    const counts = MASK_COUNTS.map((count) => this.literal(count))
    for (const mark of marks.map((value) => this.literal(value)))
      for (const first of counts)
        for (const last of counts) {
          if (
            first.program.kind === 'constant' &&
            last.program.kind === 'constant' &&
            first.program.value === 0 &&
            last.program.value === 0
          )
            continue
          for (const text of texts)
            if (text.level + first.level + last.level + mark.level === rest)
              for (const operator of MASKS) this.tryApply(operator, [text, first, last, mark])
        }
  }

  /** Clock readings and timed results written out, where an input or the outputs are ones. */
  private clockTextOn(unary: Growers['unary'], withConstant: Growers['withConstant']): void {
    // A time read from an input, shown on the twelve-hour clock the outputs use ("7:30pm till 11pm").
    const marks = (this.limits.twelveHourMarks ?? []).map((mark) => this.literal(mark))
    const integral = this.integral
    if (marks.length > 0) {
      // A time read from an input, or else a whole number the rule computes (minutes past midnight).
      const read = (operand: Entry) =>
        this.clockInputs.size > 0
          ? operand.program.kind === 'apply' && operand.program.operator === 'clockValue'
          : operand.bits <= CLOCK_OPERAND_BITS && integral(operand)
      withConstant('twelveHourText', 'number', marks, read)
      withConstant('twelveHourShortText', 'number', marks, read)
    }
    if (this.clockInputs.size > 0 || this.limits.clockOutputs) {
      // Clock readings in or out: a rounded time, a pace per kilometre, a roasting time from a weight.
      const whole = (operand: Entry) => operand.bits <= CLOCK_OPERAND_BITS && integral(operand)
      unary('clockText', 'number', whole)
      unary('durationText', 'number', whole)
      if (this.clockInputs.size > 0)
        unary('wrappedClockText', 'number', (operand) => whole(operand) && containsOperator(operand.program, ['clockValue']))
    }
    // A count of milliseconds (or seconds) written as the time stamp every output shows ("01:02:03,045").
    const timestamp = this.limits.timestampPattern
    // The pattern is read off the outputs, not chosen: it costs nothing beside the operator.
    if (timestamp !== undefined)
      withConstant(
        'timestampText',
        'number',
        [{ ...this.newLiteral(timestamp), bits: 0, level: toLevel(0) }],
        (operand) => operand.bits <= CLOCK_OPERAND_BITS && integral(operand)
      )
    if (this.limits.timedOutputs) {
      // Seconds as a results board shows them, to the tenth or the hundredth.
      const plain = (operand: Entry) => operand.bits <= CLOCK_OPERAND_BITS
      unary('timedTenths', 'number', plain)
      unary('timedHundredths', 'number', plain)
    }
  }

  /** Letters moved along the alphabet by a whole number an input gives, or by one the words name (13 places). */
  private shiftsOn(withConstant: Growers['withConstant']): void {
    const shifts = [
      ...this.all('number', SHIFT_BITS).filter((entry) => entry.program.kind === 'input' && this.integral(entry)),
      ...[...new Set([13, ...[...this.prior.mentioned].filter((value) => Number.isInteger(value) && value > 0 && value < 26)])].map(
        (value) => this.literal(value)
      )
    ]
    withConstant('shiftedLetters', 'string', shifts, (operand) => this.textInput(operand) && !spelledNumber(operand.program))
  }

  /** Text fitted to the width every output has, filled up with a mark some show: a text input or a tidied one. */
  private fittedOn(level: number): void {
    const field = this.limits.fittedField
    if (field === undefined || this.deepEnough('string')) return
    const rest = level - toLevel(this.prior.operatorBits('fittedText'))
    const texts = this.all('string', FITTED_OPERAND_BITS).filter((entry) => this.textInput(entry))
    for (const width of field.widths.map((value) => this.literal(value)))
      for (const fill of field.fills.map((mark) => this.literal(mark)))
        for (const text of texts) if (text.level + width.level + fill.level === rest) this.tryApply('fittedText', [text, width, fill])
  }

  /**
   * An amount written in two units the outputs name (`7 lb 8 oz`, `1 h 25 min`): a whole amount
   * of the small unit, or an amount of the big one to the nearest small one, never negative on
   * the examples, by a modulus the bank knows (16, 60). The labels are read off the outputs: naming
   * them is a choice among the pairs found, not their spelling.
   */
  private unitsOn(level: number): void {
    const pairs = this.limits.unitLabels ?? []
    if (pairs.length === 0 || this.deepEnough('string')) return
    const rest = level - toLevel(this.prior.operatorBits('unitsText'))
    const choice = 1 + Math.log2(pairs.length)
    const amounts = this.all('number', UNITS_OPERAND_BITS).filter((entry) =>
      entry.values.slice(0, this.exampleRows).every((value) => (value as number) >= 0)
    )
    const sizes = this.moduli.filter((entry) => (entry.program as { value: number }).value >= 2)
    for (const [big, small] of pairs) {
      const bigLabel = { ...this.newLiteral(big), bits: choice, level: toLevel(choice) }
      const smallLabel = { ...this.newLiteral(small), bits: 0, level: 0 }
      for (const size of sizes)
        for (const amount of amounts) {
          if (amount.level + size.level + bigLabel.level !== rest) continue
          const operators = this.integral(amount) ? UNITS.slice(0, 2) : UNITS.slice(2)
          for (const operator of operators) this.tryApply(operator, [amount, size, bigLabel, smallLabel])
        }
    }
  }

  /**
   * `b > a` is `a < b` on every row. Both are enumerated over the same operand pairs, so the one
   * enumerated second (at a higher level, or later in ORDER at the same level) can only repeat
   * the first one's values, or be refused for the same reason: it is not enumerated at all.
   */
  private readonly inputsOf = new Map<Entry, readonly string[]>()

  /** Whether two values read the same inputs (a relation of a quantity with itself). */
  private readSame(left: Entry, right: Entry): boolean {
    const [a, b] = [left, right].map((entry) => {
      let known = this.inputsOf.get(entry)
      if (known === undefined) this.inputsOf.set(entry, (known = inputsUsed(entry.program)))
      return known
    })
    return a!.length === b!.length && a!.every((name) => b!.includes(name))
  }

  private mirrorComesFirst(operator: OperatorName, extraBits: number): boolean {
    const mirror = MIRRORED[operator]
    if (mirror === undefined) return false
    const own = toLevel(this.prior.operatorBits(operator) + extraBits)
    const mirrored = toLevel(this.prior.operatorBits(mirror) + extraBits)
    return mirrored < own || (mirrored === own && ORDER.indexOf(mirror) < ORDER.indexOf(operator))
  }

  /** The middle, the mean, the lowest or the highest of three inputs. */
  /**
   * Inputs given as (category, amount) pairs — `cat1`/`amount1`, `cat2`/`amount2`: the same names
   * numbered — give the sum of the amounts of each category. The pairs are named as one set (a
   * bit) and the category as a choice among those the rows show.
   */
  private growPairedSums(level: number): void {
    const pairs = inputPairsOf(this.table)
    const operator = PAIRED_SUMS[pairs.length - 2]
    if (operator === undefined) return
    const categories = [...new Set(pairs.flatMap(([category]) => this.table.examples.map((example) => example.inputs[category])))]
    const labelBits = 1 + Math.log2(categories.length)
    if (toLevel(this.prior.operatorBits(operator) + labelBits + 1) !== level) return
    const inputs = new Map(
      this.all('number')
        .concat(this.all('string'))
        .filter((entry) => entry.program.kind === 'input')
        .map((entry) => [(entry.program as { name: string }).name, entry])
    )
    const operands = pairs.flatMap(([category, amount]) => [inputs.get(category), inputs.get(amount)])
    if (operands.some((operand) => operand === undefined)) return
    const named = operands.reduce((sum, operand) => sum + operand!.bits, 0)
    for (const category of categories) {
      if (typeof category !== 'string') continue
      const label = { ...this.newLiteral(category), bits: labelBits, level: toLevel(labelBits) }
      this.tryApply(operator, [label, ...(operands as Entry[])], 1 - named)
    }
  }

  /**
   * Text inputs that each hold one labelled amount ("kitchen 3", "front desk 2.5") give the sum of
   * the amounts of each label, as (category, amount) pairs do: the cells are named as one set (a
   * bit) and the label as a choice among those the rows show.
   */
  private growLabelledEntries(level: number): void {
    const cells = this.all('string').filter(
      (entry) =>
        entry.program.kind === 'input' &&
        this.table.examples.every((example) => {
          const value = example.inputs[(entry.program as { name: string }).name]
          return typeof value === 'string' && labelledEntry(value) !== undefined
        })
    )
    const operator = LABELLED_ENTRY_SUMS[cells.length - 2]
    if (operator === undefined) return
    const labels = [
      ...new Set(
        cells.flatMap((cell) =>
          this.table.examples.map((example) => labelledEntry(example.inputs[(cell.program as { name: string }).name] as string)!.label)
        )
      )
    ]
    // A label for each cell is no category: the cells are open text.
    if (labels.length * 2 > cells.length * this.table.examples.length) return
    const labelBits = 1 + Math.log2(labels.length)
    if (toLevel(this.prior.operatorBits(operator) + labelBits + 1) !== level) return
    const named = cells.reduce((sum, cell) => sum + cell.bits, 0)
    for (const label of labels) {
      const literal = { ...this.newLiteral(label), bits: labelBits, level: toLevel(labelBits) }
      this.tryApply(operator, [literal, ...cells], 1 - named)
    }
  }

  private growOfThree(
    operator: OperatorName,
    level: number,
    type: 'number' | 'string' = 'number',
    alike: (names: readonly string[]) => boolean = () => true
  ): void {
    const rest = level - toLevel(this.prior.operatorBits(operator))
    const columns = this.table.columns.filter((column) => column.type === type)
    if (columns.length < 3) return
    const inputs = this.all(type).filter((entry) => entry.program.kind === 'input')
    for (let a = 0; a < inputs.length; a++) {
      for (let b = a + 1; b < inputs.length; b++) {
        for (let c = b + 1; c < inputs.length; c++) {
          const operands = [inputs[a]!, inputs[b]!, inputs[c]!]
          // Three inputs are named as one set (prior.ts `inputSetBits`), not one by one.
          const setBits = this.prior.inputSetBits(operands.map((operand) => operand.program))!
          if (toLevel(setBits) !== rest) continue
          if (!alike(operands.map((operand) => (operand.program.kind === 'input' ? operand.program.name : '')))) continue
          this.tryApply(operator, operands, setBits - operands.reduce((sum, operand) => sum + operand.bits, 0))
        }
      }
    }
  }

  /**
   * Learnt thresholds: between each two neighbouring example values of a small operand, one cut
   * at the number a person would write (a number the feature mentions, else a round number
   * inside the gap: 85 and 91 give `score >= 90`). A wide gap (30 and 50) gets a cut at each
   * end as well, so the confidence test sees that the examples do not place it.
   */
  private growThresholds(level: number): void {
    for (const operator of ORDER) {
      const rest = level - toLevel(this.prior.operatorBits(operator))
      for (let operandLevel = 1; operandLevel < rest; operandLevel++) {
        for (const operand of this.cuttableAt(operandLevel)) {
          for (const cut of this.cutsAt(operand, rest - operandLevel))
            if (cut.operators.includes(operator)) this.tryApply(operator, [operand, cut.literal])
        }
      }
    }
  }

  /** The cuttable numbers of a level built already (a built level gets no more entries), in their order. */
  private readonly cuttableByLevel: Entry[][] = []

  private cuttableAt(level: number): readonly Entry[] {
    return (this.cuttableByLevel[level] ??= this.at('number', level).filter((operand) => this.cuttable(operand)))
  }

  /**
   * A cut is placed on a plain quantity: an input, a difference or a sum of two, a length. A cut
   * on `bmi * 25` or `score / (score - attendance)` is a cut on something nobody measures.
   */
  private cuttable(operand: Entry): boolean {
    if (operand.bits > COMPARED_OPERAND_BITS || inputReferences(operand.program) > 2) return false
    const program = operand.program
    if (
      program.kind === 'apply' &&
      program.args.length === 2 &&
      program.args.some((argument) => argument.kind === 'constant') &&
      ['add', 'subtract', 'multiply', 'divide'].includes(program.operator)
    )
      return false
    return true
  }

  private readonly cuts = new Map<Entry, Array<{ literal: Entry; operators: readonly OperatorName[] }>>()
  private readonly cutLevels = new Map<Entry, Map<number, Array<{ literal: Entry; operators: readonly OperatorName[] }>>>()

  /** The cuts of an operand at one level, in cutsOf's order: each level asks for its own. */
  private cutsAt(operand: Entry, level: number): ReadonlyArray<{ literal: Entry; operators: readonly OperatorName[] }> {
    let byLevel = this.cutLevels.get(operand)
    if (byLevel === undefined) {
      byLevel = new Map()
      for (const cut of this.cutsOf(operand)) {
        const atLevel = byLevel.get(cut.literal.level)
        if (atLevel === undefined) byLevel.set(cut.literal.level, [cut])
        else atLevel.push(cut)
      }
      this.cutLevels.set(operand, byLevel)
    }
    return byLevel.get(level) ?? []
  }

  /**
   * The cuts of an operand, as constants, each with the comparisons that split its own gap
   * (`x >= 12` and `x < 12` for the gap below 12; `x <= 11` and `x > 11` for the gap above 11).
   * A cut is named by its gap among the example values (the examples place it; the convention
   * writes its number), so it costs the bits to choose a gap, not the digits of its value —
   * plus one bit for the alternatives of a wide gap.
   */
  private cutsOf(operand: Entry): Array<{ literal: Entry; operators: readonly OperatorName[] }> {
    const known = this.cuts.get(operand)
    if (known !== undefined) return known
    const distinct = [...new Set(operand.values.slice(0, this.exampleRows) as number[])].sort((a, b) => a - b)
    const gapBits = 1 + Math.log2(Math.max(1, distinct.length - 1))
    const integral = distinct.every((value) => Number.isInteger(value))
    // Minutes of a time of day: a cut is round on the clock.
    const onClock = operand.program.kind === 'apply' && operand.program.operator === 'clockValue'
    const placedByRows = operand.program.kind === 'input' && this.rowColumns.has(operand.program.name)
    const cuts = new Map<string, { value: number; bits: number; operators: readonly OperatorName[] }>()
    const BELOW: readonly OperatorName[] = ['greaterOrEqual', 'less']
    const ABOVE: readonly OperatorName[] = ['greater', 'lessOrEqual']
    const add = (value: number, bits: number, lower: number) => {
      const operators = value === lower ? ABOVE : BELOW
      const key = `${value}/${operators[0]}`
      const known = cuts.get(key)
      if (known === undefined || known.bits > bits) cuts.set(key, { value, bits, operators })
    }
    for (let index = 0; index + 1 < distinct.length; index++) {
      const lower = distinct[index]!
      const upper = distinct[index + 1]!
      const mentioned = [...this.prior.mentioned].filter((value) => value >= lower && value <= upper)
      if (mentioned.length > 0) {
        // A number the feature names can be a cut either way: "2 degrees or colder", "under 2 degrees";
        // where its words say which ("heavier than 20"), the other way pays for contradicting them —
        // unless an example of an input sits at the number itself: then the rows say which side it
        // falls on (5 loans refused under "at most 5 books": the words bound the loans after
        // borrowing). A quantity the words define takes its values from them, not from the rows.
        for (const value of mentioned) {
          const side = this.prior.cutSides.get(value)
          // Cut from `lower`: the number falls below the cut when it is `lower` itself, else above.
          const contradicted = (from: number) =>
            side === undefined || (placedByRows && distinct.includes(value)) || (value === from) === (side === 'lower')
              ? 0
              : CONTRADICTED_BOUND_BITS
          add(value, gapBits - 1 + contradicted(lower), lower)
          if (value !== lower && value !== upper) add(value, gapBits - 1 + contradicted(value), value)
          // Named twice, as the last whole value of one band and the first of the next ("15 to 24", "25 or more").
          if (integral && value !== lower && mentioned.includes(value + 1)) add(value + 1, gapBits - 2, lower)
        }
        continue
      }
      const cut = onClock ? clockThresholdBetween(lower, upper) : thresholdBetween(lower, upper)
      add(cut, gapBits, lower)
      // A wide gap, or one between equally round ends with no rounder number inside (60 and 70: "70 and over" or
      // "over 60"?): cuts at both ends compete, and the examples are asked where the bands meet.
      const undecided = equallyRoundApart(lower, upper) && (cut === lower || cut === upper)
      if ((upper - lower > WIDE_GAP * Math.max(Math.abs(lower), Math.abs(upper)) && upper - lower > 1) || undecided) {
        add(lower, gapBits + 1, lower)
        add(upper, gapBits + 1, lower)
      }
    }
    // A cut written with many digits (1.6666666666666667) is no convention: it pays for its digits; a time of day is written as one.
    const written = (value: number) => (onClock && value % 5 === 0 ? 0 : 3.3 * Math.max(0, significantDigits(value) - 2))
    const found = [...cuts.values()].map(({ value, bits, operators }) => {
      const total = Math.max(1, bits + written(value))
      return { literal: { ...this.newLiteral(value), bits: total, level: toLevel(total) }, operators }
    })
    this.cuts.set(operand, found)
    return found
  }

  private isCategorical(entry: Entry): boolean {
    return entry.program.kind === 'input' && this.categoryConstants.has(entry.program.name)
  }
}

/** What is tested for divisibility is an input, or an input shifted or summed: `(day - 1) % 3`, `(a + b) % 2`. */
function divisible(entry: Entry): boolean {
  return (
    entry.bits <= DIVIDED_OPERAND_BITS &&
    inputReferences(entry.program) <= 2 &&
    !containsOperator(entry.program, ['multiply', 'divide', 'remainder'])
  )
}

const smallOperand = (entry: Entry): boolean => entry.bits <= COMPARED_OPERAND_BITS

/**
 * Inputs that come in numbered (category, amount) pairs: a text input and a number input whose
 * names end in the same number, for each of two numbers or more, the texts named alike and the
 * numbers named alike (`cat1`, `amount1`, `cat2`, `amount2`). Empty where the inputs are not so.
 */
export function inputPairsOf(table: ExampleTable): Array<[string, string]> {
  const byIndex = new Map<string, { texts: Array<[string, string]>; numbers: Array<[string, string]> }>()
  for (const column of table.columns) {
    const match = /^(.*?[^\d_])_?(\d+)$/.exec(column.name)
    if (match === null) continue
    const group = byIndex.get(match[2]!) ?? { texts: [], numbers: [] }
    if (column.type === 'string') group.texts.push([match[1]!, column.name])
    else if (column.type === 'number') group.numbers.push([match[1]!, column.name])
    byIndex.set(match[2]!, group)
  }
  const groups = [...byIndex.values()]
  if (groups.length < 2 || !groups.every((group) => group.texts.length === 1 && group.numbers.length === 1)) return []
  const stems = (pick: (group: (typeof groups)[number]) => string) => new Set(groups.map(pick)).size === 1
  if (!stems((group) => group.texts[0]![0]) || !stems((group) => group.numbers[0]![0])) return []
  return groups.map((group) => [group.texts[0]![1], group.numbers[0]![1]])
}

/** Text made from a number (`String(n)`, two digits, two decimals), at any depth. */
function spelledNumber(program: Program): boolean {
  if (program.kind !== 'apply') return false
  return ['toText', 'twoDigits', 'fixed1', 'fixed2', 'fixed3', 'grouped'].includes(program.operator) || program.args.some(spelledNumber)
}

/** `x + 2`, `x * 0.5`, `Math.max(x, 2)`: arithmetic with a constant. */
function scaledByConstant(program: Program): boolean {
  return (
    program.kind === 'apply' &&
    ['add', 'subtract', 'multiply', 'divide', 'min', 'max'].includes(program.operator) &&
    program.args.some((argument) => argument.kind === 'constant')
  )
}

function containsOperator(program: Program, operators: readonly OperatorName[]): boolean {
  if (program.kind !== 'apply') return false
  return operators.includes(program.operator) || program.args.some((argument) => containsOperator(argument, operators))
}

/** How often a program reads an input: a cut on `score / (score - attendance)` is no convention. */
function inputReferences(program: Program): number {
  if (program.kind === 'input') return 1
  return program.kind === 'apply' ? program.args.reduce((sum, argument) => sum + inputReferences(argument), 0) : 0
}

/**
 * Divisors worth testing beyond the small ones: round common divisors of the examples'
 * integers (2000 and 2400 share 400; 1900 and 2100 share 100).
 */
function learnModuli(table: ExampleTable): number[] {
  const moduli = new Set<number>()
  for (const column of table.columns) {
    if (column.type !== 'number' || !column.integral) continue
    const values = [...new Set(column.values as number[])].filter((value) => value !== 0)
    const largest = Math.max(...values.map((value) => Math.abs(value)))
    for (let first = 0; first < values.length; first++) {
      for (let second = first + 1; second < values.length; second++) {
        const divisor = greatestCommonDivisor(values[first]!, values[second]!)
        if (divisor > 1 && divisor < largest && (divisor <= 20 || significantDigits(divisor) === 1)) moduli.add(divisor)
      }
    }
  }
  return [...moduli]
}

/** Separators found in some text input: "@" in e-mail addresses, "/" in paths. */
/** Text columns not read otherwise whose every value passes the test. */
function textInputsWhere(table: ExampleTable, readOtherwise: ReadonlySet<string>, test: (value: string) => boolean): Set<string> {
  return new Set(
    table.columns
      .filter((column) => column.type === 'string' && !readOtherwise.has(column.name) && (column.values as string[]).every(test))
      .map((column) => column.name)
  )
}

/** Text columns whose every value ends with a number beside other marks ("1:76", "size 12"). */
const numberedTextInputs = (table: ExampleTable, readOtherwise: ReadonlySet<string>): Set<string> =>
  textInputsWhere(table, readOtherwise, (value) => /\d$/.test(value) && /[^\d.\s]/.test(value))

/** Text columns whose every value is a number followed by its unit: "4%", "12.5 kg", "40 mph". */
const measuredTextInputs = (table: ExampleTable, readOtherwise: ReadonlySet<string>): Set<string> =>
  textInputsWhere(table, readOtherwise, (value) => /^\d+(?:\.\d+)?\s*(?:%|\p{L}+)$/u.test(value))

function learnSeparators(table: ExampleTable): string[] {
  const found = new Set<string>()
  for (const column of table.columns) {
    if (column.type !== 'string' || column.categorical) continue
    for (const value of column.values as string[]) {
      for (const character of value) if (!/[\p{L}\p{N}\s]/u.test(character)) found.add(character)
    }
  }
  return [...found].sort()
}

/** Single lower-case words the description quotes (`"of", "the" and "for"`): words a rule may leave out. */
export function wordsToLeaveOut(text: string): string[] {
  const quoted = [...text.matchAll(/["\u201c]([a-z]+)["\u201d]/gu)].map((match) => match[1]!)
  // Short capitalised words listed as such ("starting with The, A or An"): the same, unquoted.
  const listed = [...text.matchAll(/\b(\p{Lu}\p{Ll}{0,3}(?:, \p{Lu}\p{Ll}{0,3})*,? (?:or|and) \p{Lu}\p{Ll}{0,3})\b/gu)].flatMap((match) =>
    match[1]!.split(/,? (?:or|and) |, /u).map((word) => word.toLowerCase())
  )
  return [...new Set([...quoted, ...listed])]
}
