/**
 * Rules that choose: if/else chains whose conditions are boolean entries of the bank (learnt
 * thresholds, divisibility, equality between inputs, yes/no inputs, categories) and whose
 * results are rules on the rows that reach them — constants of any type, expressions, scaled
 * inputs; and per-category tables. Bands, FizzBuzz, leap years, a sign as three words and two
 * yes/no inputs deciding one of three statuses are all such rules.
 *
 * The search keeps every list within the margin of the cheapest, not just the cheapest: the
 * confidence test needs the near-best alternatives to compare them on the probes.
 */
import type { Value } from '../operation'
import { affineOn, clockOffsetsOn, roundedAffineOn } from './arithmetic'
import { OPERATORS } from './operators'
import { templatesOn } from './templates'
import { whichOfInputs } from './which'
import type { Entry } from './bank'
import { AgreementIndex, type Candidate, type Problem, candidateOf, countRows, maskOf, rowsOf, truthMask } from './candidate'
import { CONDITIONAL_BITS } from './prior'
import { type LookupNode, type MatchNode, type Program, apply, conditional, constant } from './program'
import { sameValue, valueKey } from './values'
import { chargeWork } from './work'

const MAX_BRANCHES = 5
/** Conditions stay small; results too: a large expression fits a handful of rows by chance. */
const ATOM_BITS = 24
const RESULT_BITS = 20
const AFFINE_OPERAND_BITS = 8
/** Clock readings and durations a branch's time of day may be moved by: those the whole rule may use. */
const CLOCK_OPERAND_BITS = 16
/** A template as a branch's result: a plain one (no choices), a short one. */
const BRANCH_TEMPLATE_BITS = 100
/** Options tried per set of rows, and lists kept: deterministic bounds on the work. */
const MAX_OPTIONS = 400
/** Conditions kept per set of rows they select: the cheapest, and rivals that differ beyond the examples. */
const ATOMS_PER_ROW_SET = 24
const MAX_LISTS = 40
const MAX_VISITS = 30000

export interface RuleFinder {
  /** Rules consistent on these example rows, cheapest first. */
  rulesOn(rows: readonly number[], limit?: number): Candidate[]
}

/** Constants, bank expressions and scaled entries that explain a set of rows. */
export function ruleFinder(problem: Problem): RuleFinder {
  const index = new AgreementIndex(problem, RESULT_BITS)
  const affineOperands = problem.output.type === 'number' ? problem.bank.all('number', AFFINE_OPERAND_BITS) : []
  const cache = new Map<string, Candidate[]>()
  const roundingSaid = (['round', 'ceil', 'floor'] as const).some((operator) => problem.prior.cued(...OPERATORS[operator].words))
  // A branch's rounded line is of an input itself: that keeps the rounding search, tried on many sets of rows, small.
  const roundedOperands = () => affineOperands.filter((entry) => entry.program.kind === 'input')
  let clockEntries: Entry[] | undefined
  const clockOperands = () => (clockEntries ??= problem.bank.all('number', CLOCK_OPERAND_BITS))
  return {
    rulesOn(rows, limit = 3) {
      const key = `${rows.join(',')}/${limit}`
      const known = cache.get(key)
      if (known !== undefined) return known
      const found: Candidate[] = []
      const first = problem.target[rows[0]!]!
      if (rows.every((row) => sameValue(problem.target[row]!, first)))
        found.push(candidateOf(constant(first), problem.prior.constantBits(first), 'expression'))
      for (const entry of index.correctOn(maskOf(rows), limit)) found.push(candidateOf(entry.program, entry.bits, 'expression'))
      if (rows.length >= 2) found.push(...affineOn(problem, rows, affineOperands).filter((candidate) => candidate.bits <= RESULT_BITS + 10))
      // A number scaled and rounded to a whole one on these rows (a quarter more, rounded up, for those with extra time);
      // money kept to the cent is rounded once, around the whole rule (keptToTheCent).
      // Only where the words speak of rounding: it is tried on every set of rows a condition picks.
      if (
        roundingSaid &&
        rows.length >= 3 &&
        problem.output.type === 'number' &&
        rows.every((row) => Number.isInteger(problem.target[row]))
      )
        found.push(...roundedAffineOn(problem, rows, roundedOperands()).filter((candidate) => candidate.bits <= RESULT_BITS + 10))
      // A time of day moved on by its own stretch on these rows (a younger baby fed 3 hours on, an older one 4).
      if (rows.length >= 2 && problem.output.type === 'string')
        found.push(
          ...clockOffsetsOn(problem, rows, clockOperands(), { fixedOnly: true }).filter((candidate) => candidate.bits <= RESULT_BITS + 10)
        )
      // Text made of pieces on these rows: "1 item" is a branch, `${count} items` the rule of the others.
      if (rows.length >= 2 && problem.output.type === 'string' && found.length === 0 && mayBeTemplated(problem, rows))
        found.push(...templatesOn(problem, 0, BRANCH_TEMPLATE_BITS, { rows, choices: 0 }).slice(0, 1))
      // One row whose text copies an input ("Transport: on budget"): the copy as the input, beside the row's text as written.
      else if (rows.length === 1 && copiesTextInput(problem, rows[0]!))
        found.push(...templatesOn(problem, 0, BRANCH_TEMPLATE_BITS, { rows, choices: 0 }).slice(0, 1))
      // Which input is the extreme one, by its label, on these rows.
      if (rows.length >= 3 && problem.output.type === 'string') found.push(...whichOfInputs(problem, rows))
      const kept = found.sort((a, b) => a.bits - b.bits).slice(0, limit)
      cache.set(key, kept)
      return kept
    }
  }
}

