/**
 * Conditionals: if/else chains whose conditions are atoms from the bank (thresholds learnt
 * from the examples, divisibility, category tests) and whose results are rules on the rows
 * that reach them. Bands (grades), divisibility rules (FizzBuzz, leap years) and caps written
 * as conditions are all decision lists.
 *
 * Found by iterative deepening on size, so the first list found is a smallest one. Every
 * branch needs its own evidence (see `hasEvidence`): a branch that explains one row is a
 * memorised row, and is never built.
 */
import type { Entry } from './bank'
import { type Candidate, type Problem, countRows, hasEvidence, rowsOf } from './candidate'
import { AgreementIndex, rulesOn } from './forms'
import { conditionAtoms } from './conditions'
import { familiesOf } from './families'
import { type Program, conditional } from './program'

const MAX_BRANCHES = 5
/**
 * Branch results stay small (`year % 400 === 0`, `income * 0.2`, a template): a large
 * expression fits a handful of rows by chance.
 */
const MAX_RESULT_SIZE = 5
const ATOM_SIZE = 4
/** Conditions tried per set of rows (the widest): keeps the search polynomial on large tables. */
const MAX_OPTIONS = 12
/** Search nodes and distinct row sets examined: deterministic bounds, unlike the time budget. */
const MAX_VISITS = 20000
const MAX_RULE_QUERIES = 6000

interface Atom {
  entry: Entry
  /** Rows on which the condition holds. */
  mask: bigint
  families: string[]
}

interface Rule {
  candidate: Candidate
  families: string[]
}

interface Branch {
  atom: Atom
  result: Candidate
}

export interface DecisionListOptions {
  bound: number
  /** Called now and then; true stops the search (time budget spent). */
  expired: () => boolean
}

function truthMask(entry: Entry): bigint {
  let mask = 0n
  entry.values.forEach((value, row) => {
    if (value === true) mask |= 1n << BigInt(row)
  })
  return mask
}

export function decisionListOn(problem: Problem, options: DecisionListOptions): Candidate | undefined {
  const index = new AgreementIndex(problem, MAX_RESULT_SIZE)
  const rows = problem.table.rows
  const atoms: Atom[] = conditionAtoms(problem.bank, ATOM_SIZE).map((entry) => ({ entry, mask: truthMask(entry), families: [...familiesOf(entry.program)] }))
  const bestRule = new Map<bigint, Rule | null>()
  const ruleFor = (mask: bigint): Rule | undefined => {
    const known = bestRule.get(mask)
    if (known !== undefined) return known ?? undefined
    if (bestRule.size >= MAX_RULE_QUERIES) {
      expired = true
      return undefined
    }
    const subset = rowsOf(mask, rows)
    const candidate = rulesOn(problem, index, subset, options.bound).find((rule) => rule.size <= MAX_RESULT_SIZE && hasEvidence(rule, subset.length))
    const rule = candidate === undefined ? undefined : { candidate, families: [...familiesOf(candidate.program)] }
    bestRule.set(mask, rule ?? null)
    return rule
  }
  const union = (families: string[], more: string[]) => (more.every((family) => families.includes(family)) ? families : [...new Set([...families, ...more])])
  const failed = new Map<string, number>()
  let expired = false

  interface Option {
    atom: Atom
    selected: bigint
    rule: Rule
  }
  // The conditions worth trying on a set of rows: those whose rows share one rule, widest first.
  const optionsCache = new Map<bigint, Option[]>()
  const optionsFor = (remaining: bigint): Option[] => {
    const known = optionsCache.get(remaining)
    if (known !== undefined) return known
    const found: Array<Option & { count: number }> = []
    const tried = new Set<string>()
    for (const atom of atoms) {
      const selected = atom.mask & remaining
      if (selected === 0n || selected === remaining) continue
      const count = countRows(selected)
      if (count < 2) continue
      const key = `${selected}|${atom.families.join(',')}`
      if (tried.has(key)) continue
      tried.add(key)
      const rule = ruleFor(selected)
      if (rule !== undefined) found.push({ atom, selected, rule, count })
    }
    const kept = found.sort((a, b) => b.count - a.count).slice(0, MAX_OPTIONS)
    optionsCache.set(remaining, kept)
    return kept
  }
  let visited = 0

  const search = (remaining: bigint, cost: number, families: string[], branches: Branch[], limit: number): Candidate | undefined => {
    if (expired || options.expired() || ++visited > MAX_VISITS) {
      expired = true
      return undefined
    }
    const fallback = ruleFor(remaining)
    if (fallback !== undefined && branches.length > 0) {
      const penalty = Math.max(0, union(families, fallback.families).length - 1)
      if (cost + fallback.candidate.size + penalty <= limit) return listCandidate(branches, fallback.candidate)
    }
    if (branches.length >= MAX_BRANCHES) return undefined
    const stateKey = `${remaining}|${[...families].sort().join(',')}`
    if ((failed.get(stateKey) ?? -1) >= limit - cost) return undefined
    for (const { atom, selected, rule } of optionsFor(remaining)) {
      const branchCost = 1 + atom.entry.size + rule.candidate.size
      const nextFamilies = union(union(families, atom.families), rule.families)
      if (cost + branchCost + 1 + Math.max(0, nextFamilies.length - 1) > limit) continue
      const found = search(remaining & ~selected, cost + branchCost, nextFamilies, [...branches, { atom, result: rule.candidate }], limit)
      if (found !== undefined) return found
    }
    failed.set(stateKey, limit - cost)
    return undefined
  }

  for (let limit = 5; limit <= options.bound; limit++) {
    const found = search(problem.all, 0, [], [], limit)
    if (expired) return undefined
    if (found !== undefined) return found
  }
  return undefined
}

function listCandidate(branches: Branch[], fallback: Candidate): Candidate {
  const program = branches.reduceRight<Program>((otherwise, branch) => conditional(branch.atom.entry.program, branch.result.program, otherwise), fallback.program)
  const size = branches.reduce((total, branch) => total + 1 + branch.atom.entry.size + branch.result.size, fallback.size)
  const fitted = branches.reduce((total, branch) => total + branch.result.fitted, fallback.fitted)
  return { program, size, fitted, form: 'decision-list', families: familiesOf(program).size, order: 0 }
}
