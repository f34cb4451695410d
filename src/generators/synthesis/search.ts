/**
 * Synthesis of one operation, output by output, as a pipeline:
 *   candidates (bank expressions and the forms built on them)
 *   → ranking (description length under the prior; nothing else breaks ties but the bank order)
 *   → acceptance (the best rule must be clearly shorter than the table of its examples)
 *   → confidence (near-best candidates compared on the probes)
 *   → synthesised | ambiguous (with the deciding example) | no-rule.
 * Pure: data in, data out (the clock for the time budget is injectable).
 */
import { type SpecloopError, specloopError } from '../../errors'
import type { Operation, OperationOutput, Value, ValueType } from '../operation'
import {
  affineOn,
  capsOn,
  clockOffsetsOn,
  dateOffsetsOn,
  linearOn,
  monthOffsetsOn,
  nthWeekdaysOn,
  pastNamedNumbers,
  roundedAffineOn,
  wholeGroupsOfNamedNumbers,
  weightedCounts,
  yesNoTerms
} from './arithmetic'
import { tieredOn } from './tiers'
import { Bank, type Entry, THOUSANDTHS } from './bank'
import { guarded, needsGuard, zeroGuardsOf } from './zero-guard'
import { AgreementIndex, type Candidate, type Form, type Problem, candidateOf, explains, maskOf } from './candidate'
import {
  DOMAIN_EXIT_BITS,
  type Doubt,
  type DistinguishingExample,
  domainOf,
  judge,
  type OutputDomain,
  withDomainExits,
  withStatedBounds
} from './confidence'
import { describedFormulas } from './described-formulas'
import { describedSchedules } from './described-schedules'
import { describedAmountBands } from './described-amount-bands'
import { describedLabelBands } from './described-label-bands'
import { bestOfTries } from './best-of-tries'
import { describedSeasons } from './described-seasons'
import { describedLabelLimits } from './described-label-limits'
import { describedKeyLabels } from './described-key-labels'
import { describedPercentBands } from './described-percent-bands'
import { describedConditions } from './described-conditions'
import { clockParts } from './clock-parts'
import { describedPrices } from './described-prices'
import { describedRanges } from './described-ranges'
import { extremesOfBranches } from './extremes'
import { ordinalShifts } from './ordinal'
import { categoryRules, decisionLists, ruleFinder } from './decisions'
import { describedLookups } from './described'
import { whichOfInputs } from './which'
import { contestsOn } from './contests'
import { sumsByLabel } from './labelled-sums'
import { Prior } from './prior'
import { probeRows } from './probes'
import { apply, type Program, describeProgram, evaluateProgram, inputsUsed, programSize } from './program'
import { answersOf } from './questions'
import { isTableProblem, locationOf, tabulate, type ExampleTable } from './table'
import { templatesOn } from './templates'
import { cutTemplatesOn } from './cut-templates'
import { statedEdgeQuestion } from './stated-edges'
import { sharesOffOn } from './shares-off'
import { leaderLinesOn } from './leader-lines'
import { chosenToTheCent, toTheCent } from './fractions-of-a-cent'
import { CONFIDENCE, MARGIN_BITS, QUESTION_PLAUSIBILITY } from './confidence'
import { workClock } from './work'
import { isClockText, isTimedText, timestampPatternOf, twelveHourMarks } from './clock'
import { isDateText } from './dates'
import { sumLabelsOf } from './lists'
import { MASK_MARKS, OPERATORS, type OperatorName, unitLabelsIn } from './operators'
import { sameValue } from './values'
import { answersOneRowByHeart, copiesOneRow, restatesRows, tableBitsOf } from './memorisation'
import { restsOnOneRow } from './leave-one-out'
import { answersEvery, flagSplitsOf, flaggedRule } from './flag-offsets'
import { unvariedInputQuestion } from './unvaried-inputs'
import { namedUnreadInputQuestion } from './named-inputs'
import { oneWeekDatesQuestion } from './one-week-dates'
import { equalityPointsQuestion } from './equality-points'
import { periodPointsQuestion } from './period-points'
import { oddBranchQuestion } from './odd-branch'
import { branchLimitQuestion } from './branch-limits'
import { newLevelQuestion } from './new-levels'
import {
  type Derived,
  realInputs,
  namedQuantities,
  shownQuantities,
  categoriesOf,
  withDerivedColumns,
  withDerivedValues,
  withoutDerivedColumns,
  writtenOut
} from './derived'

export interface SynthesisOptions {
  /** Highest bank level, in half-bits of description length (widened by later rounds). */
  maxLevel?: number
  /** Most expressions the bank keeps per output. */
  maxEntries?: number
  /** Wall-clock budget for the whole operation. */
  timeBudgetMs?: number
  /** Milliseconds; injectable so tests can spend a budget without waiting. */
  clock?: () => number
  /**
   * The share of the table's bits a rule may take (COMPRESSION by default). A part of a larger
   * model (a command's guard, seen a handful of times) is judged with the whole model: it may
   * take more, and its confidence still comes from the probes.
   */
  compression?: number
  /**
   * Whether the words' bounds ("at most 5") say which side of a cut their number falls on (true
   * by default). A command's guard reads the state before the command, while the words bound
   * the state it may leave, so for a guard they only name the number.
   */
  describedBounds?: boolean
  /**
   * Whether any value of one input may come with any value of another (true by default: an
   * example table's columns). A story's state is not such: its quantities move together (a
   * queue's length and its next number), so a probe that joins one's least with another's row
   * may describe a state that cannot exist.
   */
  independentInputs?: boolean
  /**
   * Pairs of a yes/no input and a count that are one fact read twice (a name is on the list exactly
   * when the list holds copies of it): a probe that splits them is no state, and asks nothing.
   */
  presence?: ReadonlyArray<readonly [string, string]>
  /**
   * How many choices between phrases one template may make (two by default). A refusal's message
   * is one sentence or another: its phrases change together, on one condition.
   */
  templateChoices?: number
}

export const DEFAULT_MAX_LEVEL = 52
export const DEFAULT_MAX_ENTRIES = 16000
export const DEFAULT_TIME_BUDGET_MS = 2000
/**
 * A rule must take at most this share of the bits of the table it explains: a rule compresses
 * its rows, an interpolation does not.
 */
export const COMPRESSION = 0.6