/**
 * Whether a template could give these rows' different texts: only by a number written into them
 * or a piece of a text input (its letters, its initials). Words alone ("small", "medium") from
 * numbers alone are no template's: asking the template search on every set of rows a condition
 * picks is most of the cost of decision lists.
 */
function mayBeTemplated(problem: Problem, rows: readonly number[]): boolean {
  if (problem.table.columns.some((column) => column.type === 'string')) return true
  return rows.some((row) => typeof problem.target[row] !== 'string' || /\d/.test(problem.target[row] as string))
}

/** Whether a row's output holds the whole value of one of its text inputs (of two characters or more). */
function copiesTextInput(problem: Problem, row: number): boolean {
  const output = problem.target[row]
  if (typeof output !== 'string') return false
  const inputs = problem.table.examples[row]!.inputs
  return Object.values(inputs).some((value) => typeof value === 'string' && value.length >= 2 && output.includes(value))
}

interface Atom {
  entry: Entry
  mask: bigint
}

interface Branch {
  atom: Atom
  result: Candidate
}

/** Conditions grouped by the example rows they select, the cheapest few of each group kept, cheapest first. */
function conditionAtoms(problem: Problem): Atom[] {
  const rows = problem.table.rows
  // The rest of a group could only ever be more expensive ways to say the same thing on the examples.
  const perMask = new Map<bigint, Atom[]>()
  for (const entry of problem.bank.all('boolean', ATOM_BITS).sort((a, b) => a.bits - b.bits || a.order - b.order)) {
    const mask = truthMask(entry, rows)
    if (mask === 0n || mask === problem.all || equalOnlyAtZero(entry.program, problem, rowsOf(mask, rows))) continue
    const group = perMask.get(mask)
    if (group === undefined) perMask.set(mask, [{ entry, mask }])
    else if (group.length < ATOMS_PER_ROW_SET) group.push({ entry, mask })
  }
  return [...perMask.values()].flat().sort((a, b) => a.entry.bits - b.entry.bits || a.entry.order - b.entry.order)
}

/**
 * Whether a condition that two numbers are equal holds, on the rows it selects, only where both
 * are 0: those rows cannot tell "the same" from "none at all" (a gauge that caught no rain on
 * any day), so they are no evidence for the equality.
 */
