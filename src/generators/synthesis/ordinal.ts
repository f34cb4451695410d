/**
 * Labels in an order the feature gives, moved up by conditions: "under 90 cm is S, 90 to 99 M, ...
 * anyone 185 cm or taller goes up one size, but never past XL"; "summer needs a 1-season bag ...
 * go up one if the camper feels the cold". The label's place is a base (a band of one number input
 * at numbers the words name, or one place per category of a categorical input) plus one for each
 * condition that holds (a yes/no input, a number input at or past a number the words name), capped
 * at the last label. The order is the one the description names the labels in, or the numbers the
 * labels hold ("1-season" ... "4-season"). Each candidate is judged like any other rule.
 */
import type { Value } from '../operation'
import { type Candidate, type Problem, candidateOf } from './candidate'
import { type Program, apply, conditional, constant, input } from './program'

const MAX_LABELS = 8
const MAX_BUMPS = 2
/** The construct itself: labels in order, moved up by conditions, capped at the last. */
const ORDINAL_BITS = 8

/** A condition that moves the label up one place, and its value on each example row. */
interface Bump {
  program: Program
  column: string
  holds: boolean[]
}

/** The labels in the order the description names them, or by the one number each holds. */
export function labelOrder(labels: readonly string[], text: string): string[] | undefined {
  const escape = (label: string) => label.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
  const positions = labels.map((label) => new RegExp(`(?<![\\w-])${escape(label)}(?![\\w-])`, 'u').exec(text)?.index ?? -1)
  if (positions.every((position) => position >= 0) && new Set(positions).size === labels.length)
    return [...labels].sort((a, b) => positions[labels.indexOf(a)]! - positions[labels.indexOf(b)]!)
  const numbers = labels.map((label) => label.match(/\d+/gu))
  if (numbers.every((found) => found?.length === 1) && new Set(numbers.map((found) => found![0])).size === labels.length)
    return [...labels].sort((a, b) => Number(a.match(/\d+/u)![0]) - Number(b.match(/\d+/u)![0]))
  return undefined
}

/** Conditions that may move a label up: yes/no inputs, and number inputs at or past a number the words name. */
function bumpsOf(problem: Problem): Bump[] {
  const { table, prior } = problem
  const bumps: Bump[] = []
  for (const column of table.columns) {
    if (column.type === 'boolean')
      bumps.push({ program: input(column.name, 'boolean'), column: column.name, holds: column.values.map((value) => value === true) })
    if (column.type === 'number')
      for (const bound of prior.mentioned)
        bumps.push({
          program: apply('greaterOrEqual', input(column.name, 'number'), constant(bound)),
          column: column.name,
          holds: column.values.map((value) => (value as number) >= bound)
        })
  }
  return bumps
}

/** Sets of at most MAX_BUMPS conditions on different inputs. */
function bumpSets(bumps: readonly Bump[]): Bump[][] {
  const sets: Bump[][] = [[]]
  bumps.forEach((first, index) => {
    sets.push([first])
    for (const second of bumps.slice(index + 1)) if (second.column !== first.column && MAX_BUMPS >= 2) sets.push([first, second])
  })
  return sets
}

/** What each row needs of the base: its exact place where the cap does not bind, else at least a place. */
type Need = { exact?: number; atLeast: number }

/** One place per category, where every category's rows agree on it (a category seen only capped takes its lowest place if exact). */
function categoryBase(values: readonly Value[], needs: readonly Need[], top: number): Map<string, number> | undefined {
  const base = new Map<string, number>()
  for (const category of new Set(values.map(String))) {
    const own = needs.filter((_, row) => String(values[row]) === category)
    const exact = new Set(own.flatMap((need) => (need.exact === undefined ? [] : [need.exact])))
    if (exact.size > 1) return undefined
    const place = exact.size === 1 ? [...exact][0]! : Math.max(...own.map((need) => need.atLeast))
    if (place < 0 || place > top || own.some((need) => need.atLeast > place)) return undefined
    // Seen only where the cap binds, and moved up there: the examples do not place the category itself.
    if (exact.size === 0 && place < top) return undefined
    base.set(category, place)
  }
  return base
}