/** The examples name the inputs the rule depends on: a rule that ignores one is less likely. */
const UNUSED_INPUT_BITS = 2

export interface SearchStatistics {
  examples: number
  probes: number
  enumerated: number
  evaluated: number
  candidates: number
  elapsedMs: number
}

export interface SynthesisedOutput {
  name: string
  type: ValueType
  program: Program
  /** Description length in bits. */
  bits: number
  size: number
  form: Form
  description: string
  /** Bits of the examples written out as a table, for the acceptance test. */
  tableBits: number
  confident: boolean
  /** Near-best candidates compared on the probes. */
  compared: number
  question?: DistinguishingExample
}

export type SynthesisFailureReason = 'no-rule' | 'no-inputs' | 'no-outputs' | 'too-few-examples' | 'invalid-example' | 'contradiction'

export type SynthesisResult =
  | { ok: true; operation: string; status: 'synthesised' | 'ambiguous'; outputs: SynthesisedOutput[]; statistics: SearchStatistics }
  | {
      ok: false
      operation: string
      status: 'no-rule'
      reason: SynthesisFailureReason
      message: string
      error: SpecloopError
      /** The output no rule was found for, when the operation has several. */
      output?: string
      statistics: SearchStatistics
    }

/** The share of the time left that growing the bank may take: the rest is for the forms built on it. */
const BANK_SHARE = 0.6

/** The bank and the share of the budget a search over derived quantities has. */
const DERIVED_ENTRIES = 8000
const DERIVED_BUDGET_SHARE = 0.125
/** A rule by an earlier output's band or number is short: a small bank leaves time for its decision lists. */
const BAND_ENTRIES = 2000

interface Settings {
  compression: number
  describedBounds: boolean
  independentInputs: boolean
  /** A search for part of a rule (the rows without a flag, the rest beside a guard): the words speak of the whole. */
  partOfRule?: boolean
  presence: ReadonlyArray<readonly [string, string]>
  templateChoices?: number
  /** The operation's budget, in work milliseconds. */
  budget: number
  maxLevel: number
  maxEntries: number
  clock: () => number
  deadline: number
  /** Set once the time budget has cut the search short. */
  cut: boolean
  /** When the current output's search started (for the trace). */
  started: number
}

type OutputSearch = { ok: true; output: SynthesisedOutput } | { ok: false; message: string }

/** One output's problem: its prior, probes, domain, and the bank grown to its limits. */
function problemOf(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  settings: Settings,
  derived: readonly Derived[]
): { problem: Problem; domain: OutputDomain } {
  const target: Value[] = table.examples.map((example) => example.outputs[output.name]!)
  const prior = new Prior({
    text: operation.context ?? operation.whenText,
    inputs: table.columns.length,
    describedBounds: settings.describedBounds,
    percentInputs: derived.some((quantity) => quantity.percent === true)
  })
  const probes = withDerivedValues(probeRows(withoutDerivedColumns(table, derived), settings.independentInputs, settings.presence), derived)
  const inputValues = table.columns.flatMap((column) => column.values)
  const domain = domainOf(target, output.name, prior.words, inputValues, prior.boundSides)
  const bank = new Bank(
    table,
    probes.map((probe) => probe.inputs),
    prior,
    {
      maxEntries: settings.maxEntries,
      maxLevel: settings.maxLevel,
      wholeOutputs: domain.integral,
      clockOutputs: output.type === 'string' && target.every(isClockText),
      twelveHourMarks: output.type === 'string' ? twelveHourMarks(target.filter((value) => typeof value === 'string')) : [],
      timedOutputs: output.type === 'string' && target.every(isTimedText),
      ...(output.type === 'string' && timestampPatternOf(target) !== undefined ? { timestampPattern: timestampPatternOf(target)! } : {}),
      groupedOutputs: someTextShows(output, target, GROUPED_NUMBER),
      listedOutputs: someTextShows(output, target, / and /u),
      ...(output.type === 'string' ? cutLengthOf(table, target as string[]) : {}),
      ...(output.type === 'string' ? fittedFieldOf(table, target as string[], prior) : {}),
      hexOutputs: someTextShows(output, target, HEX_RUN) || prior.cued('hex', 'hexadecimal'),
      ...(someTextShows(output, target, THOUSANDTHS) ? { thousandthsOutputs: target } : {}),
      maskMarks: MASK_MARKS.filter((mark) => target.some((value) => typeof value === 'string' && value.includes(mark))),
      dateOutputs: output.type === 'string' && target.every(isDateText),
      derivedInputs: derived.map((quantity) => quantity.name),
      unitLabels: output.type === 'string' ? unitLabelsIn(target as string[]) : [],
      sumLabels: output.type === 'number' ? sumLabelsOf(output.name, inputValues) : []
    },
    output.type
  )
  const expired = () => {
    if (settings.clock() <= settings.deadline) return false
    settings.cut = true
    return true
  }
  // The bank leaves a share of what is left of the budget to the forms built on it (decision lists, templates).
  const bankDeadline = settings.clock() + Math.max(0, settings.deadline - settings.clock()) * BANK_SHARE
  while (!expired() && settings.clock() <= bankDeadline && bank.grow()) {
    // grow until the level or entry limit
  }
  trace(settings, 'bank', bank)
  const [all, percentInputs] = [
    maskOf([...Array(table.rows).keys()]),
    derived.filter((quantity) => quantity.percent).map(({ name }) => name)
  ]
  const problem: Problem = { table, probes, bank, prior, output, target, all, expired, percentInputs }
  return { problem, domain }
}

/** A number written in groups of thousands: `1,250`, `12,400` (not a list `1,2`, nor `1,2500`). */
const GROUPED_NUMBER = /(?<![\d,])\d{1,3}(?:,\d{3})+(?![\d,])/u

/** A run of four or more hexadecimal digits mixing decimal digits and the letters A-F (`FF8800`, `0A0B0C`): not a seat (`12B`), a word or a number. */
const HEX_RUN = /(?<![\p{L}\p{N}])(?=[\dA-F]*\d)(?=[\dA-F]*[A-F])[\dA-F]{4,}(?![\p{L}\p{N}])/u

/**
 * The width every output text has where two or more end in a run of one mark a text input of the
 * row does not end in (`JAZZFM--`, `KISS----` on an 8-character display): the marks they are filled up with.
 */
