/**
 * The branches of a rule and the example rows that take each: the leaves of its conditionals and
 * of the cases of its rules per value, through a rounding of the whole (a rule rounded as a whole
 * branches where its argument does). Doubts about one branch beside the others read them here.
 */
import type { Value } from '../operation'
import { OPERATORS } from './operators'
import { evaluateProgram, type Program } from './program'
import { sameValue } from './values'

export interface Branch {
  answer: Program
  /** The example rows that take this branch. */
  rows: number[]
  /** The condition of the decision whose `then` this is; none for a default or a case of a rule per value. */
  guard?: Program
  /** The whole rule with another answer in this branch's place. */
  replaced: (answer: Program) => Program
}

export function branchesOf(
  program: Program,
  examples: ReadonlyArray<{ inputs: Record<string, Value> }>,
  reaching: readonly number[] = [...examples.keys()],
  guard?: Program
): Branch[] {
  // Each branch below is put back into this node in its place.
  const within = (branches: Branch[], rebuild: (inner: Program) => Program): Branch[] =>
    branches.map((branch) => ({ ...branch, replaced: (answer) => rebuild(branch.replaced(answer)) }))
  if (program.kind === 'match')
    return program.cases.flatMap((entry, index) =>
      within(
        branchesOf(
          entry.result,
          examples,
          reaching.filter((row) => sameValue(examples[row]!.inputs[program.input]!, entry.value))
        ),
        (inner) => ({ ...program, cases: program.cases.map((other, at) => (at === index ? { ...other, result: inner } : other)) })
      )
    )
  if (program.kind === 'conditional') {
    const taken = reaching.filter((row) => {
      const result = evaluateProgram(program.condition, examples[row]!.inputs)
      return result.ok && result.value === true
    })
    const others = reaching.filter((row) => !taken.includes(row))
    return [
      ...within(branchesOf(program.then, examples, taken, program.condition), (inner) => ({ ...program, then: inner })),
      ...within(branchesOf(program.otherwise, examples, others), (inner) => ({ ...program, otherwise: inner }))
    ]
  }
  if (program.kind === 'apply' && OPERATORS[program.operator].family === 'rounding' && program.args[0] !== undefined)
    return within(branchesOf(program.args[0], examples, reaching, guard), (inner) => ({
      ...program,
      args: [inner, ...program.args.slice(1)]
    }))
  return [{ answer: program, rows: [...reaching], ...(guard !== undefined ? { guard } : {}), replaced: (answer) => answer }]
}
