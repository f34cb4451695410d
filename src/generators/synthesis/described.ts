/**
 * A table the feature's own words state: "F and A are first class, J and C are business, and
 * Y, B and M are economy"; "on Monday in N1 and N4, on Wednesday in N2 and N7, and on Friday
 * everywhere else". A mapping learnt from the rows alone restates them; one the description
 * writes out is the rule, and answers for the codes the rows never show. The words are read
 * clause by clause: the codes a clause names (words shaped like the input's examples: `F`,
 * `N1`) go with the one answer it names (a value of the output's examples); codes with no
 * answer yet wait for the next clause's; an answer with "else", "otherwise" or "other" and no
 * codes is the answer for every other code. The table must agree with every example.
 */
import type { Value } from '../operation'
import { type Candidate, type Problem, candidateOf } from './candidate'
import { OPERATORS } from './operators'
import { type Program, apply, conditional, constant, input } from './program'

/** What pointing at the description's table costs: the table itself is in the words, not the rule. */
const DESCRIBED_TABLE_BITS = 4
const OTHERWISE = /\b(else|otherwise|other|others|rest|remaining|any)\b/i
/** Codes are short: a letter, a district, a size. */
const MAX_CODE_LENGTH = 4

/** A code's shape: `N1` → `A9`, `xl` → `aa`. */
const shapeOf = (text: string): string => text.replace(/[A-Z]/g, 'A').replace(/[a-z]/g, 'a').replace(/[0-9]/g, '9')

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

interface DescribedTable {
  entries: Map<string, string>
  otherwise?: string
}

/** The answer a clause names: the longest of the outputs' values it mentions, if only one is left. */
function answerIn(clause: string, answers: readonly string[]): string | undefined | null {
  const mentioned = answers.filter((answer) => new RegExp(`(^|[^\\p{L}\\p{N}])${escape(answer)}($|[^\\p{L}\\p{N}])`, 'iu').test(clause))
  const longest = mentioned.filter(
    (answer) => !mentioned.some((other) => other !== answer && other.toLowerCase().includes(answer.toLowerCase()))
  )
  if (longest.length === 0) return undefined
  return longest.length === 1 ? longest[0]! : null
}

/** The clauses of a text, each with whether a sentence begins there. */
function clausesOf(text: string): Array<[string, boolean]> {
  const clauses: Array<[string, boolean]> = []
  let sentenceStart = true
  for (const [, clause, mark] of text.matchAll(/([^,;.:\n]*)([,;.:\n]|$)/g)) {
    if (clause === '' && mark === '') break
    clauses.push([clause!, sentenceStart])
    sentenceStart = mark === '.' || mark === '\n'
  }
  return clauses
}

/** The table the words state for one input, or undefined where they state none (or contradict themselves). */
function describedTable(text: string, codes: readonly string[], answers: readonly string[]): DescribedTable | undefined {
  const shapes = new Set(codes.map(shapeOf))
  if (codes.some((code) => code.length === 0 || code.length > MAX_CODE_LENGTH || /\s/.test(code))) return undefined
  const table: DescribedTable = { entries: new Map() }
  let waiting: string[] = []
  for (const [clause, end] of clausesOf(text)) {
    // A sentence names its own codes: a word left waiting at its full stop ("A parcel goes ...") names none.
    if (end) waiting = []
    const answer = answerIn(clause, answers)
    if (answer === null) return undefined
    const named = (clause.match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => shapes.has(shapeOf(word)))
    if (answer === undefined) {
      waiting.push(...named)
      continue
    }
    const coded = [...waiting, ...named]
    waiting = []
    if (coded.length === 0) {
      if (OTHERWISE.test(clause)) {
        if (table.otherwise !== undefined && table.otherwise !== answer) return undefined
        table.otherwise = answer
      }
      continue
    }
    for (const code of coded) {
      const known = table.entries.get(code)
      if (known !== undefined && known !== answer) return undefined
      table.entries.set(code, answer)
    }
  }
  return new Set(table.entries.values()).size + (table.otherwise === undefined ? 0 : 1) >= 2 ? table : undefined
}

/** Candidates from tables the description states, for text outputs with a few distinct answers. */
export function describedLookups(problem: Problem): Candidate[] {
  if (problem.output.type !== 'string') return []
  const answers = [...new Set(problem.target as string[])]
  if (answers.length < 2 || answers.length >= problem.table.rows) return []
  const text = problem.prior.context.text ?? ''
  const found: Candidate[] = []
  for (const column of problem.table.columns) {
    if (column.type !== 'string') continue
    const values = column.values as string[]
    // The code is the input, or the letters it starts with (a postcode's area: `CV` of `CV1 5FB`).
    const readings: Array<{ codes: Array<string | undefined>; via?: 'leadingLetters' }> = [{ codes: values }]
    const leading = values.map((value) => OPERATORS.leadingLetters.apply([value]))
    if (leading.every((code, row) => typeof code === 'string' && code !== values[row]))
      readings.push({ codes: leading as string[], via: 'leadingLetters' })
    for (const { codes, via } of readings) {
      const table = describedTable(text, codes as string[], answers)
      // Only a table with an answer for every other code is read through a piece of the input.
      if (table === undefined || (via !== undefined && table.otherwise === undefined)) continue
      const answerOf = (code: string): Value | undefined => table.entries.get(code) ?? table.otherwise
      if (!codes.every((code, row) => answerOf(code!) === problem.target[row])) continue
      // Every example's code is one the words name, or the words say what every other code gives.
      const program = tableProgram(column.name, problem.output.name, table, via)
      const bits =
        DESCRIBED_TABLE_BITS +
        problem.prior.inputBits +
        (via === undefined ? 0 : problem.prior.operatorBits(via)) +
        table.entries.size * Math.log2(table.entries.size + 1)
      found.push(candidateOf(program, bits, 'lookup'))
    }
  }
  return found
}

/** `code === 'F' || code === 'A' ? 'first' : ...`, ending with the answer for every other code (or the table as a lookup). */
function tableProgram(name: string, role: string, table: DescribedTable, via?: 'leadingLetters'): Program {
  if (table.otherwise === undefined)
    return { kind: 'lookup', input: name, role, entries: [...table.entries].map(([code, answer]) => [code, answer]) }
  const groups = new Map<string, string[]>()
  for (const [code, answer] of table.entries) groups.set(answer, [...(groups.get(answer) ?? []), code])
  const codeInput = via === undefined ? input(name, 'string') : apply(via, input(name, 'string'))
  return [...groups].reduceRight<Program>((otherwise, [answer, codes]) => {
    const condition = codes.map((code) => apply('sameText', codeInput, constant(code))).reduce((either, next) => apply('or', either, next))
    return conditional(condition, constant(answer), otherwise)
  }, constant(table.otherwise))
}