function fittedFieldOf(
  table: ExampleTable,
  target: readonly string[],
  prior: Prior
): { fittedField?: { widths: number[]; fills: string[] } } {
  const width = [...(target[0] ?? '')].length
  if (width < 3 || !target.every((value) => [...value].length === width)) return statedFieldOf(target, prior)
  const texts = table.columns.filter((column) => column.type === 'string')
  const fills = [...new Set(target.map((value) => [...value].at(-1)!))].filter((mark) => {
    if (/[\p{L}\p{N}]/u.test(mark)) return false
    const filled = target.filter(
      (value, row) => value.endsWith(mark) && texts.every((column) => !String(column.values[row]).endsWith(mark))
    )
    return filled.length >= 2
  })
  return fills.length === 0 ? statedFieldOf(target, prior) : { fittedField: { widths: [width], fills } }
}

/** A mark the words fill text up with ("padded with X"), as one character. */
const STATED_FILL =
  /\b(?:padded|filled(?: up)?|made up)(?: out)? with (?:an? )?["'\u2018\u201c]?([^\s"'\u2019\u201d.,;:])["'\u2019\u201d]?(?=[\s.,;:]|$)/iu

/**
 * A field the words state: a mark text is filled up with, and the lengths they name ("the first four letters of the
 * surname, padded with X"). A piece of the output, not all of it: the outputs need only show the mark.
 */
function statedFieldOf(target: readonly string[], prior: Prior): { fittedField?: { widths: number[]; fills: string[] } } {
  const fill = STATED_FILL.exec(prior.context.text ?? '')?.[1]
  const widths = [...prior.lengths].filter((length) => length >= 2)
  if (fill === undefined || widths.length === 0 || !target.some((value) => value.includes(fill))) return {}
  return { fittedField: { widths, fills: [fill] } }
}

/** The sum or the count of a mark of a list input ("X 10 9 M 7"): a quantity the cell gives, as an input does. */
const readOfList = (entry: Entry): boolean =>
  entry.program.kind === 'apply' &&
  (entry.program.operator === 'listSum' || entry.program.operator === 'listMarkCount') &&
  entry.program.args[0]!.kind === 'input'

/**
 * Rules found on some rows and carried to the rest: a share the words state taken off a price found
 * where none is taken, and a rule capped where the rows stop rising (from the same operands as on all rows).
 */
function partRules(problem: Problem, bank: Bank, operandsOfAffine: readonly Entry[]): Candidate[] {
  const index = new AgreementIndex(problem, 20)
  const inputs = bank.all('number', problem.prior.inputBits).filter((entry) => entry.program.kind === 'input')
  return [
    ...sharesOffOn(problem, index, (rows) => linearOn(problem, rows, inputs)),
    ...capsOn(problem, (rows) => [
      ...index.correctOn(maskOf(rows), 3).map((entry) => candidateOf(entry.program, entry.bits, 'expression')),
      ...affineOn(problem, rows, operandsOfAffine)
    ])
  ]
}

/** A time of day an input gives, as the minutes since midnight. */
const readOfClock = (entry: Entry): boolean =>
  entry.program.kind === 'apply' && entry.program.operator === 'clockValue' && entry.program.args[0]!.kind === 'input'

/** Whether a text output shows the pattern on some example ("1,250 points", "milk and egg"). */
const someTextShows = (output: OperationOutput, target: readonly Value[], pattern: RegExp): boolean =>
  output.type === 'string' && target.some((value) => typeof value === 'string' && pattern.test(value))

/** With SPECLOOP_SYNTHESIS_TRACE set, each phase of a search is reported on stderr. */
function trace(settings: Settings, phase: string, bank: Bank): void {
  if (process.env.SPECLOOP_SYNTHESIS_TRACE) console.error(phase, Math.round(settings.clock() - settings.started), bank.entries.length)
}

/**
 * The length every output text is cut to, where none is longer, each that reaches it comes from a
 * text input as long, and two or more from a longer one ("Marmalade" on an 8-character tag: "MARMALAD").
 */
function cutLengthOf(table: ExampleTable, target: readonly string[]): { cutLength?: number } {
  const lengths = target.map((value) => [...value].length)
  const longest = Math.max(...lengths)
  const cut = target.map((_, row) => row).filter((row) => lengths[row] === longest)
  const inputLength = (row: number) =>
    Math.max(0, ...table.columns.filter((column) => column.type === 'string').map((column) => [...String(column.values[row])].length))
  const cutShort = cut.filter((row) => inputLength(row) > longest)
  return longest > 1 && cutShort.length >= 2 && cut.every((row) => inputLength(row) >= longest) ? { cutLength: longest } : {}
}

