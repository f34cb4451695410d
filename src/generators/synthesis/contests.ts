/**
 * Who comes out ahead of two sides, measure by measure: the stone with more skips wins, with equal
 * skips the one that went further, with both equal it is a tie. The inputs come in pairs, one per
 * side, named alike (`kit_skips` and `lou_skips`, `ana_time` and `ben_time`), or are the only two
 * numbers (`red`, `yellow`); a measure counts for more or for less (more pies, a sooner time), and
 * the measures are compared in an order. Each order and direction that explains every row is a
 * candidate, written as the decision list a person writes; near-best ones that part somewhere (a
 * tie the rows never show, a second measure they never needed) leave the rule unconfirmed.
 */
import { type Candidate, type Problem, candidateOf } from './candidate'
import { isClockText } from './clock'
import type { Value } from '../operation'
import { AHEAD_ON } from './operators'
import { type Program, apply, constant, evaluateProgram, input } from './program'
import type { Column } from './table'

/** More measures than this are no contest a person states in a sentence (and orders grow as their factorial). */
const MAX_MEASURES = 3

/** One measure of both sides: what each side's value is, read from its input. */
interface Measure {
  sides: [Program, Program]
}

export function contestsOn(problem: Problem, rows: readonly number[] = [...Array(problem.table.rows).keys()]): Candidate[] {
  if (problem.output.type !== 'string') return []
  const paired = pairedMeasures(problem.table.columns.filter((column) => column.derived !== true))
  return [...(paired !== undefined ? [paired] : []), ...sidedMeasures(problem.table.columns)].flatMap((measures) =>
    contestsOver(problem, rows, measures)
  )
}

/** Each order and direction of these measures that explains the rows. */
function contestsOver(problem: Problem, rows: readonly number[], measures: readonly Measure[]): Candidate[] {
  const found: Candidate[] = []
  for (const order of orders(measures.length))
    // The first measure is read as more is better: the answers are learnt, so the rule the other way round is this one.
    for (let directions = 0; directions < 1 << order.length; directions += 2) {
      const chosen = order.map((index, position) => {
        const { sides } = measures[index]!
        // A measure that counts for less (a sooner time) is the same comparison the other way round.
        return ((directions >> position) & 1) === 1 ? ([sides[1], sides[0]] as [Program, Program]) : sides
      })
      for (const program of verdicts(problem, rows, chosen)) found.push(candidateOf(program, problem.prior.bits(program), 'expression'))
    }
  return found
}

/**
 * The measures of two sides: inputs named `<side>_<measure>` (or `<measure>_<side>`) for two
 * sides and one to three measures each, every measure given for both; else the only two inputs
 * that measure the same thing. Numbers, or times as a clock shows them ("8:10").
 */
function pairedMeasures(columns: readonly Column[]): Measure[] | undefined {
  const reading = (column: Column): Program | undefined =>
    column.type === 'number'
      ? input(column.name, 'number')
      : column.type === 'string' && column.values.every(isClockText)
        ? apply('clockValue', input(column.name, 'string'))
        : undefined
  const measured = columns.filter((column) => reading(column) !== undefined)
  for (const sideFirst of [true, false]) {
    const parts = measured.map((column) => {
      const words = column.name.split('_')
      if (words.length < 2) return undefined
      return sideFirst
        ? { side: words[0]!, measure: words.slice(1).join('_') }
        : { side: words.at(-1)!, measure: words.slice(0, -1).join('_') }
    })
    if (parts.some((part) => part === undefined)) continue
    const sides = [...new Set(parts.map((part) => part!.side))]
    const names = [...new Set(parts.map((part) => part!.measure))]
    if (sides.length !== 2 || names.length > MAX_MEASURES || names.length * 2 !== measured.length) continue
    const of = (side: string, measure: string) => measured[parts.findIndex((part) => part!.side === side && part!.measure === measure)]
    if (names.some((measure) => of(sides[0]!, measure) === undefined || of(sides[1]!, measure) === undefined)) continue
    // Both sides' values of a measure are of one kind: two numbers, or two times.
    if (names.some((measure) => of(sides[0]!, measure)!.type !== of(sides[1]!, measure)!.type)) continue
    return names.map((measure) => ({ sides: [reading(of(sides[0]!, measure)!)!, reading(of(sides[1]!, measure)!)!] }))
  }
  if (measured.length === 2 && measured[0]!.type === measured[1]!.type && columns.length === 2)
    return [{ sides: [reading(measured[0]!)!, reading(measured[1]!)!] }]
  return undefined
}

/**
 * Derived quantities that are one side's value each (`left_best`, `right_best`): every two sides of one
 * kind are a contest of one measure.
 */
function sidedMeasures(columns: readonly Column[]): Measure[][] {
  const sided = columns.filter((column) => column.derived === true && column.side !== undefined && column.type === 'number')
  const kinds = new Map<string, Column[]>()
  for (const column of sided) {
    const { measure } = column.side!
    kinds.set(measure, [...(kinds.get(measure) ?? []), column])
  }
  return [...kinds.values()]
    .filter((pair) => pair.length === 2)
    .map((pair) => [{ sides: [input(pair[0]!.name, 'number'), input(pair[1]!.name, 'number')] as [Program, Program] }])
}

/** Every order of `count` measures. */
function orders(count: number): number[][] {
  if (count === 0) return [[]]
  return orders(count - 1).flatMap((order) => [...Array(count).keys()].map((at) => [...order.slice(0, at), count - 1, ...order.slice(at)]))
}

/**
 * The rule over the measures in this order, the first side's value first: the answer for the
 * first side ahead, the second, and a tie, as the rows give them. Where no row is a tie, it goes
 * either way: both rules.
 */
function verdicts(problem: Problem, rows: readonly number[], measures: ReadonlyArray<[Program, Program]>): Program[] {
  const answers: Array<Value | undefined> = [undefined, undefined, undefined]
  for (const row of rows) {
    const inputs = problem.table.examples[row]!.inputs
    let verdict = 2
    for (const [first, second] of measures) {
      const [a, b] = [evaluateProgram(first, inputs), evaluateProgram(second, inputs)]
      if (!a.ok || !b.ok || typeof a.value !== 'number' || typeof b.value !== 'number') return []
      if (a.value !== b.value) {
        verdict = a.value > b.value ? 0 : 1
        break
      }
    }
    const answer = problem.target[row]!
    if (typeof answer !== 'string') return []
    if (answers[verdict] === undefined) answers[verdict] = answer
    else if (answers[verdict] !== answer) return []
  }
  const [ahead, behind, tie] = answers as Array<string | undefined>
  if (ahead === undefined || behind === undefined || ahead === behind) return []
  const operator = AHEAD_ON[measures.length as keyof typeof AHEAD_ON]
  const ties = tie !== undefined ? [tie] : [ahead, behind]
  return ties.map((last) => apply(operator, constant([ahead, behind, last]), ...measures.flat()))
}
