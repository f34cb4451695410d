/**
 * A floor or a cap that one branch of a rule applies and another leaves out
 * (`Math.ceil(Math.max(floors, staff / 20))` for a normal risk, `Math.ceil(staff / 10)` for a higher
 * one): the rows of the other branch never came near the limit, so they cannot say it stops
 * there, and people state such a limit once for every case ("never fewer marshals than floors").
 * The rule is not confirmed; the question is a row of the branch without the limit, with the
 * input at the end of its range where the limit would bite, and what the rule with the limit in
 * that branch too would answer.
 */
import type { Value } from '../operation'
import { branchesOf } from './branches'
import { type Doubt, inDomain } from './confidence'
import { apply, evaluateProgram, inputsUsed, type Program, subprograms } from './program'
import { answersOf } from './questions'
import { sameValue } from './values'

/**
 * The limits an answer applies by an input: `Math.max(floors, staff / 20)` is a floor of `floors`
 * on a quantity computed from other inputs, `Math.min(…, cap)` a cap of `cap`. An input capped by a
 * constant (`Math.min(problems, 1)`) is the quantity, not a limit.
 */
function limitsOf(program: Program): Array<{ operator: 'max' | 'min'; input: string }> {
  const own: Array<{ operator: 'max' | 'min'; input: string }> = []
  if (program.kind === 'apply' && (program.operator === 'max' || program.operator === 'min') && program.args.length === 2) {
    const [first, second] = program.args as [Program, Program]
    for (const [bound, quantity] of [
      [first, second],
      [second, first]
    ] as const)
      if (bound.kind === 'input' && bound.type === 'number' && inputsUsed(quantity).some((name) => name !== bound.name))
        own.push({ operator: program.operator, input: bound.name })
  }
  return [...own, ...subprograms(program).flatMap(limitsOf)]
}

export const branchLimitQuestion: Doubt = (problem, best, domain, written) => {
  const program = written(best.program)
  if (program.kind !== 'match' && program.kind !== 'conditional') return undefined
  const { examples } = problem.table
  const leaves = branchesOf(program, examples).filter((leaf) => leaf.rows.length > 0)
  for (const limited of leaves)
    for (const { operator, input } of limitsOf(limited.answer)) {
      const values = examples.map((example) => example.inputs[input]).filter((value): value is number => typeof value === 'number')
      if (values.length === 0) continue
      // Where the limit would bite: the largest value for a floor, the least for a cap.
      const extreme = operator === 'max' ? Math.max(...values) : Math.min(...values)
      for (const open of leaves) {
        if (open === limited || inputsUsed(open.answer).includes(input)) continue
        const rival = open.replaced(apply(operator, open.answer, { kind: 'input', name: input, type: 'number' }))
        for (const row of open.rows) {
          const inputs = { ...examples[row]!.inputs, [input]: extreme }
          if (examples.some((example) => Object.keys(inputs).every((name) => sameValue(example.inputs[name]!, inputs[name]!)))) continue
          const [answer, other] = [evaluateProgram(program, inputs), evaluateProgram(rival, inputs)]
          if (!answer.ok || !other.ok || sameValue(answer.value as Value, other.value as Value)) continue
          return {
            inputs,
            answers: answersOf([
              { program, value: inDomain(domain, answer.value) as Value },
              { program: rival, value: inDomain(domain, other.value) as Value }
            ])
          }
        }
      }
    }
  return undefined
}
