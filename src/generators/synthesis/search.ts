/**
 * The search for one operation: per output, grow the bank level by level (the size bound),
 * check after each level whether an enumerated expression or a linear rule over one fits, and
 * once the small levels exist, try the structural forms (caps, templates, per-category rules,
 * decision lists). Stop when nothing smaller can still appear, or the budget is spent.
 */
import { type SpecloopError, specloopError } from '../../errors'
import type { Operation, OperationOutput, Value, ValueType } from '../operation'
import { Bank, type BankLimits } from './bank'
import { type Candidate, type Form, type Problem, compareCandidates, maskOf, orderingCost } from './candidate'
import { decisionListOn } from './decision-list'
import { bandsOn } from './bands'
import { combinationsOn } from './combination'
import { AgreementIndex, affineOn, capsOn, constantOn, expressionCandidate, lookupsOn, matchesOn, templateOn } from './forms'
import { describeProgram } from './describe'
import { familiesOf } from './families'
import type { Program } from './program'
import { type ExampleTable, isTableProblem, locationOf, tabulate } from './table'

export interface SynthesisOptions {
  /** Largest program (in nodes) worth considering. */
  maxSize?: number
  /** Wall-clock budget for the whole operation. */
  timeBudgetMs?: number
  /** Most expressions the bank keeps per output (bounds memory and time deterministically). */
  maxEnumerated?: number
  /** Milliseconds; injectable so tests can spend a budget without waiting. */
  clock?: () => number
}

export const DEFAULT_MAX_SIZE = 24
export const DEFAULT_TIME_BUDGET_MS = 5000
export const DEFAULT_MAX_ENUMERATED = 30000

export interface SearchStatistics {
  /** Distinct example rows the rule was checked against. */
  examples: number
  /** Observationally distinct expressions kept in the banks. */
  enumerated: number
  /** Expressions evaluated on the examples, kept or not. */
  evaluated: number
  /** Deepest bank level (expression size) built. */
  deepestLevel: number
  elapsedMs: number
}

export interface SynthesizedOutput {
  name: string
  type: ValueType
  program: Program
  size: number
  form: Form
  description: string
}

export type SynthesisFailureReason = 'no-rule' | 'budget' | 'no-inputs' | 'no-outputs' | 'too-few-examples' | 'invalid-example' | 'contradiction'

export type SynthesisResult =
  | { ok: true; operation: string; outputs: SynthesizedOutput[]; size: number; statistics: SearchStatistics }
  | {
      ok: false
      operation: string
      reason: SynthesisFailureReason
      message: string
      error: SpecloopError
      /** The output no rule was found for, when the operation has several. */
      output?: string
      statistics: SearchStatistics
    }

const LEVELS: Record<ValueType, BankLimits['maxLevel']> = {
  number: { number: 7, string: 3, boolean: 4 },
  string: { number: 3, string: 4, boolean: 4 },
  boolean: { number: 3, string: 3, boolean: 7 }
}
/** Largest template tried: a counting rule with two choices is 18 nodes. */
const TEMPLATE_BOUND = 20
/** The level after which the structural forms first run: their atoms and pieces exist by then. */
const STRUCTURAL_LEVEL = 3

interface Settings {
  maxSize: number
  maxEnumerated: number
  clock: () => number
  deadline: number
}

interface OutputSearch {
  candidates: Candidate[]
  expired: boolean
  enumerated: number
  evaluated: number
  deepestLevel: number
}

function searchOutput(table: ExampleTable, output: OperationOutput, settings: Settings): OutputSearch {
  const target: Value[] = table.examples.map((example) => example.outputs[output.name]!)
  const allRows = target.map((_, row) => row)
  const bank = new Bank(table, { maxEntries: settings.maxEnumerated, maxLevel: LEVELS[output.type] })
  const problem: Problem = { table, bank, output, target, all: maskOf(allRows) }
  const found: Candidate[] = []
  let expired = false
  const isExpired = () => (expired ||= settings.clock() > settings.deadline)
  const bestCost = () => found.reduce((best, candidate) => Math.min(best, orderingCost(candidate)), Infinity)
  const admit = (candidates: Candidate[]) => {
    for (const candidate of candidates) {
      if (candidate.size > settings.maxSize || table.rows <= candidate.fitted) continue
      found.push({ ...candidate, families: familiesOf(candidate.program).size })
    }
  }

  const constantRule = constantOn(problem, allRows)
  if (constantRule !== undefined) admit([constantRule])

  let structuralRuns = 0
  const runStructural = () => {
    structuralRuns++
    const bound = Math.min(settings.maxSize, bestCost())
    const index = new AgreementIndex(problem)
    admit(capsOn(problem, index, allRows, 2, bound))
    const template = templateOn(problem, allRows, Math.min(bound, TEMPLATE_BOUND), { choices: true })
    if (template !== undefined) admit([template])
    admit(lookupsOn(problem, bound))
    admit(matchesOn(problem, index, bound))
    if (isExpired()) return
    const list = decisionListOn(problem, { bound: Math.min(settings.maxSize, bestCost() - 1), expired: isExpired })
    if (list !== undefined) admit([list])
  }

  while (!isExpired() && bank.grow()) {
    const level = bank.level
    const hit = bank.lookup(output.type, target)
    if (hit !== undefined && hit.size === level) admit([expressionCandidate(hit)])
    if (output.type === 'number') admit(affineOn(problem, allRows, bank.at('number', level)))
    // Learnt arithmetic over the inputs themselves: the inputs are all there from level 1.
    if (level === 1 && output.type === 'number') admit([...combinationsOn(problem, allRows), ...bandsOn(problem, allRows)])
    if (level === STRUCTURAL_LEVEL) runStructural()
    if (bestCost() <= level) break
  }
  if (!isExpired() && (structuralRuns === 0 || found.length === 0)) runStructural()

  const seen = new Set<string>()
  const candidates = found.sort(compareCandidates).filter((candidate) => {
    const description = describeProgram(candidate.program)
    if (seen.has(description)) return false
    seen.add(description)
    return true
  })
  return { candidates, expired, enumerated: bank.entries.length, evaluated: bank.evaluated, deepestLevel: bank.level }
}

