/**
 * Text built from pieces: constant text the rows share, text the bank computes (an input, a
 * number spelled out or padded, a word of an input), and choices between two pieces on a
 * condition (`count === 1 ? '' : 's'`, `hour < 12 ? 'AM' : 'PM'`). Like FlashFill, the output
 * strings of the examples are cut at positions every row agrees on.
 */
import type { Entry } from './bank'
import { type Candidate, type Problem, candidateOf, truthMask } from './candidate'
import { chargeWork } from './work'
import { CONDITIONAL_BITS } from './prior'
import { type Program, apply, conditional, constant } from './program'

const PIECE_BITS = 22
const CONDITION_BITS = 20
const MAX_PIECES = 9
/**
 * A template of pieces alone may be longer (`Hi Ana, see you on Tuesday 7 July at 14:30.`):
 * with choices, more pieces only cut the same words into rivals.
 */
const MAX_PLAIN_PIECES = 12
const MAX_CHOICES = 2
const MAX_CONDITIONS = 40
const PIECES_PER_VALUES = 3
const MAX_TEMPLATES = 12
const MAX_VISITS = 20000

interface Alternative {
  program: Program
  bits: number
  /** Characters it writes on each example row. */
  lengths: number[]
  constant: boolean
}

export interface TemplateOptions {
  /** The example rows the template must explain (all by default: a decision list's branch gives fewer). */
  rows?: readonly number[]
  /** Choices between pieces allowed (2 by default). */
  choices?: number
}

/**
 * The bank's short text entries, each with the example rows whose output contains its value (1)
 * or not (0). Found once per problem: a decision list asks for templates on many sets of rows.
 */
const candidatesByProblem = new WeakMap<Problem, Array<{ entry: Entry; inOutput: Uint8Array }>>()

function pieceCandidates(problem: Problem): Array<{ entry: Entry; inOutput: Uint8Array }> {
  const known = candidatesByProblem.get(problem)
  if (known !== undefined) return known
  const outputs = problem.target as string[]
  const found = problem.bank.all('string', PIECE_BITS).map((entry) => {
    const inOutput = new Uint8Array(problem.table.rows)
    for (let row = 0; row < problem.table.rows; row++) {
      const value = entry.values[row] as string
      if (value.length > 0 && outputs[row]!.includes(value)) inOutput[row] = 1
    }
    return { entry, inOutput }
  })
  candidatesByProblem.set(problem, found)
  return found
}

export function templatesOn(problem: Problem, margin: number, ceiling: number, options: TemplateOptions = {}): Candidate[] {
  if (problem.output.type !== 'string') return []
  const every = [...(options.rows ?? [...Array(problem.table.rows).keys()])]
  const choices = options.choices ?? MAX_CHOICES
  const search = new TemplateSearch(
    problem,
    every,
    piecesOn(problem, every),
    choices === 0 ? [] : conditionsOn(problem, every),
    margin,
    ceiling
  )
  // Plain templates first: their cost bounds the search with choices, which is much wider.
  for (const allowed of [...new Set([0, choices])]) search.run(allowed)
  return search.found.sort((a, b) => a.bits - b.bits).slice(0, MAX_TEMPLATES)
}

/**
 * Pieces worth trying appear in the outputs, on two rows at least; of those that agree on every
 * example, the cheapest few (they may still differ beyond the examples).
 */
function piecesOn(problem: Problem, every: readonly number[]): Entry[] {
  const perValues = new Map<string, number>()
  const pieces: Entry[] = []
  for (const { entry, inOutput } of pieceCandidates(problem)) {
    let rowsWithPiece = 0
    for (const row of every) rowsWithPiece += inOutput[row]!
    if (rowsWithPiece < Math.min(2, every.length)) continue
    const seen = perValues.get(entry.exampleKey) ?? 0
    if (seen >= PIECES_PER_VALUES) continue
    perValues.set(entry.exampleKey, seen + 1)
    pieces.push(entry)
  }
  return pieces
}

interface Condition {
  entry: Entry
  mask: bigint
  holding: number[]
  failing: number[]
}

