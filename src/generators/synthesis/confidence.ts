/**
 * Whether the examples decide the rule. Each consistent candidate weighs 2^-bits (its prior
 * probability; every candidate explains every example, so this is its posterior up to a
 * constant). On every plausible probe row, the answer of the best candidate must carry at least
 * CONFIDENCE of the weight of all candidates; where it does not, the examples do not decide
 * between them, and the most ordinary such probe is the example row to ask for, with the answer
 * each candidate gives.
 */
import type { Value } from '../operation'
import { multipleOf, roundingStep } from './arithmetic'
import { type Candidate, type Problem, probeValues } from './candidate'
import { roundHalfUp } from './numbers'
import { OPERATORS } from './operators'
import type { Probe } from './probes'
import { type Program, apply, constant, subprograms } from './program'
import { type Answer, answersOf } from './questions'
import { type SynthValue, sameValue } from './values'

/** Candidates further than this from the best weigh too little to count (1/256). */
export const MARGIN_BITS = 8
/** The share of the weight the best answer needs on every probe (one rival 4.3 bits worse is enough doubt). */
export const CONFIDENCE = 0.9
/** The output domain is held to on probes at least this ordinary: between and just beyond the examples. */
const DOMAIN_PLAUSIBILITY = 0.8
/** Probes between or among the examples' own values (not around or beyond them). */
const INSIDE_PLAUSIBILITY = 0.9
/** A bound the words name is cheaper than none: the words state it, and the rows cannot tell the two apart. */
const STATED_BOUND_BITS = -0.5
/** Probes less ordinary than this do not raise questions (a tenfold input, say). */
export const QUESTION_PLAUSIBILITY = 0.3

export interface DistinguishingExample {
  inputs: Record<string, Value>
  /** What each near-best candidate answers, best first. */
  answers: Answer[]
}

/**
 * A reason the examples leave the best rule open though no near-best rival disagrees on a probe
 * (an input they never vary, dates all in one week): the row that would decide it, or undefined.
 * `written` writes a rule over derived quantities out over the inputs.
 */
export type Doubt = (
  problem: Problem,
  best: Candidate,
  domain: OutputDomain,
  written: (program: Program) => Program
) => DistinguishingExample | undefined

export interface Confidence {
  confident: boolean
  /** The near-best candidates compared (the best first). */
  compared: number
  question?: DistinguishingExample
}

/**
 * What the examples' outputs have in common, beyond their type: whole numbers (a count of tins),
 * never negative. An answer outside it on an ordinary input is a question, even with no rival:
 * the examples never showed what happens there (do 20 m² take 1.67 tins?).
 */
export interface OutputDomain {
  integral: boolean
  nonNegative: boolean
  /** Money kept to the cent: every example has at most two decimals and the output is an amount. */
  cents?: boolean
  /**
   * Text whose numbers are written with a fixed number of digits (`EU-000042`, `09:05`): each
   * run of digits, in order, with its width where every example agrees on it.
   */
  digitWidths?: Array<number | undefined>
  /** Rounded to a step the words name ("to the nearest 5"), every example a multiple of it. */
  step?: number
  /**
   * The most decimals any example's output has (1 or more): an answer with more, on an input
   * like the examples', is a precision the examples never showed (a rounding they never decided).
   */
  decimals?: number
  /**
   * A cap the words name on the answer and the examples reach more than once ("the fee never goes
   * above 5.00", two rows at 5.00): an answer above it is outside the domain.
   */
  atMost?: number
  /** A floor the words name on the answer and the examples reach more than once ("never fewer than 2 pizzas"). */
  atLeast?: number
}

/** Words of payments: measured, not counted, and kept to the cent. */
const PAYMENTS = [
  'price',
  'prices',
  'cost',
  'costs',
  'fee',
  'fees',
  'pay',
  'pays',
  'paid',
  'amount',
  'total',
  'balance',
  'charge',
  'bill',
  'salary',
  'fine',
  'fines',
  'fined',
  'penalty',
  'toll'
]

/** Words of quantities that are measured, not counted: whole examples of them are no evidence of whole answers. */
const MEASURED = [
  ...PAYMENTS,
  'weight',
  'kg',
  'km',
  'distance',
  'temperature',
  'degrees',
  'percent',
  'average',
  'mean',
  'rate',
  'speed',
  'length',
  'height',
  'grams',
  'litres',
  'liters',
  'metres',
  'meters',
  'hours',
  'score'
]

