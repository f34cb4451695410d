/**
 * Leave-one-out: a part of a rule that only one example shows is not decided by the examples.
 * With one row left out, a clearly simpler rule may explain the rest (the whole surname, where
 * only one long surname shows "the first 4 characters"; `false` everywhere, where only one row
 * is above a threshold). If that simpler rule answers differently from the best rule on an
 * ordinary input the examples never show, the best rule's extra part rests on that one row: the
 * operation is ambiguous, and the row to ask for is that input. Where the two only differ on the
 * left-out row's own input (a special case for zero), the row decides it and nothing is asked.
 * Only learnt constants are at stake (a cut, a length, a scale): a number the words name is
 * decided by the words, and a rule with no constant of its own (the mean the words ask for) is
 * not a part one row adds.
 */
import type { Value } from '../operation'
import { affineOn, linearOn } from './arithmetic'
import { AgreementIndex, type Candidate, type Problem, candidateOf, maskOf, probeValues } from './candidate'
import { type DistinguishingExample, type OutputDomain, QUESTION_PLAUSIBILITY, inDomain, withDomainExits } from './confidence'
import type { Prior } from './prior'
import { answersOf } from './questions'
import { type ConditionalNode, type Program, constant, describeProgram, evaluateProgram, mapLeaves, subprograms } from './program'
import { sameValue } from './values'

/**
 * How much simpler the rule without one row must be for that row to be the only evidence of the
 * best rule's extra part: 4 bits, sixteen times likelier before the row is seen. Rules of the same
 * shape with another constant (a cut moved within its gap) differ by less and are left to the
 * policy for cuts.
 */
const LEAVE_ONE_OUT_BITS = 4
/** Fewer rows than this are judged by the margin test alone: leaving one out leaves too little. */
const MIN_ROWS = 4
/** Conditions a decision list's condition is compared with: as small as the list's own (decisions.ts). */
const CONDITION_BITS = 24
/** Rival lists kept per check: a bound on the work, the first few say all there is to ask. */
const MAX_CONDITION_RIVALS = 12

export interface LeaveOneOutCheck {
  problem: Problem
  domain: OutputDomain
  /** The best rule, as ranked (its bits with every charge the ranking adds). */
  best: Candidate
  /** What the ranking charges a program beyond its prior (inputs it ignores). */
  charge(program: Program): number
  /** The program as the question shows it (over the operation's real inputs). */
  written(program: Program): Program
}

/** Numbers in a program that the examples taught it: not 0 or 1, not one the words name. */
function learntConstants(program: Program, prior: Prior, into = new Set<number>()): Set<number> {
  if (program.kind === 'constant' && typeof program.value === 'number') {
    const magnitude = Math.abs(program.value)
    if (magnitude !== 0 && magnitude !== 1 && !prior.isMentioned(magnitude)) into.add(magnitude)
  }
  for (const part of subprograms(program)) learntConstants(part, prior, into)
  return into
}

/** Whether a program explains these rows. */
function explainsRows(program: Program, problem: Problem, rows: readonly number[]): boolean {
  return rows.every((row) => {
    const value = evaluateProgram(program, problem.table.examples[row]!.inputs)
    return value.ok && sameValue(value.value, problem.target[row]!)
  })
}

/**
 * Whether the rows leave a learnt constant free: the same rule with a neighbour of it (one more or
 * less, twice or half) explains them too. A divisor of 15 that 30 and 45 pin is decided without
 * the row 15; a cut at 4 characters that only short names surround is not.
 */
function leftFree(program: Program, value: number, problem: Problem, rows: readonly number[]): boolean {
  return (
    [value - 1, value + 1, value * 2, value / 2]
      // A whole number's neighbours are whole: a divisor of 7.5 is no rival to 15.
      .filter((other) => other > 0 && other !== value && (Number.isInteger(other) || !Number.isInteger(value)))
      .some((other) => {
        const moved = mapLeaves(program, (leaf) =>
          leaf.kind === 'constant' && typeof leaf.value === 'number' && Math.abs(leaf.value) === value
            ? constant(Math.sign(leaf.value) * other)
            : leaf
        )
        return explainsRows(moved, problem, rows)
      })
  )
}

