/**
 * Conditions the description states as bounds, joined into one yes/no quantity: "a volunteer may
 * drive if they are at least 21 years old, have held a licence for 2 years or more, and have no
 * more than 3 penalty points" is `age >= 21 && years >= 2 && points <= 3`. Each bound the words
 * name goes with one number input (two opposite bounds may make a band of one input); which input
 * is read from the rows: the joined bounds must split every example into the rows of one answer and
 * the rows of the other (yes or no, or one of two words; never an amount). Only one reading may fit,
 * or the words define nothing. Like the quantities of formulas, it is one the rule may read: the
 * words state it, the rows need not rediscover each bound, and a row against it means no reading.
 */
import type { Value } from '../operation'
import type { Derived } from './derived'
import { boundPhrases, type BoundPhrase, RANGE } from './described-bounds'
import { type Program, apply, constant, evaluateProgram, input } from './program'
import type { ExampleTable } from './table'

/** More bounds than this are no list of conditions a person writes in a sentence (and the readings grow as inputs^bounds). */
const MAX_BOUNDS = 4
/** The name of the quantity the stated conditions define. */
export const STATED_CONDITIONS = 'statedConditions'

/**
 * One condition the words state: a bound on a number ("at least 21"), on a text's length ("at least 10
 * characters long"), or a kind of character a text must hold ("at least one digit", "a capital letter").
 */
interface StatedCondition {
  on: 'number' | 'string' | 'share'
  start: number
  end: number
  /** A bound on a number: two opposite ones may make a band of one input. */
  bound?: BoundPhrase
  test: (name: string) => Program
}

/** Words that make a bound one on a text's length: "at least 10 characters long". */
const LENGTH_UNIT = /^\s*(?:characters?|chars?|letters?|symbols?)\b|\b(?:characters?|chars?|letters?)\b/u
/** A kind of character a text must hold, and the test of it. */
const CHARACTER_KINDS: ReadonlyArray<[RegExp, (text: Program) => Program]> = [
  [/^(?:digits?|numbers?|numerals?)$/u, (text) => apply('greaterOrEqual', apply('length', apply('digitsOnly', text)), constant(1))],
  [/^(?:capital|capitals|upper[- ]?case)(?: letters?)?$/u, (text) => apply('not', apply('sameText', text, apply('lower', text)))],
  [/^(?:lower[- ]?case|small)(?: letters?)?$/u, (text) => apply('not', apply('sameText', text, apply('upper', text)))]
]
const CHARACTER_KIND =
  /\b(?:at\s+least\s+(?:one|1|a|an)|(?:contains?|containing|has|have|having|with|includes?|including)\s+(?:at\s+least\s+)?(?:one|1|a|an))\s+((?:capital|upper[- ]?case|lower[- ]?case|small)(?:\s+letters?)?|capitals|digits?|numbers?|numerals?)\b/gu

/** A share of a whole the words bound: "at least half of the households", "more than two thirds of", "at least 75% of". */
const SHARE =
  /\b(at\s+least|no\s+less\s+than|more\s+than|over|at\s+most|no\s+more\s+than|less\s+than|under)\s+(half|a\s+third|one\s+third|two\s+thirds|a\s+quarter|one\s+quarter|three\s+quarters|(\d+(?:\.\d+)?)\s*(?:%|per\s?cent))\s+of\b/gu
const FRACTIONS: Readonly<Record<string, [number, number]>> = {
  half: [1, 2],
  'a third': [1, 3],
  'one third': [1, 3],
  'two thirds': [2, 3],
  'a quarter': [1, 4],
  'one quarter': [1, 4],
  'three quarters': [3, 4]
}
const SHARE_OPERATORS: Readonly<Record<string, 'greaterOrEqual' | 'greater' | 'lessOrEqual' | 'less'>> = {
  'at least': 'greaterOrEqual',
  'no less than': 'greaterOrEqual',
  'more than': 'greater',
  over: 'greater',
  'at most': 'lessOrEqual',
  'no more than': 'lessOrEqual',
  'less than': 'less',
  under: 'less'
}
/** The part and the whole of a share, as one name of `readings` (two inputs). */
const PAIR = '\u0000'

/** The shares of a whole the words bound, each a test over a part and its whole: `signed * 2 >= households`. */
function statedShares(lower: string): StatedCondition[] {
  return [...lower.matchAll(SHARE)].map((match) => {
    const operator = SHARE_OPERATORS[match[1]!.replace(/\s+/gu, ' ')]!
    const [parts, whole] = match[3] !== undefined ? [Number(match[3]), 100] : FRACTIONS[match[2]!.replace(/\s+/gu, ' ')]!
    const scaled = (name: string, by: number): Program =>
      by === 1 ? input(name, 'number') : apply('multiply', input(name, 'number'), constant(by))
    return {
      on: 'share' as const,
      start: match.index,
      end: match.index + match[0].length,
      test: (pair: string) => {
        const [part, of] = pair.split(PAIR) as [string, string]
        return apply(operator, scaled(part, whole), scaled(of, parts))
      }
    }
  })
}

