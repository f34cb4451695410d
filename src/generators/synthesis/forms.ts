/**
 * Search forms beyond plain enumeration. Each learns constants from the examples instead of
 * enumerating them: a linear rule's coefficients, a cap, the constant text of a template, one
 * value per category. Each works on any subset of rows, so decision lists and per-category
 * rules reuse them for their branches.
 */
import { type Value, valuesAgree } from '../operation'
import type { Entry } from './bank'
import { type Candidate, type Problem, agreeingMask, compareCandidates, maskOf } from './candidate'
import { simplestDecimal } from './numbers'
import { conditionAtoms, isCountingPoint } from './conditions'
import { type LookupNode, type Program, binary, conditional, constant, evaluateProgram, programSize, unary } from './program'

/** Entries a subset rule may build on: the branches of a decision list stay simple. */
const SUBSET_ENTRY_SIZE = 3
const MAX_TEMPLATE_PIECES = 7

export function rowInputs(problem: Problem, row: number): Record<string, Value> {
  return problem.table.examples[row]!.inputs
}

function targetsOf(problem: Problem, rows: readonly number[]): Value[] {
  return rows.map((row) => problem.target[row]!)
}

/** One constant result for every row. */
export function constantOn(problem: Problem, rows: readonly number[]): Candidate | undefined {
  const first = problem.target[rows[0]!]!
  if (!rows.every((row) => valuesAgree(problem.target[row]!, first))) return undefined
  return { program: constant(first), size: 1, fitted: 1, form: 'constant', families: 0, order: -1 }
}

/**
 * Entries grouped by the rows they get right, first (smallest) entry per group: "which
 * expressions are correct on these rows" is then a scan over groups, not over the bank.
 */
export class AgreementIndex {
  /** Groups in order of their smallest entry, so the first groups found hold the smallest rules. */
  private readonly groups: Array<{ mask: bigint; entries: Entry[] }> = []

  constructor(problem: Problem, maxSize = Infinity) {
    const byMask = new Map<bigint, Entry[]>()
    for (const entry of problem.bank.entries) {
      if (entry.type !== problem.output.type || entry.literal || entry.size > maxSize) continue
      const mask = agreeingMask(entry, problem.target)
      if (mask === 0n) continue
      const group = byMask.get(mask)
      if (group === undefined) byMask.set(mask, [entry])
      else if (group.length < 4) group.push(entry)
    }
    for (const [mask, entries] of byMask) this.groups.push({ mask, entries })
    this.groups.sort((a, b) => a.entries[0]!.size - b.entries[0]!.size || a.entries[0]!.order - b.entries[0]!.order)
  }

  /** Entries correct on every row of `mask`, smallest first. */
  correctOn(mask: bigint, limit = 4): Entry[] {
    const found: Entry[] = []
    for (const group of this.groups) {
      if ((group.mask & mask) !== mask) continue
      found.push(...group.entries)
      if (found.length >= limit) break
    }
    return found.sort((a, b) => a.size - b.size || a.order - b.order).slice(0, limit)
  }
}

export function expressionCandidate(entry: Entry): Candidate {
  return { program: entry.program, size: entry.size, fitted: 0, form: 'expression', families: 0, order: entry.order }
}

export interface AffineFit {
  slope: number
  intercept: number
}

/**
 * output = slope * value + intercept on the given rows, with the shortest decimals that fit
 * (celsius * 1.8 + 32). Needs more distinct values than free coefficients, so two points never
 * "confirm" a line.
 */