/** Words of amounts of money, which people keep to the cent. */
const MONEY = [
  ...PAYMENTS,
  'share',
  'fare',
  'refund',
  'tip',
  'owed',
  'owes',
  'due',
  'deposit',
  'premium',
  'payout',
  'wage',
  'rent',
  'invoice',
  'subtotal',
  'euros',
  'dollars',
  'pounds',
  'cent',
  'cents',
  'money',
  'spend',
  'spent',
  'budget',
  'change'
]

/**
 * The output's own name decides first (`tins`, `price`); the words around it only when the name
 * says nothing.
 */
/** Words of things counted one by one. */
const COUNTED = [
  'count',
  'number',
  'tins',
  'cans',
  'boxes',
  'items',
  'pages',
  'people',
  'guests',
  'seats',
  'days',
  'nights',
  'weeks',
  'points',
  'stamps',
  'visits',
  'tickets',
  'cars',
  'rolls',
  'packs',
  'bags',
  'bottles',
  'trips',
  'buses',
  'teams',
  'plates',
  'cards',
  'pieces',
  'boards',
  'tiles',
  'crates',
  'pallets',
  'rooms',
  'steps',
  'laps',
  'books',
  'units'
]

/** The widths of the runs of digits in a text, in order. */
function digitRuns(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map((run) => run.length)
}

function digitWidthsOf(texts: readonly string[]): Array<number | undefined> | undefined {
  if (texts.length < 3) return undefined
  const runs = texts.map(digitRuns)
  const count = runs[0]!.length
  if (count === 0 || runs.some((widths) => widths.length !== count)) return undefined
  const widths = runs[0]!.map((width, index) => (width >= 2 && runs.every((other) => other[index] === width) ? width : undefined))
  return widths.some((width) => width !== undefined) ? widths : undefined
}

export function domainOf(
  outputs: readonly Value[],
  outputName = '',
  words: ReadonlySet<string> = new Set(),
  inputs: readonly Value[] = [],
  /** The numbers the words name as bounds, each with its side. */
  namedBounds: ReadonlyMap<number, 'lower' | 'upper'> = new Map()
): OutputDomain {
  const texts = outputs.filter((value): value is string => typeof value === 'string')
  if (texts.length === outputs.length) {
    const digitWidths = digitWidthsOf(texts)
    return { integral: false, nonNegative: false, ...(digitWidths ? { digitWidths } : {}) }
  }
  const numbers = outputs.filter((value): value is number => typeof value === 'number')
  if (numbers.length < 3 || numbers.length !== outputs.length) return { integral: false, nonNegative: false }
  const named = outputName
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/\s+/)
  const measured =
    named.some((word) => MEASURED.includes(word)) ||
    (!named.some((word) => COUNTED.includes(word)) && MEASURED.some((word) => words.has(word)))
  // Never negative only means something when nothing going in is negative either (a sum of debts is).
  const nonNegative = numbers.every((value) => value >= 0) && inputs.every((value) => typeof value !== 'number' || value >= 0)
  const money =
    named.some((word) => MONEY.includes(word)) || (!named.some((word) => COUNTED.includes(word)) && MONEY.some((word) => words.has(word)))
  const decimals = Math.max(0, ...numbers.map(decimalsOf))
  // Amounts "rounded to the cent" are kept to the cent whatever their name.
  const roundedToTheCent = decimals === 2 && ROUNDED.some((word) => words.has(word))
  const cents = (money || roundedToTheCent) && decimals <= 2
  const step = roundingStep(
    numbers,
    OPERATORS.roundTo.words.some((word) => words.has(word)),
    !cents && !['cent', 'cents', 'penny', 'pence'].some((word) => words.has(word))
  )
  const highest = Math.max(...numbers)
  const capped = namedBounds.get(highest) === 'lower' && numbers.filter((value) => value === highest).length >= 2
  const lowest = Math.min(...numbers)
  const floored = namedBounds.get(lowest) === 'upper' && numbers.filter((value) => value === lowest).length >= 2
  return {
    integral: !measured && numbers.every((value) => Number.isInteger(value)),
    nonNegative,
    ...(capped ? { atMost: highest } : {}),
    ...(floored ? { atLeast: lowest } : {}),
    ...(cents ? { cents } : {}),
    ...(step !== undefined && step !== 1 ? { step } : {}),
    ...(!cents && decimals > 0 ? { decimals } : {})
  }
}

/** Words that say an amount is rounded (to the cent: with two decimals in every answer). */
const ROUNDED = ['rounded', 'round', 'cent', 'cents']

/** Decimal places of a number, beyond floating-point noise: 4.5 → 1, 12.09 → 2, 0.1 + 0.2 → 1. */
function decimalsOf(value: number): number {
  for (let places = 0; places < 10; places++) if (!beyond(value, places)) return places
  return 10
}

