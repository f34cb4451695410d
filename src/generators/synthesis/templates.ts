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
const DIGIT = /\d/u

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
interface PieceCandidate {
  entry: Entry
  inOutput: Uint8Array
  /** As masks of the rows, for tables of up to 31 rows (SMALL_TABLE): in the output, and not empty. */
  inOutputMask: number
  nonEmptyMask: number
  /** The entry as a piece of a template: the same wherever it is placed, so built once. */
  alternative: Alternative
}

const candidatesByProblem = new WeakMap<Problem, PieceCandidate[]>()

/** Tables of up to this many rows have their sets of rows written as bit masks in one integer. */
const SMALL_TABLE = 31

function pieceCandidates(problem: Problem): PieceCandidate[] {
  const known = candidatesByProblem.get(problem)
  if (known !== undefined) return known
  const outputs = problem.target as string[]
  const rows = problem.table.rows
  const found = problem.bank.all('string', PIECE_BITS).map((entry) => {
    const inOutput = new Uint8Array(rows)
    let inOutputMask = 0
    let nonEmptyMask = 0
    for (let row = 0; row < rows; row++) {
      const value = entry.values[row] as string
      if (value.length > 0 && outputs[row]!.includes(value)) inOutput[row] = 1
      if (row < SMALL_TABLE) {
        if (inOutput[row] === 1) inOutputMask |= 1 << row
        if (value.length > 0) nonEmptyMask |= 1 << row
      }
    }
    const alternative: Alternative = {
      program: entry.program,
      bits: entry.bits,
      lengths: entry.values.slice(0, rows).map((value) => (value as string).length),
      constant: false
    }
    return { entry, inOutput, inOutputMask, nonEmptyMask, alternative }
  })
  candidatesByProblem.set(problem, found)
  return found
}

/**
 * Per example row, per position in its output, the piece candidates (their indices, ascending)
 * whose value on that row is the output's text at that position. Found once per row and problem:
 * every template search on the problem asks where pieces continue the rows.
 */
const startsByProblem = new WeakMap<Problem, Array<Map<number, number[]> | undefined>>()

function candidatesStartingAt(problem: Problem, row: number, position: number): readonly number[] {
  const output = (problem.target as string[])[row]!
  const candidates = pieceCandidates(problem)
  if (position > output.length) {
    // Past the end only empty text continues the output (never asked for: positions stay in the text).
    const empty: number[] = []
    for (let index = 0; index < candidates.length; index++) if ((candidates[index]!.entry.values[row] as string) === '') empty.push(index)
    return empty
  }
  let byRow = startsByProblem.get(problem)
  if (byRow === undefined) startsByProblem.set(problem, (byRow = []))
  let byPosition = byRow[row]
  if (byPosition === undefined) {
    byPosition = new Map()
    const at = (start: number, index: number) => {
      const found = byPosition!.get(start)
      if (found === undefined) byPosition!.set(start, [index])
      else found.push(index)
    }
    for (let index = 0; index < candidates.length; index++) {
      const value = candidates[index]!.entry.values[row] as string
      if (value.length === 0) for (let start = 0; start <= output.length; start++) at(start, index)
      else for (let start = output.indexOf(value); start >= 0; start = output.indexOf(value, start + 1)) at(start, index)
    }
    byRow[row] = byPosition
  }
  return byPosition.get(position) ?? []
}