export function fitAffine(values: readonly Value[], target: readonly Value[], rows: readonly number[], requireEvidence = true): AffineFit | undefined {
  const first = rows[0]!
  const x0 = values[first] as number
  const y0 = target[first] as number
  const second = rows.find((row) => values[row] !== x0)
  if (second === undefined) return undefined
  const slope = ((target[second] as number) - y0) / ((values[second] as number) - x0)
  const fitsWith = (a: number, b: number) => rows.every((row) => valuesAgree(a * (values[row] as number) + b, target[row]!))
  const rawIntercept = y0 - slope * x0
  if (!fitsWith(slope, rawIntercept)) return undefined
  // One learnt constant first: a shift (slope ±1) or a scale (no intercept).
  for (const unit of [1, -1]) {
    if (Math.abs(slope - unit) > 1e-9) continue
    const intercept = simplestDecimal(y0 - unit * x0, (b) => fitsWith(unit, b))
    if (intercept !== undefined) return { slope: unit, intercept }
  }
  if (Math.abs(rawIntercept) <= 1e-9 * Math.max(1, Math.abs(y0), Math.abs(slope * x0))) {
    const scale = simplestDecimal(slope, (a) => fitsWith(a, 0))
    if (scale !== undefined && scale !== 0) return { slope: scale, intercept: 0 }
  }
  // Two learnt constants need a third distinct value to confirm the line.
  if (requireEvidence && new Set(rows.map((row) => values[row])).size < 3) return undefined
  let intercept = 0
  const niceSlope = simplestDecimal(slope, (a) => {
    const b = simplestDecimal(y0 - a * x0, (candidate) => fitsWith(a, candidate))
    if (b === undefined) return false
    intercept = b
    return true
  })
  if (niceSlope === undefined || niceSlope === 0) return undefined
  return { slope: niceSlope, intercept }
}

/** The program for slope * operand + intercept, written the way a person would. */
export function affineProgram(operand: Program, fit: AffineFit): Program {
  const { slope, intercept } = fit
  if (slope === -1) return intercept === 0 ? unary('negate', operand) : binary('subtract', constant(intercept), operand)
  const scaled = slope === 1 ? operand : binary('multiply', operand, constant(slope))
  if (intercept === 0) return scaled
  return intercept > 0 ? binary('add', scaled, constant(intercept)) : binary('subtract', scaled, constant(-intercept))
}

export function affineCandidate(entry: Entry, fit: AffineFit): Candidate {
  const program = affineProgram(entry.program, fit)
  const fitted = (fit.slope === 1 || fit.slope === -1 ? 0 : 1) + (fit.intercept === 0 ? 0 : 1)
  return { program, size: programSize(program), fitted, form: 'affine', families: 0, order: entry.order }
}

/** Linear rules over numeric entries on `rows`; `entries` defaults to the small ones. */
export function affineOn(problem: Problem, rows: readonly number[], entries: readonly Entry[]): Candidate[] {
  if (problem.output.type !== 'number' || rows.length < 2) return []
  const found: Candidate[] = []
  for (const entry of entries) {
    if (entry.type !== 'number' || entry.literal) continue
    const fit = fitAffine(entry.values, problem.target, rows)
    if (fit === undefined || (fit.slope === 1 && fit.intercept === 0)) continue
    found.push(affineCandidate(entry, fit))
  }
  return found
}

function smallNumericEntries(problem: Problem): Entry[] {
  return problem.bank.upTo('number', SUBSET_ENTRY_SIZE).filter((entry) => !entry.literal)
}

/**
 * Rules for a subset of rows, smallest first: a constant, an enumerated expression, a linear
 * rule, a template. The building blocks of decision-list branches and per-category rules.
 */
export function rulesOn(problem: Problem, index: AgreementIndex, rows: readonly number[], bound: number): Candidate[] {
  const found: Candidate[] = []
  const constantRule = constantOn(problem, rows)
  if (constantRule !== undefined) found.push(constantRule)
  for (const entry of index.correctOn(maskOf(rows))) found.push(expressionCandidate(entry))
  if (problem.output.type === 'number') found.push(...affineOn(problem, rows, smallNumericEntries(problem)))
  if (problem.output.type === 'string' && constantRule === undefined && rows.length >= 3) {
    const template = templateOn(problem, rows, bound)
    if (template !== undefined) found.push(template)
  }
  return found.filter((candidate) => candidate.size <= bound).sort(compareCandidates)
}

/**
 * Caps and allowances: output = max(k, rule) where the rows at the floor k are the smallest
 * outputs and the rule explains the others (shipping: max(5, 2 * weight + 3)); likewise min
 * for a ceiling. Nested once for a floor and a ceiling together.
 */
