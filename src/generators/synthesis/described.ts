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

/**
 * How the codes of one input are read: the value itself (`F`, `N1`), the letters it starts with
 * (`CV` of the postcode `CV1 5FB`), or a code it starts with (`+353` of `+353 1 555 0142`, the
 * longest that fits).
 */
interface CodeReading {
  kind: 'whole' | 'leading letters' | 'prefix'
  /** Whether a word of the description is a code of this input. */
  isCode(word: string): boolean
  /** The code an input value has among the table's codes. */
  codeOf(value: string, table: DescribedTable): string | undefined
}

const WORD = /[\p{L}\p{N}]+/gu
/** A prefix code is written with a sign or digits: `+44`, `#12`, `978`. */
const PREFIX_WORD = /[+#]?[\p{L}\p{N}]+/gu
const leadingLetters = (value: string): string => /^\p{L}+/u.exec(value)?.[0] ?? ''

/** The readings an input's example values allow. */
function readingsOf(values: readonly string[]): CodeReading[] {
  const readings: CodeReading[] = []
  if (values.every((value) => value.length > 0 && value.length <= MAX_CODE_LENGTH && !/\s/.test(value))) {
    const shapes = new Set(values.map(shapeOf))
    readings.push({ kind: 'whole', isCode: (word) => shapes.has(shapeOf(word)), codeOf: (value) => value })
    return readings
  }
  const keys = values.map(leadingLetters)
  if (keys.every((key) => key.length > 0 && key.length <= MAX_CODE_LENGTH)) {
    const shapes = new Set(keys.map(shapeOf))
    readings.push({
      kind: 'leading letters',
      isCode: (word) => /^\p{L}+$/u.test(word) && shapes.has(shapeOf(word)),
      codeOf: (value) => leadingLetters(value)
    })
  }
  readings.push({
    kind: 'prefix',
    isCode: (word) => /[+#\p{N}]/u.test(word) && values.some((value) => value.length > word.length && value.startsWith(word)),
    codeOf: (value, table) => [...table.entries.keys()].filter((code) => value.startsWith(code)).sort((a, b) => b.length - a.length)[0]
  })
  return readings
}

/** The table the words state for one input, or undefined where they state none (or contradict themselves). */
function describedTable(text: string, reading: CodeReading, answers: readonly string[]): DescribedTable | undefined {
  const table: DescribedTable = { entries: new Map() }
  let waiting: string[] = []
  // A line break inside a sentence is a space ("North\nAmerica"); one before a list item or a blank line ends a clause.
  const joined = text.replace(/[ \t]*\n(?![ \t]*(?:[-*•]|\d+[.)]|\n|$))[ \t]*/gu, ' ')
  // Clauses with the mark before each: codes waiting for an answer never cross a full stop.
  for (const [, mark, clause] of joined.matchAll(/(^|[,;.:\n])([^,;.:\n]*)/g)) {
    if (mark === '.') waiting = []
    const answer = answerIn(clause!, answers)
    if (answer === null) return undefined
    const named = (clause!.match(reading.kind === 'prefix' ? PREFIX_WORD : WORD) ?? []).filter((word) => reading.isCode(word))
    if (answer === undefined) {
      waiting.push(...named)
      continue
    }
    const coded = [...waiting, ...named]
    waiting = []
    if (coded.length === 0) {
      if (OTHERWISE.test(clause!)) {
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
    for (const reading of readingsOf(values)) {
      const table = describedTable(text, reading, answers)
      // A code read from part of a value needs the words' answer for every other code.
      if (table === undefined || (reading.kind !== 'whole' && table.otherwise === undefined)) continue
      const answerOf = (value: string): Value | undefined => {
        const code = reading.codeOf(value, table)
        return (code === undefined ? undefined : table.entries.get(code)) ?? table.otherwise
      }
      // Every example's code is one the words name, or the words say what every other code gives.
      if (!values.every((value, row) => answerOf(value) === problem.target[row])) continue
      const program =
        reading.kind === 'whole' ? tableProgram(column.name, problem.output.name, table) : keyedProgram(column.name, reading, table)
      const readingBits = reading.kind === 'whole' ? 0 : 2
      const bits = DESCRIBED_TABLE_BITS + readingBits + problem.prior.inputBits + table.entries.size * Math.log2(table.entries.size + 1)
      found.push(candidateOf(program, bits, 'lookup'))
    }
  }
  return found
}

/**
 * `number.startsWith('+353') ? 'Ireland' : ...`, longest codes first so `+353` is not read as
 * `+35`; or a test of the letters a value starts with. Ends with the answer for every other code.
 */
function keyedProgram(name: string, reading: CodeReading, table: DescribedTable): Program {
  const value = input(name, 'string')
  const key = reading.kind === 'prefix' ? value : apply('leadingLetters', value)
  const test = (code: string) =>
    reading.kind === 'prefix' ? apply('startsWith', key, constant(code)) : apply('sameText', key, constant(code))
  // Codes of one answer share a branch (`a || b`). Prefixes are tried longest first, so `+35`
  // never hides `+353`, and only neighbours share; exact codes may share in any order.
  const codes = [...table.entries.keys()]
  if (reading.kind === 'prefix') codes.sort((a, b) => b.length - a.length)
  const runs: Array<{ answer: string; codes: string[] }> = []
  for (const code of codes) {
    const answer = table.entries.get(code)!
    const shared = reading.kind === 'prefix' ? runs.at(-1) : runs.find((run) => run.answer === answer)
    if (shared !== undefined && shared.answer === answer) shared.codes.push(code)
    else runs.push({ answer, codes: [code] })
  }
  return runs.reduceRight<Program>((otherwise, run) => {
    const condition = run.codes.map(test).reduce((either, next) => apply('or', either, next))
    return conditional(condition, constant(run.answer), otherwise)
  }, constant(table.otherwise!))
}

/** `code === 'F' || code === 'A' ? 'first' : ...`, ending with the answer for every other code (or the table as a lookup). */
function tableProgram(name: string, role: string, table: DescribedTable): Program {
  if (table.otherwise === undefined)
    return { kind: 'lookup', input: name, role, entries: [...table.entries].map(([code, answer]) => [code, answer]) }
  const groups = new Map<string, string[]>()
  for (const [code, answer] of table.entries) groups.set(answer, [...(groups.get(answer) ?? []), code])
  const codeInput = input(name, 'string')
  return [...groups].reduceRight<Program>((otherwise, [answer, codes]) => {
    const condition = codes.map((code) => apply('sameText', codeInput, constant(code))).reduce((either, next) => apply('or', either, next))
    return conditional(condition, constant(answer), otherwise)
  }, constant(table.otherwise))
}