export function templatesOn(problem: Problem, margin: number, ceiling: number, options: TemplateOptions = {}): Candidate[] {
  if (problem.output.type !== 'string') return []
  const every = [...(options.rows ?? [...Array(problem.table.rows).keys()])]
  const choices = options.choices ?? MAX_CHOICES
  const search = new TemplateSearch(
    problem,
    every,
    ...piecesOn(problem, every),
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
function piecesOn(problem: Problem, every: readonly number[]): [pieces: Entry[], candidates: number[]] {
  const perValues = new Map<string, number>()
  const pieces: Entry[] = []
  const indices: number[] = []
  const candidates = pieceCandidates(problem)
  const small = problem.table.rows <= SMALL_TABLE
  let everyMask = 0
  if (small) for (const row of every) everyMask |= 1 << row
  for (let index = 0; index < candidates.length; index++) {
    const { entry, inOutput, inOutputMask } = candidates[index]!
    let rowsWithPiece = 0
    if (small) rowsWithPiece = bitCount(inOutputMask & everyMask)
    else for (const row of every) rowsWithPiece += inOutput[row]!
    if (rowsWithPiece < Math.min(2, every.length)) continue
    const seen = perValues.get(entry.exampleKey) ?? 0
    if (seen >= PIECES_PER_VALUES) continue
    perValues.set(entry.exampleKey, seen + 1)
    pieces.push(entry)
    indices.push(index)
  }
  return [pieces, indices]
}

/** Set bits of a 32-bit integer. */
function bitCount(mask: number): number {
  let rest = mask - ((mask >>> 1) & 0x55555555)
  rest = (rest & 0x33333333) + ((rest >>> 2) & 0x33333333)
  return (Math.imul((rest + (rest >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) | 0
}

interface Condition {
  entry: Entry
  mask: bigint
  /** Per row, 1 where the condition holds (the mask, read without bigint arithmetic). */
  holds: Uint8Array
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
      holds: Uint8Array.from({ length: problem.table.rows }, (_, row) => Number((mask >> BigInt(row)) & 1n)),
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
  /**
   * Tables of up to 31 rows are read as bit masks: each search step asks which pieces continue
   * the outputs from its positions for the rows of every condition, so the pieces are matched
   * once per positions (`matchesAt`) and each set of rows only tests masks.
   */
  private readonly small: boolean
  /** Each piece as an alternative, built once (a piece writes the same lengths wherever it is placed). */
  private readonly pieceAlternatives: Alternative[]
  private readonly pieceNonEmpty: number[]
  /** A piece candidate's piece index plus one (0: not a piece of this search). */
  private readonly pieceOfCandidate: Int32Array
  private readonly memberMasks = new Map<readonly number[], number>()
  /** Per row, per position in its output, the pieces that continue it there. */
  private readonly matchingByRow: Array<Map<number, number[]>> = []
  private rowsOfPiece: Int32Array | undefined
  private lastPositions: readonly number[] | undefined
  private lastMatches: { indices: number[]; masks: number[] } | undefined

  constructor(
    private readonly problem: Problem,
    private readonly every: readonly number[],
    private readonly pieces: readonly Entry[],
    /** Each piece's index among the problem's piece candidates. */
    pieceCandidateIndices: readonly number[],
    private readonly conditions: readonly Condition[],
    private readonly margin: number,
    ceiling: number
  ) {
    this.bound = ceiling
    this.rows = problem.table.rows
    this.outputs = problem.target as string[]
    this.concatBits = problem.prior.operatorBits('concat')
    this.small = this.rows <= SMALL_TABLE
    const candidates = pieceCandidates(problem)
    this.pieceAlternatives = pieceCandidateIndices.map((candidate) => candidates[candidate]!.alternative)
    this.pieceOfCandidate = new Int32Array(candidates.length)
    pieceCandidateIndices.forEach((candidate, piece) => (this.pieceOfCandidate[candidate] = piece + 1))
    let everyMask = 0
    if (this.small) for (const row of every) everyMask |= 1 << row
    this.pieceNonEmpty = pieceCandidateIndices.map((candidate) => candidates[candidate]!.nonEmptyMask & everyMask)
  }

  run(choices: number): void {
    this.maxPieces = choices === 0 ? MAX_PLAIN_PIECES : MAX_PIECES
    this.failed.clear()
    this.visits = 0
    this.search(new Array(this.rows).fill(0), [], 0, choices)
  }

  private piecesAt(members: readonly number[], positions: number[]): Alternative[] {
    if (this.small) return this.piecesByMask(members, positions)
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

  /**
   * As piecesAt, on masks: the pieces that continue every member's output at its position
   * (and write something on one of them at least), in the pieces' order.
   */
  private piecesByMask(members: readonly number[], positions: number[]): Alternative[] {
    let wanted = this.memberMasks.get(members)
    if (wanted === undefined) {
      wanted = 0
      for (const row of members) wanted |= 1 << row
      this.memberMasks.set(members, wanted)
    }
    const { indices, masks } = this.matchesAt(positions)
    const alternatives: Alternative[] = []
    for (let index = 0; index < indices.length; index++) {
      const piece = indices[index]!
      if ((masks[index]! & wanted) === wanted && (this.pieceNonEmpty[piece]! & wanted) !== 0)
        alternatives.push(this.pieceAlternatives[piece]!)
    }
    return alternatives
  }

  /**
   * The pieces that continue some row's output at these positions (that write something on
   * some row), with the rows (of every) each continues, in the pieces' order. A search step asks
   * for its positions once per condition: the last answer is kept.
   */
  private matchesAt(positions: readonly number[]): { indices: number[]; masks: number[] } {
    if (positions === this.lastPositions) return this.lastMatches!
    const rowsOf = (this.rowsOfPiece ??= new Int32Array(this.pieces.length))
    const indices: number[] = []
    for (const row of this.every) {
      for (const piece of this.piecesMatchingAt(row, positions[row]!)) {
        if (rowsOf[piece] === 0) indices.push(piece)
        rowsOf[piece]! |= 1 << row
      }
    }
    // A typed array sorts numbers in their order without a comparator.
    const sorted = Array.from(Int32Array.from(indices).sort())
    const masks = sorted.map((piece) => rowsOf[piece]!)
    for (const piece of sorted) rowsOf[piece] = 0
    this.lastPositions = positions
    this.lastMatches = { indices: sorted, masks }
    return this.lastMatches
  }

  /** The pieces (writing something on some row) whose value on this row is the row's output at this position. */
  private piecesMatchingAt(row: number, position: number): readonly number[] {
    const byPosition = (this.matchingByRow[row] ??= new Map())
    const known = byPosition.get(position)
    if (known !== undefined) return known
    const found: number[] = []
    // Pieces are candidates in the same order: the candidates' order is the pieces'.
    for (const candidate of candidatesStartingAt(this.problem, row, position)) {
      const piece = this.pieceOfCandidate[candidate]! - 1
      if (piece >= 0 && this.pieceNonEmpty[piece] !== 0) found.push(piece)
    }
    byPosition.set(position, found)
    return found
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
      if (bits + join + option.bits > this.bound || this.gluesDigits(positions, parts, option)) continue
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

  /**
   * Whether fixed digits would be glued to a computed number: after a decimal (`${credit}0` writing
   * 2.50 as 2.5 and "0", and 3.25 as 3.250) they pad it, where its value needs them or not; before
   * one ("A0" and 7) they stand for digits it may have itself. After a whole number they multiply it
   * (`${cups * 25}0` is 250 a cup), which is arithmetic, not writing.
   */
  private gluesDigits(positions: readonly number[], parts: readonly Alternative[], option: Alternative): boolean {
    const last = parts[parts.length - 1]
    if (last === undefined || last.constant === option.constant) return false
    return this.every.some((row) => {
      const [output, at] = [this.outputs[row]!, positions[row]!]
      if (last.lengths[row]! === 0 || option.lengths[row]! === 0 || !DIGIT.test(output.charAt(at - 1)) || !DIGIT.test(output.charAt(at)))
        return false
      return !option.constant || output.slice(at - last.lengths[row]!, at).includes('.')
    })
  }

  /** The next part as a choice between two pieces on a condition (`count === 1 ? '' : 's'`). */
  private searchChoices(positions: number[], parts: Alternative[], bits: number, choices: number): void {
    for (const { entry, holds, holding, failing } of this.conditions) {
      if (holding.length === 0 || failing.length === 0) continue
      // One choice per condition: a second on the same one is the first's branches cut in two.
      if (parts.some((part) => part.program.kind === 'conditional' && part.program.condition === entry.program)) continue
      const base = bits + CONDITIONAL_BITS + entry.bits
      if (base > this.bound) continue
      const thens = [...this.constantAlternatives(holding, positions, true, true), ...this.piecesAt(holding, positions)]
      const others = [...this.constantAlternatives(failing, positions, true, true), ...this.piecesAt(failing, positions)]
      // A choice inside a word is an ending ('y' or 'ies'); one between phrases starts where a word does.
      const inWord = this.every.some((row) => !endsWord(this.outputs[row]!, positions[row]!))
      for (const then of thens) {
        for (const otherwise of others) {
          if (sameConstant(then, otherwise) || (inWord && (spansWords(then) || spansWords(otherwise)))) continue
          const cost = base + then.bits + otherwise.bits
          if (cost > this.bound) continue
          const choice: Alternative = {
            program: conditional(entry.program, then.program, otherwise.program),
            bits: CONDITIONAL_BITS + entry.bits + then.bits + otherwise.bits,
            lengths: this.every.map((row) => (holds[row] === 1 ? then.lengths[row]! : otherwise.lengths[row]!)),
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

/** A constant choice that writes more than one word. */
const spansWords = (alternative: Alternative): boolean =>
  alternative.constant && alternative.program.kind === 'constant' && /\s/.test(String(alternative.program.value))

function sameConstant(a: Alternative, b: Alternative): boolean {
  return a.constant && b.constant && a.program.kind === 'constant' && b.program.kind === 'constant' && a.program.value === b.program.value
}