/** Every form's candidates for one output: expressions, learnt constants, caps, categories, decision lists, templates. */
function candidatesOf(problem: Problem, domain: OutputDomain, ceiling: number, settings: Settings): Candidate[] {
  const { bank, output, target, table, prior } = problem
  const found: Candidate[] = []
  for (const entry of bank.withExampleValues(output.type, target)) found.push(candidateOf(entry.program, entry.bits, 'expression'))
  if (domain.cents === true) found.push(...keptToTheCent(problem))
  // Kept to one decimal where the words say so ("the average is rounded to one decimal"), the same way.
  else if (output.type === 'number' && (prior.cued(...OPERATORS.roundTenths.words) || domain.decimals === 1))
    found.push(...keptToTheCent(problem, ['roundTenths']))
  found.push(...describedLookups(problem))
  // Which of three inputs is the extreme one, by its label (the cheapest station's name).
  found.push(...whichOfInputs(problem))
  // Who is ahead of two sides, measure by measure (more skips, then further).
  found.push(...contestsOn(problem))
  // The total of the amounts of one label, where the inputs come in amount-and-label pairs.
  found.push(...sumsByLabel(problem))
  const allRows = [...Array(table.rows).keys()]
  const operandsOfAffine = output.type === 'number' ? bank.all('number', 16) : []
  if (output.type === 'number') {
    found.push(...affineOn(problem, allRows, operandsOfAffine))
    found.push(...roundedAffineOn(problem, allRows, [...bank.all('number', 10), ...weightedCounts(problem)]))
    found.push(
      ...linearOn(problem, allRows, [
        ...bank.all('number', prior.inputBits).filter((entry) => entry.program.kind === 'input'),
        // What a list in one cell is read as counts as an input too: its total and how many of each mark (X scores 10);
        // and so does how far an input goes past a number the words name (the days after the seventh).
        ...bank.all('number', 16).filter(readOfList),
        // So does a time of day, as the minutes since midnight (from one time to another is a difference of two).
        ...bank.all('number', 16).filter(readOfClock),
        ...pastNamedNumbers(problem),
        ...wholeGroupsOfNamedNumbers(problem),
        ...yesNoTerms(problem)
      ])
    )
    // A rate up to a threshold the words name and another above it (tiers.ts).
    found.push(...tieredOn(problem, allRows, bank.all('number', prior.inputBits)))
  }
  if (output.type === 'string') {
    for (const learn of [dateOffsetsOn, monthOffsetsOn, nthWeekdaysOn, clockOffsetsOn])
      found.push(...learn(problem, allRows, bank.all('number', 16)))
  }
  trace(settings, 'arith', bank)
  const rules = ruleFinder(problem)
  if (output.type === 'number') found.push(...partRules(problem, bank, operandsOfAffine))
  trace(settings, 'caps', bank)
  if (!problem.expired()) found.push(...categoryRules(problem, rules), ...ordinalShifts(problem))
  trace(settings, 'category', bank)
  const cheapestSoFar = Math.min(ceiling, ...found.map((candidate) => candidate.bits))
  if (!problem.expired()) {
    const lists = decisionLists(problem, rules, MARGIN_BITS, cheapestSoFar + MARGIN_BITS)
    found.push(...lists, ...extremesOfBranches(problem, lists))
  }
  trace(settings, 'decisions', bank)
  found.push(...templateForms(problem, Math.min(ceiling, ...found.map((candidate) => candidate.bits)) + MARGIN_BITS, settings))
  // A line filled to its width by a run of one mark between two texts ("Maps ....... 6").
  if (!problem.expired()) found.push(...leaderLinesOn(problem, ceiling))
  trace(settings, 'templates', bank)
  return found
}

/** Text built from pieces, and such a template cut to the length the longest outputs reach (at most 8 characters). */
function templateForms(problem: Problem, ceiling: number, settings: Settings): Candidate[] {
  if (problem.expired()) return []
  const templates = templatesOn(problem, MARGIN_BITS, ceiling, { choices: settings.templateChoices })
  if (problem.expired()) return templates
  const cheapest = Math.min(ceiling, ...templates.map((candidate) => candidate.bits + MARGIN_BITS))
  return [...templates, ...cutTemplatesOn(problem, MARGIN_BITS, cheapest)]
}

/** Distinct candidates that explain every example, ranked by their bits (a rule that ignores an input pays for it). */
/** What the ranking charges a program beyond its prior: the inputs it ignores. */
function unusedInputBits(program: Program, problem: Problem, derived: readonly Derived[]): number {
  const inputColumns = problem.table.columns.length - derived.length
  return UNUSED_INPUT_BITS * (inputColumns - inputsUsed(writtenOut(program, derived) ?? program).length)
}

function ranking(found: readonly Candidate[], problem: Problem, derived: readonly Derived[]): Candidate[] {
  const seen = new Set<string>()
  return found
    .filter((candidate) => {
      const description = describeProgram(candidate.program)
      if (seen.has(description)) return false
      seen.add(description)
      return explains(candidate.program, problem)
    })
    .map((candidate) => ({ ...candidate, bits: candidate.bits + unusedInputBits(candidate.program, problem, derived) }))
    .sort((a, b) => a.bits - b.bits)
}

function searchOutput(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  settings: Settings,
  statistics: SearchStatistics,
  derived: readonly Derived[] = []
): OutputSearch {
  settings.started = settings.clock()
  const { problem, domain } = problemOf(operation, table, output, settings, derived)
  const tableBits = tableBitsOf(problem, [...Array(table.rows).keys()])
  const found = ranking(candidatesOf(problem, domain, tableBits * settings.compression + MARGIN_BITS, settings), problem, derived)
  // Memorising rows is not compression: a rule whose branches restate single rows is judged on the rest.
  const ranked = found.filter((candidate) => !restatesRows(candidate, problem, settings.compression))
  if (ranked.length === 0 && found.length > 0)
    return {
      ok: false,
      message:
        `the simplest rule that fits (${output.name} = ${describeProgram(found[0]!.program)}) ` +
        'answers rows by testing for their own values: it would restate the rows, not explain them'
    }
  statistics.enumerated += problem.bank.entries.length
  statistics.evaluated += problem.bank.evaluated
  statistics.probes = problem.probes.length
  statistics.candidates += ranked.length
  if (ranked.length === 0) return { ok: false, message: `no rule in the language explains the ${table.rows} examples of ${output.name}` }
  const best = ranked[0]!
  if (best.bits > tableBits * settings.compression) {
    return {
      ok: false,
      message:
        `the simplest rule that fits (${output.name} = ${describeProgram(best.program)}) is hardly shorter than the ${table.rows} examples themselves ` +
        `(${Math.round(best.bits)} of ${Math.round(tableBits)} bits): it would restate the rows, not explain them`
    }
  }
  return judgedBest(ranked, problem, domain, tableBits, derived, settings.independentInputs, settings.partOfRule !== true)
}

/** Doubts of an example table's rule, whose columns are the user's to vary (a story's quantities are its state). */
const TABLE_DOUBTS: readonly Doubt[] = [unvariedInputQuestion, namedUnreadInputQuestion, oneWeekDatesQuestion, newLevelQuestion]
/** Doubts of a whole rule, not of a part found on some rows or columns (the rule of the rows without a flag). */
const WHOLE_RULE_DOUBTS: readonly Doubt[] = [statedEdgeQuestion]
const DOUBTS: readonly Doubt[] = [equalityPointsQuestion, periodPointsQuestion, oddBranchQuestion, branchLimitQuestion]