/** Rules that explain every row but `left` and not `left`, from the forms that learn from rows cheaply. */
function rulesWithout(problem: Problem, index: AgreementIndex, left: number, ceiling: number): Candidate[] {
  const rows = [...Array(problem.table.rows).keys()].filter((row) => row !== left)
  const found: Candidate[] = index.correctOn(maskOf(rows), 6).map((entry) => candidateOf(entry.program, entry.bits, 'expression'))
  if (problem.output.type === 'number') {
    found.push(...affineOn(problem, rows, problem.bank.all('number', Math.min(16, ceiling))))
    const inputs = problem.bank.all('number', problem.prior.inputBits).filter((entry) => entry.program.kind === 'input')
    found.push(...linearOn(problem, rows, inputs))
  }
  const example = problem.table.examples[left]!
  return found.filter((candidate) => {
    if (candidate.bits > ceiling) return false
    const value = evaluateProgram(candidate.program, example.inputs)
    return !(value.ok && sameValue(value.value, problem.target[left]!))
  })
}

/**
 * Rivals of one condition of a decision list: the same list with that condition replaced by
 * another of the bank's conditions, no dearer, that agrees with it on every example row reaching
 * it but one. Only that row then chooses the written condition (`age * bpm < 2800` over
 * `bpm < 140`, where one runner of another age shows the product): its learnt constant rests on
 * that row. A condition of the same shape (a cut moved within its gap, `<` for `<=`) is left to
 * the policy for cuts; a condition without a learnt constant is decided by the words.
 */
function conditionRivals(check: LeaveOneOutCheck): Candidate[] {
  const { problem, best } = check
  const exampleRows = problem.table.rows
  const conditions = conditionsReached(best.program, problem)
  if (conditions.length === 0) return []
  const atoms = problem.bank.all('boolean', CONDITION_BITS)
  const bestCharge = check.charge(best.program)
  const rivals: Candidate[] = []
  for (const { node, reach } of conditions) {
    if (learntConstants(node.condition, problem.prior).size === 0) continue
    const written = problem.bank
      .withExampleValues('boolean', conditionValues(node.condition, problem))
      .find((entry) => describeProgram(entry.program) === describeProgram(node.condition))
    if (written === undefined) continue
    const values = written.values
    const shape = shapeOf(node.condition)
    for (const atom of atoms) {
      if (atom.bits > written.bits || atom === written) continue
      let differing = 0
      let holds = 0
      for (const row of reach) {
        if (atom.values[row] !== values[row]) {
          if (++differing > 1) break
        } else if (atom.values[row] === true) holds++
      }
      // The rival's own choice must rest on more than one row each way: `speed === 0` beside one row of 0 is no rival.
      if (differing !== 1 || holds < 2 || reach.length - 1 - holds < 2 || shapeOf(atom.program) === shape) continue
      const program = replaced(best.program, node, atom.program)
      const bits = best.bits - written.bits + atom.bits + check.charge(program) - bestCharge
      if (bits > best.bits) continue
      const failing = [...Array(exampleRows).keys()].filter((row) => !explainsRows(program, problem, [row]))
      if (failing.length === 1) rivals.push(candidateOf(program, bits, 'decision-list'))
      if (rivals.length >= MAX_CONDITION_RIVALS) return rivals
    }
  }
  return rivals
}

/** The conditions of a program, each with the example rows that reach it. */
function conditionsReached(program: Program, problem: Problem): Array<{ node: ConditionalNode; reach: number[] }> {
  const found: Array<{ node: ConditionalNode; reach: number[] }> = []
  const walk = (node: Program, reach: number[]): void => {
    if (node.kind !== 'conditional') {
      for (const part of subprograms(node)) walk(part, reach)
      return
    }
    found.push({ node, reach })
    const holds = reach.filter((row) => {
      const value = evaluateProgram(node.condition, problem.table.examples[row]!.inputs)
      return value.ok && value.value === true
    })
    walk(node.then, holds)
    walk(
      node.otherwise,
      reach.filter((row) => !holds.includes(row))
    )
  }
  walk(program, [...Array(problem.table.rows).keys()])
  return found
}

/** A condition's values on the example rows. */
function conditionValues(condition: Program, problem: Problem): boolean[] {
  return problem.table.examples.map((example) => {
    const value = evaluateProgram(condition, example.inputs)
    return value.ok && value.value === true
  })
}

/** A program's shape: its operators and inputs, constants left out and the four orders one. */
function shapeOf(program: Program): string {
  switch (program.kind) {
    case 'constant':
      return typeof program.value === 'number' ? '#' : JSON.stringify(program.value)
    case 'input':
      return program.name
    case 'apply': {
      const operator = ORDERS.includes(program.operator) ? 'order' : program.operator
      return `${operator}(${program.args.map(shapeOf).join(',')})`
    }
    default:
      return `${program.kind}(${subprograms(program).map(shapeOf).join(',')})`
  }
}

