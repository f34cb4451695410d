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
const MAX_PIECES = 7
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
  const rows = problem.table.rows
  const every = [...(options.rows ?? [...Array(rows).keys()])]
  const outputs = problem.target as string[]
  const prior = problem.prior
  // Pieces worth trying appear in the outputs, on two rows at least; of those that agree on every
  // example, the cheapest few (they may still differ beyond the examples).
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
  // The cheapest conditions with distinct truth on the examples: a choice needs only one of each.
  const conditions: Array<{ entry: Entry; mask: bigint; holding: number[]; failing: number[] }> = []
  const masks = new Set<bigint>()
  // Without choices (a decision list's branch) there are no conditions to collect.
  const conditionEntries = (options.choices ?? MAX_CHOICES) === 0 ? [] : problem.bank.all('boolean', CONDITION_BITS)
  for (const entry of conditionEntries.sort((a, b) => a.bits - b.bits)) {
    const mask = truthMask(entry, rows)
    if (masks.has(mask) || conditions.length >= MAX_CONDITIONS || (options.choices ?? MAX_CHOICES) === 0) continue
    masks.add(mask)
    // The rows each side of the choice explains, the same at every step of the search.
    conditions.push({
      entry,
      mask,
      holding: every.filter((row) => (mask >> BigInt(row)) & 1n),
      failing: every.filter((row) => !((mask >> BigInt(row)) & 1n))
    })
  }
  const concatBits = prior.operatorBits('concat')
  const found: Candidate[] = []
  let bound = ceiling
  let visits = 0
  const failed = new Map<string, number>()

  const piecesAt = (members: number[], positions: number[]): Alternative[] => {
    const alternatives: Alternative[] = []
    for (const piece of pieces) {
      if (!members.every((row) => outputs[row]!.startsWith(piece.values[row] as string, positions[row]))) continue
      if (members.every((row) => (piece.values[row] as string).length === 0)) continue
      alternatives.push({
        program: piece.program,
        bits: piece.bits,
        lengths: piece.values.slice(0, rows).map((value) => (value as string).length),
        constant: false
      })
    }
    return alternatives
  }
  const commonPrefix = (members: number[], positions: number[]): string => {
    if (members.length === 0) return ''
    let prefix = outputs[members[0]!]!.slice(positions[members[0]!])
    for (const row of members) {
      const rest = outputs[row]!.slice(positions[row])
      let length = 0
      while (length < prefix.length && length < rest.length && prefix[length] === rest[length]) length++
      prefix = prefix.slice(0, length)
    }
    return prefix
  }
  const constantAlternatives = (members: number[], positions: number[], withEmpty: boolean): Alternative[] => {
    const prefix = commonPrefix(members, positions)
    const alternatives: Alternative[] = []
    if (withEmpty)
      alternatives.push({ program: constant(''), bits: prior.constantBits(''), lengths: new Array(rows).fill(0), constant: true })
    for (let length = prefix.length; length >= 1; length--) {
      const text = prefix.slice(0, length)
      alternatives.push({ program: constant(text), bits: prior.constantBits(text), lengths: new Array(rows).fill(length), constant: true })
    }
    return alternatives
  }

  const search = (positions: number[], parts: Alternative[], bits: number, choices: number): void => {
    chargeWork()
    if (found.length >= MAX_TEMPLATES * 4 || ++visits > MAX_VISITS || problem.expired()) return
    if (every.every((row) => positions[row] === outputs[row]!.length)) {
      if (parts.length < 2 || parts.every((part) => part.constant)) return
      const program = parts.slice(1).reduce<Program>((joined, part) => apply('concat', joined, part.program), parts[0]!.program)
      found.push(candidateOf(program, bits, 'template'))
      bound = Math.min(bound, bits + margin)
      return
    }
    if (parts.length >= MAX_PIECES) return
    const key = `${every.map((row) => positions[row]).join(',')}|${parts.length > 0 && parts[parts.length - 1]!.constant ? 1 : 0}|${choices}`
    if ((failed.get(key) ?? Infinity) <= bits) return
    const join = parts.length > 0 ? concatBits : 0
    const before = found.length
    const lastConstant = parts.length > 0 && parts[parts.length - 1]!.constant
    const options = [...piecesAt(every, positions), ...(lastConstant ? [] : constantAlternatives(every, positions, false))]
    for (const option of options.sort((a, b) => a.bits - b.bits)) {
      if (bits + join + option.bits > bound) continue
      search(
        positions.map((position, row) => position + option.lengths[row]!),
        [...parts, option],
        bits + join + option.bits,
        choices
      )
    }
    if (choices > 0) {
      for (const { entry, mask, holding, failing } of conditions) {
        if (holding.length === 0 || failing.length === 0) continue
        const base = bits + join + CONDITIONAL_BITS + entry.bits
        if (base > bound) continue
        const thens = [...constantAlternatives(holding, positions, true), ...piecesAt(holding, positions)]
        const others = [...constantAlternatives(failing, positions, true), ...piecesAt(failing, positions)]
        for (const then of thens) {
          for (const otherwise of others) {
            if (
              then.constant &&
              otherwise.constant &&
              then.program.kind === 'constant' &&
              otherwise.program.kind === 'constant' &&
              then.program.value === otherwise.program.value
            )
              continue
            const cost = base + then.bits + otherwise.bits
            if (cost > bound) continue
            const choice: Alternative = {
              program: conditional(entry.program, then.program, otherwise.program),
              bits: CONDITIONAL_BITS + entry.bits + then.bits + otherwise.bits,
              lengths: every.map((row) => ((mask >> BigInt(row)) & 1n ? then.lengths[row]! : otherwise.lengths[row]!)),
              constant: false
            }
            search(
              positions.map((position, row) => position + choice.lengths[row]!),
              [...parts, choice],
              cost,
              choices - 1
            )
          }
        }
      }
    }
    if (found.length === before) failed.set(key, Math.min(failed.get(key) ?? Infinity, bits))
  }
  // Plain templates first: their cost bounds the search with choices, which is much wider.
  for (const choices of [...new Set([0, options.choices ?? MAX_CHOICES])]) {
    failed.clear()
    visits = 0
    search(new Array(rows).fill(0), [], 0, choices)
  }
  return found.sort((a, b) => a.bits - b.bits).slice(0, MAX_TEMPLATES)
}