/** The best candidate, written out over the inputs, with how sure the near-best make it. */
function judgedBest(
  ranked: Candidate[],
  problem: Problem,
  domain: OutputDomain,
  tableBits: number,
  derived: readonly Derived[],
  /** An example table's columns, each the user's to vary (a story's quantities are its state, not columns). */
  columns: boolean,
  wholeRule = true
): OutputSearch {
  const { output, probes } = problem
  const writtenOver = (program: Program) => writtenOut(program, derived) ?? program
  const judged = withDomainExits(withStatedBounds(roundedToCents(ranked, problem, domain), problem, writtenOver), probes, domain)
  if (process.env.SPECLOOP_SYNTHESIS_TRACE)
    for (const candidate of judged.slice(0, +process.env.SPECLOOP_SYNTHESIS_TRACE || 12))
      console.error(candidate.bits.toFixed(1), candidate.form, describeProgram(candidate.program))
  const confidence = judge(judged, probes, domain, writtenOver)
  // Money answered with a fraction of a cent on an ordinary row is written to the cent.
  const chosen = chosenToTheCent(judged[0]!, probes, domain, CENTS_ROUNDING_BITS)
  // A branch that copies one example's own text explains nothing beyond that example.
  if (copiesOneRow(chosen.program, problem) || answersOneRowByHeart(chosen.program, problem)) confidence.confident = false
  // A part of the rule only one example shows is not decided: the row that would confirm it is asked for.
  if (confidence.confident) {
    const question = restsOnOneRow({
      problem,
      domain,
      best: chosen,
      charge: (program) => unusedInputBits(program, problem, derived),
      written: (program) => writtenOut(program, derived) ?? program
    })
    if (question !== undefined) Object.assign(confidence, { confident: false, question })
  }
  // What the examples leave open though no rival disagrees: an input they never vary, dates all in one week (which
  // cannot tell a weekday from a day of the month), a number answered by heart at the examples' own values.
  for (const doubt of [...(columns ? TABLE_DOUBTS : []), ...(columns && wholeRule ? WHOLE_RULE_DOUBTS : []), ...DOUBTS]) {
    if (!confidence.confident) break
    const question = doubt(problem, chosen, domain, (program) => writtenOut(program, derived) ?? program)
    if (question !== undefined) Object.assign(confidence, { confident: false, question })
  }
  const program = writtenOut(chosen.program, derived)
  if (program === undefined) return { ok: false, message: `no rule over the inputs of ${output.name}` }
  const synthesised: SynthesisedOutput = {
    name: output.name,
    type: output.type,
    program,
    bits: chosen.bits,
    size: programSize(program),
    form: chosen.form,
    description: describeProgram(program),
    tableBits,
    confident: confidence.confident,
    compared: confidence.compared
  }
  if (confidence.question !== undefined)
    synthesised.question = { ...confidence.question, inputs: realInputs(confidence.question.inputs, derived) }
  return { ok: true, output: synthesised }
}

/**
 * An output without a confident rule over the inputs is searched again with the outputs already
 * explained as derived quantities (the total after the discount): the same acceptance and
 * confidence test, over a language that can name them.
 */
function searchOutputOver(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  explained: readonly SynthesisedOutput[],
  settings: Settings,
  statistics: SearchStatistics
): OutputSearch {
  const inputs = new Set(table.columns.map((column) => column.name))
  // The outputs already explained, as quantities the others may be computed from.
  const earlier: Derived[] = explained
    .filter((quantity) => !inputs.has(quantity.name))
    .map(({ name, program, confident }) => ({ name, program, confident }))
  const byBand = searchByEarlierBand(operation, table, output, earlier, settings, statistics)
  if (byBand?.ok && byBand.output.confident) return byBand
  const beyond = searchBeyondBands(operation, table, output, explained, earlier, settings, statistics)
  const found = beyond.ok && beyond.output.confident ? beyond : searchByPrices(operation, table, output, settings, statistics, beyond)
  // Where nothing else explains the rows, or only an unconfirmed rule longer than it, the rule by the earlier band
  // stands, unconfirmed as it is.
  if (byBand?.ok && (!found.ok || (!found.output.confident && byBand.output.bits < found.output.bits))) return byBand
  return found
}

/**
 * A price per category the words state (`described-prices.ts`), as a quantity the rule may add
 * to. Which number goes with which category is read from the words' order, not stated as a
 * formula is: a rule over the list replaces what was found only where it is confident, or where
 * nothing was found.
 */
function searchByPrices(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  settings: Settings,
  statistics: SearchStatistics,
  found: OutputSearch
): OutputSearch {
  const prices = describedPrices(operation.context ?? '', table)
  if (prices.length === 0) return found
  const over = searchOverDerived(operation, table, output, prices, DERIVED_ENTRIES, settings, statistics)
  return over.ok && (over.output.confident || !found.ok) ? over : found
}

/** The direct search, and the one over quantities the earlier outputs show or the words describe. */
function searchBeyondBands(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  explained: readonly SynthesisedOutput[],
  earlier: readonly Derived[],
  settings: Settings,
  statistics: SearchStatistics
): OutputSearch {
  const inputs = new Set(table.columns.map((column) => column.name))
  const direct = searchOutput(operation, table, output, settings, statistics)
  // A confident rule may still miss the quantity an earlier output shows, or a stretch of months the words
  // name (the rows show a few of its months): those are always looked at.
  const shown = [
    ...shownQuantities(explained),
    ...namedQuantities(operation.context ?? '', earlier),
    ...describedRanges(operation.context ?? '', table),
    ...describedSeasons(operation.context ?? '', table),
    ...describedConditions(operation.context ?? '', table, output.name)
  ].filter((quantity) => !inputs.has(quantity.name))
  if (direct.ok && direct.output.confident && shown.length === 0) return direct
  const derived: Derived[] = [
    ...earlier,
    // An earlier output the words name is one of them already.
    ...shown.filter((quantity) => !earlier.some((other) => other.name === quantity.name)),
    ...(direct.ok && direct.output.confident
      ? []
      : [
          ...describedFormulas(operation.context ?? '', table),
          ...bestOfTries(operation.context ?? '', table),
          ...describedSchedules(operation.context ?? '', table),
          ...describedPercentBands(operation.context ?? '', table),
          ...describedAmountBands(operation.context ?? '', table),
          ...describedLabelBands(operation.context ?? '', table),
          ...describedLabelLimits(operation.context ?? '', table),
          ...describedKeyLabels(operation.context ?? '', table),
          ...clockParts(operation.context ?? '', table)
        ])
  ]
  if (derived.length === 0) return direct
  // Rules over derived quantities are short: a smaller bank, with its own share of the budget.
  const over = searchOverDerived(operation, table, output, derived, DERIVED_ENTRIES, settings, statistics)
  if (!over.ok) return direct
  // A rule over an unconfirmed quantity is no surer than that quantity.
  if (derived.some((quantity) => !quantity.confident)) over.output.confident = false
  const clearlyShorter = direct.ok && over.output.bits + MARGIN_BITS < direct.output.bits
  if (direct.ok && direct.output.confident) {
    if (clearlyShorter && over.output.confident) return over
    // A rule over a shown quantity as short as the direct one that answers otherwise somewhere: the examples do not decide.
    const parting = over.output.bits <= direct.output.bits + MARGIN_BITS ? partingProbe(table, direct.output, over.output) : undefined
    if (parting === undefined) return direct
    const shorter = over.output.bits < direct.output.bits ? over.output : direct.output
    return { ok: true, output: { ...shorter, confident: false, question: parting } }
  }
  // Both unsure: the derived rule only where it is clearly shorter (beyond the margin of near-best rules),
  // or merely shorter where the words define the quantity it reads.
  const statedAndShorter = direct.ok && derived.some((quantity) => quantity.stated) && over.output.bits < direct.output.bits
  return !direct.ok || over.output.confident || clearlyShorter || statedAndShorter ? over : direct
}

