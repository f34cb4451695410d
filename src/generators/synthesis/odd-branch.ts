/**
 * A rule per category whose branches share one form but for one (`guests * nights * rate` for
 * three kinds of place, `nights + 12` for hotels) rests that branch on its own few rows: two rows
 * fit a form of their own by chance, and a typo in one of them does. Where the odd branch has at
 * most two rows, the rule is not confirmed; the question is a row of that category with another
 * category's inputs, with the rule's answer.
 */
import type { Value } from '../operation'
import { type Doubt, inDomain } from './confidence'
import { evaluateProgram, type Program, subprograms } from './program'
import { answersOf } from './questions'
import { sameValue } from './values'

/** A branch's form: the program with its constants left out. */
function formOf(program: Program): string {
  if (program.kind === 'constant') return 'c'
  if (program.kind === 'input') return program.name
  if (program.kind === 'apply') return `${program.operator}(${program.args.map(formOf).join(',')})`
  return `${program.kind}(${subprograms(program).map(formOf).join(',')})`
}

/** Branches with fewer rows than this may take a form of their own by chance. */
const FEW_ROWS = 2

export const oddBranchQuestion: Doubt = (problem, best, domain, written) => {
  const program = written(best.program)
  if (program.kind !== 'match' || program.cases.length < 3) return undefined
  const forms = program.cases.map((entry) => formOf(entry.result))
  const counts = new Map<string, number>()
  for (const form of forms) counts.set(form, (counts.get(form) ?? 0) + 1)
  const [shared, sharedCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!
  // One form for all the others: at least two of them, the odd one alone.
  if (sharedCount < 2 || sharedCount !== program.cases.length - 1) return undefined
  const odd = program.cases[forms.findIndex((form) => form !== shared)]!
  const rowsOf = (value: Value) => problem.table.examples.filter((example) => sameValue(example.inputs[program.input]!, value))
  if (rowsOf(odd.value).length > FEW_ROWS) return undefined
  // Another category's row, moved into the odd one: inputs the odd branch never saw.
  for (const example of problem.table.examples) {
    if (sameValue(example.inputs[program.input]!, odd.value)) continue
    const inputs: Record<string, Value> = { ...example.inputs, [program.input]: odd.value }
    if (rowsOf(odd.value).some((row) => Object.keys(inputs).every((name) => sameValue(row.inputs[name]!, inputs[name]!)))) continue
    const answer = evaluateProgram(program, inputs)
    if (!answer.ok) continue
    return { inputs, answers: answersOf([{ program, value: inDomain(domain, answer.value) as Value }]) }
  }
  return undefined
}
