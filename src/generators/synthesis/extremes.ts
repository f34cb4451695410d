/**
 * The larger or the smaller of two rules. Where a list of one condition chooses between two
 * rules on numbers, the rule may rather be "whichever needs more": one minibus per 16 people and
 * one per 2 wheelchair users is `max(ceil(people / 16), ceil(wheel / 2))`, which a threshold on
 * one input only mimics on the examples. Each is costed by the same prior as every program.
 * Only two needs each from inputs of its own: the larger of two rules of one quantity is a
 * threshold on it, which the list already states (a bill discounted above 200 is no plateau).
 */
import { type Candidate, type Problem, candidateOf, explains } from './candidate'
import { type Program, apply, inputsUsed } from './program'

export function extremesOfBranches(problem: Problem, lists: readonly Candidate[]): Candidate[] {
  if (problem.output.type !== 'number') return []
  const found: Candidate[] = []
  for (const list of lists) {
    const program = list.program
    if (program.kind !== 'conditional' || program.otherwise.kind === 'conditional') continue
    if (!separateNeeds(program.then, program.otherwise)) continue
    // One order for both (the list `a > 2 ? x : y` and `a <= 2 ? y : x` give one rule): a rule counted twice would weigh double.
    const [first, second] = [program.then, program.otherwise].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1))
    for (const operator of ['max', 'min'] as const) {
      const extreme = apply(operator, first!, second!)
      if (explains(extreme, problem)) found.push(candidateOf(extreme, problem.prior.bits(extreme), 'expression'))
    }
  }
  return found
}

/** Whether each rule reads an input the other does not. */
function separateNeeds(first: Program, second: Program): boolean {
  const [a, b] = [new Set(inputsUsed(first)), new Set(inputsUsed(second))]
  return [...a].some((name) => !b.has(name)) && [...b].some((name) => !a.has(name))
}