function settingsOf(options: SynthesisOptions): Settings {
  const clock = options.clock ?? (() => performance.now())
  return {
    maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
    maxEnumerated: options.maxEnumerated ?? DEFAULT_MAX_ENUMERATED,
    clock,
    deadline: clock() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS)
  }
}

function emptyStatistics(examples: number): SearchStatistics {
  return { examples, enumerated: 0, evaluated: 0, deepestLevel: 0, elapsedMs: 0 }
}

/**
 * Every consistent program for the operation, best first: the first result is what
 * `synthesize` returns; the loop asks for the next when a candidate still fails a scenario.
 * Ends with a failure result when nothing (more) fits.
 */
export function* synthesizeCandidates(operation: Operation, options: SynthesisOptions = {}): Generator<SynthesisResult, void, undefined> {
  const settings = settingsOf(options)
  const started = settings.clock()
  const table = tabulate(operation)
  if (isTableProblem(table)) {
    yield { ok: false, operation: operation.name, reason: table.reason, message: table.error.message, error: table.error, statistics: emptyStatistics(operation.examples.length) }
    return
  }
  const statistics = emptyStatistics(table.rows)
  const perOutput: Candidate[][] = []
  for (const output of operation.outputs) {
    const search = searchOutput(table, output, settings)
    statistics.enumerated += search.enumerated
    statistics.evaluated += search.evaluated
    statistics.deepestLevel = Math.max(statistics.deepestLevel, search.deepestLevel)
    statistics.elapsedMs = settings.clock() - started
    if (search.candidates.length === 0) {
      yield failure(operation, output, search.expired ? 'budget' : 'no-rule', settings, options, table, statistics)
      return
    }
    perOutput.push(search.candidates)
  }
  // Combinations in order of total rank: the best of each output first, then one step worse.
  const total = perOutput.reduce((sum, candidates) => sum + candidates.length - 1, 0)
  for (let rank = 0; rank <= total; rank++) {
    for (const choice of choicesWithRank(perOutput.map((candidates) => candidates.length), rank)) {
      const outputs = operation.outputs.map((output, index): SynthesizedOutput => {
        const candidate = perOutput[index]![choice[index]!]!
        return {
          name: output.name,
          type: output.type,
          program: candidate.program,
          size: candidate.size,
          form: candidate.form,
          description: describeProgram(candidate.program)
        }
      })
      yield { ok: true, operation: operation.name, outputs, size: outputs.reduce((sum, output) => sum + output.size, 0), statistics }
    }
  }
  yield failure(operation, undefined, 'no-rule', settings, options, table, statistics, true)
}

/** Index vectors (one index per output) whose indices sum to `rank`, in lexicographic order. */
function* choicesWithRank(lengths: number[], rank: number, prefix: number[] = []): Generator<number[]> {
  const position = prefix.length
  if (position === lengths.length) {
    if (rank === 0) yield prefix
    return
  }
  for (let index = 0; index < lengths[position]! && index <= rank; index++) yield* choicesWithRank(lengths, rank - index, [...prefix, index])
}

function failure(
  operation: Operation,
  output: OperationOutput | undefined,
  reason: 'no-rule' | 'budget',
  settings: Settings,
  options: SynthesisOptions,
  table: ExampleTable,
  statistics: SearchStatistics,
  exhausted = false
): SynthesisResult {
  const within = reason === 'budget' ? `within the time budget of ${options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS} ms` : `within size ${settings.maxSize}`
  const message = exhausted
    ? `no further rule found for ${operation.name} ${within}: add examples or configure a model provider`
    : `no rule found for ${operation.name} ${within}: add examples or configure a model provider`
  const error = specloopError(`synthesis/${reason}`, message, locationOf(table.examples[0]?.source))
  const result: SynthesisResult = { ok: false, operation: operation.name, reason, message, error, statistics }
  if (output !== undefined && operation.outputs.length > 1) result.output = output.name
  return result
}

/** The best program for each output of the operation, or why there is none. */
export function synthesize(operation: Operation, options: SynthesisOptions = {}): SynthesisResult {
  const first = synthesizeCandidates(operation, options).next()
  return first.value as SynthesisResult
}
