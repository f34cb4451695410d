/**
 * The operator registry: one entry per operator of the expression language, with everything
 * the rest of synthesis needs to know about it — its types, its meaning, its TypeScript, its
 * prior cost in bits and the words that make it likelier. Enumeration, evaluation, rendering
 * and ranking all read this table, so a new operator is one entry (a missing field is a
 * compile error).
 */
import type { SynthType, SynthValue } from './values'
import {
  clockSpan,
  clockText,
  clockValue,
  dayMarkedClockText,
  durationText,
  timedText,
  timestampParts,
  timestampText,
  twelveHourText,
  wrappedClockText
} from './clock'
import { addMonths, dateText, dateValue } from './dates'
import {
  WEEKDAYS_FROM_EPOCH,
  WEEKEND_SHIFT_FROM_EPOCH,
  dayOfMonth,
  inYearStretch,
  monthNameOf,
  monthOf,
  nthWeekday,
  weekdayOf,
  weekendToMonday,
  workingDaysAfter,
  yearOf,
  yearsBetween
} from './calendar'
import { entriesText, extremeEntry, labelledEntriesSum, labelledSum, markCount, median, numbersIn } from './lists'
import { asDecimal, decimalText, roundHalfUp, sameDecimal } from './numbers'
import {
  MONTHS,
  MONTH_DAYS,
  ROMAN_HUNDREDS,
  ROMAN_TENS,
  ROMAN_UNITS,
  WEEKDAYS,
  alphabetLetter,
  MINOR_WORDS,
  daysInMonth,
  daysInMonthOf,
  titleCase,
  letterPosition,
  listLiteral,
  monthName,
  monthNumber,
  ordinalSuffix,
  romanNumeral,
  weekdayName,
  weekdayNumber
} from './sequences'

/** Rendered TypeScript with its precedence (higher binds tighter, as in JavaScript). */
export interface Rendered {
  text: string
  precedence: number
}

export const PRECEDENCE = {
  conditional: 1,
  or: 2,
  and: 3,
  equality: 4,
  relational: 5,
  additive: 6,
  multiplicative: 7,
  prefix: 8,
  primary: 9
} as const

/** What an operator says about the rule, for the families a decision list mixes and for the lexicon. */
export type Family = 'arithmetic' | 'rounding' | 'order' | 'equality' | 'divisibility' | 'logic' | 'text' | 'words'

export interface OperatorSpec {
  readonly arguments: readonly SynthType[]
  readonly result: SynthType
  /** The value, or undefined where the operator is not defined (division by zero, no such word). */
  apply(args: readonly SynthValue[]): SynthValue | undefined
  render(args: readonly Rendered[]): Rendered
  /** Prior cost in bits: how unusual the operator is in the rules people write. */
  readonly bits: number
  readonly family: Family
  /** Arguments can be swapped without changing the value: enumerated once per unordered pair. */
  readonly commutative?: boolean
  /** Which arguments must be constants (a separator, a modulus). */
  readonly constantArguments?: readonly number[]
  /** Words of a step or a feature's description that make the operator likelier (see prior.ts). */
  readonly words?: readonly string[]
  /** What the operator costs more when no word of the step or description cues it: it needs evidence. */
  readonly uncuedBits?: number
}

/** The number a text ends with, or undefined where it ends otherwise. */
export function lastNumberIn(text: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)$/u.exec(text)
  return match === null ? undefined : Number(match[1])
}

/** The number a text starts with ("4%" is 4, "12.5 kg" is 12.5), as `parseFloat` reads it. */
export function firstNumberIn(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)/u.exec(text)
  return match === null ? undefined : Number(match[1])
}

/** A whole number with commas between its thousands (1250 is `1,250`), as `toLocaleString('en-US')` writes it. */
export const groupedText = (value: number): string => {
  const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return value < 0 ? `-${digits}` : digits
}

const wrap = (rendered: Rendered, minimum: number): string => (rendered.precedence >= minimum ? rendered.text : `(${rendered.text})`)

function infix(symbol: string, precedence: number): (args: readonly Rendered[]) => Rendered {
  return ([left, right]) => ({ text: `${wrap(left!, precedence)} ${symbol} ${wrap(right!, precedence + 1)}`, precedence })
}

function call(name: string): (args: readonly Rendered[]) => Rendered {
  return (args) => ({ text: `${name}(${args.map((argument) => argument.text).join(', ')})`, precedence: PRECEDENCE.primary })
}

/** Math.round, floor or ceil of a calculation rounds its decimal, as the evaluator does (numbers.ts `asDecimal`). */
function roundingCall(name: string): (args: readonly Rendered[]) => Rendered {
  return ([operand]) => ({ text: `${name}(${decimalText(operand!.text)})`, precedence: PRECEDENCE.primary })
}

/** Rounded to tenths or cents: `Math.round(asDecimal(price * 100)) / 100`. */
function scaledRounding(name: string, scale: number): (args: readonly Rendered[]) => Rendered {
  return ([operand]) => ({
    text: `${name}(${decimalText(`${wrap(operand!, PRECEDENCE.multiplicative)} * ${scale}`)}) / ${scale}`,
    precedence: PRECEDENCE.multiplicative
  })
}

/**
 * A number written to `places` decimals, halves going up on the decimal as written: 0.35 is "0.4"
 * where `toFixed` alone, on the binary 0.34999…, writes "0.3".
 */
function fixedHalfUp(value: number, places: number): string {
  return roundHalfUp(value, places).toFixed(places)
}

/** The same as code: `(Math.round(asDecimal(share * 10)) / 10).toFixed(1)`. */
function fixedRendering(places: number): (args: readonly Rendered[]) => Rendered {
  const rounded = scaledRounding('Math.round', 10 ** places)
  return (args) => ({ text: `(${rounded(args).text}).toFixed(${places})`, precedence: PRECEDENCE.primary })
}

function method(suffix: (args: readonly Rendered[]) => string): (args: readonly Rendered[]) => Rendered {
  return (args) => ({ text: `${wrap(args[0]!, PRECEDENCE.primary)}.${suffix(args)}`, precedence: PRECEDENCE.primary })
}

const isNumber = (value: SynthValue | undefined): value is number => typeof value === 'number'
const isString = (value: SynthValue | undefined): value is string => typeof value === 'string'
const isBoolean = (value: SynthValue | undefined): value is boolean => typeof value === 'boolean'
const isList = (value: SynthValue | undefined): value is readonly string[] => Array.isArray(value)

/** NaN and infinities are never a program's value. */
const finite = (value: number): number | undefined => (Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : undefined)

function numeric(operation: (a: number, b: number) => number | undefined): (args: readonly SynthValue[]) => SynthValue | undefined {
  return ([a, b]) => (isNumber(a) && isNumber(b) ? operation(a, b) : undefined)
}

function numericUnary(operation: (a: number) => number): (args: readonly SynthValue[]) => SynthValue | undefined {
  return ([a]) => (isNumber(a) ? finite(operation(a)) : undefined)
}

function comparison(operation: (a: number, b: number) => boolean): (args: readonly SynthValue[]) => SynthValue | undefined {
  return ([a, b]) => (isNumber(a) && isNumber(b) ? operation(a, b) : undefined)
}

/** A comparison of decimals: a calculated side with a fraction in it is compared as its decimal (`asDecimal(sign - 0.1)`). */
function decimalComparison(symbol: string, precedence: number): (args: readonly Rendered[]) => Rendered {
  const fractional = /(?<![\w.])\d+\.\d+|\//
  return ([left, right]) => {
    const decimal = fractional.test(left!.text) || fractional.test(right!.text)
    const side = (operand: Rendered, at: number) =>
      decimal && operand.precedence <= PRECEDENCE.multiplicative && operand.precedence >= PRECEDENCE.additive
        ? `asDecimal(${operand.text})`
        : wrap(operand, at)
    return { text: `${side(left!, precedence)} ${symbol} ${side(right!, precedence + 1)}`, precedence }
  }
}

function text(operation: (a: string) => string | undefined): (args: readonly SynthValue[]) => SynthValue | undefined {
  return ([a]) => (isString(a) ? operation(a) : undefined)
}

function eachWord(operation: (word: string) => string): (args: readonly SynthValue[]) => SynthValue | undefined {
  return ([list]) => (isList(list) ? list.map(operation) : undefined)
}

const capitaliseWord = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
const MAX_TEXT = 500

/** Words separated by spaces or hyphens ("Step-by-step Guide"): written as this separator constant. */
export const SPACES_OR_HYPHENS = ' -'
/** Every run of characters that are neither letters nor digits ("smtp.host", "retry - delay", "flag: dark mode"). */
export const NON_WORD_RUNS = ' .,-'
const JOINERS_AFTER = '+'

/**
 * Every run of marks, but the marks a word keeps together, dropped first ("Women's" is one word,
 * "T-Shirt" two): written as this separator constant.
 */
export function nonWordRunsJoining(joiners: string): string {
  return joiners === '' ? NON_WORD_RUNS : NON_WORD_RUNS + JOINERS_AFTER + joiners
}

/** The marks a non-word-runs separator drops before splitting ('' for none), or undefined for another separator. */
function joinersOf(separator: string): string | undefined {
  if (separator === NON_WORD_RUNS) return ''
  return separator.startsWith(NON_WORD_RUNS + JOINERS_AFTER) ? separator.slice(NON_WORD_RUNS.length + 1) : undefined
}

const markClass = (marks: string): string => `[${[...marks].map((mark) => (/[\\\]^/-]/.test(mark) ? `\\${mark}` : mark)).join('')}]`

/** Words of a text split at a separator: runs of the separator and the ends do not make empty words. */
export function splitWords(textValue: string, separator: string): string[] {
  if (separator === ' ') return textValue.split(/\s+/).filter((word) => word !== '')
  if (separator === SPACES_OR_HYPHENS) return textValue.split(/[\s-]+/).filter((word) => word !== '')
  const joiners = joinersOf(separator)
  if (joiners !== undefined) {
    const kept = joiners === '' ? textValue : textValue.replace(new RegExp(markClass(joiners), 'gu'), '')
    return kept.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '')
  }
  return textValue.split(separator).filter((word) => word !== '')
}