/** A value with more than `places` decimals. */
function beyond(value: number, places: number): boolean {
  const scaled = value * 10 ** places
  return Math.abs(scaled - Math.round(scaled)) > 1e-6 * Math.max(1, Math.abs(scaled) * 1e-9)
}

/** A value with fractions of a cent. */
export function beyondCents(value: number): boolean {
  return beyond(value, 2)
}

function outside(domain: OutputDomain, value: SynthValue): boolean {
  if (typeof value === 'string' && domain.digitWidths !== undefined) {
    const runs = digitRuns(value)
    return (
      runs.length !== domain.digitWidths.length || domain.digitWidths.some((width, index) => width !== undefined && runs[index] !== width)
    )
  }
  if (typeof value !== 'number') return false
  return (
    (domain.integral && !Number.isInteger(value)) ||
    (domain.nonNegative && value < 0) ||
    (domain.cents === true && beyondCents(value)) ||
    (domain.step !== undefined && !multipleOf(value, domain.step)) ||
    (domain.decimals !== undefined && beyond(value, domain.decimals)) ||
    pastNamedBound(domain, value)
  )
}

/** Above the cap the words name on the answer, or below the floor they name. */
function pastNamedBound(domain: OutputDomain, value: number): boolean {
  return (
    (domain.atMost !== undefined && value > domain.atMost + 1e-9 * Math.max(1, Math.abs(domain.atMost))) ||
    (domain.atLeast !== undefined && value < domain.atLeast - 1e-9 * Math.max(1, Math.abs(domain.atLeast)))
  )
}

/**
 * Answers as the output's domain tells them apart: amounts of money to the cent, so a rule and
 * the same rule rounded to the cent give the same answer wherever the spec could check one.
 */
export function inDomain(domain: OutputDomain, value: SynthValue): SynthValue {
  return domain.cents === true && typeof value === 'number' ? roundHalfUp(value, 2) : value
}

/** What answering outside the examples' domain on ordinary inputs costs a rule. */
export const DOMAIN_EXIT_BITS = 4

/**
 * Near-best rules that answer outside the outputs' domain on ordinary inputs (1.67 tins, a
 * negative count) cost DOMAIN_EXIT_BITS more: every example argues against such answers. The
 * same measure as the rest of the ranking, so the rule written is the one that stays in it.
 */
export function withDomainExits<C extends Candidate>(ranked: readonly C[], probes: readonly Probe[], domain: OutputDomain): C[] {
  if (
    (!domain.integral &&
      !domain.nonNegative &&
      domain.cents !== true &&
      domain.digitWidths === undefined &&
      domain.step === undefined &&
      domain.decimals === undefined &&
      domain.atMost === undefined &&
      domain.atLeast === undefined) ||
    ranked.length === 0
  )
    return [...ranked]
  const ordinary = probes.filter((probe) => probe.plausibility >= DOMAIN_PLAUSIBILITY)
  const askable = probes.filter((probe) => probe.plausibility >= QUESTION_PLAUSIBILITY)
  const ceiling = ranked[0]!.bits + MARGIN_BITS
  return ranked
    .map((candidate) => {
      if (candidate.bits > ceiling) return candidate
      // A cap or floor the words name holds on every probe a question could ask about, not only the ordinary ones.
      const exits =
        probeValues(candidate.program, ordinary).some((value) => value !== undefined && outside(domain, value)) ||
        ((domain.atMost !== undefined || domain.atLeast !== undefined) &&
          probeValues(candidate.program, askable).some((value) => typeof value === 'number' && pastNamedBound(domain, value)))
      return exits ? { ...candidate, bits: candidate.bits + DOMAIN_EXIT_BITS } : candidate
    })
    .sort((a, b) => a.bits - b.bits)
}

/**
 * A bound the words name on a number the examples never reach ("the fine never goes above 5.00",
 * "at least 6"): the rule with the bound fits every row as well as the rule without it. The words
 * make the bounded rule the likelier, but only a row past the bound can confirm it, so the two
 * are near rivals and a probe past the bound asks which holds. A bound an example reaches is
 * learnt from the rows already, and one the rule already uses (the 8 of "at most 8 in a group" in
 * `Math.ceil(children / 8)`, the 5 of "60% from 5 years" in the percentage the words give by years)
 * is what the words' number says: it is not read a second time as a cap.
 */