/** The cheapest conditions with distinct truth on the examples: a choice needs only one of each. */
function conditionsOn(problem: Problem, every: readonly number[]): Condition[] {
  const conditions: Condition[] = []
  const masks = new Set<bigint>()
  for (const entry of problem.bank.all('boolean', CONDITION_BITS).sort((a, b) => a.bits - b.bits)) {
    const mask = truthMask(entry, problem.table.rows)
    if (masks.has(mask) || conditions.length >= MAX_CONDITIONS) continue
    masks.add(mask)
    // The rows each side of the choice explains, the same at every step of the search.
    conditions.push({
      entry,
      mask,
      holding: every.filter((row) => (mask >> BigInt(row)) & 1n),
      failing: every.filter((row) => !((mask >> BigInt(row)) & 1n))
    })
  }
  return conditions
}

/** Depth-first over the pieces that continue every row's output, cheapest first, bounded by the best found plus the margin. */
class TemplateSearch {
  readonly found: Candidate[] = []
  private bound: number
  private visits = 0
  private maxPieces = MAX_PIECES
  private readonly failed = new Map<string, number>()
  private readonly rows: number
  private readonly outputs: string[]
  private readonly concatBits: number

  constructor(
    private readonly problem: Problem,
    private readonly every: readonly number[],
    private readonly pieces: readonly Entry[],
    private readonly conditions: readonly Condition[],
    private readonly margin: number,
    ceiling: number
  ) {
    this.bound = ceiling
    this.rows = problem.table.rows
    this.outputs = problem.target as string[]
    this.concatBits = problem.prior.operatorBits('concat')
  }

  run(choices: number): void {
    this.maxPieces = choices === 0 ? MAX_PLAIN_PIECES : MAX_PIECES
    this.failed.clear()
    this.visits = 0
    this.search(new Array(this.rows).fill(0), [], 0, choices)
  }

  private piecesAt(members: readonly number[], positions: number[]): Alternative[] {
    const alternatives: Alternative[] = []
    for (const piece of this.pieces) {
      if (!members.every((row) => this.outputs[row]!.startsWith(piece.values[row] as string, positions[row]))) continue
      if (members.every((row) => (piece.values[row] as string).length === 0)) continue
      alternatives.push({
        program: piece.program,
        bits: piece.bits,
        lengths: piece.values.slice(0, this.rows).map((value) => (value as string).length),
        constant: false
      })
    }
    return alternatives
  }

  private commonPrefix(members: readonly number[], positions: number[]): string {
    if (members.length === 0) return ''
    let prefix = this.outputs[members[0]!]!.slice(positions[members[0]!])
    for (const row of members) {
      const rest = this.outputs[row]!.slice(positions[row])
      let length = 0
      while (length < prefix.length && length < rest.length && prefix[length] === rest[length]) length++
      prefix = prefix.slice(0, length)
    }
    return prefix
  }

  /**
   * The rows' shared text from their positions, and its beginnings. A choice's text ends where a
   * word does (`'no'`, `'s'`, `'AM'`): a choice that cuts a word restates letters of the rows,
   * and trying every cut spends the search's visits on them.
   */
  private constantAlternatives(members: readonly number[], positions: number[], withEmpty: boolean, wordEnds = false): Alternative[] {
    const prior = this.problem.prior
    const prefix = this.commonPrefix(members, positions)
    const alternatives: Alternative[] = []
    if (withEmpty)
      alternatives.push({ program: constant(''), bits: prior.constantBits(''), lengths: new Array(this.rows).fill(0), constant: true })
    for (let length = prefix.length; length >= 1; length--) {
      if (wordEnds && !members.every((row) => endsWord(this.outputs[row]!, positions[row]! + length))) continue
      const text = prefix.slice(0, length)
      alternatives.push({
        program: constant(text),
        bits: prior.constantBits(text),
        lengths: new Array(this.rows).fill(length),
        constant: true
      })
    }
    return alternatives
  }