export function capsOn(problem: Problem, index: AgreementIndex, rows: readonly number[], depth: number, bound: number): Candidate[] {
  if (problem.output.type !== 'number' || bound < 5) return []
  const found: Candidate[] = []
  for (const operator of ['max', 'min'] as const) {
    const outputs = targetsOf(problem, rows) as number[]
    const limit = operator === 'max' ? Math.min(...outputs) : Math.max(...outputs)
    const capped = rows.filter((row) => valuesAgree(problem.target[row]!, limit))
    const free = rows.filter((row) => !valuesAgree(problem.target[row]!, limit))
    if (capped.length < 2 || free.length < 2) continue
    const inner: Candidate[] = [...affineOn(problem, free, problem.bank.entries)]
    for (const entry of index.correctOn(maskOf(free), 8)) inner.push(expressionCandidate(entry))
    if (depth > 1) inner.push(...capsOn(problem, index, free, depth - 1, bound - 2))
    inner.sort(compareCandidates)
    for (const rule of inner) {
      if (rule.size + 2 > bound || free.length < rule.fitted + 1) continue
      const respectsCap = capped.every((row) => {
        const value = evaluateProgram(rule.program, rowInputs(problem, row))
        if (!value.ok || typeof value.value !== 'number') return false
        return operator === 'max' ? value.value <= limit + 1e-9 * Math.max(1, Math.abs(limit)) : value.value >= limit - 1e-9 * Math.max(1, Math.abs(limit))
      })
      if (!respectsCap) continue
      const program = binary(operator, rule.program, constant(limit))
      found.push({ program, size: rule.size + 2, fitted: rule.fitted + 1, form: 'cap', families: 0, order: rule.order })
      break
    }
  }
  return found
}

/** Choices one template may hold (`${count} ${word}${count === 1 ? '' : 's'}`): more is a decision list in disguise. */
const MAX_CHOICES = 2
/** Conditions a choice may test: atoms of up to this many nodes (`count === 1`, `visits >= 2`). */
const CHOICE_CONDITION_SIZE = 3
/**
 * Rows that must show any text a choice writes: a text seen on one row is that row memorised.
 * Writing nothing needs no evidence, so "1 day" beside "2 days", "5 days" is a rule.
 */
const CHOICE_EVIDENCE = 2

interface TemplatePart {
  program: Program
  literal: boolean
  /** Reads an input: a template needs at least one such part, or it is a constant in pieces. */
  derived: boolean
}

/** A condition of a choice, with which of the template's rows it holds on. */
interface ChoiceCondition {
  program: Program
  size: number
  holds: boolean[]
}

/** What one side of a choice writes, and how far it advances each of the template's rows. */
interface Alternative {
  program: Program
  size: number
  /** The text, when it is constant. */
  text?: string
  advance: (index: number) => number
}

export interface TemplateOptions {
  /**
   * Pieces chosen by a condition (`count === 1 ? '' : 's'`). Only for a whole operation: a
   * branch of a decision list is already one side of a condition.
   */
  choices?: boolean
}

/**
 * Templates: the output is a concatenation of input-derived pieces and constant text common to
 * every row (`${first} ${last}`, initials, greetings), and, where rows differ by a word or a
 * suffix, a choice between two pieces by a condition of the bank (`${count} day${count === 1 ?
 * '' : 's'} left`). Depth-first over the rows' positions, with iterative deepening on size so
 * the first template found is a smallest one.
 */