function equalOnlyAtZero(program: Program, problem: Problem, rows: readonly number[]): boolean {
  if (program.kind !== 'apply' || program.operator !== 'equal') return false
  const [left, right] = program.args
  if (left?.kind !== 'input' || right?.kind !== 'input' || left.type !== 'number') return false
  return rows.every((row) => problem.table.examples[row]!.inputs[left.name] === 0)
}

/**
 * Decision lists within `margin` bits of the cheapest one, cheapest first. Each list is
 * `if (c1) r1 else if (c2) r2 ... else default`.
 */
export function decisionLists(problem: Problem, rules: RuleFinder, margin: number, ceiling: number): Candidate[] {
  const atoms = conditionAtoms(problem)
  if (atoms.length === 0) return []
  // No list can cost less than one condition and two results: when that is already too much, there is nothing to find.
  const cheapestRule = Math.min(...[...Array(problem.table.rows).keys()].map((row) => problem.prior.constantBits(problem.target[row]!)))
  if (CONDITIONAL_BITS + atoms[0]!.entry.bits + 2 * cheapestRule > ceiling) return []
  const search = new DecisionListSearch(problem, rules, atoms)
  const best = search.cheapestList(ceiling)
  if (!Number.isFinite(best) || best > ceiling) return []
  return search.listsWithin(best + margin)
}

interface Option {
  atom: Atom
  selected: bigint
  result: Candidate
  cost: number
  /** Rows selected. */
  size: number
}

/** Branch and bound over the conditions: the cheapest list first, then every list within the bound. */
class DecisionListSearch {
  private visits = 0
  /** The same row sets come back many times (every condition selecting them): their rules by mask. */
  private readonly rulesByMask = new Map<number, Map<bigint | number, Candidate[]>>()
  /** Masks of a small table fit an integer: the loop over every atom then needs no bigint arithmetic. */
  private readonly smallMasks: number[] | undefined
  /** Atoms that select the same example rows, together: one selection per group on each set of remaining rows. */
  private readonly maskGroups: ReadonlyArray<{ mask: bigint; small?: number; atoms: readonly number[] }>
  private readonly optionsCache = new Map<bigint, Option[]>()
  private readonly cheapestCache = new Map<string | number, { cost: number; budget: number }>()

  constructor(
    private readonly problem: Problem,
    private readonly rules: RuleFinder,
    private readonly atoms: readonly Atom[]
  ) {
    this.smallMasks = problem.table.rows <= 30 ? atoms.map((atom) => Number(atom.mask)) : undefined
    const groups = new Map<bigint, { mask: bigint; small?: number; atoms: number[] }>()
    atoms.forEach((atom, index) => {
      const group = groups.get(atom.mask)
      if (group !== undefined) group.atoms.push(index)
      else groups.set(atom.mask, { mask: atom.mask, ...(this.smallMasks ? { small: this.smallMasks[index]! } : {}), atoms: [index] })
    })
    this.maskGroups = [...groups.values()]
  }

  private tooMuch(): boolean {
    chargeWork()
    return ++this.visits > MAX_VISITS || this.problem.expired()
  }

  /** Rules on the rows a mask selects: keyed by a plain number for a small table (a bigint key hashes slowly). */
  private rulesOn(mask: bigint | number, limit: number): Candidate[] {
    let byMask = this.rulesByMask.get(limit)
    if (byMask === undefined) this.rulesByMask.set(limit, (byMask = new Map()))
    const key = this.smallMasks === undefined ? mask : Number(mask)
    let found = byMask.get(key)
    if (found === undefined) byMask.set(key, (found = this.rules.rulesOn(rowsOf(BigInt(mask), this.problem.table.rows), limit)))
    return found
  }

