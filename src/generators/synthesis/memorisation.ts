/**
 * Rules that memorise rows. Two shapes write a row out again instead of explaining it:
 * - a branch that tests an input for equality with one example's own value and answers that
 *   example's own output (`first === 'Ada' ? 'ada.lovelace' : ...`): the acceptance test counts
 *   such branches as the table they restate, and what is left of the rule must compress the rest;
 * - a branch only one example takes that answers text copied from that example's own inputs
 *   (`first.length <= 5 ? '' : 'feathers'`), or a piece of that example's own output (`'-03-02'`
 *   of a due date `2024-03-02`): a piece of one row, which no other input will ever need. Such a
 *   rule may be the best the language has, but it is never confident.
 */
import type { Value } from '../operation'
import type { Candidate, Problem } from './candidate'
import { type Branch, branchesOf } from './branches'
import { CONDITIONAL_BITS } from './prior'
import { OPERATORS } from './operators'
import { evaluateProgram, type Program, subprograms } from './program'
import { sameValue } from './values'

interface Memorised {
  /** Example rows answered by a branch of their own. */
  rows: number[]
  /** Bits of those branches. */
  bits: number
}

/** The one row a branch restates, when its test picks out a single example and its answer is that example's output. */
function restatedRow(problem: Problem, name: string, value: Value, result: Program): number | undefined {
  const rows = problem.table.examples.flatMap((example, row) => (sameValue(example.inputs[name]!, value) ? [row] : []))
  if (rows.length !== 1 || result.kind !== 'constant') return undefined
  return sameValue(result.value, problem.target[rows[0]!]!) ? rows[0] : undefined
}

/** `input === constant`, either way round: the input's name and the value. */
function equalityTest(condition: Program): { name: string; value: Value } | undefined {
  if (condition.kind !== 'apply' || condition.operator !== 'equal') return undefined
  const [left, right] = condition.args
  const value = (node: Program | undefined) => (node?.kind === 'constant' && !Array.isArray(node.value) ? (node.value as Value) : undefined)
  if (left?.kind === 'input' && value(right) !== undefined) return { name: left.name, value: value(right)! }
  if (right?.kind === 'input' && value(left) !== undefined) return { name: right.name, value: value(left)! }
  return undefined
}

/** The branches of a decision list or a rule per value that restate single rows. */
function memorisedRows(program: Program, problem: Problem): Memorised {
  const rows = new Set<number>()
  let bits = 0
  if (program.kind === 'match') {
    for (const entry of program.cases) {
      const row = restatedRow(problem, program.input, entry.value, entry.result)
      if (row === undefined) continue
      rows.add(row)
      bits += Math.log2(program.cases.length + 1) + problem.prior.bits(entry.result)
    }
  }
  for (let node = program; node.kind === 'conditional'; node = node.otherwise) {
    const test = equalityTest(node.condition)
    const row = test === undefined ? undefined : restatedRow(problem, test.name, test.value, node.then)
    if (row === undefined || rows.has(row)) continue
    rows.add(row)
    bits += CONDITIONAL_BITS + problem.prior.bits(node.condition) + problem.prior.bits(node.then)
  }
  return { rows: [...rows], bits }
}

/** Letters and digits only, lower case: "What's New" and "whats-new" are the same text. */
function plain(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')
}

/** Runs this long shared with an input are copied from it, not a word of the rule's own. */
const COPIED_RUN = 4

function sharesRun(text: string, source: string): boolean {
  for (let start = 0; start + COPIED_RUN <= text.length; start++) if (source.includes(text.slice(start, start + COPIED_RUN))) return true
  return false
}

/** Text constants a branch answers, wherever it is in the rule (a template's piece, a list's result). */
function textConstants(program: Program): string[] {
  if (program.kind === 'constant') return typeof program.value === 'string' ? [program.value] : []
  if (program.kind === 'conditional') return [...textConstants(program.then), ...textConstants(program.otherwise)]
  return program.kind === 'apply' ? program.args.flatMap(textConstants) : []
}