/**
 * An output may follow from one the table gives after it (whether two appointments clash, from the
 * minutes to spare): it is searched again over the later outputs with confident rules, as derived
 * quantities. The rule found replaces the first where it is confident and clearly shorter (or where
 * there was none); one about as short that answers otherwise somewhere leaves it unconfirmed. Each
 * rule is written over the inputs, so none reads another in a circle.
 */
function searchOverLaterOutputs(
  operation: Operation,
  table: ExampleTable,
  searches: Map<string, OutputSearch>,
  settings: Settings,
  statistics: SearchStatistics
): void {
  const inputs = new Set(table.columns.map((column) => column.name))
  operation.outputs.forEach((output, position) => {
    const found = searches.get(output.name)!
    const later: Derived[] = operation.outputs.slice(position + 1).flatMap((other) => {
      const search = searches.get(other.name)
      return search?.ok && search.output.confident && !inputs.has(other.name)
        ? [{ name: other.name, program: search.output.program, confident: true }]
        : []
    })
    if (later.length === 0) return
    const over = searchOverDerived(operation, table, output, later, DERIVED_ENTRIES, settings, statistics)
    if (!over.ok) return
    if (!found.ok) return void searches.set(output.name, over)
    // A smaller search meets fewer rivals: its rule replaces the first only where it is confident and clearly shorter.
    if (over.output.confident && over.output.bits + MARGIN_BITS < found.output.bits) return void searches.set(output.name, over)
    // A rule over a later output about as short that answers otherwise somewhere: the examples do not decide.
    const parting = over.output.bits <= found.output.bits + MARGIN_BITS ? partingProbe(table, found.output, over.output) : undefined
    if (found.output.confident && parting !== undefined)
      searches.set(output.name, { ok: true, output: { ...found.output, confident: false, question: parting } })
  })
}

/**
 * An output that goes with the band an earlier output names ("hot": 3 chillies) is looked up by
 * that band first: the earlier rule already paid for the thresholds, and a search over the inputs
 * alone would pay for them again (and may find no room to). Only a confident rule is taken at once.
 */
function searchByEarlierBand(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  earlier: readonly Derived[],
  settings: Settings,
  statistics: SearchStatistics
): OutputSearch | undefined {
  // A verdict on a number an earlier output shows ("going by that shown rate, 80 or more is excellent").
  const verdict = output.type === 'string' && new Set(table.examples.map((example) => example.outputs[output.name])).size <= 4
  const bands = earlier.filter(
    (quantity) =>
      quantity.confident &&
      (categoriesOf(quantity.program) !== undefined || (verdict && typeof table.examples[0]?.outputs[quantity.name] === 'number'))
  )
  if (bands.length === 0) return undefined
  return searchOverDerived(operation, table, output, bands, BAND_ENTRIES, settings, statistics)
}

/** A search with derived quantities as inputs: a smaller bank, with its own share of the budget. */
function searchOverDerived(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  derived: readonly Derived[],
  maxEntries: number,
  settings: Settings,
  statistics: SearchStatistics
): OutputSearch {
  const retry: Settings = {
    ...settings,
    maxEntries: Math.min(settings.maxEntries, maxEntries),
    deadline: Math.max(settings.deadline, settings.clock() + settings.budget * DERIVED_BUDGET_SHARE)
  }
  const found = searchOutput(operation, withDerivedColumns(table, derived), output, retry, statistics, derived)
  settings.cut ||= retry.cut
  return found
}

/**
 * No rule explains every row: where a number input is 0 on a few rows that share one answer, the
 * rule of the other rows that has no answer at 0 (it divides by the input) is guarded by them
 * (`zero-guard.ts`), with its own share of the budget.
 */
function searchGuarded(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  settings: Settings,
  statistics: SearchStatistics
): OutputSearch | undefined {
  for (const guard of zeroGuardsOf(table, output.name)) {
    const retry: Settings = {
      ...settings,
      partOfRule: true,
      deadline: Math.max(settings.deadline, settings.clock() + settings.budget * DERIVED_BUDGET_SHARE)
    }
    const rest = searchOutput(operation, guard.rest, output, retry, statistics)
    settings.cut ||= retry.cut
    if (!rest.ok || !needsGuard(rest.output.program, guard, table)) continue
    const program = guarded(rest.output.program, guard)
    const prior = new Prior({ text: operation.context ?? operation.whenText, inputs: table.columns.length })
    return {
      ok: true,
      output: {
        ...rest.output,
        program,
        bits: prior.bits(program) + (rest.output.bits - prior.bits(rest.output.program)),
        size: programSize(program),
        description: describeProgram(program)
      }
    }
  }
  return undefined
}

/**
 * No confident rule explains every row: where a yes/no input adds one amount (or one factor) to
 * the rule of the rows where it is no (`flag-offsets.ts`), that rule, learnt on those rows with
 * its own share of the budget, and the amount. Kept over what was found where shorter; what was
 * found stays its rival (a question where it weighs enough to doubt).
 */