export function templateOn(problem: Problem, rows: readonly number[], bound: number, options: TemplateOptions = {}): Candidate | undefined {
  if (problem.output.type !== 'string' || rows.length < 2) return undefined
  const outputs = rows.map((row) => problem.target[row] as string)
  const pieces = problem.bank
    .upTo('string', 3)
    .filter((entry) => !entry.literal && rows.every((row) => (entry.values[row] as string).length > 0))
  const conditions = options.choices === true ? choiceConditions(problem, rows) : []
  const startsSomewhere =
    conditions.length > 0 ||
    commonPrefixLength(outputs) > 0 ||
    pieces.some((piece) => rows.every((row, index) => outputs[index]!.startsWith(piece.values[row] as string)))
  if (!startsSomewhere) return undefined
  const failed = new Map<string, number>()

  /** The texts a side of a choice may write at these positions: nothing, a common prefix, a piece. */
  const alternativesFor = (members: number[], positions: number[]): Alternative[] => {
    const found: Alternative[] = [{ program: constant(''), size: 1, text: '', advance: () => 0 }]
    if (members.length < CHOICE_EVIDENCE) return found
    const common = commonPrefixLength(members.map((index) => outputs[index]!.slice(positions[index])))
    for (let length = 1; length <= common; length++) {
      const text = outputs[members[0]!]!.slice(positions[members[0]!], positions[members[0]!]! + length)
      found.push({ program: constant(text), size: 1, text, advance: () => length })
    }
    for (const piece of pieces) {
      if (!members.every((index) => outputs[index]!.startsWith(piece.values[rows[index]!] as string, positions[index]))) continue
      found.push({ program: piece.program, size: piece.size, advance: (index) => (piece.values[rows[index]!] as string).length })
    }
    return found
  }

  const search = (positions: number[], parts: TemplatePart[], budget: number, choicesLeft: number): Program[] | undefined => {
    if (positions.every((position, index) => position === outputs[index]!.length)) {
      if (!parts.some((part) => part.derived) || parts.length < 2) return undefined
      return parts.map((part) => part.program)
    }
    if (parts.length >= MAX_TEMPLATE_PIECES) return undefined
    const lastLiteral = parts.length > 0 && parts[parts.length - 1]!.literal
    const stateKey = `${positions.join(',')}|${lastLiteral ? 1 : 0}|${parts.length}|${choicesLeft}`
    if ((failed.get(stateKey) ?? -1) >= budget) return undefined
    const joinCost = parts.length > 0 ? 1 : 0
    for (const piece of pieces) {
      if (piece.size + joinCost > budget) continue
      if (!rows.every((row, index) => outputs[index]!.startsWith(piece.values[row] as string, positions[index]))) continue
      const next = positions.map((position, index) => position + (piece.values[rows[index]!] as string).length)
      const result = search(next, [...parts, { program: piece.program, literal: false, derived: true }], budget - piece.size - joinCost, choicesLeft)
      if (result !== undefined) return result
    }
    if (!lastLiteral && 1 + joinCost <= budget) {
      const common = commonPrefixLength(outputs.map((output, index) => output.slice(positions[index])))
      for (let length = common; length >= 1; length--) {
        const text = outputs[0]!.slice(positions[0], positions[0]! + length)
        const next = positions.map((position) => position + length)
        const result = search(next, [...parts, { program: constant(text), literal: true, derived: false }], budget - 1 - joinCost, choicesLeft)
        if (result !== undefined) return result
      }
    }
    if (choicesLeft > 0) {
      for (const condition of conditions) {
        // The cheapest choice: the condition, nothing on one side, one node on the other.
        if (1 + condition.size + 2 + joinCost > budget) continue
        const holding = outputs.map((_, index) => index).filter((index) => condition.holds[index])
        const failing = outputs.map((_, index) => index).filter((index) => !condition.holds[index])
        const whenHolds = alternativesFor(holding, positions)
        const otherwise = alternativesFor(failing, positions)
        for (const then of whenHolds) {
          for (const other of otherwise) {
            const cost = 1 + condition.size + then.size + other.size + joinCost
            if (cost > budget || !distinctAlternatives(then, other)) continue
            const next = positions.map((position, index) => position + (condition.holds[index] ? then : other).advance(index))
            const part = { program: conditional(condition.program, then.program, other.program), literal: false, derived: then.text === undefined || other.text === undefined }
            const result = search(next, [...parts, part], budget - cost, choicesLeft - 1)
            if (result !== undefined) return result
          }
        }
      }
    }
    failed.set(stateKey, budget)
    return undefined
  }

  for (let budget = 3; budget <= bound; budget++) {
    const parts = search(
      outputs.map(() => 0),
      [],
      budget,
      conditions.length > 0 ? MAX_CHOICES : 0
    )
    if (parts === undefined) continue
    const program = parts.slice(1).reduce<Program>((joined, part) => binary('concat', joined, part), parts[0]!)
    return { program, size: programSize(program), fitted: learntTexts(program), form: 'template', families: 0, order: 0 }
  }
  return undefined
}