/** The text of one example's inputs, plain. */
function inputTextOf(problem: Problem, row: number): string {
  return plain(
    Object.values(problem.table.examples[row]!.inputs)
      .filter((value) => typeof value === 'string')
      .join(' ')
  )
}

/** Whether `text` is a proper part of the output, long enough not to be a word of the rule's own (a separator, a unit). */
function pieceOf(text: string, output: Value): boolean {
  if (typeof output !== 'string') return false
  const piece = plain(text)
  const whole = plain(output)
  return piece.length >= COPIED_RUN && piece !== whole && whole.includes(piece)
}

/** Whether a branch's answer copies text from the inputs, or a piece of the output, of the one row that takes it. */
function copiedFrom(branch: Program, problem: Problem, rows: readonly number[]): boolean {
  if (rows.length !== 1) return false
  const inputs = inputTextOf(problem, rows[0]!)
  const output = problem.target[rows[0]!]!
  return textConstants(branch).some((text) => sharesRun(plain(text), inputs) || pieceOf(text, output))
}

/**
 * Whether some branch, taken by a single example, answers text copied from that example's own
 * inputs (`reaching`: the example rows that get as far as this part of the rule).
 */
export function copiesOneRow(
  program: Program,
  problem: Problem,
  reaching: readonly number[] = [...Array(problem.table.rows).keys()]
): boolean {
  if (program.kind === 'match') {
    const name = program.input
    return program.cases.some((entry) =>
      copiedFrom(
        entry.result,
        problem,
        reaching.filter((row) => problem.table.examples[row]!.inputs[name] === entry.value)
      )
    )
  }
  if (program.kind === 'conditional') {
    const taken = reaching.filter((row) => {
      const result = evaluateProgram(program.condition, problem.table.examples[row]!.inputs)
      return result.ok && result.value === true
    })
    const others = reaching.filter((row) => !taken.includes(row))
    return (
      copiedFrom(program.then, problem, taken) ||
      copiedFrom(program.otherwise, problem, others) ||
      copiesOneRow(program.then, problem, taken) ||
      copiesOneRow(program.otherwise, problem, others)
    )
  }
  return subprograms(program).some((part) => copiesOneRow(part, problem, reaching))
}

/** Whether a program reads an input (an answer computed, not a constant). */
function readsInput(program: Program): boolean {
  return program.kind === 'input' || subprograms(program).some(readsInput)
}

/**
 * Whether a test names a case rather than cutting one row out: equality with a value, a relation
 * between two values (`count >= limit`), or an order against 0 or 1 (`n < 1`: nothing, one). A
 * threshold learnt from the rows (`listed.length >= 15`) is a cut.
 */
function namesACase(guard: Program | undefined): boolean {
  if (guard === undefined || guard.kind !== 'apply') return true
  if (OPERATORS[guard.operator].family === 'equality') return true
  return !guard.args.some((argument) => argument.kind === 'constant' && argument.value !== 0 && argument.value !== 1)
}

/**
 * Whether a rule answers one example by heart: a branch only that example takes answers its own
 * output while other branches compute theirs — a number (`price === 3 ? 12 : (quantity + 1) * ...`,
 * `net < 21 ? 21.77 : ...`), or a text chosen by a cut that isolates that row
 * (`listed.length >= 15 ? 'MAB' : <initials computed>`). A table of bands answers constants
 * throughout and is a rule; an exception for one row in a computed rule explains nothing about
 * the inputs near it. Nothing and the numbers the words name are no such exception
 * (`n === 0 ? 0 : ...`), nor a text for a case a test names (`n === 1 ? '1 item' : ...`).
 */