const ORDERS: readonly string[] = ['less', 'lessOrEqual', 'greater', 'greaterOrEqual']

/** The program with one of its conditionals asking another condition. */
function replaced(program: Program, target: ConditionalNode, condition: Program): Program {
  if (program === target) return { ...target, condition }
  switch (program.kind) {
    case 'conditional':
      return {
        ...program,
        condition: replaced(program.condition, target, condition),
        then: replaced(program.then, target, condition),
        otherwise: replaced(program.otherwise, target, condition)
      }
    case 'apply':
      return { ...program, args: program.args.map((argument) => replaced(argument, target, condition)) }
    case 'match':
      return { ...program, cases: program.cases.map((entry) => ({ ...entry, result: replaced(entry.result, target, condition) })) }
    default:
      return program
  }
}

/** A row by its inputs, as a question names it: `height = 119, adult = false`. */
function rowText(check: LeaveOneOutCheck, row: number): string {
  const example = check.problem.table.examples[row]!
  return Object.entries(example.inputs)
    .map(([name, value]) => `${name} = ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`)
    .join(', ')
}

/** The most ordinary probe on which `other` answers differently from the best rule, with both answers (`left`: the row it breaks). */
function disagreement(
  check: LeaveOneOutCheck,
  bestValues: ReadonlyArray<unknown>,
  other: Candidate,
  left?: number
): { plausibility: number; question: DistinguishingExample } | undefined {
  const { problem, domain, best } = check
  const values = probeValues(other.program, problem.probes)
  let found: { plausibility: number; question: DistinguishingExample } | undefined
  problem.probes.forEach((probe, index) => {
    const bestValue = bestValues[index] as Value | undefined
    const otherValue = values[index] as Value | undefined
    if (probe.plausibility < QUESTION_PLAUSIBILITY || bestValue === undefined || otherValue === undefined) return
    if (sameValue(inDomain(domain, bestValue), inDomain(domain, otherValue))) return
    if (found !== undefined && found.plausibility >= probe.plausibility) return
    found = {
      plausibility: probe.plausibility,
      question: {
        inputs: probe.inputs,
        answers: answersOf([
          { program: check.written(best.program), value: bestValue },
          { program: check.written(other.program), value: otherValue }
        ]).map((answer, position) => (position === 1 && left !== undefined ? { ...answer, allRowsBut: rowText(check, left) } : answer))
      }
    }
  })
  return found
}

/**
 * The row to ask for when a part of the best rule rests on one example alone, or undefined when
 * every part is shown by more than one.
 */
export function restsOnOneRow(check: LeaveOneOutCheck): DistinguishingExample | undefined {
  const { problem, domain, best } = check
  const ceiling = best.bits - LEAVE_ONE_OUT_BITS
  const learnt = learntConstants(best.program, problem.prior)
  if (problem.table.rows < MIN_ROWS || ceiling <= 0 || learnt.size === 0) return undefined
  const index = new AgreementIndex(problem, ceiling)
  const bestValues = probeValues(best.program, problem.probes)
  let asked: { plausibility: number; question: DistinguishingExample } | undefined
  for (let left = 0; left < problem.table.rows && !problem.expired(); left++) {
    const charged = rulesWithout(problem, index, left, ceiling).map((candidate) => ({
      ...candidate,
      bits: candidate.bits + check.charge(candidate.program)
    }))
    const simplest = withDomainExits(
      charged.sort((a, b) => a.bits - b.bits),
      problem.probes,
      domain
    )[0]
    if (simplest === undefined || simplest.bits > ceiling) continue
    // Only a rule without one of the best rule's learnt constants, which the other rows leave free, says it rests on the row.
    const kept = learntConstants(simplest.program, problem.prior)
    const others = [...Array(problem.table.rows).keys()].filter((row) => row !== left)
    if (![...learnt].some((value) => !kept.has(value) && leftFree(best.program, value, problem, others))) continue
    const found = disagreement(check, bestValues, simplest, left)
    if (found !== undefined && (asked === undefined || found.plausibility > asked.plausibility)) asked = found
  }
  for (const rival of conditionRivals(check)) {
    const found = disagreement(check, bestValues, rival)
    if (found !== undefined && (asked === undefined || found.plausibility > asked.plausibility)) asked = found
  }
  return asked?.question
}