export function withStatedBounds<C extends Candidate>(
  ranked: readonly C[],
  problem: Problem,
  /** The rule as the user reads it: a quantity the words define is written out with its own numbers. */
  written: (program: Program) => Program = (program) => program
): C[] {
  const best = ranked[0]
  if (best === undefined || problem.output.type !== 'number') return [...ranked]
  const outputs = (problem.target as Value[]).filter((value): value is number => typeof value === 'number')
  if (outputs.length === 0) return [...ranked]
  const [lowest, highest] = [Math.min(...outputs), Math.max(...outputs)]
  const rivals: C[] = []
  for (const [bound, side] of problem.prior.boundSides) {
    const cap = side === 'lower' && bound > highest
    const floor = side === 'upper' && bound < lowest && bound > 0
    if ((!cap && !floor) || usesNumber(written(best.program), bound)) continue
    const program = apply(cap ? 'min' : 'max', best.program, constant(bound))
    // A bound the rule never passes on any probe changes nothing ("up to 300 km" beside a number of days).
    const [plain, bounded] = [probeValues(best.program, problem.probes), probeValues(program, problem.probes)]
    if (plain.every((value, index) => sameValue(value as SynthValue, bounded[index] as SynthValue))) continue
    rivals.push({ ...best, program, bits: best.bits + STATED_BOUND_BITS })
  }
  return [...ranked, ...rivals].sort((a, b) => a.bits - b.bits)
}

/** Whether a number (either sign) is a constant of the program. */
function usesNumber(program: Program, value: number): boolean {
  if (program.kind === 'constant') return typeof program.value === 'number' && Math.abs(program.value) === value
  return subprograms(program).some((part) => usesNumber(part, value))
}

export function judge(
  ranked: readonly Candidate[],
  probes: readonly Probe[],
  domain: OutputDomain = { integral: false, nonNegative: false },
  /** Each rule as the user reads it (derived quantities written out over the inputs). */
  written: (program: Program) => Program = (program) => program
): Confidence {
  const best = ranked[0]!
  const near = ranked.filter((candidate) => candidate.bits <= best.bits + MARGIN_BITS)
  const weights = near.map((candidate) => 2 ** (best.bits - candidate.bits))
  const raw = near.map((candidate) => probeValues(candidate.program, probes))
  const values = raw.map((answers) => answers.map((value) => (value === undefined ? undefined : inDomain(domain, value))))
  let question: { probe: Probe; answers: Array<{ program: Program; value: Value }>; score: number } | undefined
  // A table the description states (form 'lookup') answers for the codes its words name, no others.
  const tabled = best.form !== 'lookup' && readsATable(best.program)
  probes.forEach((probe, index) => {
    const bestValue = values[0]![index]
    if (probe.plausibility < QUESTION_PLAUSIBILITY) return
    // A table of the rows with no answer on an input like the examples' only restates them; an
    // operator with a domain of its own (no thirteenth month) says nothing outside it. Among the
    // examples' own values (a later time plus a longer wait), no answer is a gap in the rule: its
    // code would still answer there, unchecked ("24:08").
    const tableGap = tabled && probe.plausibility >= DOMAIN_PLAUSIBILITY
    if (bestValue === undefined && !tableGap && probe.plausibility < INSIDE_PLAUSIBILITY) return
    const answers: Array<{ program: Program; value: Value; weight: number }> = []
    let total = 0
    near.forEach((candidate, position) => {
      const value = values[position]![index]
      if (value === undefined) return
      total += weights[position]!
      const known = answers.find((answer) => sameValue(answer.value, value))
      if (known !== undefined) known.weight += weights[position]!
      else answers.push({ program: candidate.program, value: value as Value, weight: weights[position]! })
    })
    // Where no rule answers, only a table's silence is a question: a gap in a rule is one only where a rival fills it.
    if (answers.length === 0 && !tableGap) return
    // Outside the outputs' domain on an input like the examples' (not a tenfold one): a question.
    const share =
      bestValue === undefined
        ? 0
        : outside(domain, raw[0]![index]!) && probe.plausibility >= DOMAIN_PLAUSIBILITY
          ? Math.min(0.5, answers[0]!.weight / total)
          : answers[0]!.weight / total
    if (share >= CONFIDENCE) return
    // The most ordinary probe where the doubt is greatest.
    const score = probe.plausibility * 10 + (1 - share)
    if (question === undefined || score > question.score)
      question = { probe, answers: answers.map(({ program, value }) => ({ program, value })), score }
  })
  if (question === undefined) return { confident: true, compared: near.length }
  return {
    confident: false,
    compared: near.length,
    question: {
      inputs: question.probe.inputs,
      answers: answersOf(question.answers.slice(0, 3).map((answer) => ({ ...answer, program: written(answer.program) })))
    }
  }
}

/** Whether a program answers from a table of categories (a lookup or a rule per category). */
function readsATable(program: Program): boolean {
  return program.kind === 'lookup' || program.kind === 'match' || subprograms(program).some(readsATable)
}