export function answersOneRowByHeart(program: Program, problem: Problem): boolean {
  const branches = branchesOf(program, problem.table.examples)
  if (!branches.some((branch) => readsInput(branch.answer)))
    return choosesOneRowsPiece(program, problem) || amountsByHeart(branches, problem)
  return (
    branches.some((branch) => {
      // A branch of a computed rule that one example alone takes, cut from the others by a learnt
      // threshold, computes its answer from that one row: any input that happens to equal its output fits.
      if (branch.rows.length === 1 && readsInput(branch.answer) && branch.guard !== undefined && !namesACase(branch.guard)) return true
      if (branch.rows.length !== 1 || branch.answer.kind !== 'constant') return false
      const value = branch.answer.value
      if (!sameValue(value as Value, problem.target[branch.rows[0]!]!)) return false
      if (typeof value === 'string') return !namesACase(branch.guard)
      return typeof value === 'number' && value !== 0 && !problem.prior.isMentioned(Math.abs(value))
    }) || choosesOneRowsPiece(program, problem)
  )
}

/** Single-row branches answering their row's own amount that make a table of constants a lookup of its rows. */
const AMOUNTS_BY_HEART = 2

/**
 * Whether a table of constants answers amounts by heart: two or more branches each taken by one
 * example answer that example's own number, one the words never name (`pay > 3000 ? 259 : …
 * plan === 'plan 4' ? 24 : …`). Bands answer a few values many rows share, or the amounts the
 * words give; a number per row is a lookup of the rows, which says nothing of the rows between.
 */
function amountsByHeart(branches: readonly Branch[], problem: Problem): boolean {
  const byHeart = branches.filter((branch) => {
    if (branch.rows.length !== 1 || branch.answer.kind !== 'constant') return false
    const value = branch.answer.value
    return (
      typeof value === 'number' &&
      value !== 0 &&
      sameValue(value, problem.target[branch.rows[0]!]!) &&
      !problem.prior.isMentioned(Math.abs(value))
    )
  })
  return byHeart.length >= AMOUNTS_BY_HEART
}

/**
 * Whether a choice inside a computed answer (a template's piece) gives one example a constant of
 * its own by a cut learnt from the rows, where the other examples compute theirs
 * (`${code}-${year < 2030 ? <digits computed> : '30'}`): the same exception, one level down.
 */
function choosesOneRowsPiece(program: Program, problem: Problem): boolean {
  const rows = [...Array(problem.table.rows).keys()]
  const inside = (part: Program): boolean => {
    if (part.kind === 'conditional') {
      const taken = rows.filter((row) => {
        const result = evaluateProgram(part.condition, problem.table.examples[row]!.inputs)
        return result.ok && result.value === true
      })
      const alone = (side: Program, other: Program, count: number) =>
        count === 1 && side.kind === 'constant' && side.value !== 0 && side.value !== '' && readsInput(other)
      if (
        !namesACase(part.condition) &&
        (alone(part.then, part.otherwise, taken.length) || alone(part.otherwise, part.then, rows.length - taken.length))
      )
        return true
    }
    return subprograms(part).some(inside)
  }
  return program.kind === 'apply' && program.args.some(inside)
}

/**
 * Whether a candidate only restates its rows: it answers most of them by testing for their own
 * values, or it takes more than `compression` of the table's bits once those rows are set aside
 * on both sides. A special case or two (`n === 1 ? '1 item'`) is a rule's; most rows is a table.
 */
export function restatesRows(candidate: Candidate, problem: Problem, compression: number): boolean {
  const memorised = memorisedRows(candidate.program, problem)
  if (memorised.rows.length === 0) return false
  if (memorised.rows.length * 2 > problem.table.rows) return true
  const rest = [...Array(problem.table.rows).keys()].filter((row) => !memorised.rows.includes(row))
  return candidate.bits - memorised.bits > compression * tableBitsOf(problem, rest)
}

/** The examples' rows written out as a table (`if (inputs are these) return that`), in bits. */
export function tableBitsOf(problem: Problem, rows: readonly number[]): number {
  const { table, target, prior } = problem
  return prior.tableBits(
    rows.map((row) => ({ inputs: table.columns.map((column) => table.examples[row]!.inputs[column.name]!), output: target[row]! }))
  )
}
