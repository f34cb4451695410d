/**
 * A condition that holds where a number equals one of two or more values the examples show
 * (`percent === 80 || percent === 89 ? 'B' : …`) answers those rows by heart: it says nothing of
 * the values between them, where a band would. Such a rule is not confirmed; the question is a
 * value between the points, with the rule's answer.
 */
import type { Value } from '../operation'
import { type Doubt, inDomain } from './confidence'
import { evaluateProgram, type Program, subprograms } from './program'
import { answersOf } from './questions'

/** The input and the values a disjunction of equalities tests it for, or undefined for any other condition. */
function pointsOf(condition: Program): { input: string; points: number[] } | undefined {
  if (condition.kind !== 'apply') return undefined
  if (condition.operator === 'or') {
    const parts = condition.args.map(pointsOf)
    const input = parts[0]?.input
    if (input === undefined || parts.some((part) => part?.input !== input)) return undefined
    return { input, points: parts.flatMap((part) => part!.points) }
  }
  if (condition.operator !== 'equal') return undefined
  const [left, right] = condition.args
  const named = left?.kind === 'input' ? left : right?.kind === 'input' ? right : undefined
  const other = named === left ? right : left
  if (named === undefined || other?.kind !== 'constant' || typeof other.value !== 'number') return undefined
  return { input: named.name, points: [other.value] }
}

/** Every set of two or more points some condition of the program tests one number input for. */
function pointSets(program: Program, found: Array<{ input: string; points: number[] }> = []): Array<{ input: string; points: number[] }> {
  const points = pointsOf(program)
  if (points !== undefined && new Set(points.points).size >= 2) found.push(points)
  else for (const part of subprograms(program)) pointSets(part, found)
  return found
}

export const equalityPointsQuestion: Doubt = (problem, best, domain, written) => {
  const program = written(best.program)
  for (const { input, points } of pointSets(program)) {
    const column = problem.table.columns.find((candidate) => candidate.name === input)
    if (column === undefined || column.type !== 'number' || column.categorical) continue
    const shown = new Set(column.values as number[])
    // Only points the examples show: nothing (0) is a case of its own, not a row learnt by heart.
    if (!points.every((point) => point === 0 || shown.has(point)) || points.every((point) => point === 0)) continue
    const [low, high] = [Math.min(...points), Math.max(...points)]
    const between = [Math.floor((low + high) / 2), Math.ceil((low + high) / 2), (low + high) / 2].find(
      (value) => value > low && value < high && !shown.has(value)
    )
    if (between === undefined) continue
    const row = problem.table.examples.find((example) => example.inputs[input] === low) ?? problem.table.examples[0]!
    const inputs: Record<string, Value> = { ...row.inputs, [input]: between }
    const answer = evaluateProgram(program, inputs)
    if (!answer.ok) continue
    return { inputs, answers: answersOf([{ program, value: inDomain(domain, answer.value) as Value }]) }
  }
  return undefined
}
