/**
 * A test for one multiple of a size answers that multiple by heart where the size may repeat: a
 * rule that reads `guests % 12` and tests `guests === 12`, or a test for a size the words name
 * ("boxes of 6": `eggs === 6`) on a number the examples take past it. Repeating would answer every
 * multiple alike, the test only the one the examples show. Such a rule is not confirmed; the
 * question is the next multiple the examples do not show, with the rule's answer.
 */
import type { Value } from '../operation'
import { type Doubt, inDomain } from './confidence'
import { testedPoint } from './equality-points'
import { evaluateProgram, type Program, subprograms } from './program'
import { answersOf } from './questions'

/** Every (input, m) of `input % m` in the program, m a positive constant. */
function periods(program: Program, found: Array<{ input: string; period: number }> = []): Array<{ input: string; period: number }> {
  if (program.kind === 'apply' && program.operator === 'remainder') {
    const [left, right] = program.args
    if (left?.kind === 'input' && right?.kind === 'constant' && typeof right.value === 'number' && right.value > 1)
      found.push({ input: left.name, period: right.value })
  }
  for (const part of subprograms(program)) periods(part, found)
  return found
}

/** Every (input, value) of `input === value` in the program, value a number. */
function points(program: Program, found: Array<{ input: string; point: number }> = []): Array<{ input: string; point: number }> {
  const tested = testedPoint(program)
  if (tested !== undefined) found.push(tested)
  for (const part of subprograms(program)) points(part, found)
  return found
}

export const periodPointsQuestion: Doubt = (problem, best, domain, written) => {
  const program = written(best.program)
  const repeats = periods(program)
  for (const { input, point } of points(program)) {
    const column = problem.table.columns.find((candidate) => candidate.name === input)
    if (column === undefined || column.type !== 'number' || column.categorical || point <= 0) continue
    const shown = new Set(problem.table.examples.map((example) => example.inputs[input]))
    // Only a multiple an example shows is answered by heart.
    if (!shown.has(point)) continue
    const repeating = repeats.some((repeat) => repeat.input === input && point % repeat.period === 0)
    const namedSize =
      problem.prior.mentioned.has(point) &&
      point > 1 &&
      column.integral &&
      !problem.prior.cutSides.has(point) &&
      (column.values as number[]).some((value) => value > point)
    if (!repeating && !namedSize) continue
    let next = point + point
    while (shown.has(next)) next += point
    const row = problem.table.examples.find((example) => example.inputs[input] === point) ?? problem.table.examples[0]!
    const inputs: Record<string, Value> = { ...row.inputs, [input]: next }
    const answer = evaluateProgram(program, inputs)
    if (!answer.ok) continue
    return { inputs, answers: answersOf([{ program, value: inDomain(domain, answer.value) as Value }]) }
  }
  return undefined
}