function searchFlagged(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  explained: readonly SynthesisedOutput[],
  settings: Settings,
  statistics: SearchStatistics,
  found: OutputSearch
): OutputSearch {
  if (output.type !== 'number') return found
  let best = found
  for (const split of flagSplitsOf(table, operation.context ?? '')) {
    if (split.named && best.ok && best.output.confident) break
    const retry: Settings = {
      ...settings,
      partOfRule: true,
      deadline: Math.max(settings.deadline, settings.clock() + settings.budget * DERIVED_BUDGET_SHARE)
    }
    const base = searchOutputOver(operation, split.base, output, explained, retry, statistics)
    settings.cut ||= retry.cut
    if (!base.ok) continue
    const program = flaggedRule(split, base.output.program, output.name)
    if (program === undefined || !answersEvery(program, table.examples, output.name)) continue
    const prior = new Prior({ text: operation.context ?? operation.whenText, inputs: table.columns.length })
    const bits = prior.bits(program) + (base.output.bits - prior.bits(base.output.program))
    if (best.ok && bits >= best.output.bits) continue
    const domain = domainOf(
      table.examples.map((example) => example.outputs[output.name]!),
      output.name,
      prior.words,
      table.columns.flatMap((column) => column.values),
      prior.boundSides
    )
    // The factor may take the amount below the cent (half of 0.25): written to the cent.
    const written = toTheCent(program, probeRows(table), domain) ?? program
    const flagged: SynthesisedOutput = {
      ...base.output,
      program: written,
      bits,
      size: programSize(written),
      description: describeProgram(written)
    }
    // The rule found over every row is a rival as any near-best rule is: sure only where it weighs too little to doubt.
    const share = best.ok ? 1 / (1 + 2 ** (bits - best.output.bits)) : 1
    const parting = best.ok && share < CONFIDENCE ? partingProbe(table, flagged, best.output) : undefined
    best = { ok: true, output: parting === undefined ? flagged : { ...flagged, confident: false, question: parting } }
  }
  return best
}

/** The most ordinary probe of the real inputs where two rules answer differently, as the question between them (the shorter first). */
function partingProbe(table: ExampleTable, direct: SynthesisedOutput, over: SynthesisedOutput): DistinguishingExample | undefined {
  const [first, second] = over.bits < direct.bits ? [over, direct] : [direct, over]
  const probes = probeRows(table)
    .filter((probe) => probe.plausibility >= QUESTION_PLAUSIBILITY)
    .sort((a, b) => b.plausibility - a.plausibility)
  for (const probe of probes) {
    const a = evaluateProgram(first.program, probe.inputs)
    const b = evaluateProgram(second.program, probe.inputs)
    if (!a.ok || !b.ok || sameValue(a.value, b.value)) continue
    return {
      inputs: probe.inputs,
      answers: answersOf([
        { program: first.program, value: a.value },
        { program: second.program, value: b.value }
      ])
    }
  }
  return undefined
}

/** How an amount is brought to the cent: to the nearest, or up (a share that leaves nobody short). */
const TO_THE_CENT: OperatorName[] = ['roundCents', 'ceilCents', 'floorCents']

/**
 * Money kept to the cent: an expression whose every example value, brought to the cent, is the
 * example's output (an order line at 95% of 11 × 1.99 is 20.7955, written 20.80).
 */
function keptToTheCent(problem: Problem, roundings: readonly OperatorName[] = TO_THE_CENT): Candidate[] {
  const found: Candidate[] = []
  const target = problem.target as number[]
  for (const entry of problem.bank.all('number')) {
    if (entry.program.kind === 'apply' && roundings.includes(entry.program.operator)) continue
    for (const operator of roundings) {
      const agrees = target.every((value, row) => {
        const rounded = OPERATORS[operator].apply([entry.values[row]!])
        return rounded !== undefined && sameValue(rounded, value)
      })
      if (!agrees) continue
      const program = apply(operator, entry.program)
      found.push(candidateOf(program, problem.prior.bits(program), 'expression'))
    }
  }
  return found
}

/** Rounding to the cent where the output is money kept to the cent: the domain's convention, not a choice of the rule. */
const CENTS_ROUNDING_BITS = 1

/**
 * Money is kept to the cent: where the examples' outputs are such amounts, each near-best rule
 * also competes rounded to the cent, for a bit. The unrounded rule answers fractions of a cent on
 * ordinary inputs and pays for leaving the domain, so the rounded one is written.
 */
function roundedToCents(ranked: Candidate[], problem: Problem, domain: OutputDomain): Candidate[] {
  if (domain.cents !== true || ranked.length === 0) return ranked
  const ceiling = ranked[0]!.bits + MARGIN_BITS + DOMAIN_EXIT_BITS
  const rounded = ranked
    .filter(
      (candidate) => candidate.bits <= ceiling && !(candidate.program.kind === 'apply' && candidate.program.operator === 'roundCents')
    )
    .map((candidate) => ({ ...candidate, program: apply('roundCents', candidate.program), bits: candidate.bits + CENTS_ROUNDING_BITS }))
    .filter((candidate) => explains(candidate.program, problem))
  return [...ranked, ...rounded].sort((a, b) => a.bits - b.bits)
}

function settingsOf(options: SynthesisOptions): Settings {
  const clock = options.clock ?? workClock()
  return {
    compression: options.compression ?? COMPRESSION,
    describedBounds: options.describedBounds ?? true,
    independentInputs: options.independentInputs ?? true,
    presence: options.presence ?? [],
    ...(options.templateChoices === undefined ? {} : { templateChoices: options.templateChoices }),
    maxLevel: options.maxLevel ?? DEFAULT_MAX_LEVEL,
    maxEntries: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
    clock,
    budget: options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS,
    deadline: clock() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS),
    cut: false,
    started: 0
  }
}

/**
 * Stories ask for the same rule many times (a guard's rows are the same under many candidate
 * models): a search that ran to its end is remembered by everything it depends on. Searches
 * cut short by the time budget, or timed by an injected clock, are never remembered, so a
 * remembered result is exactly what the search would find again.
 */
const REMEMBERED_SEARCHES = 256
const remembered = new Map<string, SynthesisResult>()

/** Everything a search depends on, as one key: numbers and strings are told apart (5 and '5', -0 and 0). */
function searchKey(operation: Operation, options: SynthesisOptions): string {
  const { compression, maxLevel, maxEntries, timeBudgetMs, describedBounds, independentInputs, presence, templateChoices } = options
  return JSON.stringify(
    [operation, { compression, maxLevel, maxEntries, timeBudgetMs, describedBounds, independentInputs, presence, templateChoices }],
    (_, value: unknown) =>
      typeof value === 'number' ? `#${Object.is(value, -0) ? '-0' : String(value)}` : typeof value === 'string' ? `$${value}` : value
  )
}