/** Cuts of a number input at numbers the words name, one per place the base rises to. */
function numberBase(values: readonly number[], needs: readonly Need[], mentioned: ReadonlySet<number>): number[] | undefined {
  const top = Math.max(...needs.map((need) => need.exact ?? need.atLeast))
  const cuts: number[] = []
  for (let place = 1; place <= top; place++) {
    // Below the cut, rows that need less than this place; at or past it, rows that need this place or more.
    const below = values.filter((_, row) => (needs[row]!.exact ?? Infinity) < place)
    const above = values.filter((_, row) => (needs[row]!.exact ?? needs[row]!.atLeast) >= place)
    const low = Math.max(-Infinity, ...below)
    const high = Math.min(Infinity, ...above)
    const named = [...mentioned].filter((bound) => bound > low && bound <= high).sort((a, b) => b - a)
    if (named.length === 0 || (cuts.length > 0 && named[0]! <= cuts.at(-1)!)) return undefined
    cuts.push(named[0]!)
  }
  return cuts
}

/** A rule for the labels in order: the base place plus the conditions, capped at the last label. */
export function ordinalShifts(problem: Problem): Candidate[] {
  const { table, target, output, prior } = problem
  if (output.type !== 'string') return []
  const labels = [...new Set(target.map(String))]
  if (labels.length < 3 || labels.length > MAX_LABELS || labels.some((label) => label.includes('|'))) return []
  const order = labelOrder(labels, prior.context.text ?? '')
  if (order === undefined) return []
  const top = order.length - 1
  const places = target.map((value) => order.indexOf(String(value)))
  const found: Candidate[] = []
  // Without a condition moving it up, a band of labels is a decision list already.
  for (const bumps of bumpSets(bumpsOf(problem)).filter((set) => set.length > 0)) {
    const moved = places.map((_, row) => bumps.filter((bump) => bump.holds[row]).length)
    const needs: Need[] = places.map((place, row) =>
      place < top ? { exact: place - moved[row]!, atLeast: place - moved[row]! } : { atLeast: top - moved[row]! }
    )
    if (needs.some((need) => need.exact !== undefined && need.exact < 0)) continue
    for (const column of table.columns) {
      if (bumps.some((bump) => bump.column === column.name)) continue
      const base = baseProgram(column, needs, top, prior)
      if (base === undefined) continue
      // One construct, priced by its parts: the base's cuts or places, each condition, each label
      // (as a decision list's branch constant; their order is the feature's), and the construct itself.
      const bits =
        ORDINAL_BITS +
        base.bits +
        bumps.reduce((sum, bump) => sum + prior.bits(bump.program), 0) +
        order.reduce((sum, label) => sum + prior.constantBits(label), 0)
      found.push(candidateOf(rankedProgram(base.program, bumps, order), bits, 'decision-list'))
    }
  }
  return found
}

/** The base place, and what it costs: its cuts, or its places per category. */
function baseProgram(
  column: Problem['table']['columns'][number],
  needs: readonly Need[],
  top: number,
  prior: Problem['prior']
): { program: Program; bits: number } | undefined {
  if (column.categorical) {
    const base = categoryBase(column.values, needs, top)
    if (base === undefined) return undefined
    const program: Program = { kind: 'lookup', input: column.name, role: 'place', entries: [...base] }
    return { program, bits: prior.bits(program) }
  }
  if (column.type !== 'number') return undefined
  const cuts = numberBase(column.values as number[], needs, prior.mentioned)
  if (cuts === undefined || cuts.length === 0) return undefined
  const value = input(column.name, 'number')
  const conditions = cuts.map((cut) => apply('less', value, constant(cut)))
  return {
    program: conditions.reduceRight<Program>(
      (otherwise, condition, index) => conditional(condition, constant(index), otherwise),
      constant(cuts.length)
    ),
    bits: conditions.reduce((sum, condition) => sum + prior.bits(condition), 0)
  }
}

function rankedProgram(base: Program, bumps: readonly Bump[], order: readonly string[]): Program {
  const sum = bumps.reduce<Program>((total, bump) => apply('add', total, conditional(bump.program, constant(1), constant(0))), base)
  const rank = bumps.length === 0 ? sum : apply('min', sum, constant(order.length - 1))
  return apply('rankedLabel', rank, constant(order.join('|')))
}