/** The conditions the words state, in the order they are written. */
function statedConditions(text: string): StatedCondition[] {
  const lower = text.toLowerCase()
  const found: StatedCondition[] = [...statedShares(lower)]
  for (const match of lower.matchAll(CHARACTER_KIND)) {
    const kind = match[1]!.replace(/\s+/gu, ' ')
    // "with a number of guests" is no kind of character: a number is one only where the text must hold one.
    if (/^numbers?$/u.test(kind) && !/\bat\s+least\b|\bcontain/u.test(match[0])) continue
    const test = CHARACTER_KINDS.find(([pattern]) => pattern.test(kind))?.[1]
    if (test !== undefined)
      found.push({ on: 'string', start: match.index, end: match.index + match[0].length, test: (name) => test(input(name, 'string')) })
  }
  for (const bound of boundPhrases(text)) {
    if (found.some((condition) => bound.start < condition.end && bound.end > condition.start)) continue
    const length =
      LENGTH_UNIT.test(bound.text.replace(/^\D*\d[\d,.]*/u, '')) || LENGTH_UNIT.exec(lower.slice(bound.end, bound.end + 12))?.index === 0
    const operator = bound.side === 'upper' ? 'greaterOrEqual' : 'lessOrEqual'
    found.push(
      length
        ? {
            on: 'string',
            start: bound.start,
            end: bound.end,
            test: (name) => apply(operator, apply('length', input(name, 'string')), constant(bound.value))
          }
        : {
            on: 'number',
            start: bound.start,
            end: bound.end,
            bound,
            test: (name) => apply(operator, input(name, 'number'), constant(bound.value))
          }
    )
  }
  // A band written as its two ends ("weigh from 40 to 140 kg"): a lower and an upper bound of one input.
  for (const match of lower.matchAll(RANGE)) {
    const start = match.index
    const end = start + match[0].length
    if (found.some((condition) => start < condition.end && end > condition.start)) continue
    const [first, last] = (match[1] !== undefined ? [match[1], match[2]] : [match[3], match[4]]).map((written) =>
      Number(written!.replaceAll(',', ''))
    )
    if (!(first! < last!)) continue
    for (const [value, side] of [
      [first!, 'upper'],
      [last!, 'lower']
    ] as const) {
      const bound: BoundPhrase = { value, side, text: match[0], start, end }
      const operator = side === 'upper' ? 'greaterOrEqual' : 'lessOrEqual'
      found.push({ on: 'number', start, end, bound, test: (name) => apply(operator, input(name, 'number'), constant(value)) })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

/** The stated conditions joined into one yes/no quantity over the inputs, where exactly one reading of them fits the examples. */
export function describedConditions(text: string, table: ExampleTable, output: string): Derived[] {
  const conditions = statedConditions(text)
  const names = (type: 'number' | 'string') =>
    table.columns.filter((column) => column.type === type && !column.categorical).map((column) => column.name)
  const numbers = names('number')
  // A share's part and whole: two number inputs, the part never more than the whole on the rows.
  const shares = numbers.flatMap((part) =>
    numbers
      .filter((whole) => whole !== part && table.examples.every((example) => Number(example.inputs[part]) <= Number(example.inputs[whole])))
      .map((whole) => `${part}${PAIR}${whole}`)
  )
  const inputs = { number: numbers, string: names('string'), share: shares }
  // Conditions decide a yes/no answer, or one of two words ("allowed", "refused"): not an amount.
  const values = table.examples.map((example) => example.outputs[output])
  const answers = new Set(values.map((value) => JSON.stringify(value)))
  const words = values.every((value) => typeof value === 'string' || typeof value === 'boolean')
  if (conditions.length < 2 || conditions.length > MAX_BOUNDS || answers.size !== 2 || !words) return []
  if (conditions.some((condition) => inputs[condition.on].length === 0)) return []
  const fitting: Program[] = []
  for (const reading of readings(conditions, inputs)) {
    const tests = conditions.map((condition, index) => condition.test(reading[index]!))
    for (const join of ['and', 'or'] as const) {
      const program = tests.reduce((joined, test) => apply(join, joined, test))
      if (splitsTheAnswers(program, table, output)) fitting.push(program)
    }
    if (fitting.length > 1) return []
  }
  if (fitting.length === 0) fitting.push(...withNamedException(conditions, inputs, namedTests(text, table), table, output))
  return fitting.length === 1 ? [{ name: STATED_CONDITIONS, program: fitting[0]!, confident: true, stated: true }] : []
}

/**
 * Yes/no tests of the inputs the words name besides their bounds: a yes/no input ("a consent form
 * signed by a parent": `consent`), or a category's value they name ("on a Sunday": `day === 'Sunday'`).
 */
function namedTests(text: string, table: ExampleTable): Program[] {
  const lower = text.toLowerCase()
  const named = (word: string) =>
    new RegExp(String.raw`(?<![\p{L}\d])${word.toLowerCase().replace(/[_\s]+/gu, '\\s+')}(?![\p{L}\d])`, 'u').test(lower)
  return table.columns.flatMap((column): Program[] => {
    if (column.type === 'boolean') return named(column.name) ? [input(column.name, 'boolean')] : []
    if (column.type !== 'string' || !column.categorical) return []
    const values = [...new Set([...(column.domain ?? []), ...column.values])].filter((value): value is string => typeof value === 'string')
    return values
      .filter((value) => value.trim() !== '' && named(value))
      .map((value) => apply('sameText', input(column.name, 'string'), constant(value)))
  })
}

/**
 * Where the bounds alone fit no reading, one test the words name beside them (or its opposite):
 * joined as one more condition ("larger shops may open at most 6 hours on a Sunday": `area <= 280
 * || hours <= 6 || day !== 'Sunday'`), or as the exception of one bound ("jumpers under 18 also
 * need a consent form": `age >= 14 && … && (age >= 18 || consent)`), that bound free to share
 * its input with another. Every reading that fits is returned: one alone defines the quantity.
 */
function withNamedException(
  conditions: readonly StatedCondition[],
  inputs: Readonly<Record<'number' | 'string' | 'share', readonly string[]>>,
  named: readonly Program[],
  table: ExampleTable,
  output: string
): Program[] {
  const fitting = new Map<string, Program>()
  const keep = (program: Program) => {
    if (splitsTheAnswers(program, table, output)) fitting.set(JSON.stringify(program), program)
  }
  const exceptions = named.flatMap((test) => [test, apply('not', test)])
  for (const exception of exceptions) {
    for (const reading of readings(conditions, inputs)) {
      const tests = conditions.map((condition, index) => condition.test(reading[index]!))
      for (const join of ['and', 'or'] as const) keep([...tests, exception].reduce((joined, test) => apply(join, joined, test)))
      if (fitting.size > 1) return []
    }
    conditions.forEach((_, excepted) => {
      const freed = conditions.map((condition, index) => (index === excepted ? { ...condition, bound: undefined } : condition))
      for (const reading of readings(freed, inputs)) {
        const tests = freed.map((condition, index) => condition.test(reading[index]!))
        for (const [join, within] of [
          ['and', 'or'],
          ['or', 'and']
        ] as const)
          keep(
            tests
              .map((test, index) => (index === excepted ? apply(within, test, exception) : test))
              .reduce((joined, test) => apply(join, joined, test))
          )
      }
    })
    if (fitting.size > 1) return []
  }
  return [...fitting.values()]
}

/**
 * Each way to give every condition an input of its kind: bounds on numbers different inputs, except
 * that a lower and an upper bound may share one where they make a band ("from 10 up to 30"); the
 * conditions on a text may all be on one ("10 characters, a digit and a capital": one password).
 */
function* readings(
  conditions: readonly StatedCondition[],
  inputs: Readonly<Record<'number' | 'string' | 'share', readonly string[]>>,
  chosen: string[] = []
): Generator<string[]> {
  if (chosen.length === conditions.length) {
    yield chosen
    return
  }
  const condition = conditions[chosen.length]!
  for (const name of inputs[condition.on]) {
    const bound = condition.bound
    const sharing = chosen.flatMap((other, index) => (other === name && conditions[index]!.bound ? [conditions[index]!.bound!] : []))
    const band =
      bound === undefined ||
      sharing.length === 0 ||
      (sharing.length === 1 && sharing[0]!.side !== bound.side && lowerEnd(sharing[0]!, bound) < upperEnd(sharing[0]!, bound))
    if (band) yield* readings(conditions, inputs, [...chosen, name])
  }
}

const lowerEnd = (a: BoundPhrase, b: BoundPhrase): number => (a.side === 'upper' ? a.value : b.value)
const upperEnd = (a: BoundPhrase, b: BoundPhrase): number => (a.side === 'lower' ? a.value : b.value)

/** Whether the quantity is true on the rows of one answer and false on the rows of the other (both shown). */
function splitsTheAnswers(program: Program, table: ExampleTable, output: string): boolean {
  const answerWhen = new Map<boolean, string>()
  for (const example of table.examples) {
    const result = evaluateProgram(program, example.inputs)
    if (!result.ok || typeof result.value !== 'boolean') return false
    const answer = JSON.stringify(example.outputs[output] as Value)
    const known = answerWhen.get(result.value)
    if (known !== undefined && known !== answer) return false
    answerWhen.set(result.value, answer)
  }
  return answerWhen.size === 2
}