/**
 * Conditions that split the template's rows, one per split: the first in order speaks for the
 * others that agree with it on every row. A choice in text is most often a counting word (the
 * singular at one, "no" at nothing), so the counting points come first: `count === 1` rather
 * than `count > 1` or `count % 2 === 0` where the examples cannot tell them apart.
 */
function choiceConditions(problem: Problem, rows: readonly number[]): ChoiceCondition[] {
  const found: ChoiceCondition[] = []
  const splits = new Set<string>()
  const atoms = conditionAtoms(problem.bank, CHOICE_CONDITION_SIZE)
  for (const entry of [...atoms.filter(isCountingPoint), ...atoms.filter((atom) => !isCountingPoint(atom))]) {
    const holds = rows.map((row) => entry.values[row] === true)
    if (holds.every(Boolean) || !holds.some(Boolean)) continue
    const split = holds.map((value) => (value ? 1 : 0)).join('')
    if (splits.has(split)) continue
    splits.add(split)
    found.push({ program: entry.program, size: entry.size, holds })
  }
  return found
}

/**
 * Two sides that really differ, written once: constant texts that share a first or a last
 * character would leave that character to the text around the choice (`'' : 's'`, not
 * `' ' : 's '`).
 */
function distinctAlternatives(then: Alternative, other: Alternative): boolean {
  if (then.text !== undefined && other.text !== undefined) {
    if (then.text === '' || other.text === '') return then.text !== other.text
    return then.text[0] !== other.text[0] && then.text[then.text.length - 1] !== other.text[other.text.length - 1]
  }
  return then.program !== other.program
}

/** Constant texts a template learnt from the outputs (the empty text is not learnt). */
function learntTexts(program: Program): number {
  if (program.kind === 'constant') return typeof program.value === 'string' && program.value !== '' ? 1 : 0
  if (program.kind === 'binary') return learntTexts(program.left) + learntTexts(program.right)
  if (program.kind === 'conditional') return learntTexts(program.then) + learntTexts(program.otherwise)
  return 0
}

function commonPrefixLength(texts: string[]): number {
  const shortest = Math.min(...texts.map((text) => text.length))
  let length = 0
  while (length < shortest && texts.every((text) => text[length] === texts[0]![length])) length++
  return length
}

/** Rows of each category of a categorical input, categories in order of first appearance. */
function partition(problem: Problem, name: string): Array<{ category: string; rows: number[] }> {
  const column = problem.table.columns.find((candidate) => candidate.name === name)!
  const groups = new Map<string, number[]>()
  column.values.forEach((value, row) => {
    const key = value as string
    const rows = groups.get(key)
    if (rows === undefined) groups.set(key, [row])
    else rows.push(row)
  })
  return [...groups].map(([category, rows]) => ({ category, rows }))
}

/**
 * Per-category rules that share one shape: a value per category (a label per tier), a factor
 * per category (amount * rate[tier]) or a base per category (2 * weight + base[zone]).
 * The constants become a named table in the generated code.
 */
