/**
 * A number the words give as a bound ("up to 40 a 2", "at least 18") is where the rule changes: a
 * rule that answers the same on both sides of it, for the one input whose examples reach it and
 * which the rule cuts at another bound the words state, found
 * its edges elsewhere (`5 - Math.ceil(points / 15)` fits 40 → 2 and 50 → 1 and gives 45 a 2, where
 * the words make it a 1). The rows chose it; the words doubt it, so it is not confirmed, and the
 * row just past the bound is the question. Only for a table with one output.
 */
import type { Value } from '../operation'
import { type Doubt, inDomain } from './confidence'
import { boundPhrases } from './described-bounds'
import { evaluateProgram, type Program, subprograms } from './program'
import { answersOf } from './questions'
import { sameValue } from './values'

export const statedEdgeQuestion: Doubt = (problem, best, domain, written) => {
  // Where the table has several outputs, a bound the words state may be another output's edge.
  if (problem.table.operation.outputs.length !== 1) return undefined
  const program = written(best.program)
  const text = problem.prior.context.text ?? ''
  const examples = problem.table.examples
  const answer = (inputs: Record<string, Value>) => {
    const result = evaluateProgram(program, inputs)
    return result.ok ? result.value : undefined
  }
  // Bands answer few values, each on several rows: a rule of many values (a rate up to a bound, then another) may turn at the bound without a step.
  if (new Set(problem.target.map((value) => JSON.stringify(value))).size > problem.table.rows - 2) return undefined
  // An input the rule itself cuts (`points <= 15`): a bound of the words is about it, not about a difference or a share of it.
  const cut = cutInputs(program)
  const columns = problem.table.columns.filter((column) => column.type === 'number' && column.derived !== true)
  const lower = text.toLowerCase()
  const stated = boundPhrases(text).map((phrase) => phrase.value)
  for (const { value: bound, end, text: phrase } of boundPhrases(text)) {
    // A share ("from 70 percent") bounds a ratio of inputs, not an input; "over" and "under" alone are often no bound ("timed over 100 m").
    if (SHARE_AFTER.test(lower.slice(end)) || !BOUND_WORDS.test(phrase)) continue
    const reaching = columns.filter((column) => {
      const values = column.values as number[]
      return Math.min(...values) < bound && bound < Math.max(...values)
    })
    // The bound is about one input, the only one whose examples reach it, and one the rule cuts at another bound the
    // words state: then the words' bounds are this rule's (a feature's words may state another operation's bounds).
    const edges = cut.get(reaching[0]?.name ?? '')
    if (reaching.length !== 1 || edges === undefined || !stated.some((value) => value !== bound && edges.has(value))) continue
    let question: Record<string, Value> | undefined
    const changes = reaching.some((column) => {
      const step = (column.values as number[]).every(Number.isInteger) && Number.isInteger(bound) ? 1 : 0.01
      return examples.some((example) => {
        const at = (value: number) => answer({ ...example.inputs, [column.name]: value })
        const [below, on, above] = [at(bound - step), at(bound), at(bound + step)]
        question ??= { ...example.inputs, [column.name]: bound + step }
        return [below, above].some((side) => side !== undefined && on !== undefined && !sameValue(side as Value, on as Value))
      })
    })
    if (changes || question === undefined) continue
    const value = answer(question)
    if (value === undefined) continue
    return { inputs: question, answers: answersOf([{ program, value: inDomain(domain, value) as Value }]) }
  }
  return undefined
}

/** The phrases that only ever state a bound: "up to 40", "at most 5", "at least 18", "10 or more". */
const BOUND_WORDS =
  /\b(?:up\s+to|at\s+most|at\s+least|no\s+(?:more|less|fewer)\s+than|not\s+(?:more|less)\s+than|or\s+(?:more|less|fewer|over|under|above|below))\b/u
const SHARE_AFTER = /^\s*(?:%|percent\b|per\s+cent\b)/u

const COMPARISONS = new Set(['less', 'lessOrEqual', 'greater', 'greaterOrEqual'])

/** The inputs the program compares with a number of its own, and those numbers. */
function cutInputs(program: Program, into = new Map<string, Set<unknown>>()): Map<string, Set<unknown>> {
  if (program.kind === 'apply' && COMPARISONS.has(program.operator) && program.args.length === 2) {
    const [a, b] = program.args as [Program, Program]
    for (const [measured, cut] of [
      [a, b],
      [b, a]
    ])
      if (measured!.kind === 'input' && cut!.kind === 'constant')
        into.set(measured!.name, (into.get(measured!.name) ?? new Set()).add(cut!.value))
  }
  for (const part of subprograms(program)) cutInputs(part, into)
  return into
}
