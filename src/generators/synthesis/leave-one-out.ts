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
import { type Program, constant, evaluateProgram, mapLeaves, subprograms } from './program'
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

export interface LeaveOneOutCheck {
  problem: Problem
  domain: OutputDomain
  /** The best rule, as ranked (its bits with every charge the ranking adds). */
  best: Candidate
  /** What the ranking charges a program beyond its prior (inputs it ignores). */
  charge(program: Program): number
  /** The program as the question shows it (over the operation's real inputs). */
  describe(program: Program): string
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

/** The most ordinary probe on which `other` answers differently from the best rule, with both answers. */
function disagreement(
  check: LeaveOneOutCheck,
  bestValues: ReadonlyArray<unknown>,
  other: Candidate
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
        answers: [
          { rule: check.describe(best.program), value: bestValue },
          { rule: check.describe(other.program), value: otherValue }
        ]
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
    const found = disagreement(check, bestValues, simplest)
    if (found !== undefined && (asked === undefined || found.plausibility > asked.plausibility)) asked = found
  }
  return asked?.question
}