function escapeRegExp(textValue: string): string {
  return textValue.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function renderSplit(args: readonly Rendered[]): Rendered {
  const receiver = `${wrap(args[0]!, PRECEDENCE.primary)}`
  const literal = /^'(.*)'$/.exec(args[1]!.text)
  if (literal === null) return { text: `${receiver}.split(${args[1]!.text}).filter(Boolean)`, precedence: PRECEDENCE.primary }
  const separator = literal[1]!.replace(/\\(.)/g, '$1')
  if (separator === ' ') return { text: `${receiver}.split(/\\s+/).filter(Boolean)`, precedence: PRECEDENCE.primary }
  if (separator === SPACES_OR_HYPHENS) return { text: `${receiver}.split(/[\\s-]+/).filter(Boolean)`, precedence: PRECEDENCE.primary }
  const joiners = joinersOf(separator)
  if (joiners !== undefined) {
    const kept = joiners === '' ? receiver : `${receiver}.replace(/${markClass(joiners)}/gu, '')`
    return { text: `${kept}.split(/[^\\p{L}\\p{N}]+/u).filter(Boolean)`, precedence: PRECEDENCE.primary }
  }
  return { text: `${receiver}.split(/${escapeRegExp(separator)}/).filter(Boolean)`, precedence: PRECEDENCE.primary }
}

/** A share of a hundred taken off (-1) or put on (+1): `price * (100 - discount) / 100`. */
function percentage(sign: 1 | -1): Pick<OperatorSpec, 'apply' | 'render'> {
  return {
    apply: numeric((a, percent) => finite((a * (100 + sign * percent)) / 100)),
    render: ([a, percent]) => ({
      text: `${wrap(a!, PRECEDENCE.multiplicative)} * (100 ${sign < 0 ? '-' : '+'} ${wrap(percent!, PRECEDENCE.additive + 1)}) / 100`,
      precedence: PRECEDENCE.multiplicative
    })
  }
}

/** The lowest or the highest of three numbers, written as one `Math.min` or `Math.max` call. */
function extremeOfThree(which: 'min' | 'max', words: readonly string[]) {
  return {
    arguments: ['number', 'number', 'number'],
    result: 'number',
    apply: ([a, b, c]: readonly SynthValue[]) => (isNumber(a) && isNumber(b) && isNumber(c) ? Math[which](a, b, c) : undefined),
    render: call(`Math.${which}`),
    bits: 6,
    family: 'arithmetic',
    commutative: true,
    words
  } as const satisfies OperatorSpec
}

/**
 * Whether three inputs are all the same ("three of a kind", "a treble"), or at least two of them
 * are ("any two the same", "a pair"): three reels, three dice, three answers. One call names the
 * three as a set, not three comparisons joined.
 */
function sameOfThree(type: 'number' | 'string', all: boolean) {
  const same = (a: SynthValue, b: SynthValue) => a === b
  return {
    arguments: [type, type, type],
    result: 'boolean',
    apply: ([a, b, c]: readonly SynthValue[]) => {
      if (a === undefined || b === undefined || c === undefined || typeof a !== type || typeof b !== type || typeof c !== type)
        return undefined
      return all ? same(a, b) && same(b, c) : same(a, b) || same(b, c) || same(a, c)
    },
    render: (args: readonly Rendered[]) => {
      const [a, b, c] = args.map((argument) => wrap(argument, PRECEDENCE.relational))
      return all
        ? { text: `${a} === ${b} && ${b} === ${c}`, precedence: PRECEDENCE.and }
        : { text: `${a} === ${b} || ${b} === ${c} || ${a} === ${c}`, precedence: PRECEDENCE.or }
    },
    bits: 6,
    uncuedBits: 3,
    family: 'equality',
    commutative: true,
    words: all
      ? ['of a kind', 'all the same', 'all three', 'three the same', 'treble', 'triple', 'same', 'match', 'matching', 'alike']
      : ['any two', 'two the same', 'a pair', 'pair', 'two of a kind', 'same', 'match', 'matching', 'alike']
  } as const satisfies OperatorSpec
}

/**
 * Which of three inputs is the lowest (or highest), answered as that input's label: the cheapest
 * of three named stations gives the station's name. The first argument is the labels, in the
 * inputs' order; a tie goes to the first input.
 */
function whichOfThree(which: 'min' | 'max', words: readonly string[]) {
  return {
    arguments: ['list', 'number', 'number', 'number'],
    result: 'string',
    apply: ([labels, ...values]: readonly SynthValue[]) => {
      if (!isList(labels) || labels.length !== values.length || !values.every(isNumber)) return undefined
      const numbers = values as number[]
      return labels[numbers.indexOf(Math[which](...numbers))]
    },
    render: ([labels, ...values]: readonly Rendered[]) => {
      const list = `[${values.map((value) => value.text).join(', ')}]`
      return { text: `(${labels!.text}[${list}.indexOf(Math.${which}(...${list}))] ?? '')`, precedence: PRECEDENCE.primary }
    },
    bits: 6,
    family: 'text',
    constantArguments: [0],
    words
  } as const satisfies OperatorSpec
}

/**
 * A time of day, minutes past midnight, on the twelve-hour clock with the mark the texts use
 * before noon ("am", " AM", "a.m."): "7:30pm", noon "12pm"; `short`, no minutes on the hour ("11pm").
 */
function twelveHour(short: boolean) {
  return {
    arguments: ['number', 'string'],
    result: 'string',
    apply: ([minutes, am]: readonly SynthValue[]) =>
      isNumber(minutes) && typeof am === 'string' ? twelveHourText(minutes, am, short) : undefined,
    // A helper the module defines (clock.ts TWELVE_HOUR_HELPER): the same steps as `twelveHourText`.
    render: ([minutes, am]: readonly Rendered[]) => ({
      text: `twelveHour(${minutes!.text}, ${am!.text}, ${short})`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'text',
    constantArguments: [1],
    words: ['am', 'pm', 'a.m.', 'p.m.', 'twelve-hour', '12-hour', 'clock', 'poster', 'midday', 'noon', 'midnight']
  } as const satisfies OperatorSpec
}

/** One argument, then a pair of arguments `times` times: a label and (amount, label) pairs. */
const pairedArguments = (first: SynthType, times: number, pair: readonly [SynthType, SynthType]): SynthType[] => [
  first,
  ...Array.from({ length: times }, () => pair).flat()
]

/**
 * Which of two sides is ahead, measure by measure, by its label: `[ahead, behind, tie]` for the
 * first side, then each measure as the first side's value and the second's (more skips wins,
 * with equal skips the further throw, with both equal a tie). A measure where less is better is
 * given the other way round. See contests.ts.
 */
function aheadOn(measures: number) {
  return {
    arguments: pairedArguments('list', measures, ['number', 'number']),
    result: 'string',
    apply: ([labels, ...values]: readonly SynthValue[]) => {
      if (!isList(labels) || labels.length !== 3 || values.length !== measures * 2 || !values.every(isNumber)) return undefined
      for (let index = 0; index < values.length; index += 2) {
        const [first, second] = [values[index] as number, values[index + 1] as number]
        if (first !== second) return labels[first > second ? 0 : 1]
      }
      return labels[2]
    },
    render: ([labels, ...values]: readonly Rendered[]) => {
      const tests = []
      for (let index = 0; index < values.length; index += 2) {
        const [first, second] = [values[index]!, values[index + 1]!].map((value) => wrap(value, PRECEDENCE.additive))
        tests.push(`${first} > ${second} ? 0 : ${first} < ${second} ? 1 : `)
      }
      return { text: `(${labels!.text}[${tests.join('')}2] ?? '')`, precedence: PRECEDENCE.primary }
    },
    bits: 6,
    family: 'text',
    constantArguments: [0],
    words: ['wins', 'win', 'winner', 'beats', 'ahead', 'tie', 'draw', 'result', 'outcome', 'more', 'further', 'sooner', 'nearest']
  } as const satisfies OperatorSpec
}

/** Operators that say which of two sides is ahead, by how many measures they compare. */
export const AHEAD_ON = { 1: 'aheadOnOne', 2: 'aheadOnTwo', 3: 'aheadOnThree' } as const

/**
 * The total of the amounts whose label is the given one, over pairs of inputs (an amount and its
 * label: "4.50 paid by card", "3 robins"): the card takings of a market stall, the robins counted.
 */
function sumByLabel(pairs: number) {
  return {
    arguments: pairedArguments('string', pairs, ['number', 'string']),
    result: 'number',
    apply: ([label, ...rest]: readonly SynthValue[]) => {
      let total = 0
      for (let index = 0; index < rest.length; index += 2) {
        const [amount, key] = [rest[index], rest[index + 1]]
        if (!isNumber(amount) || typeof key !== 'string') return undefined
        if (key === label) total += amount
      }
      return finite(total)
    },
    render: ([label, ...rest]: readonly Rendered[]) => {
      const entries = []
      for (let index = 0; index < rest.length; index += 2) entries.push(`[${rest[index]!.text}, ${rest[index + 1]!.text}] as const`)
      return {
        text: `[${entries.join(', ')}].reduce((total, [amount, key]) => (key === ${label!.text} ? total + amount : total), 0)`,
        precedence: PRECEDENCE.primary
      }
    },
    bits: 6,
    family: 'arithmetic',
    constantArguments: [0],
    words: ['total', 'sum', 'altogether', 'counted', 'takings', 'in all']
  } as const satisfies OperatorSpec
}

/** Operators that total the amounts of one label, by how many amount-and-label pairs they read. */
export const SUM_BY_LABEL = { 2: 'sumByLabelOfTwo', 3: 'sumByLabelOfThree', 4: 'sumByLabelOfFour' } as const

/** Operators that answer which input of a set is the extreme one, by its label. */
export const WHICH_OF_THREE = ['whichLowestOfThree', 'whichHighestOfThree'] as const

/** Seconds → "m:ss.t" (decimals 1) or "m:ss.hh" (decimals 2), counted in whole tenths or hundredths. */
function timedOperator(decimals: 1 | 2) {
  const scale = 10 ** decimals
  return {
    arguments: ['number'],
    result: 'string',
    apply: ([a]: readonly SynthValue[]) => (isNumber(a) ? timedText(a, decimals) : undefined),
    render: ([a]: readonly Rendered[]) => {
      const units = `Math.round(${wrap(a!, PRECEDENCE.multiplicative)} * ${scale})`
      return {
        text:
          `\`\${Math.floor(${units} / ${60 * scale})}:` +
          `\${((${units} % ${60 * scale}) / ${scale}).toFixed(${decimals}).padStart(${3 + decimals}, '0')}\``,
        precedence: PRECEDENCE.primary
      }
    },
    bits: 4,
    family: 'text',
    words: ['time', 'times', 'seconds', 'stopwatch', 'lap', 'race', 'result', 'results', 'board', 'split', 'finished']
  } as const satisfies OperatorSpec
}

/** The arrow function that writes a count of the pattern's smallest unit as it does: `(ms: number) => \`${…}:${…},${…}\``. */
function renderTimestamp(pattern: string): string {
  const { fields, padded, mark, fraction, optionalHours } = timestampParts(pattern)
  const unit = (['seconds', 'tenths', 'hundredths', 'ms'] as const)[fraction]!
  const scale = 10 ** fraction
  const pad = (expression: string, width: number) => `\${String(${expression}).padStart(${width}, '0')}`
  const tail = fraction > 0 ? `${mark}${pad(`${unit} % ${scale}`, fraction)}` : ''
  const written = (spans: number[]) =>
    spans
      .map((span, index) => {
        const whole = span === 1 ? unit : `Math.floor(${unit} / ${span})`
        if (index === 0) return padded ? pad(whole, 2) : `\${${whole}}`
        return pad(`${whole} % 60`, 2)
      })
      .join(':') + tail
  const withHours = `\`${written([3600 * scale, 60 * scale, scale])}\``
  const withoutHours = `\`${written([60 * scale, scale])}\``
  if (optionalHours) return `((${unit}: number) => (${unit} >= ${3600 * scale} ? ${withHours} : ${withoutHours}))`
  return `((${unit}: number) => ${fields === 3 ? withHours : withoutHours})`
}

type MaskKind = 'characters' | 'digits' | 'words'

/** Letters A-Z and a-z moved `shift` places along the alphabet, wrapping round; anything else kept. */
function shiftLetters(text: string, shift: number): string {
  return text.replace(/[a-z]/giu, (letter) => {
    const base = letter <= 'Z' ? 65 : 97
    return String.fromCharCode(base + ((((letter.charCodeAt(0) - base + shift) % 26) + 26) % 26))
  })
}

/** What a mask replaces, and what it counts before and after a replaced one. */
const MASK_CLASSES: Record<MaskKind, readonly [string, string, string]> = {
  characters: ['.', '.', '.'],
  digits: ['\\d', '(?:\\d\\D*)', '(?:\\D*\\d)'],
  // Each word on its own: a letter is kept when fewer than `first` letters of its word come before it.
  words: ['\\S', '\\S', '\\S']
}

/**
 * The pattern of a mask that keeps the first `first` and the last `last` characters (or, for
 * digits, the first and last digits, other characters staying where they are) and replaces
 * the rest: a character is replaced when at least `first` come before it and `last` after it,
 * so a text too short to hide anything is shown whole.
 */
export function maskPattern(kind: MaskKind, first: number, last: number): string {
  const [one, before, after] = MASK_CLASSES[kind]
  return `${first > 0 ? `(?<=${before}{${first}})` : ''}${one}${last > 0 ? `(?=${after}{${last}})` : ''}`
}

const MASK_KEPT = 6
const MASK_WORDS = [
  'mask',
  'masked',
  'hidden',
  'hide',
  'hiding',
  'hides',
  'star',
  'stars',
  'asterisk',
  'asterisks',
  'except',
  'privacy',
  'redacted'
]

/** Marks a mask replaces characters with. */
export const MASK_MARKS = ['*', '•', '#', 'X', 'x']

/** Text masked but for its first and last few characters or digits: `a**a`, `**** **** **** 1234`. */
function maskOperator(kind: MaskKind) {
  return {
    arguments: ['string', 'number', 'number', 'string'],
    result: 'string',
    apply: ([text, first, last, mask]: readonly SynthValue[]) => {
      if (!isString(text) || !isNumber(first) || !isNumber(last) || !isString(mask)) return undefined
      if (![first, last].every((count) => Number.isInteger(count) && count >= 0 && count <= MASK_KEPT) || [...mask].length !== 1)
        return undefined
      return text.replace(new RegExp(maskPattern(kind, first, last), 'gu'), () => mask)
    },
    render: ([text, first, last, mask]: readonly Rendered[]) => ({
      text: `${wrap(text!, PRECEDENCE.primary)}.replace(/${maskPattern(kind, Number(first!.text), Number(last!.text))}/gu, ${mask!.text})`,
      precedence: PRECEDENCE.primary
    }),
    bits: 6,
    family: 'text',
    constantArguments: [1, 2, 3],
    words: MASK_WORDS
  } as const satisfies OperatorSpec
}

/**
 * A whole amount of a small unit written in a big unit and the small one, with the labels the
 * outputs show (`7 lb 8 oz`: 120 ounces, 16 to the pound; `1 h 25 min`). `short` drops a part
 * that is zero (`1 h`, `35 min`; nothing at all is `0 min`), as durations are spoken.
 */
export function unitsText(amount: number, size: number, big: string, small: string, short: boolean): string | undefined {
  if (!Number.isInteger(amount) || amount < 0 || !Number.isInteger(size) || size < 2) return undefined
  const whole = Math.floor(amount / size)
  const rest = amount % size
  if (!short) return `${whole}${big} ${rest}${small}`
  return [whole > 0 ? `${whole}${big}` : '', rest > 0 || whole === 0 ? `${rest}${small}` : ''].filter(Boolean).join(' ')
}

const UNIT_PAIR = /(?<![\d.])\d+( ?)(\p{L}+) (\d+)\1(\p{L}+)(?!\p{L})/gu
const MAX_UNIT_PAIRS = 2

/**
 * The labels of two units the outputs write after two whole numbers (`7 lb 8 oz`, `1h 25m`), each
 * with its gap. A pair whose small part is written with a leading zero (`1h 05m`) is another
 * format, padded: not this one.
 */
export function unitLabelsIn(outputs: readonly string[]): Array<[string, string]> {
  const found = new Map<string, [string, string]>()
  const padded = new Set<string>()
  for (const output of outputs)
    for (const [, gap, big, rest, small] of output.matchAll(UNIT_PAIR)) {
      if (big === small) continue
      const key = `${gap}${big}|${gap}${small}`
      if (/^0\d/.test(rest!)) padded.add(key)
      else if (found.size < MAX_UNIT_PAIRS) found.set(key, [`${gap}${big}`, `${gap}${small}`])
    }
  return [...found].filter(([key]) => !padded.has(key)).map(([, labels]) => labels)
}

/**
 * `unitsText` as an operator: of a whole amount of the small unit (minutes), or, `fromBig`, of an
 * amount of the big unit rounded to the nearest small one (pounds to the nearest ounce).
 */
function unitsOperator(fromBig: boolean, short: boolean) {
  const smallUnits = (amount: number, size: number): number => (fromBig ? Math.round(asDecimal(amount * size)) : amount)
  return {
    arguments: ['number', 'number', 'string', 'string'],
    result: 'string',
    apply: ([amount, size, big, small]: readonly SynthValue[]) =>
      isNumber(amount) && isNumber(size) && isString(big) && isString(small)
        ? unitsText(smallUnits(amount, size), size, big, small, short)
        : undefined,
    render: ([amount, size, big, small]: readonly Rendered[]) => {
      // Labels come from the outputs' letters (`unitLabelsIn`): quoted, they hold nothing to escape.
      const [bigLabel, smallLabel] = [big!, small!].map((label) => label.text.slice(1, -1))
      const k = size!.text
      const whole = `\${Math.floor(amount / ${k})}${bigLabel}`
      const rest = `\${amount % ${k}}${smallLabel}`
      const body = short
        ? `[amount >= ${k} ? \`${whole}\` : '', amount % ${k} > 0 || amount < ${k} ? \`${rest}\` : ''].filter(Boolean).join(' ')`
        : `\`${whole} ${rest}\``
      const operand = fromBig ? `Math.round(${decimalText(`${wrap(amount!, PRECEDENCE.multiplicative)} * ${k}`)})` : amount!.text
      return { text: `((amount: number) => ${body})(${operand})`, precedence: PRECEDENCE.primary }
    },
    bits: 4,
    family: 'text',
    constantArguments: [1, 2, 3],
    words: ['lb', 'oz', 'pounds', 'ounces', 'feet', 'inches', 'stone', 'h', 'min', 'hours', 'minutes', 'duration', 'weight', 'height']
  } as const satisfies OperatorSpec
}

/** An aggregate of a list of numbers written in one cell ("32, 18, 25", "X 10 9"): its numbers read between commas and spaces. */
function numberListOperator(
  aggregate: (values: number[]) => number | undefined,
  written: (numbers: string) => string,
  words: readonly string[]
) {
  return {
    arguments: ['string'],
    result: 'number',
    apply: ([a]: readonly SynthValue[]) => {
      const values = isString(a) ? numbersIn(a) : undefined
      const value = values === undefined ? undefined : aggregate(values)
      return value === undefined ? undefined : finite(value)
    },
    render: ([a]: readonly Rendered[]) => {
      const list = wrap(a!, PRECEDENCE.primary)
      // Entries that are no number (a foul's `X`) are skipped, as the evaluator skips them (lists.ts).
      return { text: written(`${entriesText(list)}.map(Number).filter(Number.isFinite)`), precedence: PRECEDENCE.multiplicative }
    },
    bits: 5,
    family: 'arithmetic',
    words
  } as const satisfies OperatorSpec
}

const sumText = (numbers: string) => `${numbers}.reduce((total, value) => total + value, 0)`

/**
 * The sum of the amounts of the (category, amount) input pairs whose category is the label: the
 * travel of three expenses each given as a category and an amount. Arguments: the label, then
 * each pair's category and amount.
 */
function pairedSumOperator(pairs: number) {
  const argumentTypes: SynthType[] = ['string']
  for (let pair = 0; pair < pairs; pair++) argumentTypes.push('string', 'number')
  return {
    arguments: argumentTypes,
    result: 'number',
    apply: ([label, ...rest]: readonly SynthValue[]) => {
      if (!isString(label)) return undefined
      let total = 0
      for (let index = 0; index < rest.length; index += 2) {
        const category = rest[index]
        const amount = rest[index + 1]
        if (!isString(category) || !isNumber(amount)) return undefined
        if (category === label) total += amount
      }
      // Binary noise of a sum of decimals cleared, as the generated code clears it.
      return Math.round(total * 1e9) / 1e9
    },
    render: ([label, ...rest]: readonly Rendered[]) => {
      const terms: string[] = []
      for (let index = 0; index < rest.length; index += 2)
        terms.push(
          `(${wrap(rest[index]!, PRECEDENCE.relational)} === ${label!.text} ? ${wrap(rest[index + 1]!, PRECEDENCE.relational)} : 0)`
        )
      return { text: `Math.round((${terms.join(' + ')}) * 1e9) / 1e9`, precedence: PRECEDENCE.multiplicative }
    },
    bits: 5,
    family: 'arithmetic',
    constantArguments: [0],
    words: ['total', 'totals', 'totalled', 'sum', 'altogether', 'each', 'per', 'category', 'comes', 'come']
  } as const satisfies OperatorSpec
}

/** The amounts of several cells each holding one labelled amount ("kitchen 3"), summed for one label. */
function labelledEntriesOperator(cells: number) {
  const argumentTypes: SynthType[] = ['string', ...new Array<SynthType>(cells).fill('string')]
  return {
    arguments: argumentTypes,
    result: 'number',
    apply: ([label, ...texts]: readonly SynthValue[]) =>
      isString(label) && texts.every(isString) ? labelledEntriesSum(label, texts) : undefined,
    render: ([label, ...texts]: readonly Rendered[]) => ({
      text:
        `Math.round([${texts.map((text) => text.text).join(', ')}]` +
        `.map((cell) => /^\\s*(\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)*)\\s+(-?\\d+(?:\\.\\d+)?)\\s*$/u.exec(cell))` +
        `.reduce((total, match) => total + ` +
        `(match !== null && match[1]!.toLowerCase().replace(/\\s+/g, ' ') === ${label!.text} ? Number(match[2]) : 0), 0) * 1e9) / 1e9`,
      precedence: PRECEDENCE.multiplicative
    }),
    bits: 5,
    family: 'arithmetic',
    constantArguments: [0],
    words: ['total', 'totals', 'totalled', 'sum', 'altogether', 'each', 'per', 'category', 'has', 'comes', 'come']
  } as const satisfies OperatorSpec
}

/** The sums of cells of labelled amounts, by how many cells the inputs give. */
export const LABELLED_ENTRY_SUMS = ['labelledEntries2', 'labelledEntries3', 'labelledEntries4', 'labelledEntries5'] as const

/** The sums of (category, amount) pairs, by how many pairs the inputs give. */
export const PAIRED_SUMS = ['pairedSum2', 'pairedSum3', 'pairedSum4', 'pairedSum5'] as const

/** The entry of a list with the highest or lowest number, as written; '' where every entry is a mark (`X, X, X`). */
function extremeEntryOperator(which: 'highest' | 'lowest', words: readonly string[]) {
  return {
    arguments: ['string'],
    result: 'string',
    apply: ([a]: readonly SynthValue[]) => (isString(a) ? extremeEntry(a, which) : undefined),
    render: ([a]: readonly Rendered[]) => ({
      text:
        `(${entriesText(wrap(a!, PRECEDENCE.primary))}.filter((entry) => Number.isFinite(Number(entry)))` +
        `.sort((a, b) => ${which === 'highest' ? 'Number(b) - Number(a)' : 'Number(a) - Number(b)'})[0] ?? '')`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'text',
    words
  } as const satisfies OperatorSpec
}

/** Days or minutes since 1970-01-01 written back as a date or a time of day: a slice of `toISOString()`. */
function epochText(
  value: (amount: number) => string | undefined,
  msPerUnit: number,
  [from, to]: readonly [number, number],
  bits: number,
  words: readonly string[]
) {
  return {
    arguments: ['number'],
    result: 'string',
    apply: ([a]: readonly SynthValue[]) => (isNumber(a) ? value(a) : undefined),
    render: ([a]: readonly Rendered[]) => ({
      text: `new Date(${wrap(a!, PRECEDENCE.multiplicative)} * ${msPerUnit}).toISOString().slice(${from}, ${to})`,
      precedence: PRECEDENCE.primary
    }),
    bits,
    family: 'text',
    words
  } as const satisfies OperatorSpec
}

/** A part of the date days since 1970-01-01 stand for: `new Date(days * 86400000).getUTCDate()`. */
function datePart(value: (days: number) => number | undefined, getter: string, words: readonly string[]) {
  return {
    arguments: ['number'],
    result: 'number',
    apply: ([a]: readonly SynthValue[]) => (isNumber(a) ? value(a) : undefined),
    render: ([a]: readonly Rendered[]) => ({
      text: `new Date(${wrap(a!, PRECEDENCE.multiplicative)} * 86400000).${getter}`,
      precedence: getter.includes('+') ? PRECEDENCE.additive : PRECEDENCE.primary
    }),
    bits: 4,
    family: 'arithmetic',
    words
  } as const satisfies OperatorSpec
}

/** A named part of a date (its weekday, its month): the name at an index the generated code works out from the days. */
function dateName(
  value: (days: number) => string | undefined,
  names: readonly string[],
  index: (days: Rendered) => string,
  words: readonly string[]
) {
  return {
    arguments: ['number'],
    result: 'string',
    apply: ([a]: readonly SynthValue[]) => (isNumber(a) ? value(a) : undefined),
    render: ([a]: readonly Rendered[]) => ({ text: `(${listLiteral(names)}[${index(a!)}] ?? '')`, precedence: PRECEDENCE.primary }),
    bits: 4,
    family: 'text',
    words
  } as const satisfies OperatorSpec
}

/** Days since 1970-01-01 as the number YYYYMMDD, in generated code. */
const yearMonthDay = (days: Rendered): string =>
  `Number(new Date(${wrap(days, PRECEDENCE.multiplicative)} * 86400000).toISOString().slice(0, 10).replace(/-/g, ''))`

/** An entry of a known list by its position from 1: `(['January', ...][month - 1] ?? '')`. */
function nthOf(names: readonly string[]): (args: readonly Rendered[]) => Rendered {
  return ([position]) => ({
    text: `(${listLiteral(names)}[${wrap(position!, PRECEDENCE.additive)} - 1] ?? '')`,
    precedence: PRECEDENCE.primary
  })
}

/** Where a name stands in a known list, from 1, read by its first three letters in any case. */
function positionOf(names: readonly string[]): (args: readonly Rendered[]) => Rendered {
  const keys = names.map((name) => name.slice(0, 3).toLowerCase())
  return ([name]) => ({
    text: `${listLiteral(keys)}.indexOf(${wrap(name!, PRECEDENCE.primary)}.trim().slice(0, 3).toLowerCase()) + 1`,
    precedence: PRECEDENCE.additive
  })
}

/**
 * A known sequence's entry from its position (3 → "March"), or its position from an entry's
 * text ("Mar" → 3): one argument, undefined outside the sequence.
 */
function sequenceOperator<From extends 'number' | 'string'>(
  from: From,
  value: (argument: From extends 'number' ? number : string) => SynthValue | undefined,
  render: (args: readonly Rendered[]) => Rendered,
  words: readonly string[]
) {
  const accepts = (argument: SynthValue | undefined): argument is From extends 'number' ? number : string => typeof argument === from
  return {
    arguments: [from],
    result: from === 'number' ? 'string' : 'number',
    apply: ([a]: readonly SynthValue[]) => (accepts(a) ? value(a) : undefined),
    render,
    bits: 5,
    uncuedBits: 3,
    family: 'text',
    words
  } as const satisfies OperatorSpec
}

const threeLetters = (names: readonly string[]): string[] => names.map((name) => name.slice(0, 3))

/** Words that cue a month's name or number. */
const MONTH_WORDS = ['month', 'months', 'monthly', 'calendar', 'statement', 'date', 'dates']
/** Words that cue a weekday's name or number. */
const WEEKDAY_WORDS = ['weekday', 'weekdays', 'week', 'day of the week', 'days of the week', 'rota', 'schedule']

export const OPERATORS = {
  add: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((a, b) => finite(a + b)),
    render: infix('+', PRECEDENCE.additive),
    bits: 3,
    family: 'arithmetic',
    commutative: true,
    words: ['plus', 'total', 'sum', 'add', 'together', 'more']
  },
  subtract: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((a, b) => finite(a - b)),
    render: infix('-', PRECEDENCE.additive),
    bits: 3,
    family: 'arithmetic',
    words: ['difference', 'minus', 'left', 'remaining', 'between', 'less', 'change', 'subtract']
  },
  multiply: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((a, b) => finite(a * b)),
    render: infix('*', PRECEDENCE.multiplicative),
    bits: 3.5,
    family: 'arithmetic',
    commutative: true,
    words: ['times', 'each', 'per', 'rate', 'twice', 'double', 'percent', 'multiply']
  },
  divide: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((a, b) => (b === 0 ? undefined : finite(a / b))),
    render: infix('/', PRECEDENCE.multiplicative),
    bits: 4,
    family: 'arithmetic',
    words: ['average', 'mean', 'per', 'split', 'share', 'half', 'percent', 'ratio', 'divide']
  },
  remainder: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((a, b) => (b === 0 ? undefined : finite(a % b))),
    render: infix('%', PRECEDENCE.multiplicative),
    bits: 6,
    uncuedBits: 3,
    family: 'divisibility',
    words: ['remainder', 'left over', 'leftover', 'cycle', 'clock', 'every nth', 'rotation', 'modulo', 'repeats', 'round again']
  },
  min: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((a, b) => Math.min(a, b)),
    render: call('Math.min'),
    bits: 4.5,
    family: 'arithmetic',
    commutative: true,
    words: [
      'smallest',
      'lowest',
      'minimum',
      'least',
      'cheaper',
      'cheapest',
      'at most',
      'up to',
      'cap',
      'capped',
      'no more than',
      'limit',
      'fewer',
      'shorter',
      'lower'
    ]
  },
  max: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((a, b) => Math.max(a, b)),
    render: call('Math.max'),
    bits: 4.5,
    family: 'arithmetic',
    commutative: true,
    words: [
      'largest',
      'highest',
      'maximum',
      'biggest',
      'greatest',
      'most',
      'winning',
      'winner',
      'higher',
      'bigger',
      'longer',
      'at least',
      'minimum charge',
      'no less than',
      'best'
    ]
  },
  median: {
    arguments: ['number', 'number', 'number'],
    result: 'number',
    apply: ([a, b, c]) => (isNumber(a) && isNumber(b) && isNumber(c) ? [a, b, c].sort((x, y) => x - y)[1] : undefined),
    render: (args) => ({
      text: `[${args.map((argument) => argument.text).join(', ')}].sort((a, b) => a - b)[1]`,
      precedence: PRECEDENCE.primary
    }),
    bits: 7,
    family: 'arithmetic',
    commutative: true,
    words: ['middle', 'median', 'in between']
  },
  // Which of three is the lowest or highest, by its label: the cheapest station's name.
  sumByLabelOfTwo: sumByLabel(2),
  sumByLabelOfThree: sumByLabel(3),
  sumByLabelOfFour: sumByLabel(4),
  twelveHourText: twelveHour(false),
  twelveHourShortText: twelveHour(true),
  aheadOnOne: aheadOn(1),
  aheadOnTwo: aheadOn(2),
  aheadOnThree: aheadOn(3),
  whichLowestOfThree: whichOfThree('min', [
    'smallest',
    'lowest',
    'minimum',
    'least',
    'cheapest',
    'fewest',
    'shortest',
    'fastest',
    'earliest'
  ]),
  whichHighestOfThree: whichOfThree('max', [
    'largest',
    'highest',
    'maximum',
    'biggest',
    'greatest',
    'dearest',
    'most',
    'longest',
    'latest'
  ]),
  // The lowest or highest of three: "the cheapest of the three quotes" (one call, not two nested ones).
  lowestOfThree: extremeOfThree('min', ['smallest', 'lowest', 'minimum', 'least', 'cheapest', 'fewest', 'shortest', 'fastest', 'earliest']),
  highestOfThree: extremeOfThree('max', [
    'largest',
    'highest',
    'maximum',
    'biggest',
    'greatest',
    'dearest',
    'most expensive',
    'longest',
    'slowest',
    'latest',
    'best'
  ]),
  // Three the same, or at least two: reels, dice, answers.
  allThreeSame: sameOfThree('string', true),
  twoOfThreeSame: sameOfThree('string', false),
  allThreeSameNumbers: sameOfThree('number', true),
  twoOfThreeSameNumbers: sameOfThree('number', false),
  // The total of three inputs, named as one set: three fish weighed in, three rounds of a game.
  totalOfThree: {
    arguments: ['number', 'number', 'number'],
    result: 'number',
    apply: ([a, b, c]) => (isNumber(a) && isNumber(b) && isNumber(c) ? finite(a + b + c) : undefined),
    render: (args) => ({
      text: args.map((argument) => wrap(argument, PRECEDENCE.additive)).join(' + '),
      precedence: PRECEDENCE.additive
    }),
    bits: 7,
    family: 'arithmetic',
    commutative: true,
    words: ['total', 'sum', 'altogether', 'combined', 'overall', 'in all']
  },
  mean: {
    arguments: ['number', 'number', 'number'],
    result: 'number',
    apply: ([a, b, c]) => (isNumber(a) && isNumber(b) && isNumber(c) ? finite((a + b + c) / 3) : undefined),
    render: (args) => ({
      text: `(${args.map((argument) => wrap(argument, PRECEDENCE.additive)).join(' + ')}) / 3`,
      precedence: PRECEDENCE.multiplicative
    }),
    bits: 7,
    family: 'arithmetic',
    commutative: true,
    words: ['average', 'mean']
  },
  percentOff: {
    arguments: ['number', 'number'],
    result: 'number',
    ...percentage(-1),
    bits: 5,
    uncuedBits: 4,
    family: 'arithmetic',
    words: ['percent off', '% off', 'discount', 'reduction', 'reduced', 'off the']
  },
  percentOn: {
    arguments: ['number', 'number'],
    result: 'number',
    ...percentage(1),
    bits: 5,
    uncuedBits: 4,
    family: 'arithmetic',
    words: ['tip', 'on top', 'surcharge', 'markup', 'interest', 'vat', 'tax', 'percent more', 'plus']
  },
  // A change as a share of where it started, in percent: (new - old) / old * 100 (a rent, a price, a score).
  percentChange: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((from, to) => (from === 0 ? undefined : finite(((to - from) / from) * 100))),
    render: ([from, to]) => ({
      text: `(${wrap(to!, PRECEDENCE.additive)} - ${wrap(from!, PRECEDENCE.additive + 1)}) / ${wrap(from!, PRECEDENCE.multiplicative + 1)} * 100`,
      precedence: PRECEDENCE.multiplicative
    }),
    bits: 5,
    uncuedBits: 4,
    family: 'arithmetic',
    words: ['percentage', 'percent', '%', 'change', 'increase', 'decrease', 'rise', 'growth', 'grew', 'fell']
  },
  abs: {
    arguments: ['number'],
    result: 'number',
    apply: numericUnary(Math.abs),
    render: call('Math.abs'),
    bits: 5,
    family: 'arithmetic',
    words: ['difference', 'distance', 'apart', 'absolute', 'gap', 'between', 'off by', 'differ by']
  },
  negate: {
    arguments: ['number'],
    result: 'number',
    apply: numericUnary((a) => -a),
    render: ([a]) => ({
      text: a!.text.startsWith('-') ? `-(${a!.text})` : `-${wrap(a!, PRECEDENCE.prefix)}`,
      precedence: PRECEDENCE.prefix
    }),
    bits: 5,
    family: 'arithmetic',
    words: ['negative', 'opposite']
  },
  floor: {
    arguments: ['number'],
    result: 'number',
    apply: numericUnary((a) => Math.floor(asDecimal(a))),
    render: roundingCall('Math.floor'),
    bits: 5,
    family: 'rounding',
    words: ['full', 'complete', 'completed', 'down', 'floor', 'only full']
  },
  ceil: {
    arguments: ['number'],
    result: 'number',
    apply: numericUnary((a) => Math.ceil(asDecimal(a))),
    render: roundingCall('Math.ceil'),
    bits: 5,
    family: 'rounding',
    words: ['started', 'begun', 'part of', 'partial', 'up', 'needed', 'ceil']
  },
  // Halving until one is left, and doubling: a knockout's rounds and its draw's size, bits for a count.
  halvings: {
    arguments: ['number'],
    result: 'number',
    apply: ([a]) => (isNumber(a) && Number.isInteger(a) && a >= 1 ? Math.ceil(Math.log2(a) - 1e-9) : undefined),
    render: ([a]) => ({ text: `Math.ceil(Math.log2(${a!.text}))`, precedence: PRECEDENCE.primary }),
    bits: 6,
    uncuedBits: 4,
    family: 'arithmetic',
    words: ['halving', 'halved', 'halves', 'knockout', 'rounds', 'bracket', 'binary', 'bits', 'power of two', 'powers of two']
  },
  powerOfTwo: {
    arguments: ['number'],
    result: 'number',
    apply: ([a]) => (isNumber(a) && Number.isInteger(a) && a >= 0 && a <= 52 ? 2 ** a : undefined),
    render: ([a]) => ({ text: `2 ** ${wrap(a!, PRECEDENCE.primary)}`, precedence: PRECEDENCE.multiplicative }),
    bits: 6,
    uncuedBits: 4,
    family: 'arithmetic',
    words: ['doubling', 'doubles', 'doubled', 'knockout', 'bracket', 'byes', 'binary', 'power of two', 'powers of two']
  },
  round: {
    arguments: ['number'],
    result: 'number',
    apply: numericUnary((a) => Math.round(asDecimal(a))),
    render: roundingCall('Math.round'),
    bits: 5,
    family: 'rounding',
    words: ['round', 'rounded', 'nearest', 'about']
  },
  // To one decimal, only where the words say so ("rounded to one decimal"): a mark, a size in KB.
  roundTenths: {
    arguments: ['number'],
    result: 'number',
    // Half up on the decimal as written, past the float noise (0.45 * 10 is 4.499999999999999).
    apply: numericUnary((a) => roundHalfUp(a, 1)),
    render: scaledRounding('Math.round', 10),
    bits: 6,
    family: 'rounding',
    words: ['one decimal', 'a decimal', '1 decimal', 'one decimal place', 'tenth', 'tenths', 'one place']
  },
  roundCents: {
    arguments: ['number'],
    result: 'number',
    // Half up on the cent as written, past the float noise (19.99 * 50 / 100 is 9.994999999999999).
    apply: numericUnary((a) => roundHalfUp(a, 2)),
    render: scaledRounding('Math.round', 100),
    bits: 6,
    family: 'rounding',
    words: ['cent', 'cents', 'rounded', 'round', 'nearest', 'penny', 'pence', 'price', 'money', 'total', 'vat', 'tax', 'bill']
  },
  ceilCents: {
    arguments: ['number'],
    result: 'number',
    // Up to the next cent, past the float noise of a product (27.5 is 27.500000000000004 after * 1.1 / 4).
    apply: numericUnary((a) => Math.ceil(asDecimal(a * 100)) / 100),
    render: scaledRounding('Math.ceil', 100),
    bits: 6,
    uncuedBits: 4,
    family: 'rounding',
    words: ['rounded up', 'round up', 'next cent', 'never short', 'up to the cent']
  },
  floorCents: {
    arguments: ['number'],
    result: 'number',
    // Down to the cent, past the float noise of a product (1.1 * 0.98 * 100 is 107.80000000000001).
    apply: numericUnary((a) => Math.floor(asDecimal(a * 100)) / 100),
    render: scaledRounding('Math.floor', 100),
    bits: 6,
    uncuedBits: 4,
    family: 'rounding',
    words: ['rounded down', 'round down', 'down to the cent', 'truncated']
  },
  roundTo: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric((a, step) => (step > 0 ? finite(Math.round(asDecimal(a / step)) * step) : undefined)),
    render: (args) => ({
      text: `Math.round(${decimalText(`${wrap(args[0]!, PRECEDENCE.multiplicative)} / ${args[1]!.text}`)}) * ${args[1]!.text}`,
      precedence: PRECEDENCE.multiplicative
    }),
    bits: 6,
    family: 'rounding',
    constantArguments: [1],
    words: ['nearest', 'rounded', 'round', 'steps', 'multiple', 'multiples', 'dial', 'quarter hour', 'quarter of an hour']
  },
  less: {
    arguments: ['number', 'number'],
    result: 'boolean',
    apply: comparison((a, b) => a < b && !sameDecimal(a, b)),
    render: decimalComparison('<', PRECEDENCE.relational),
    bits: 3,
    family: 'order',
    words: ['less than', 'under', 'below', 'younger', 'before', 'fewer', 'smaller']
  },
  lessOrEqual: {
    arguments: ['number', 'number'],
    result: 'boolean',
    apply: comparison((a, b) => a <= b || sameDecimal(a, b)),
    render: decimalComparison('<=', PRECEDENCE.relational),
    bits: 3,
    family: 'order',
    words: [
      'at most',
      'up to',
      'no more than',
      'within',
      'not more than',
      'or less',
      'or fewer',
      'or colder',
      'or cheaper',
      'or younger',
      'or below',
      'or under',
      'or lower',
      'or earlier',
      'or shorter',
      'and under',
      'and below'
    ]
  },
  greater: {
    arguments: ['number', 'number'],
    result: 'boolean',
    apply: comparison((a, b) => a > b && !sameDecimal(a, b)),
    render: decimalComparison('>', PRECEDENCE.relational),
    bits: 3,
    family: 'order',
    words: [
      'more than',
      'over',
      'above',
      'older',
      'after',
      'exceeds',
      'beyond',
      'larger',
      'bigger',
      'enough',
      'insufficient',
      'too much',
      'too many'
    ]
  },
  greaterOrEqual: {
    arguments: ['number', 'number'],
    result: 'boolean',
    apply: comparison((a, b) => a >= b || sameDecimal(a, b)),
    render: decimalComparison('>=', PRECEDENCE.relational),
    bits: 3,
    family: 'order',
    words: [
      'at least',
      'or more',
      'no less than',
      'minimum',
      'from',
      'reach',
      'reaches',
      'reached',
      'gets to',
      'get to',
      'hits',
      'and over',
      'and above',
      'or over',
      'or above',
      'or older',
      'or warmer',
      'or higher',
      'or later',
      'or longer',
      'or heavier'
    ]
  },
  equal: {
    arguments: ['number', 'number'],
    result: 'boolean',
    apply: comparison((a, b) => sameDecimal(a, b)),
    render: decimalComparison('===', PRECEDENCE.equality),
    bits: 3.5,
    family: 'equality',
    commutative: true,
    words: ['same', 'equal', 'exactly', 'tie', 'draw', 'match', 'zero', 'none', 'no']
  },
  notEqual: {
    arguments: ['number', 'number'],
    result: 'boolean',
    apply: comparison((a, b) => !sameDecimal(a, b)),
    render: decimalComparison('!==', PRECEDENCE.equality),
    bits: 4,
    family: 'equality',
    commutative: true,
    words: ['different', 'differ', 'not equal']
  },
  divisibleBy: {
    arguments: ['number', 'number'],
    result: 'boolean',
    apply: ([a, b]) => (isNumber(a) && isNumber(b) && b !== 0 && Number.isInteger(a) ? a % b === 0 : undefined),
    render: ([a, b]) => ({
      text: `${wrap(a!, PRECEDENCE.multiplicative)} % ${wrap(b!, PRECEDENCE.multiplicative + 1)} === 0`,
      precedence: PRECEDENCE.equality
    }),
    bits: 5.5,
    uncuedBits: 3,
    family: 'divisibility',
    constantArguments: [1],
    words: ['divisible', 'multiple', 'multiples', 'every nth', 'even', 'odd', 'leap', 'evenly', 'fizz', 'buzz', 'fizzbuzz', 'nth']
  },
  leapYear: {
    arguments: ['number'],
    result: 'boolean',
    apply: ([year]) => (isNumber(year) && Number.isInteger(year) ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 : undefined),
    render: ([year]) => {
      const y = wrap(year!, PRECEDENCE.multiplicative)
      return { text: `(${y} % 4 === 0 && ${y} % 100 !== 0) || ${y} % 400 === 0`, precedence: PRECEDENCE.or }
    },
    bits: 6,
    uncuedBits: 4,
    family: 'divisibility',
    words: ['leap', 'february', 'calendar', 'year', 'years', 'gregorian']
  },
  sameText: {
    arguments: ['string', 'string'],
    result: 'boolean',
    apply: ([a, b]) => (isString(a) && isString(b) ? a === b : undefined),
    render: infix('===', PRECEDENCE.equality),
    bits: 3.5,
    family: 'equality',
    commutative: true,
    words: ['same', 'match', 'matches', 'equal']
  },
  // Two texts in alphabetical order ("the initials in the alphabetical order of their first names").
  alphabeticalOrder: {
    arguments: ['string', 'string'],
    result: 'boolean',
    apply: ([a, b]) => (isString(a) && isString(b) ? a.localeCompare(b, 'en', { sensitivity: 'base' }) <= 0 : undefined),
    render: ([a, b]) => ({
      text: `${wrap(a!, PRECEDENCE.primary)}.localeCompare(${b!.text}, 'en', { sensitivity: 'base' }) <= 0`,
      precedence: PRECEDENCE.relational
    }),
    bits: 4,
    family: 'order',
    words: ['alphabetical', 'alphabetically', 'a to z', 'a-z']
  },
  // A code at the start of a text: the country code of a phone number, the prefix of a card number.
  startsWith: {
    arguments: ['string', 'string'],
    result: 'boolean',
    apply: ([a, b]) => (isString(a) && isString(b) ? a.startsWith(b) : undefined),
    render: (args) => ({ text: `${wrap(args[0]!, PRECEDENCE.primary)}.startsWith(${args[1]!.text})`, precedence: PRECEDENCE.primary }),
    bits: 4,
    family: 'equality',
    constantArguments: [1],
    words: ['start', 'starts', 'begins', 'prefix', 'code']
  },
  // The letters a code starts with: "CV" of the postcode "CV1 5FB", "BA" (not "B") of "BA1 1LN".
  leadingLetters: {
    arguments: ['string'],
    result: 'string',
    apply: ([a]) => (isString(a) ? (/^\p{L}+/u.exec(a)?.[0] ?? '') : undefined),
    render: ([a]) => ({ text: `(${wrap(a!, PRECEDENCE.primary)}.match(/^\\p{L}+/u)?.[0] ?? '')`, precedence: PRECEDENCE.primary }),
    bits: 4,
    family: 'text',
    words: ['letters', 'start', 'leading', 'area', 'postcode']
  },
  and: {
    arguments: ['boolean', 'boolean'],
    result: 'boolean',
    apply: ([a, b]) => (isBoolean(a) && isBoolean(b) ? a && b : undefined),
    render: infix('&&', PRECEDENCE.and),
    bits: 3.5,
    family: 'logic',
    commutative: true,
    words: ['and', 'both', 'all']
  },
  or: {
    arguments: ['boolean', 'boolean'],
    result: 'boolean',
    apply: ([a, b]) => (isBoolean(a) && isBoolean(b) ? a || b : undefined),
    render: infix('||', PRECEDENCE.or),
    bits: 3.5,
    family: 'logic',
    commutative: true,
    words: ['or', 'either', 'any']
  },
  not: {
    arguments: ['boolean'],
    result: 'boolean',
    apply: ([a]) => (isBoolean(a) ? !a : undefined),
    render: ([a]) => ({ text: `!${wrap(a!, PRECEDENCE.prefix)}`, precedence: PRECEDENCE.prefix }),
    bits: 3,
    family: 'logic',
    words: ['not', 'no', 'never', 'without']
  },
  concat: {
    arguments: ['string', 'string'],
    result: 'string',
    apply: ([a, b]) => (isString(a) && isString(b) && a.length + b.length <= MAX_TEXT ? a + b : undefined),
    render: infix('+', PRECEDENCE.additive),
    bits: 2,
    family: 'text'
  },
  upper: {
    arguments: ['string'],
    result: 'string',
    apply: text((a) => a.toUpperCase()),
    render: method(() => 'toUpperCase()'),
    bits: 4,
    family: 'text',
    words: ['upper', 'uppercase', 'capitals', 'capital letters', 'shout', 'code']
  },
  lower: {
    arguments: ['string'],
    result: 'string',
    apply: text((a) => a.toLowerCase()),
    render: method(() => 'toLowerCase()'),
    bits: 4,
    family: 'text',
    words: ['lower', 'lowercase', 'small letters', 'slug', 'url', 'address', 'handle', 'username']
  },
  capitalise: {
    arguments: ['string'],
    result: 'string',
    apply: text(capitaliseWord),
    render: (args) => ({
      text: `${wrap(args[0]!, PRECEDENCE.primary)}.charAt(0).toUpperCase() + ${wrap(args[0]!, PRECEDENCE.primary)}.slice(1).toLowerCase()`,
      precedence: PRECEDENCE.additive
    }),
    bits: 5,
    family: 'text',
    words: ['capital', 'capitalised', 'capitalized', 'sentence']
  },
  trim: {
    arguments: ['string'],
    result: 'string',
    apply: text((a) => a.trim()),
    render: method(() => 'trim()'),
    bits: 4,
    family: 'text',
    words: ['trim', 'trimmed', 'spaces', 'whitespace', 'clean']
  },
  initial: {
    arguments: ['string'],
    result: 'string',
    apply: text((a) => a.charAt(0)),
    render: method(() => 'charAt(0)'),
    bits: 5,
    family: 'text',
    words: ['initial', 'initials', 'first letter', 'letter', 'abbreviation']
  },
  lettersAndDigits: {
    arguments: ['string'],
    result: 'string',
    apply: text((a) => a.replace(/[^\p{L}\p{N}]/gu, '')),
    render: method(() => "replace(/[^\\p{L}\\p{N}]/gu, '')"),
    bits: 4.5,
    family: 'text',
    words: ['tidy', 'tidied', 'tidying', 'clean', 'cleaned', 'strip', 'typed', 'code', 'spaces', 'dashes', 'punctuation']
  },
  digitsOnly: {
    arguments: ['string'],
    result: 'string',
    apply: text((a) => a.replace(/\D/g, '')),
    render: method(() => "replace(/\\D/g, '')"),
    bits: 4.5,
    family: 'text',
    words: ['digits', 'number', 'phone', 'typed', 'tidy', 'clean', 'numeric']
  },
  // The number a text ends with ("1:76" is 76, "size 12" is 12): a scale's, a size's, a code's number.
  lastNumber: {
    arguments: ['string'],
    result: 'number',
    apply: ([a]) => (isString(a) ? lastNumberIn(a) : undefined),
    render: ([a]) => ({ text: `Number(/(\\d+(?:\\.\\d+)?)$/u.exec(${a!.text})?.[1])`, precedence: PRECEDENCE.primary }),
    bits: 4,
    family: 'text',
    words: ['scale', 'ratio', 'size', 'number', 'version', 'model']
  },
  // The number a text starts with ("4%" is 4, "12.5 kg" is 12.5): a measure written with its unit.
  firstNumber: {
    arguments: ['string'],
    result: 'number',
    apply: ([a]) => (isString(a) ? firstNumberIn(a) : undefined),
    render: ([a]) => ({ text: `parseFloat(${a!.text})`, precedence: PRECEDENCE.primary }),
    bits: 4,
    family: 'text',
    words: ['percent', 'strength', 'measure', 'size', 'weight', 'volume']
  },
  length: {
    arguments: ['string'],
    result: 'number',
    apply: ([a]) => (isString(a) ? a.length : undefined),
    render: method(() => 'length'),
    bits: 5,
    family: 'text',
    words: ['length', 'characters', 'long', 'letters']
  },
  toText: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? String(a) : undefined),
    render: call('String'),
    bits: 2,
    family: 'text'
  },
  // The last few characters of a text: the last two digits of a year, the last four of a card.
  lastCharacters: {
    arguments: ['string', 'number'],
    result: 'string',
    apply: ([a, count]) =>
      isString(a) && isNumber(count) && Number.isInteger(count) && count >= 1 && count <= 6 && a.length > count
        ? a.slice(-count)
        : undefined,
    render: (args) => ({ text: `${wrap(args[0]!, PRECEDENCE.primary)}.slice(-${args[1]!.text})`, precedence: PRECEDENCE.primary }),
    bits: 5,
    family: 'text',
    constantArguments: [1],
    words: ['last', 'ending', 'ends', 'final', 'digits', 'short']
  },
  // A text without its last few characters: what comes before "a space before the last three characters".
  allButLastCharacters: {
    arguments: ['string', 'number'],
    result: 'string',
    apply: ([a, count]) =>
      isString(a) && isNumber(count) && Number.isInteger(count) && count >= 1 && a.length > count ? a.slice(0, -count) : undefined,
    render: (args) => ({ text: `${wrap(args[0]!, PRECEDENCE.primary)}.slice(0, -${args[1]!.text})`, precedence: PRECEDENCE.primary }),
    bits: 5,
    family: 'text',
    constantArguments: [1],
    words: ['before the last', 'all but the last', 'except the last', 'but the last']
  },
  // A text cut to a length (a username of at most 8 characters): longer texts lose their end, shorter ones are whole.
  firstCharacters: {
    arguments: ['string', 'number'],
    result: 'string',
    apply: ([a, count]) => (isString(a) && isNumber(count) && Number.isInteger(count) && count >= 1 ? a.slice(0, count) : undefined),
    render: (args) => ({ text: `${wrap(args[0]!, PRECEDENCE.primary)}.slice(0, ${args[1]!.text})`, precedence: PRECEDENCE.primary }),
    bits: 5,
    family: 'text',
    constantArguments: [1],
    words: ['at most', 'cut', 'cut off', 'characters', 'long', 'longer', 'shortened', 'truncated', 'maximum']
  },
  twoDigits: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) && Number.isInteger(a) && a >= 0 ? String(a).padStart(2, '0') : undefined),
    render: (args) => ({ text: `String(${args[0]!.text}).padStart(2, '0')`, precedence: PRECEDENCE.primary }),
    bits: 5,
    family: 'text',
    words: ['clock', 'time', 'minutes', 'padded', 'two digits', 'digital']
  },
  // Each letter moved along the alphabet by a number of places, round from Z to A (a shift cipher); case and other characters kept.
  shiftedLetters: {
    arguments: ['string', 'number'],
    result: 'string',
    apply: ([a, shift]) => (isString(a) && isNumber(shift) && Number.isInteger(shift) ? shiftLetters(a, shift) : undefined),
    render: (args) => ({
      text:
        `${wrap(args[0]!, PRECEDENCE.primary)}.replace(/[a-z]/gi, (letter) => { const base = letter <= 'Z' ? 65 : 97; ` +
        `return String.fromCharCode(base + (((letter.charCodeAt(0) - base + ${wrap(args[1]!, PRECEDENCE.additive)}) % 26) + 26) % 26) })`,
      precedence: PRECEDENCE.primary
    }),
    bits: 6,
    uncuedBits: 4,
    family: 'text',
    words: ['cipher', 'shift', 'shifted', 'alphabet', 'rotate', 'rotated', 'caesar', 'along', 'coded', 'encode', 'encoded', 'secret']
  },
  // A whole number in hexadecimal, capital digits, two at least: a colour code's `FF`, `08`.
  hexDigits: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) && Number.isInteger(a) && a >= 0 ? a.toString(16).toUpperCase().padStart(2, '0') : undefined),
    render: (args) => ({
      text: `${wrap(args[0]!, PRECEDENCE.primary)}.toString(16).toUpperCase().padStart(2, '0')`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'text',
    words: ['hex', 'hexadecimal', 'colour', 'color', 'code', 'web']
  },
  // Text in a field of fixed width: cut to it, or filled up with a mark (`JAZZFM--` on an 8-character display).
  fittedText: {
    arguments: ['string', 'number', 'string'],
    result: 'string',
    apply: ([a, width, fill]) =>
      isString(a) && isNumber(width) && isString(fill) && Number.isInteger(width) && width > 1 && [...fill].length === 1
        ? a.slice(0, width).padEnd(width, fill)
        : undefined,
    render: (args) => ({
      text: `${wrap(args[0]!, PRECEDENCE.primary)}.slice(0, ${args[1]!.text}).padEnd(${args[1]!.text}, ${args[2]!.text})`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'text',
    constantArguments: [1, 2],
    words: ['display', 'field', 'width', 'pad', 'padded', 'filled', 'characters', 'screen', 'label']
  },
  padded: {
    arguments: ['number', 'number'],
    result: 'string',
    apply: ([a, width]) =>
      isNumber(a) && isNumber(width) && Number.isInteger(a) && a >= 0 && Number.isInteger(width) && width > 2 && width <= 12
        ? String(a).padStart(width, '0')
        : undefined,
    render: (args) => ({ text: `String(${args[0]!.text}).padStart(${args[1]!.text}, '0')`, precedence: PRECEDENCE.primary }),
    bits: 5,
    family: 'text',
    constantArguments: [1],
    words: ['padded', 'zeros', 'zeroes', 'leading', 'digits', 'pad']
  },
  clockValue: {
    arguments: ['string'],
    result: 'number',
    apply: ([a]) => (isString(a) ? clockValue(a) : undefined),
    render: (args) => ({
      text: `${wrap(args[0]!, PRECEDENCE.primary)}.split(':').reduce((total, part) => total * 60 + Number(part), 0)`,
      precedence: PRECEDENCE.primary
    }),
    bits: 3,
    family: 'text',
    words: ['time', 'clock', 'hours', 'minutes', 'duration', 'pace', 'at', 'start', 'end', 'finish', 'finishing']
  },
  clockSpan: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric(clockSpan),
    render: ([from, to]) => ({
      text: `(${wrap(to!, PRECEDENCE.additive)} - ${wrap(from!, PRECEDENCE.additive + 1)} + 1440) % 1440`,
      precedence: PRECEDENCE.multiplicative
    }),
    bits: 4,
    family: 'arithmetic',
    words: ['midnight', 'overnight', 'night', 'bed', 'sleep', 'slept', 'shift', 'until', 'between', 'from', 'duration', 'long', 'woke']
  },
  // Known sequences (sequences.ts): a small table everyone knows, so a rule and not the rows restated.
  monthName: sequenceOperator('number', (a) => monthName(a), nthOf(MONTHS), MONTH_WORDS),
  monthShortName: sequenceOperator('number', (a) => monthName(a, true), nthOf(threeLetters(MONTHS)), MONTH_WORDS),
  monthNumber: sequenceOperator('string', monthNumber, positionOf(MONTHS), MONTH_WORDS),
  weekdayName: sequenceOperator('number', (a) => weekdayName(a), nthOf(WEEKDAYS), WEEKDAY_WORDS),
  weekdayShortName: sequenceOperator('number', (a) => weekdayName(a, true), nthOf(threeLetters(WEEKDAYS)), WEEKDAY_WORDS),
  weekdayNumber: sequenceOperator('string', weekdayNumber, positionOf(WEEKDAYS), WEEKDAY_WORDS),
  ordinal: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => {
      const suffix = isNumber(a) ? ordinalSuffix(a) : undefined
      return suffix === undefined ? undefined : `${a}${suffix}`
    },
    render: ([a]) => {
      const operand = wrap(a!, PRECEDENCE.multiplicative)
      return {
        text: `\`\${${a!.text}}\${['th', 'st', 'nd', 'rd'][${operand} % 100 >= 11 && ${operand} % 100 <= 13 ? 0 : ${operand} % 10] ?? 'th'}\``,
        precedence: PRECEDENCE.primary
      }
    },
    bits: 5,
    uncuedBits: 3,
    family: 'text',
    words: [
      'ordinal',
      'ordinals',
      'place',
      'places',
      'position',
      'rank',
      'finished',
      '1st',
      '2nd',
      '3rd',
      'floor',
      'anniversary',
      'birthday'
    ]
  },
  romanNumeral: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? romanNumeral(a) : undefined),
    render: ([a]) => {
      const operand = wrap(a!, PRECEDENCE.multiplicative + 1)
      return {
        text:
          `'M'.repeat(Math.floor(${operand} / 1000)) + ${listLiteral(ROMAN_HUNDREDS)}[Math.floor(${operand} / 100) % 10] + ` +
          `${listLiteral(ROMAN_TENS)}[Math.floor(${operand} / 10) % 10] + ${listLiteral(ROMAN_UNITS)}[${wrap(a!, PRECEDENCE.multiplicative)} % 10]`,
        precedence: PRECEDENCE.additive
      }
    },
    bits: 5,
    uncuedBits: 3,
    family: 'text',
    words: ['roman', 'numeral', 'numerals']
  },
  alphabetLetter: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? alphabetLetter(a) : undefined),
    render: ([a]) => ({ text: `String.fromCharCode(64 + ${wrap(a!, PRECEDENCE.additive + 1)})`, precedence: PRECEDENCE.primary }),
    bits: 5,
    uncuedBits: 3,
    family: 'text',
    words: ['letter', 'letters', 'alphabet', 'row', 'rows', 'column', 'columns', 'seat', 'grid']
  },
  letterPosition: {
    arguments: ['string'],
    result: 'number',
    apply: ([a]) => (isString(a) ? letterPosition(a) : undefined),
    render: ([a]) => ({ text: `${wrap(a!, PRECEDENCE.primary)}.toUpperCase().charCodeAt(0) - 64`, precedence: PRECEDENCE.additive }),
    bits: 5,
    uncuedBits: 3,
    family: 'text',
    words: ['letter', 'letters', 'alphabet', 'row', 'rows', 'column', 'columns', 'seat', 'grid']
  },
  daysInMonth: {
    arguments: ['number'],
    result: 'number',
    apply: ([a]) => (isNumber(a) ? daysInMonth(a) : undefined),
    render: ([a]) => ({ text: `(${listLiteral(MONTH_DAYS)}[${wrap(a!, PRECEDENCE.additive)} - 1] ?? 0)`, precedence: PRECEDENCE.primary }),
    bits: 5,
    uncuedBits: 3,
    family: 'arithmetic',
    words: MONTH_WORDS
  },
  daysInMonthOf: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: ([month, year]) => (isNumber(month) && isNumber(year) ? daysInMonthOf(month, year) : undefined),
    render: ([month, year]) => ({ text: `new Date(${year!.text}, ${month!.text}, 0).getDate()`, precedence: PRECEDENCE.primary }),
    bits: 6,
    uncuedBits: 3,
    family: 'arithmetic',
    words: MONTH_WORDS
  },
  // Calendar dates (dates.ts): ISO text read as days since 1970-01-01, and written back.
  dateValue: {
    arguments: ['string'],
    result: 'number',
    apply: ([a]) => (isString(a) ? dateValue(a) : undefined),
    render: ([a]) => ({ text: `Date.parse(${a!.text}) / 86400000`, precedence: PRECEDENCE.multiplicative }),
    bits: 3,
    family: 'text',
    words: ['date', 'dates', 'day', 'days', 'nights', 'weeks', 'due', 'deadline', 'expires', 'expiry', 'until', 'since', 'on']
  },
  // Months on from a date, the day of the month kept or the month's last day (a warranty, a subscription).
  addMonths: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric(addMonths),
    render: call('addMonths'),
    bits: 5,
    family: 'arithmetic',
    words: ['month', 'months', 'monthly', 'later', 'warranty', 'subscription', 'renewal', 'renews', 'contract', 'term']
  },
  dateText: epochText(dateText, 86400000, [0, 10], 4, ['date', 'dates', 'day', 'on', 'due', 'deadline', 'expires', 'expiry', 'until']),
  // Parts of a date (calendar.ts), days since 1970-01-01 in: its weekday, day, month, year.
  weekdayOf: dateName(weekdayOf, WEEKDAYS_FROM_EPOCH, (days) => `((${wrap(days, PRECEDENCE.multiplicative + 1)} % 7) + 7) % 7`, [
    ...WEEKDAY_WORDS,
    'day',
    'on',
    'monday',
    'friday',
    'saturday',
    'sunday',
    'weekend'
  ]),
  monthNameOf: dateName(
    monthNameOf,
    MONTHS,
    (days) => `new Date(${wrap(days, PRECEDENCE.multiplicative)} * 86400000).getUTCMonth()`,
    MONTH_WORDS
  ),
  // "Day" and "date" are in any spec of dates: only words about a day within the month cue it.
  dayOfMonth: datePart(dayOfMonth, 'getUTCDate()', ['of the month', 'of each month', 'of every month', 'day of month', 'monthly']),
  monthOf: datePart(monthOf, 'getUTCMonth() + 1', MONTH_WORDS),
  yearOf: datePart(yearOf, 'getUTCFullYear()', ['year', 'years', 'born', 'birth', 'school', 'season']),
  // Whole years from one date to another (an age on a day): the trick of YYYYMMDD numbers.
  yearsBetween: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric(yearsBetween),
    render: ([from, to]) => ({
      text: `Math.floor((${yearMonthDay(to!)} - ${yearMonthDay(from!)}) / 10000)`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'arithmetic',
    words: ['age', 'aged', 'old', 'years', 'born', 'birthday', 'anniversary', 'service', 'whole years']
  },
  // Whether a date is in a stretch of the year the words give (a season): only read from the words (described-seasons.ts).
  inYearStretch: {
    arguments: ['number', 'number', 'number'],
    result: 'boolean',
    apply: ([days, first, last]) => (isNumber(days) && isNumber(first) && isNumber(last) ? inYearStretch(days, first, last) : undefined),
    render: call('inYearStretch'),
    bits: 5,
    family: 'arithmetic',
    words: ['season', 'open season', 'from', 'until']
  },
  // A date on a Saturday or Sunday moved to the Monday after (due dates, deliveries).
  weekendToMonday: {
    arguments: ['number'],
    result: 'number',
    apply: ([a]) => (isNumber(a) ? weekendToMonday(a) : undefined),
    render: ([a]) => {
      const days = wrap(a!, PRECEDENCE.multiplicative + 1)
      return {
        text: `${wrap(a!, PRECEDENCE.additive)} + (${listLiteral(WEEKEND_SHIFT_FROM_EPOCH)}[((${days} % 7) + 7) % 7] ?? 0)`,
        precedence: PRECEDENCE.additive
      }
    },
    bits: 5,
    family: 'arithmetic',
    words: ['weekend', 'saturday', 'sunday', 'monday', 'working day', 'business day', 'weekday']
  },
  // Working days on from a date, weekends skipped ("delivered two working days after the order").
  workingDaysAfter: {
    arguments: ['number', 'number'],
    result: 'number',
    apply: numeric(workingDaysAfter),
    render: call('workingDaysAfter'),
    bits: 5,
    uncuedBits: 4,
    family: 'arithmetic',
    words: ['working day', 'working days', 'business day', 'business days', 'workday', 'workdays', 'weekdays']
  },
  // A weekday's nth (or last) occurrence in a month of a year: "the last Sunday in March".
  nthWeekday: {
    arguments: ['number', 'number', 'number', 'number'],
    result: 'number',
    apply: (args) => (args.every(isNumber) ? nthWeekday(...(args as [number, number, number, number])) : undefined),
    render: call('nthWeekday'),
    bits: 6,
    family: 'arithmetic',
    constantArguments: [1, 2, 3],
    words: ['first', 'second', 'third', 'fourth', 'last', ...WEEKDAY_WORDS]
  },
  // A clock reading's two parts: hours and minutes of minutes (minutes and seconds of seconds).
  hoursPart: {
    arguments: ['number'],
    result: 'number',
    apply: ([a]) => (isNumber(a) && Number.isInteger(a) && a >= 0 ? Math.floor(a / 60) : undefined),
    render: ([a]) => ({ text: `Math.floor(${wrap(a!, PRECEDENCE.multiplicative + 1)} / 60)`, precedence: PRECEDENCE.primary }),
    bits: 3,
    family: 'arithmetic',
    words: ['hours', 'h', 'hour']
  },
  minutesPart: {
    arguments: ['number'],
    result: 'number',
    apply: ([a]) => (isNumber(a) && Number.isInteger(a) && a >= 0 ? a % 60 : undefined),
    render: ([a]) => ({ text: `${wrap(a!, PRECEDENCE.multiplicative + 1)} % 60`, precedence: PRECEDENCE.multiplicative }),
    bits: 3,
    family: 'arithmetic',
    words: ['minutes', 'min', 'seconds']
  },
  clockText: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? clockText(a) : undefined),
    render: ([a]) => ({
      text:
        `\`\${String(Math.floor(${wrap(a!, PRECEDENCE.multiplicative + 1)} / 60)).padStart(2, '0')}:` +
        `\${String(${wrap(a!, PRECEDENCE.multiplicative + 1)} % 60).padStart(2, '0')}\``,
      precedence: PRECEDENCE.primary
    }),
    bits: 4,
    family: 'text',
    words: ['time', 'clock', "o'clock", 'rounded', 'at']
  },
  // A time of day reached by adding or taking away time: past midnight it is the next day's.
  wrappedClockText: epochText(wrappedClockText, 60000, [11, 16], 5, [
    'ends',
    'end',
    'midnight',
    'overnight',
    'night',
    'shift',
    'later',
    'after',
    'arrives',
    'arrival',
    'local',
    'offset',
    'lasting'
  ]),
  // The same past midnight, with the day it falls on marked: "00:15 +1", "22:30 -1" (a flight's local arrival).
  dayMarkedClockText: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? dayMarkedClockText(a) : undefined),
    render: ([a]) => ({
      text:
        `((minutes: number) => \`\${new Date(minutes * 60000).toISOString().slice(11, 16)}\${` +
        `Math.floor(minutes / 1440) > 0 ? \` +\${Math.floor(minutes / 1440)}\` : ` +
        `Math.floor(minutes / 1440) < 0 ? \` \${Math.floor(minutes / 1440)}\` : ''}\`)(${a!.text})`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'text',
    words: ['day', 'next', 'midnight', 'overnight', 'arrives', 'arrival', 'lands', 'local', 'before', 'after', '+1']
  },
  durationText: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? durationText(a) : undefined),
    render: ([a]) => ({
      text: `\`\${Math.floor(${wrap(a!, PRECEDENCE.multiplicative + 1)} / 60)}:\${String(${wrap(a!, PRECEDENCE.multiplicative + 1)} % 60).padStart(2, '0')}\``,
      precedence: PRECEDENCE.primary
    }),
    bits: 4,
    family: 'text',
    words: ['pace', 'duration', 'minutes', 'per', 'lap', 'split', 'time']
  },
  // An amount in two units, a big one and what is left of it in the small one: `7 lb 8 oz`, `1 h 25 min`.
  unitsText: unitsOperator(false, false),
  unitsTextShort: unitsOperator(false, true),
  bigUnitsText: unitsOperator(true, false),
  bigUnitsTextShort: unitsOperator(true, true),
  // Aggregates of a list of numbers in one cell.
  listSum: numberListOperator((values) => values.reduce((total, value) => total + value, 0), sumText, [
    'total',
    'sum',
    'altogether',
    'together'
  ]),
  listMean: numberListOperator(
    (values) => values.reduce((total, value) => total + value, 0) / values.length,
    (numbers) => `${sumText(numbers)} / ${numbers}.length`,
    ['average', 'mean', 'typical']
  ),
  listMedian: numberListOperator(median, (numbers) => `median(${numbers})`, ['median', 'middle', 'typical']),
  listLowest: numberListOperator(
    (values) => Math.min(...values),
    (numbers) => `Math.min(...${numbers})`,
    ['lowest', 'smallest', 'minimum', 'fastest', 'best', 'cheapest']
  ),
  listHighest: numberListOperator(
    (values) => Math.max(...values),
    (numbers) => `Math.max(...${numbers})`,
    ['highest', 'largest', 'maximum', 'slowest', 'worst', 'dearest']
  ),
  listCount: numberListOperator(
    (values) => values.length,
    (numbers) => `${numbers}.length`,
    ['count', 'how many', 'number of']
  ),
  // The amounts of (category, amount) input pairs with one category, summed: the travel of an expense claim.
  pairedSum2: pairedSumOperator(2),
  pairedSum3: pairedSumOperator(3),
  pairedSum4: pairedSumOperator(4),
  pairedSum5: pairedSumOperator(5),
  // The amounts of cells each holding one labelled amount, summed for one label: a week's shifts "kitchen 3", "front desk 2".
  labelledEntries2: labelledEntriesOperator(2),
  labelledEntries3: labelledEntriesOperator(3),
  labelledEntries4: labelledEntriesOperator(4),
  labelledEntries5: labelledEntriesOperator(5),
  // How many entries of a list are one mark: the X's of an archery end ("X 10 9 M 7"); with arithmetic, what a mark scores.
  listMarkCount: {
    arguments: ['string', 'string'],
    result: 'number',
    apply: ([a, mark]) => (isString(a) && isString(mark) ? markCount(a, mark) : undefined),
    render: ([a, mark]) => ({
      text: `${entriesText(wrap(a!, PRECEDENCE.primary))}.filter((entry) => entry === ${mark!.text}).length`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'arithmetic',
    constantArguments: [1],
    words: ['count', 'how many', 'number of', 'counts', 'scores']
  },
  // The sum of the amounts a list labels with one word: the beans of "beans 1.2, tomatoes 2.5, beans 0.8".
  labelledSum: {
    arguments: ['string', 'string'],
    result: 'number',
    apply: ([a, label]) => (isString(a) && isString(label) ? labelledSum(a, label) : undefined),
    render: ([a, label]) => ({
      text:
        `Math.round(${wrap(a!, PRECEDENCE.primary)}.split(',').map((entry) => entry.trim().split(/\\s+/))` +
        `.filter(([word]) => word!.toLowerCase() === ${label!.text}).reduce((total, [, amount]) => total + Number(amount), 0) * 1e9) / 1e9`,
      precedence: PRECEDENCE.multiplicative
    }),
    bits: 5,
    family: 'arithmetic',
    constantArguments: [1],
    words: ['total', 'totals', 'sum', 'altogether', 'each', 'per', 'log']
  },
  // The best entry of a list as it is written (`6.30`), its marks (`X`) skipped.
  listHighestEntry: extremeEntryOperator('highest', ['highest', 'largest', 'maximum', 'longest', 'furthest', 'best', 'top']),
  listLowestEntry: extremeEntryOperator('lowest', ['lowest', 'smallest', 'minimum', 'fastest', 'shortest', 'best', 'cheapest']),
  // A count of milliseconds (or tenths, or seconds) written as a time stamp the outputs show: "01:02:03,045".
  timestampText: {
    arguments: ['number', 'string'],
    result: 'string',
    apply: ([a, pattern]) => (isNumber(a) && isString(pattern) ? timestampText(a, pattern) : undefined),
    // The pattern is zeros and marks only ("00:00:00,000"): its quotes are all there is to take off.
    render: ([a, pattern]) => ({ text: `${renderTimestamp(pattern!.text.slice(1, -1))}(${a!.text})`, precedence: PRECEDENCE.primary }),
    bits: 4,
    family: 'text',
    constantArguments: [1],
    words: ['time', 'timestamp', 'milliseconds', 'hours', 'minutes', 'seconds', 'subtitle', 'digits']
  },
  // Seconds shown to the tenth or the hundredth, as a stopwatch or a results board shows them.
  timedTenths: timedOperator(1),
  timedHundredths: timedOperator(2),
  // A measure shown to one decimal whatever its value: 2.0 kg, 36.6 degrees.
  fixed1: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? fixedHalfUp(a, 1) : undefined),
    render: fixedRendering(1),
    bits: 5,
    family: 'text',
    words: ['kg', 'km', 'degrees', 'decimal', 'tenth', 'weight', 'temperature', 'litres']
  },
  fixed2: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? fixedHalfUp(a, 2) : undefined),
    render: fixedRendering(2),
    bits: 5,
    family: 'text',
    words: ['price', 'cents', 'money', 'decimals', 'amount', 'euro', 'dollar', 'pound']
  },
  // Three decimals, as kilograms written in grams (`1.750 kg`) or litres in millilitres are: only where an output shows them.
  fixed3: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) ? fixedHalfUp(a, 3) : undefined),
    render: fixedRendering(3),
    bits: 5,
    family: 'text',
    words: ['kg', 'kilograms', 'litres', 'km', 'decimals', 'three decimals']
  },
  // A whole number with its thousands grouped by commas, as amounts and scores are written: 1,250.
  grouped: {
    arguments: ['number'],
    result: 'string',
    apply: ([a]) => (isNumber(a) && Number.isInteger(a) ? groupedText(a) : undefined),
    render: method(() => "toLocaleString('en-US')"),
    bits: 5,
    family: 'text',
    words: ['thousands', 'comma', 'commas', 'points', 'pounds', 'dollars', 'raised', 'total']
  },
  // Masks: every character, or every digit, but the first and last few replaced by a mark.
  maskCharacters: maskOperator('characters'),
  maskDigits: maskOperator('digits'),
  // Each word masked but for its first and last few letters: `M**** G*******`.
  maskWords: maskOperator('words'),
  before: {
    arguments: ['string', 'string'],
    result: 'string',
    apply: ([a, b]) => (isString(a) && isString(b) && b !== '' && a.includes(b) ? a.slice(0, a.indexOf(b)) : undefined),
    render: (args) => ({ text: `${wrap(args[0]!, PRECEDENCE.primary)}.split(${args[1]!.text})[0]`, precedence: PRECEDENCE.primary }),
    bits: 5,
    family: 'text',
    constantArguments: [1],
    words: ['before', 'name', 'user', 'local part', 'prefix']
  },
  after: {
    arguments: ['string', 'string'],
    result: 'string',
    apply: ([a, b]) => (isString(a) && isString(b) && b !== '' && a.includes(b) ? a.slice(a.indexOf(b) + b.length) : undefined),
    render: (args) => ({
      text: `${wrap(args[0]!, PRECEDENCE.primary)}.slice(${wrap(args[0]!, PRECEDENCE.primary)}.indexOf(${args[1]!.text}) + ${args[1]!.text.length - 2})`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'text',
    constantArguments: [1],
    words: ['after', 'domain', 'suffix', 'extension']
  },
  words: {
    arguments: ['string', 'string'],
    result: 'list',
    apply: ([a, b]) => (isString(a) && isString(b) && b !== '' ? splitWords(a, b) : undefined),
    render: renderSplit,
    bits: 3,
    family: 'words',
    constantArguments: [1],
    words: ['words', 'word', 'parts', 'split', 'separated']
  },
  // A label by its place in an order the feature gives ("S", "M", "L", "XL"): one size up is the next label.
  rankedLabel: {
    arguments: ['number', 'string'],
    result: 'string',
    apply: ([rank, labels]) =>
      isNumber(rank) && isString(labels) && Number.isInteger(rank) && rank >= 0 ? labels.split('|')[rank] : undefined,
    render: ([rank, labels]) => ({ text: `(${labels!.text}.split('|')[${rank!.text}] ?? '')`, precedence: PRECEDENCE.primary }),
    bits: 4,
    family: 'words',
    constantArguments: [1],
    words: ['up', 'down', 'size', 'one', 'next', 'higher', 'lower', 'grade', 'band', 'tier']
  },
  chunks: {
    arguments: ['string', 'number'],
    result: 'list',
    apply: ([a, size]) =>
      isString(a) && isNumber(size) && Number.isInteger(size) && size > 0 ? (a.match(new RegExp(`.{1,${size}}`, 'gu')) ?? []) : undefined,
    render: (args) => ({
      text: `(${wrap(args[0]!, PRECEDENCE.primary)}.match(/.{1,${args[1]!.text}}/gu) ?? [])`,
      precedence: PRECEDENCE.primary
    }),
    bits: 4,
    family: 'words',
    constantArguments: [1],
    words: ['groups', 'group', 'blocks', 'chunks', 'every nth', 'dash', 'dashes', 'hyphen', 'hyphens', 'code', 'split']
  },
  join: {
    arguments: ['list', 'string'],
    result: 'string',
    apply: ([list, separator]) => (isList(list) && isString(separator) ? list.join(separator) : undefined),
    render: (args) => ({ text: `${wrap(args[0]!, PRECEDENCE.primary)}.join(${args[1]!.text})`, precedence: PRECEDENCE.primary }),
    bits: 2,
    family: 'words',
    constantArguments: [1],
    words: ['joined', 'join', 'hyphen', 'hyphens', 'dash', 'dashes', 'underscore', 'slug', 'separated']
  },
  eachLower: {
    arguments: ['list'],
    result: 'list',
    apply: eachWord((word) => word.toLowerCase()),
    render: method(() => 'map((word) => word.toLowerCase())'),
    bits: 4,
    family: 'words',
    words: ['lower', 'lowercase', 'slug', 'url', 'handle']
  },
  eachUpper: {
    arguments: ['list'],
    result: 'list',
    apply: eachWord((word) => word.toUpperCase()),
    render: method(() => 'map((word) => word.toUpperCase())'),
    bits: 4.5,
    family: 'words',
    words: ['upper', 'uppercase', 'capitals']
  },
  eachCapitalised: {
    arguments: ['list'],
    result: 'list',
    apply: eachWord(capitaliseWord),
    render: method(() => 'map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())'),
    bits: 4,
    family: 'words',
    words: ['title', 'capital', 'capitalised', 'capitalized', 'heading', 'name']
  },
  // Title case (sequences.ts): short articles, conjunctions and prepositions stay lower case inside a title.
  titleCase: {
    arguments: ['list'],
    result: 'list',
    apply: ([list]) => (isList(list) ? titleCase(list) : undefined),
    render: method(
      () =>
        `map((word, index, words) => index > 0 && index < words.length - 1 && ${listLiteral(MINOR_WORDS)}.includes(word.toLowerCase()) ` +
        '? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())'
    ),
    bits: 5,
    uncuedBits: 2,
    family: 'words',
    words: ['title', 'titles', 'heading', 'headline', 'headings', 'book', 'film', 'song', 'chapter']
  },
  eachInitial: {
    arguments: ['list'],
    result: 'list',
    apply: eachWord((word) => word.charAt(0)),
    render: method(() => 'map((word) => word.charAt(0))'),
    bits: 4,
    family: 'words',
    words: ['initials', 'initial', 'acronym', 'abbreviation', 'monogram', 'letters']
  },
  eachLettersAndDigits: {
    arguments: ['list'],
    result: 'list',
    apply: ([list]) => (isList(list) ? list.map((word) => word.replace(/[^\p{L}\p{N}]/gu, '')).filter((word) => word !== '') : undefined),
    render: method(() => "map((word) => word.replace(/[^\\p{L}\\p{N}]/gu, '')).filter(Boolean)"),
    bits: 4.5,
    family: 'words',
    words: ['slug', 'url', 'address', 'handle', 'tidy', 'clean', 'punctuation', 'hashtag', 'tag']
  },
  // The words the description quotes left out (`"of", "the" and "for"`): initials of "friends of the library" are FL.
  withoutWords: {
    arguments: ['list', 'string'],
    result: 'list',
    apply: ([list, left]) => {
      if (!isList(list) || !isString(left)) return undefined
      const out = left.split(' ')
      const kept = list.filter((word) => !out.includes(word.toLowerCase()))
      return kept.length === 0 ? undefined : kept
    },
    render: ([list, left]) => ({
      text: `${wrap(list!, PRECEDENCE.primary)}.filter((word) => !${left!.text}.split(' ').includes(word.toLowerCase()))`,
      precedence: PRECEDENCE.primary
    }),
    bits: 5,
    family: 'words',
    constantArguments: [1],
    words: ['leaving out', 'leave out', 'left out', 'except', 'ignoring', 'skipping', 'skips', 'skip', 'without the words', 'not counting']
  },
  allButFirst: {
    arguments: ['list'],
    result: 'list',
    apply: ([list]) => (isList(list) && list.length > 1 ? list.slice(1) : undefined),
    render: method(() => 'slice(1)'),
    bits: 4.5,
    family: 'words',
    words: ['rest', 'remaining', 'after the first', 'other']
  },
  allButLast: {
    arguments: ['list'],
    result: 'list',
    apply: ([list]) => (isList(list) && list.length > 1 ? list.slice(0, -1) : undefined),
    render: method(() => 'slice(0, -1)'),
    bits: 4.5,
    family: 'words',
    words: ['rest', 'remaining', 'before the last', 'other', 'given names', 'first names']
  },
  reversed: {
    arguments: ['list'],
    result: 'list',
    apply: ([list]) => (isList(list) ? [...list].reverse() : undefined),
    render: method(() => 'reverse()'),
    bits: 5,
    family: 'words',
    words: ['reverse', 'reversed', 'backwards', 'last name first', 'surname first', 'order']
  },
  firstWord: {
    arguments: ['list'],
    result: 'string',
    apply: ([list]) => (isList(list) && list.length > 0 ? list[0]! : undefined),
    render: (args) => ({ text: `(${args[0]!.text}[0] ?? '')`, precedence: PRECEDENCE.primary }),
    bits: 3.5,
    family: 'words',
    words: ['first', 'given name', 'first name', 'start']
  },
  lastWord: {
    arguments: ['list'],
    result: 'string',
    apply: ([list]) => (isList(list) && list.length > 0 ? list[list.length - 1]! : undefined),
    render: (args) => ({ text: `(${wrap(args[0]!, PRECEDENCE.primary)}.slice(-1)[0] ?? '')`, precedence: PRECEDENCE.primary }),
    bits: 3.5,
    family: 'words',
    words: ['last', 'surname', 'family name', 'last name', 'end', 'extension']
  },
  // A list as a sentence writes it: "milk, egg and soya" (one item alone, two joined by "and").
  listInWords: {
    arguments: ['list'],
    result: 'string',
    apply: ([list]) =>
      isList(list) && list.length > 0
        ? list.length === 1
          ? list[0]!
          : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]!}`
        : undefined,
    render: (args) => {
      const list = wrap(args[0]!, PRECEDENCE.primary)
      return {
        text: `(${list}.length > 1 ? \`\${${list}.slice(0, -1).join(', ')} and \${${list}.slice(-1)[0]}\` : (${list}[0] ?? ''))`,
        precedence: PRECEDENCE.primary
      }
    },
    bits: 4,
    family: 'words',
    words: ['list', 'and', 'contains', 'listed', 'joined']
  },
  wordCount: {
    arguments: ['list'],
    result: 'number',
    apply: ([list]) => (isList(list) ? list.length : undefined),
    render: method(() => 'length'),
    bits: 4,
    family: 'words',
    words: ['count', 'how many', 'number of words', 'words']
  }
} as const satisfies Record<string, OperatorSpec>

export type OperatorName = keyof typeof OPERATORS

export const OPERATOR_NAMES = Object.keys(OPERATORS) as OperatorName[]