  private optionsFor(remaining: bigint): Option[] {
    const known = this.optionsCache.get(remaining)
    if (known !== undefined) return known
    // The atoms each selection of the remaining rows gathers, in the atoms' order (cheapest first).
    const bySelection = new Map<bigint | number, Array<readonly number[]>>()
    const rest = this.smallMasks === undefined ? undefined : Number(remaining)
    for (const group of this.maskGroups) {
      // The rows the group selects among those remaining: an integer for a small table, else a bigint.
      const selection: bigint | number = rest === undefined ? group.mask & remaining : group.small! & rest
      if (selection === 0 || selection === 0n || selection === rest || selection === remaining) continue
      const groups = bySelection.get(selection)
      if (groups === undefined) bySelection.set(selection, [group.atoms])
      else groups.push(group.atoms)
    }
    const found: Array<Option & { order: number }> = []
    for (const [selection, groups] of bySelection) {
      const results = this.rulesOn(selection, 2)
      if (results.length === 0) continue
      const selected = typeof selection === 'bigint' ? selection : BigInt(selection)
      const size = countRows(selected)
      const indices = groups.length === 1 ? groups[0]! : groups.flat().sort((a, b) => a - b)
      // A few conditions per row set: the cheapest, and others that mean something else beyond the examples.
      for (const index of indices.slice(0, ATOMS_PER_ROW_SET)) {
        const atom = this.atoms[index]!
        for (const result of results)
          found.push({ atom, selected, result, cost: CONDITIONAL_BITS + atom.entry.bits + result.bits, size, order: index })
      }
    }
    const kept = found.sort((a, b) => a.cost - b.cost || b.size - a.size || a.order - b.order).slice(0, MAX_OPTIONS)
    this.optionsCache.set(remaining, kept)
    return kept
  }

  /**
   * The cheapest completion of a set of rows with at most `depth` more branches, when it costs
   * at most `budget` (branch and bound; Infinity otherwise). Memoised with the budget it was
   * computed under: an exact answer stays exact, "nothing under b" holds for smaller budgets.
   */
  private cheapest(remaining: bigint, depth: number, budget: number): number {
    // A small table's rows and the depth as one number: a text key of a bigint is slow to build and hash.
    const key = this.smallMasks === undefined ? `${remaining}/${depth}` : Number(remaining) * 16 + depth
    const known = this.cheapestCache.get(key)
    if (known !== undefined && (Number.isFinite(known.cost) || known.budget >= budget)) return known.cost <= budget ? known.cost : Infinity
    let best = this.rulesOn(remaining, 1)[0]?.bits ?? Infinity
    if (best > budget) best = Infinity
    if (depth > 0 && !this.tooMuch()) {
      for (const option of this.optionsFor(remaining)) {
        const limit = Math.min(budget, best) - option.cost
        if (limit <= 0) break
        const rest = this.cheapest(remaining & ~option.selected, depth - 1, limit)
        if (option.cost + rest < best) best = option.cost + rest
      }
    }
    this.cheapestCache.set(key, { cost: best, budget })
    return best
  }

  /** The cost of the cheapest list of at least one branch, at most `ceiling` (Infinity otherwise). */
  cheapestList(ceiling: number): number {
    let best = Infinity
    for (const option of this.optionsFor(this.problem.all)) {
      if (option.cost >= Math.min(best, ceiling)) break
      best = Math.min(
        best,
        option.cost + this.cheapest(this.problem.all & ~option.selected, MAX_BRANCHES - 1, Math.min(best, ceiling) - option.cost)
      )
    }
    return best
  }

  /** Every list costing at most `bound`, cheapest first (up to MAX_LISTS). */
  listsWithin(bound: number): Candidate[] {
    const lists: Candidate[] = []
    const walk = (remaining: bigint, branches: Branch[], cost: number): void => {
      if (lists.length >= MAX_LISTS || this.tooMuch()) return
      if (branches.length > 0) {
        for (const fallback of this.rulesOn(remaining, 3)) {
          if (cost + fallback.bits > bound) continue
          lists.push(listCandidate(branches, fallback, cost + fallback.bits))
        }
      }
      if (branches.length >= MAX_BRANCHES) return
      for (const option of this.optionsFor(remaining)) {
        const next = remaining & ~option.selected
        if (
          cost + option.cost > bound ||
          cost + option.cost + this.cheapest(next, MAX_BRANCHES - branches.length - 1, bound - cost - option.cost) > bound
        )
          continue
        walk(next, [...branches, { atom: option.atom, result: option.result }], cost + option.cost)
      }
    }
    walk(this.problem.all, [], 0)
    return lists.sort((a, b) => a.bits - b.bits)
  }
}