function remember(key: string, result: SynthesisResult): void {
  remembered.set(key, structuredClone(result))
  if (remembered.size > REMEMBERED_SEARCHES) remembered.delete(remembered.keys().next().value!)
}

/** The best program for each output of the operation, how sure the examples make it, or why there is none. */
export function synthesise(operation: Operation, options: SynthesisOptions = {}): SynthesisResult {
  if (options.clock !== undefined || process.env.SPECLOOP_SYNTHESIS_TRACE) return search(operation, settingsOf(options))
  const started = performance.now()
  const key = searchKey(operation, options)
  const known = remembered.get(key)
  if (known !== undefined) {
    // Most recently used last: the oldest is forgotten first.
    remembered.delete(key)
    remembered.set(key, known)
    const result = structuredClone(known)
    result.statistics.elapsedMs = performance.now() - started
    return result
  }
  const settings = settingsOf(options)
  const result = search(operation, settings)
  if (!settings.cut) remember(key, result)
  return result
}

function noStatistics(operation: Operation): SearchStatistics {
  return { examples: operation.examples.length, probes: 0, enumerated: 0, evaluated: 0, candidates: 0, elapsedMs: 0 }
}

/** No rule for one output: the operation has none, located at its first example. */
function noRule(
  operation: Operation,
  table: ExampleTable,
  output: OperationOutput,
  why: string,
  statistics: SearchStatistics
): SynthesisResult {
  const message = `no rule found for ${operation.name}${operation.outputs.length > 1 ? ` (${output.name})` : ''}: ${why}`
  const error = specloopError(
    'synthesis/no-rule',
    message,
    locationOf(table.examples[0]?.source),
    'add examples that show the rule, or configure a model provider'
  )
  const failure: SynthesisResult = {
    ok: false,
    operation: operation.name,
    status: 'no-rule',
    reason: 'no-rule',
    message,
    error,
    statistics
  }
  if (operation.outputs.length > 1) failure.output = output.name
  return failure
}

/**
 * Outputs that only some examples check ("the heating is on" in one scenario of five): each is
 * learnt from the examples that check it, as an operation of its own.
 */
function searchEachOutput(operation: Operation, settings: Settings): SynthesisResult {
  const outputs: SynthesisedOutput[] = []
  const statistics = noStatistics(operation)
  const started = settings.clock()
  for (const output of operation.outputs) {
    const result = search({ ...operation, outputs: [output], examples: examplesDeciding(operation, output) }, settings)
    statistics.probes = Math.max(statistics.probes, result.statistics.probes)
    statistics.enumerated += result.statistics.enumerated
    statistics.evaluated += result.statistics.evaluated
    statistics.candidates += result.statistics.candidates
    statistics.elapsedMs = settings.clock() - started
    if (!result.ok) return { ...result, output: output.name, statistics }
    outputs.push(...result.outputs)
  }
  return {
    ok: true,
    operation: operation.name,
    status: outputs.every((output) => output.confident) ? 'synthesised' : 'ambiguous',
    outputs,
    statistics
  }
}

/** What a text output is on rows that never mention it, when other outlines check something else instead: nothing. */
const NO_TEXT = ''

/**
 * The examples that decide one output. Mostly the rows that show it; but a text output that its
 * own rows show and the others never do ("the parcel is refused with "too heavy"" beside "the fee
 * is 4.50") is decided by every row: the rows of the other outlines say it is not given there,
 * so the refusal's rule is where it applies, not a constant that also refuses a 1 kg parcel.
 */
function examplesDeciding(operation: Operation, output: OperationOutput): Operation['examples'] {
  const shows = (example: Operation['examples'][number], name: string) => example.outputs[name] !== undefined
  const own = operation.examples.filter((example) => shows(example, output.name))
  const others = operation.examples.filter((example) => !shows(example, output.name))
  const exclusive =
    output.type === 'string' &&
    others.length > 0 &&
    others.every((example) => operation.outputs.some((other) => shows(example, other.name))) &&
    own.every((example) => operation.outputs.every((other) => other.name === output.name || !shows(example, other.name)))
  if (!exclusive) return own
  return operation.examples.map((example) =>
    shows(example, output.name) ? example : { ...example, outputs: { ...example.outputs, [output.name]: NO_TEXT } }
  )
}

function search(operation: Operation, settings: Settings): SynthesisResult {
  if (
    operation.outputs.length > 1 &&
    operation.outputs.some((output) => operation.examples.some((example) => example.outputs[output.name] === undefined))
  )
    return searchEachOutput(operation, settings)
  const started = settings.clock()
  const statistics = noStatistics(operation)
  const table = tabulate(operation)
  if (isTableProblem(table))
    return {
      ok: false,
      operation: operation.name,
      status: 'no-rule',
      reason: table.reason,
      message: table.error.message,
      error: table.error,
      statistics
    }
  statistics.examples = table.rows
  const searches = new Map<string, OutputSearch>()
  const explained = () =>
    operation.outputs.flatMap((output) => {
      const search = searches.get(output.name)
      return search?.ok ? [search.output] : []
    })
  for (const output of operation.outputs) {
    let search = searchOutputOver(operation, table, output, explained(), settings, statistics)
    if (!search.ok) search = searchGuarded(operation, table, output, settings, statistics) ?? search
    if (!search.ok || !search.output.confident) search = searchFlagged(operation, table, output, explained(), settings, statistics, search)
    searches.set(output.name, search)
  }
  searchOverLaterOutputs(operation, table, searches, settings, statistics)
  const outputs: SynthesisedOutput[] = []
  for (const output of operation.outputs) {
    const search = searches.get(output.name)!
    statistics.elapsedMs = settings.clock() - started
    if (!search.ok) return noRule(operation, table, output, search.message, statistics)
    outputs.push(search.output)
  }
  statistics.elapsedMs = settings.clock() - started
  return {
    ok: true,
    operation: operation.name,
    status: outputs.every((output) => output.confident) ? 'synthesised' : 'ambiguous',
    outputs,
    statistics
  }
}