export function lookupsOn(problem: Problem, bound: number): Candidate[] {
  const found: Candidate[] = []
  for (const column of problem.table.columns) {
    if (!column.categorical) continue
    const groups = partition(problem, column.name)
    if (groups.length < 2) continue
    const tableSize = 1 + groups.length
    const values = groups.map((group) => constantOn(problem, group.rows)?.program)
    if (values.every((value) => value !== undefined)) {
      const entries = groups.map((group, index): [string, Value] => [group.category, (values[index] as { value: Value }).value])
      if (new Set(entries.map(([, value]) => value)).size > 1 && problem.table.rows >= groups.length + 1) {
        found.push({ program: { kind: 'lookup', input: column.name, role: 'value', entries }, size: tableSize, fitted: groups.length, form: 'lookup', families: 0, order: -1 })
      }
      continue
    }
    if (problem.output.type !== 'number' || !groups.some((group) => group.rows.length >= 2)) continue
    for (const entry of problem.bank.upTo('number', Math.min(SUBSET_ENTRY_SIZE, bound - tableSize - 1))) {
      if (entry.literal || inputsOfEntry(entry).includes(column.name)) continue
      const factor = perCategory(groups, (rows) => {
        const row = rows.find((candidate) => entry.values[candidate] !== 0)
        if (row === undefined) return undefined
        const ratio = (problem.target[row] as number) / (entry.values[row] as number)
        return simplestDecimal(ratio, (a) => rows.every((other) => valuesAgree(a * (entry.values[other] as number), problem.target[other]!)))
      })
      if (factor !== undefined && new Set(factor).size > 1) {
        const program = binary('multiply', entry.program, lookupNode(column.name, 'factor', groups, factor, entry.program))
        found.push({ program, size: programSize(program), fitted: groups.length, form: 'lookup', families: 0, order: entry.order })
      }
      const slope = sharedSlope(problem, entry, groups)
      if (slope === undefined) continue
      const bases = perCategory(groups, (rows) => {
        const row = rows[0]!
        const base = (problem.target[row] as number) - slope * (entry.values[row] as number)
        return simplestDecimal(base, (b) => rows.every((other) => valuesAgree(slope * (entry.values[other] as number) + b, problem.target[other]!)))
      })
      if (bases !== undefined && new Set(bases).size > 1) {
        const scaled = slope === 1 ? entry.program : binary('multiply', entry.program, constant(slope))
        const program = binary('add', scaled, lookupNode(column.name, 'base', groups, bases, entry.program))
        const fitted = groups.length + (slope === 1 ? 0 : 1)
        if (problem.table.rows >= fitted + 1) found.push({ program, size: programSize(program), fitted, form: 'lookup', families: 0, order: entry.order })
      }
    }
  }
  return found.filter((candidate) => candidate.size <= bound)
}

function lookupNode(name: string, role: 'factor' | 'base', groups: Array<{ category: string }>, values: number[], appliesTo: Program): Program {
  const node: LookupNode = { kind: 'lookup', input: name, role, entries: groups.map((group, index): [string, Value] => [group.category, values[index]!]) }
  if (appliesTo.kind === 'input') node.appliesTo = appliesTo.name
  return node
}

function perCategory(groups: Array<{ rows: number[] }>, learn: (rows: number[]) => number | undefined): number[] | undefined {
  const learnt: number[] = []
  for (const group of groups) {
    const value = learn(group.rows)
    if (value === undefined) return undefined
    learnt.push(value)
  }
  return learnt
}

/** The slope shared by every category, learnt from the first category with two distinct values. */
function sharedSlope(problem: Problem, entry: Entry, groups: Array<{ rows: number[] }>): number | undefined {
  for (const group of groups) {
    const fit = fitAffine(entry.values, problem.target, group.rows, false)
    if (fit !== undefined) return fit.slope
    const varies = new Set(group.rows.map((row) => entry.values[row])).size > 1
    if (varies) return undefined
  }
  return undefined
}

function inputsOfEntry(entry: Entry): string[] {
  const names: string[] = []
  const visit = (program: Program): void => {
    if (program.kind === 'input') names.push(program.name)
    else if (program.kind === 'unary') visit(program.operand)
    else if (program.kind === 'binary') {
      visit(program.left)
      visit(program.right)
    }
  }
  visit(entry.program)
  return names
}

/** A different rule per category (a switch over a tier or a zone), each explained by its own rows. */
export function matchesOn(problem: Problem, index: AgreementIndex, bound: number): Candidate[] {
  const found: Candidate[] = []
  for (const column of problem.table.columns) {
    if (!column.categorical) continue
    const groups = partition(problem, column.name)
    if (groups.length < 2) continue
    const cases: Array<{ value: string; result: Program }> = []
    let size = 1
    let fitted = 0
    let allConstant = true
    for (const group of groups) {
      const rule = rulesOn(problem, index, group.rows, bound).find((candidate) =>
        candidate.form === 'constant' ? true : group.rows.length >= Math.max(2, candidate.fitted + 1)
      )
      if (rule === undefined) break
      if (rule.form !== 'constant') allConstant = false
      cases.push({ value: group.category, result: rule.program })
      size += 1 + rule.size
      fitted += rule.fitted
    }
    if (cases.length !== groups.length || allConstant || size > bound) continue
    found.push({ program: { kind: 'match', input: column.name, cases }, size, fitted, form: 'match', families: 0, order: -1 })
  }
  return found
}