function listCandidate(branches: Branch[], fallback: Candidate, bits: number): Candidate {
  const program = branches.reduceRight<Program>(
    (otherwise, branch) => conditional(branch.atom.entry.program, branch.result.program, otherwise),
    fallback.program
  )
  return candidateOf(program, bits, 'decision-list')
}

/**
 * Per-category rules for each categorical input: one value per category (a table), a factor or
 * an offset per category applied to a numeric input (`amount * RATE[tier]`), or a different
 * rule per category.
 */
export function categoryRules(problem: Problem, rules: RuleFinder): Candidate[] {
  const found: Candidate[] = []
  for (const column of problem.table.columns) {
    if (!column.categorical) continue
    const categories = [...new Set(column.values as string[])]
    if (categories.length < 2) continue
    const rowsOfCategory = categories.map((category) =>
      column.values.map((value, row) => (value === category ? row : -1)).filter((row) => row >= 0)
    )
    // One value per category.
    const values = rowsOfCategory.map((members) => constantOn(problem.target, members))
    if (values.every((value) => value !== undefined)) {
      const node: LookupNode = {
        kind: 'lookup',
        input: column.name,
        role: problem.output.name,
        entries: categories.map((category, index) => [category, values[index]!])
      }
      found.push(candidateOf(node, problem.prior.bits(node), 'lookup'))
    }
    // A factor or an offset per category, on a numeric input.
    if (problem.output.type === 'number') found.push(...scaledPerCategory(problem, column.name, categories, rowsOfCategory))
    // A rule per category.
    const perCategory = rowsOfCategory.map((members) => rules.rulesOn(members, 1)[0])
    if (perCategory.every((rule) => rule !== undefined) && perCategory.some((rule) => rule!.program.kind !== 'constant')) {
      const node: MatchNode = {
        kind: 'match',
        input: column.name,
        cases: categories.map((category, index) => ({ value: category, result: perCategory[index]!.program }))
      }
      found.push(candidateOf(node, problem.prior.bits(node), 'per-category'))
    }
  }
  return found
}

/** A factor or an offset per category applied to a numeric input: `amount * RATE[tier]`, `fee + BASE[zone]`. */
function scaledPerCategory(
  problem: Problem,
  inputName: string,
  categories: readonly string[],
  rowsOfCategory: readonly number[][]
): Candidate[] {
  const found: Candidate[] = []
  for (const entry of problem.bank.all('number', AFFINE_OPERAND_BITS).filter((candidate) => candidate.program.kind === 'input')) {
    for (const [operator, role, derive] of [
      ['multiply', 'rate', (y: number, x: number) => (x === 0 ? undefined : y / x)],
      ['add', 'base', (y: number, x: number) => y - x]
    ] as const) {
      const perCategory = rowsOfCategory.map((members) => {
        const derived = members.map((row) => derive(problem.target[row] as number, entry.values[row] as number))
        if (derived.some((value) => value === undefined)) return undefined
        return constantOn(
          derived as Value[],
          derived.map((_, index) => index)
        )
      })
      if (perCategory.some((value) => value === undefined)) continue
      const tidy = perCategory.map((value) => Number((value as number).toPrecision(10)))
      if (tidy.every((value) => value === tidy[0])) continue
      const node: LookupNode = {
        kind: 'lookup',
        input: inputName,
        role,
        entries: categories.map((category, index) => [category, tidy[index]!])
      }
      const program = apply(operator, entry.program, node)
      found.push(candidateOf(program, problem.prior.bits(program), 'lookup'))
    }
  }
  return found
}

function constantOn(values: readonly Value[], rows: readonly number[]): Value | undefined {
  const first = values[rows[0]!]
  if (first === undefined) return undefined
  return rows.every((row) => valueKey(values[row]!) === valueKey(first)) ? first : undefined
}
