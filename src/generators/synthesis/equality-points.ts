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
  const tested = testedPoint(condition)
  return tested === undefined ? undefined : { input: tested.input, points: [tested.point] }
}

/** The input and the number a condition `input === number` (either way round) tests it for, or undefined. */
export function testedPoint(condition: Program): { input: string; point: number } | undefined {
  if (condition.kind !== 'apply' || condition.operator !== 'equal') return undefined
  const [left, right] = condition.args
  const named = left?.kind === 'input' ? left : right?.kind === 'input' ? right : undefined
  const other = named === left ? right : left
  if (named === undefined || other?.kind !== 'constant' || typeof other.value !== 'number') return undefined
  return { input: named.name, point: other.value }
}

/**
 * Every set of points some condition of the program tests one number input for: two or more, or
 * one the words name as a bound ("10 to 29 visits": 10 starts a band, no single count is meant).
 */
function pointSets(
  program: Program,
  bounds: ReadonlyMap<number, unknown>,
  found: Array<{ input: string; points: number[] }> = []
): Array<{ input: string; points: number[] }> {
  const points = pointsOf(program)
  const distinct = points === undefined ? 0 : new Set(points.points).size
  if (points !== undefined && (distinct >= 2 || (distinct === 1 && bounds.has(points.points[0]!)))) found.push(points)
  else for (const part of subprograms(program)) pointSets(part, bounds, found)
  return found
}

export const equalityPointsQuestion: Doubt = (problem, best, domain, written) => {
  const program = written(best.program)
  for (const { input, points } of pointSets(program, problem.prior.cutSides)) {
    const column = problem.table.columns.find((candidate) => candidate.name === input)
    if (column === undefined || column.type !== 'number' || column.categorical) continue
    const shown = new Set(column.values as number[])
    // Only points the examples show: nothing (0) is a case of its own, not a row learnt by heart.
    if (!points.every((point) => point === 0 || shown.has(point)) || points.every((point) => point === 0)) continue
    // One point is asked about beside it, towards the nearest value the examples show.
    const sorted = [...shown].sort((a, b) => a - b)
    const [low, high] =
      new Set(points).size >= 2
        ? [Math.min(...points), Math.max(...points)]
        : [points[0]!, sorted.find((value) => value > points[0]!) ?? points[0]!]
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
