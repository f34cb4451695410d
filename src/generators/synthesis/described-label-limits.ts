/**
 * Labels the description gives by several limits at once: "a "micro" business has fewer than 10
 * staff and a turnover of up to 2 million, a "small" one fewer than 50 staff and up to 10 million
 * … Any other business is "large"". Each label's clause (from the label to the next one) states
 * its limits, each a comparison with a number and the unit after it; the one label with no limit
 * is the rest. The labels are tried in the order the words give them (the first whose limits all
 * hold), and the words say which unit each limit is in, not which input: every way of giving the
 * units distinct number inputs is tried, and only those that answer every row are kept (confident
 * only where one does). Labels with one limit each are the bands of `described-label-bands.ts`.
 */
import type { Derived } from './derived'
import { type Program, apply, conditional, constant, evaluateProgram, input } from './program'
import type { ExampleTable } from './table'
import { valuesAgree } from '../operation'

const NUMBER = String.raw`(\d+(?:\.\d+)?)`
/** A unit: the word after the number ("10 staff", "2 million"), not a word that goes on the sentence. */
const UNIT = String.raw`(?:\s+(?!(?:and|or|but|a|an|the|each|per)\b)(\p{L}+))?`

type Comparison = 'less' | 'lessOrEqual' | 'greater' | 'greaterOrEqual'

const LIMITS: ReadonlyArray<{ pattern: RegExp; operator: Comparison }> = [
  { pattern: new RegExp(String.raw`\b(?:fewer|less)\s+than\s+${NUMBER}${UNIT}`, 'giu'), operator: 'less' },
  { pattern: new RegExp(String.raw`\b(?:under|below)\s+${NUMBER}${UNIT}`, 'giu'), operator: 'less' },
  {
    pattern: new RegExp(String.raw`\b(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than)\s+${NUMBER}${UNIT}`, 'giu'),
    operator: 'lessOrEqual'
  },
  { pattern: new RegExp(String.raw`\b(?:more\s+than|over|above)\s+${NUMBER}${UNIT}`, 'giu'), operator: 'greater' },
  {
    pattern: new RegExp(String.raw`\b(?:at\s+least|no\s+fewer\s+than|no\s+less\s+than)\s+${NUMBER}${UNIT}`, 'giu'),
    operator: 'greaterOrEqual'
  }
]

type Limit = { operator: Comparison; edge: number; unit: string | undefined; at: number }
type Clause = { label: string; limits: Limit[] }

/** A unit word as a key: "staff", "Staff" and "staffs" are one unit. */
const unitKey = (word: string | undefined) => word?.toLowerCase().replace(/s$/u, '')

/** The limits one clause states, in the order written. */
function limitsIn(clause: string): Limit[] {
  const limits: Limit[] = []
  for (const { pattern, operator } of LIMITS)
    for (const match of clause.matchAll(pattern))
      limits.push({ operator, edge: Number(match[1]), unit: unitKey(match[2]), at: match.index })
  return limits.sort((a, b) => a.at - b.at)
}

/**
 * Each answered label's clause and its limits, in the order the words give them; undefined unless
 * every label is quoted once, all but one state limits, one of them two or more, and every limit's
 * unit is known (written, or that of the limit in the same place of another clause).
 */
function statedClauses(text: string, answered: readonly string[]): Clause[] | undefined {
  const places: Array<{ label: string; start: number; end: number }> = []
  for (const label of answered) {
    const quoted = [...text.matchAll(new RegExp(`"${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'gu'))]
    if (quoted.length !== 1) return undefined
    places.push({ label, start: quoted[0]!.index, end: quoted[0]!.index + quoted[0]![0].length })
  }
  places.sort((a, b) => a.start - b.start)
  const clauses = places.map((place, index) => ({
    label: place.label,
    limits: limitsIn(text.slice(place.end, places[index + 1]?.start ?? text.length).split(/\.(?:\s|$)/u)[0]!)
  }))
  const unlimited = clauses.filter((clause) => clause.limits.length === 0)
  if (unlimited.length !== 1 || !clauses.some((clause) => clause.limits.length >= 2)) return undefined
  // The rest is the label the words give last ("Any other business is "large"").
  if (clauses.at(-1)!.limits.length !== 0) return undefined
  // "Up to 10 million" after "fewer than 50 staff and": the unit of the limit in that place elsewhere.
  for (const clause of clauses)
    clause.limits.forEach((limit, position) => {
      if (limit.unit !== undefined) return
      const own = new Set(clause.limits.map((each) => each.unit))
      limit.unit = clauses.map((other) => other.limits[position]?.unit).find((unit) => unit !== undefined && !own.has(unit))
    })
  return clauses.every((clause) => clause.limits.every((limit) => limit.unit !== undefined)) ? clauses : undefined
}

/** Every way of giving each unit its own input, of those given. */
function assignments(units: readonly string[], inputs: readonly string[]): Array<Map<string, string>> {
  if (units.length === 0) return [new Map()]
  const [first, ...rest] = units
  return inputs.flatMap((name) =>
    assignments(
      rest,
      inputs.filter((other) => other !== name)
    ).map((assigned) => new Map([[first!, name], ...assigned]))
  )
}

/** The label the first clause whose limits all hold gives, over the inputs the units are given. */
export function describedLabelLimits(text: string, table: ExampleTable): Derived[] {
  const answered = new Set<string>()
  for (const example of table.examples)
    for (const value of Object.values(example.outputs)) if (typeof value === 'string' && value.trim() !== '') answered.add(value)
  if (answered.size < 3) return []
  const clauses = statedClauses(text, [...answered])
  if (clauses === undefined) return []
  const units = [...new Set(clauses.flatMap((clause) => clause.limits.map((limit) => limit.unit!)))]
  const numbers = table.columns.filter((column) => column.type === 'number' && column.derived !== true).map((column) => column.name)
  if (units.length > numbers.length || units.length > 3) return []
  const fitting = assignments(units, numbers)
    .map((assigned) => labelProgram(clauses, assigned))
    .filter((program) =>
      table.examples.every((example) => {
        const label = evaluateProgram(program, example.inputs)
        return label.ok && Object.values(example.outputs).some((value) => valuesAgree(label.value, value))
      })
    )
  return fitting.map((program, index) => ({
    name: `stated_label${fitting.length > 1 ? index + 1 : ''}`,
    program,
    confident: fitting.length === 1,
    stated: true
  }))
}

/** `staff < 10 && turnover <= 2 ? 'micro' : … : 'large'`: the clauses in order, the last for the rest. */
function labelProgram(clauses: readonly Clause[], assigned: ReadonlyMap<string, string>): Program {
  return clauses.slice(0, -1).reduceRight<Program>(
    (rest, clause) =>
      conditional(
        clause.limits
          .map((limit) => apply(limit.operator, input(assigned.get(limit.unit!)!, 'number'), constant(limit.edge)))
          .reduce((all, test) => apply('and', all, test)),
        constant(clause.label),
        rest
      ),
    constant(clauses.at(-1)!.label)
  )
}