  private search(positions: number[], parts: Alternative[], bits: number, choices: number): void {
    chargeWork()
    if (this.found.length >= MAX_TEMPLATES * 4 || ++this.visits > MAX_VISITS || this.problem.expired()) return
    if (this.every.every((row) => positions[row] === this.outputs[row]!.length)) {
      if (parts.length < 2 || parts.every((part) => part.constant)) return
      const program = parts.slice(1).reduce<Program>((joined, part) => apply('concat', joined, part.program), parts[0]!.program)
      this.found.push(candidateOf(program, bits, 'template'))
      this.bound = Math.min(this.bound, bits + this.margin)
      return
    }
    if (parts.length >= this.maxPieces) return
    const key = `${this.every.map((row) => positions[row]).join(',')}|${parts.length > 0 && parts[parts.length - 1]!.constant ? 1 : 0}|${choices}`
    if ((this.failed.get(key) ?? Infinity) <= bits) return
    const join = parts.length > 0 ? this.concatBits : 0
    const before = this.found.length
    const lastConstant = parts.length > 0 && parts[parts.length - 1]!.constant
    const options = [
      ...this.piecesAt(this.every, positions),
      ...(lastConstant ? [] : this.constantAlternatives(this.every, positions, false))
    ]
    for (const option of options.sort(byProgress)) {
      if (bits + join + option.bits > this.bound) continue
      this.search(
        positions.map((position, row) => position + option.lengths[row]!),
        [...parts, option],
        bits + join + option.bits,
        choices
      )
    }
    if (choices > 0) this.searchChoices(positions, parts, bits + join, choices)
    if (this.found.length === before) this.failed.set(key, Math.min(this.failed.get(key) ?? Infinity, bits))
  }

  /** The next part as a choice between two pieces on a condition (`count === 1 ? '' : 's'`). */
  private searchChoices(positions: number[], parts: Alternative[], bits: number, choices: number): void {
    for (const { entry, mask, holding, failing } of this.conditions) {
      if (holding.length === 0 || failing.length === 0) continue
      const base = bits + CONDITIONAL_BITS + entry.bits
      if (base > this.bound) continue
      const thens = [...this.constantAlternatives(holding, positions, true, true), ...this.piecesAt(holding, positions)]
      const others = [...this.constantAlternatives(failing, positions, true, true), ...this.piecesAt(failing, positions)]
      for (const then of thens) {
        for (const otherwise of others) {
          if (sameConstant(then, otherwise)) continue
          const cost = base + then.bits + otherwise.bits
          if (cost > this.bound) continue
          const choice: Alternative = {
            program: conditional(entry.program, then.program, otherwise.program),
            bits: CONDITIONAL_BITS + entry.bits + then.bits + otherwise.bits,
            lengths: this.every.map((row) => ((mask >> BigInt(row)) & 1n ? then.lengths[row]! : otherwise.lengths[row]!)),
            constant: false
          }
          this.search(
            positions.map((position, row) => position + choice.lengths[row]!),
            [...parts, choice],
            cost,
            choices - 1
          )
        }
      }
    }
  }
}

/**
 * Cheapest first, except that the rows' whole shared text comes before its own beginnings: a
 * shorter constant is only of use when a piece or a choice writes the rest, and trying those
 * first spends the search's visits on choices that restate what the constant writes.
 */
function byProgress(a: Alternative, b: Alternative): number {
  const aLongest = a.constant ? 0 : 1
  const bLongest = b.constant ? 0 : 1
  if (a.constant && b.constant) return b.lengths[0]! - a.lengths[0]!
  return aLongest - bLongest || a.bits - b.bits
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u

/** Whether a text cut at this position ends a word there (or is cut between two non-word characters). */
function endsWord(text: string, position: number): boolean {
  if (position >= text.length || position === 0) return true
  return !(WORD_CHARACTER.test(text[position - 1]!) && WORD_CHARACTER.test(text[position]!))
}

function sameConstant(a: Alternative, b: Alternative): boolean {
  return a.constant && b.constant && a.program.kind === 'constant' && b.program.kind === 'constant' && a.program.value === b.program.value
}
