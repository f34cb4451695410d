/**
 * Questions a person can read. A question shows, per candidate rule, what it answers on the
 * deciding row and a short form of the rule: the part where the candidates differ, with an
 * ellipsis for what they share, and a long reading of an input (a clock reading parsed, a date
 * counted in days) named once as a call: `clockValue(left)`. The whole rule is kept too, bounded,
 * for JSON output and the ledger.
 */
import type { Value } from '../operation'
import { OPERATORS, PRECEDENCE } from './operators'
import { type ApplyNode, type PrintContext, type Program, describeProgram, print, subprograms } from './program'

/** A rule as a question shows it: at most this many characters. */
export const SHORT_RULE_CHARS = 80
/** A whole rule kept beside the question (JSON, ledger) is bounded as well. */
export const RULE_CHARS = 1000
/** An operator whose TypeScript takes more than this beyond its operands is named, not spelled out. */
const LONG_OPERATOR_CHARS = 20

export interface Answer {
  /** The whole rule (bounded by RULE_CHARS). */
  rule: string
  /** The rule as a question shows it (at most SHORT_RULE_CHARS). */
  short?: string
  value: Value
  /** A rule that explains every row but this one (`height = 119, adult = false`): the row the other rule rests on alone. */
  allRowsBut?: string
}

/** Whether an operator's TypeScript is long beside its operands: `x.split(':').reduce(...)`. */
function spelledAtLength(node: ApplyNode): boolean {
  const operands = node.args.map(() => ({ text: 'x', precedence: PRECEDENCE.primary }))
  return OPERATORS[node.operator].render(operands).text.length - node.args.length > LONG_OPERATOR_CHARS
}

const NAMING: PrintContext = {
  abbreviate: (node) =>
    spelledAtLength(node)
      ? {
          text: `${node.operator}(${node.args.map((argument) => print(argument, NAMING).text).join(', ')})`,
          precedence: PRECEDENCE.primary
        }
      : undefined
}

/** The program with long readings named as calls: `clockValue(left) % 60 < 2 ? 'on time' : ...`. */
export function readableRule(program: Program): string {
  return print(program, NAMING).text
}

/** Text cut to `limit` characters, an ellipsis marking the cut. */
export function bounded(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).trimEnd()}…`
}

/** What a node is, apart from its parts: programs of one head differ only in their parts. */
function headOf(program: Program): string {
  switch (program.kind) {
    case 'apply':
      return `apply ${program.operator}/${program.args.length}`
    case 'conditional':
      return 'conditional'
    case 'match':
      return `match ${program.input} ${program.cases.map((entry) => entry.value).join('|')}`
    default:
      return describeProgram(program)
  }
}

/**
 * Where programs part: follow the one part they differ in while they share everything else, and
 * stop where they differ in more than one part (or in what the node is). The path is the nodes
 * from the root to there, in the first program.
 */
function partingPath(programs: readonly Program[]): Program[][] {
  const path: Program[][] = [[...programs]]
  for (;;) {
    const here = path[path.length - 1]!
    const head = headOf(here[0]!)
    if (here.some((program) => headOf(program) !== head)) return path
    const parts = here.map(subprograms)
    const differing = parts[0]!
      .map((_, index) => index)
      .filter((index) => parts.some((own) => describeProgram(own[index]!) !== describeProgram(parts[0]![index]!)))
    if (differing.length !== 1) return path
    path.push(parts.map((own) => own[differing[0]!]!))
  }
}

/**
 * Short forms of rules compared in one question: where all fit, the rules themselves; else the
 * part where they differ — the whole condition or branch of a decision that holds the difference
 * (`… age * bpm < 2800 …` against `… bpm < 140 …`) — each cut to SHORT_RULE_CHARS.
 */
export function shortRules(programs: readonly Program[]): string[] {
  const whole = programs.map(readableRule)
  if (whole.every((rule) => rule.length <= SHORT_RULE_CHARS)) return whole
  if (programs.length < 2 || new Set(whole).size < whole.length) return whole.map((rule) => bounded(rule, SHORT_RULE_CHARS))
  const path = partingPath(programs)
  // A difference inside a condition or a branch is shown as that whole condition or branch.
  let depth = path.length - 1
  while (depth > 0 && path[depth - 1]![0]!.kind !== 'conditional') depth--
  if (depth === 0) return whole.map((rule) => bounded(rule, SHORT_RULE_CHARS))
  return path[depth]!.map((part) => bounded(`… ${readableRule(part)} …`, SHORT_RULE_CHARS))
}

/** What each candidate answers, with its rule whole (bounded) and short. */
export function answersOf(entries: ReadonlyArray<{ program: Program; value: Value }>): Answer[] {
  const shorts = shortRules(entries.map((entry) => entry.program))
  return entries.map((entry, index) => ({
    rule: bounded(describeProgram(entry.program), RULE_CHARS),
    short: shorts[index]!,
    value: entry.value
  }))
}

/** How an answer's rule reads in a message: short where there is a short form. */
export function ruleInQuestion(answer: { rule: string; short?: string; allRowsBut?: string }): string {
  const rule = answer.short ?? bounded(answer.rule, SHORT_RULE_CHARS)
  // A rival that breaks one row is no rule of the table: it says which row the other rests on alone.
  return answer.allRowsBut === undefined ? rule : `${rule} (every row but ${answer.allRowsBut})`
}
