/**
 * The programs synthesis writes: inputs, constants, applications of a registered operator,
 * conditionals, and per-category tables. One evaluator and one printer serve the search, the
 * confidence test, the benchmark and the generated TypeScript, so a program means the same
 * everywhere.
 */
import type { Value, ValueType } from '../operation'
import { OPERATORS, type OperatorName, PRECEDENCE, type Rendered } from './operators'
import type { SynthValue } from './values'

export interface InputNode {
  kind: 'input'
  name: string
  type: ValueType
}

export interface ConstantNode {
  kind: 'constant'
  value: SynthValue
}

export interface ApplyNode {
  kind: 'apply'
  operator: OperatorName
  args: Program[]
}

export interface ConditionalNode {
  kind: 'conditional'
  condition: Program
  then: Program
  otherwise: Program
}

/** One value per category of a categorical input (a rate per tier). Unknown categories have no rule. */
export interface LookupNode {
  kind: 'lookup'
  input: string
  /** Names the table in generated code: 'rate', 'base' or the output. */
  role: string
  entries: Array<[string, Value]>
}

/** A different rule per category of a categorical input. */
export interface MatchNode {
  kind: 'match'
  input: string
  cases: Array<{ value: string; result: Program }>
}

export type Program = InputNode | ConstantNode | ApplyNode | ConditionalNode | LookupNode | MatchNode

export const input = (name: string, type: ValueType): InputNode => ({ kind: 'input', name, type })
export const constant = (value: SynthValue): ConstantNode => ({ kind: 'constant', value })
export const apply = (operator: OperatorName, ...args: Program[]): ApplyNode => ({ kind: 'apply', operator, args })
export const conditional = (condition: Program, then: Program, otherwise: Program): ConditionalNode => ({
  kind: 'conditional',
  condition,
  then,
  otherwise
})

/** The programs a node is made of, in reading order: the one place that knows the tree's shape. */
export function subprograms(program: Program): Program[] {
  switch (program.kind) {
    case 'apply':
      return program.args
    case 'conditional':
      return [program.condition, program.then, program.otherwise]
    case 'match':
      return program.cases.map((entry) => entry.result)
    default:
      return []
  }
}

/** Inputs a program reads, in first-use order. */
export function inputsUsed(program: Program, into: string[] = []): string[] {
  const name = program.kind === 'input' ? program.name : program.kind === 'lookup' || program.kind === 'match' ? program.input : undefined
  if (name !== undefined && !into.includes(name)) into.push(name)
  for (const part of subprograms(program)) inputsUsed(part, into)
  return into
}

/** The number constants a program writes (a lookup table's entries are data, not constants). */
export function numericConstants(program: Program): number[] {
  if (program.kind === 'constant') return typeof program.value === 'number' ? [program.value] : []
  if (program.kind === 'lookup') return []
  return subprograms(program).flatMap(numericConstants)
}

/** The program with each leaf (an input, a constant, a table) replaced as `replace` says. */
export function mapLeaves(program: Program, replace: (leaf: Program) => Program): Program {
  switch (program.kind) {
    case 'apply':
      return { ...program, args: program.args.map((argument) => mapLeaves(argument, replace)) }
    case 'conditional':
      return {
        ...program,
        condition: mapLeaves(program.condition, replace),
        then: mapLeaves(program.then, replace),
        otherwise: mapLeaves(program.otherwise, replace)
      }
    case 'match':
      return { ...program, cases: program.cases.map((entry) => ({ ...entry, result: mapLeaves(entry.result, replace) })) }
    default:
      return replace(program)
  }
}

/** The program with inputs replaced by programs (a derived quantity written out in terms of the inputs). */
export function substituteInputs(program: Program, replacements: Readonly<Record<string, Program>>): Program {
  return mapLeaves(program, (leaf) => (leaf.kind === 'input' ? (replacements[leaf.name] ?? leaf) : leaf))
}

/** Nodes, for summaries: a table counts its entries. */
export function programSize(program: Program): number {
  if (program.kind === 'lookup') return 1 + program.entries.length
  if (program.kind === 'match') return 1 + program.cases.reduce((total, entry) => total + 1 + programSize(entry.result), 0)
  return 1 + subprograms(program).reduce((total, part) => total + programSize(part), 0)
}

export type Evaluation = { ok: true; value: Value } | { ok: false; message: string }

class EvaluationFailure extends Error {}

function evaluate(program: Program, inputs: Readonly<Record<string, Value>>): SynthValue {
  switch (program.kind) {
    case 'input': {
      const value = inputs[program.name]
      if (value === undefined) throw new EvaluationFailure(`missing input ${program.name}`)
      return value
    }
    case 'constant':
      return program.value
    case 'apply': {
      const value = OPERATORS[program.operator].apply(program.args.map((argument) => evaluate(argument, inputs)))
      if (value === undefined) throw new EvaluationFailure(`${program.operator} is not defined here`)
      return value
    }
    case 'conditional':
      return evaluate(program.condition, inputs) === true ? evaluate(program.then, inputs) : evaluate(program.otherwise, inputs)
    case 'lookup': {
      const key = inputs[program.input]
      const entry = program.entries.find(([category]) => category === key)
      if (entry === undefined) throw new EvaluationFailure(`no rule for ${program.input} "${String(key)}": it is not in the examples`)
      return entry[1]
    }
    case 'match': {
      const key = inputs[program.input]
      const entry = program.cases.find((candidate) => candidate.value === key)
      if (entry === undefined) throw new EvaluationFailure(`no rule for ${program.input} "${String(key)}": it is not in the examples`)
      return evaluate(entry.result, inputs)
    }
  }
}

/** Runs a program on one row of inputs; an undefined operation or unknown category is a failure, not an exception. */
export function evaluateProgram(program: Program, inputs: Readonly<Record<string, Value>>): Evaluation {
  try {
    const value = evaluate(program, inputs)
    if (Array.isArray(value)) return { ok: false, message: 'a list is not a value of the contract' }
    return { ok: true, value: value as Value }
  } catch (failure) {
    if (failure instanceof EvaluationFailure) return { ok: false, message: failure.message }
    throw failure
  }
}

// ---- TypeScript text ----------------------------------------------------------------------

export interface PrintContext {
  /** How a lookup table is referenced in a module (hoisted to a named constant); inline otherwise. */
  lookup?: (node: LookupNode) => string
  /** How an unknown category is reported (a `never` helper); inline `undefined!` otherwise. */
  unspecified?: (input: string) => string
  /** A shorter text for an application (a question names a long reading as a call); its TypeScript otherwise. */
  abbreviate?: (node: ApplyNode) => Rendered | undefined
}

export function quoteString(text: string): string {
  const escaped = text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')
  return `'${escaped}'`
}

export function renderValue(value: SynthValue): string {
  if (Array.isArray(value)) return `[${value.map(quoteString).join(', ')}]`
  if (typeof value === 'string') return quoteString(value)
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value)
  return String(value)
}

const wrap = (rendered: Rendered, minimum: number): string => (rendered.precedence >= minimum ? rendered.text : `(${rendered.text})`)

function templateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${').replace(/\r/g, '\\r')
}

/** Nested string concatenations with a constant among them read best as one template literal. */
function concatParts(program: Program): Program[] {
  if (program.kind === 'apply' && program.operator === 'concat') return [...concatParts(program.args[0]!), ...concatParts(program.args[1]!)]
  return [program]
}

function printTemplate(program: Program, context: PrintContext): Rendered | undefined {
  const parts = concatParts(program)
  if (parts.length < 2 || !parts.some((part) => part.kind === 'constant')) return undefined
  // A template literal spells a number as String() does: `${count} days`, not `${String(count)} days`.
  const spelled = (part: Program): Program => {
    if (part.kind === 'apply' && part.operator === 'toText') return part.args[0]!
    if (part.kind === 'conditional') return { ...part, then: spelled(part.then), otherwise: spelled(part.otherwise) }
    return part
  }
  const body = parts
    .map((part) =>
      part.kind === 'constant' && typeof part.value === 'string' ? templateText(part.value) : `\${${print(spelled(part), context).text}}`
    )
    .join('')
  return { text: `\`${body}\``, precedence: PRECEDENCE.primary }
}

/** `a || (b && c)`: mixed logical operators get parentheses, for the reader's sake. */
function logicalOperand(operand: Program, operator: OperatorName, context: PrintContext): string | undefined {
  if (operator !== 'and' && operator !== 'or') return undefined
  if (operand.kind === 'apply' && operand.operator === operator) return print(operand, context).text
  if (operand.kind === 'apply' && (operand.operator === 'and' || operand.operator === 'or')) return `(${print(operand, context).text})`
  return undefined
}

/** Nested applications of min or max read as one call: Math.max(a, b, c). */
function flattenCall(program: Program, operator: OperatorName): Program[] {
  if (program.kind === 'apply' && program.operator === operator) return program.args.flatMap((argument) => flattenCall(argument, operator))
  return [program]
}

export function print(program: Program, context: PrintContext = {}): Rendered {
  switch (program.kind) {
    case 'input':
      return { text: program.name, precedence: PRECEDENCE.primary }
    case 'constant':
      return {
        text: renderValue(program.value),
        precedence: typeof program.value === 'number' && program.value < 0 ? PRECEDENCE.prefix : PRECEDENCE.primary
      }
    case 'lookup':
      return printLookup(program, context)
    case 'match': {
      const fallback = context.unspecified?.(program.input) ?? 'undefined'
      const text = program.cases.reduceRight(
        (otherwise, entry) =>
          `${program.input} === ${quoteString(entry.value)} ? ${wrap(print(entry.result, context), PRECEDENCE.or)} : ${otherwise}`,
        fallback
      )
      return { text, precedence: PRECEDENCE.conditional }
    }
    case 'conditional': {
      const condition = wrap(print(program.condition, context), PRECEDENCE.or)
      const then = wrap(print(program.then, context), PRECEDENCE.or)
      const otherwise = wrap(print(program.otherwise, context), PRECEDENCE.conditional)
      return { text: `${condition} ? ${then} : ${otherwise}`, precedence: PRECEDENCE.conditional }
    }
    case 'apply':
      return printApplication(program, context)
  }
}

function printLookup(program: LookupNode, context: PrintContext): Rendered {
  if (context.lookup !== undefined) return { text: context.lookup(program), precedence: PRECEDENCE.primary }
  const entries = program.entries
    .map(([key, value]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : quoteString(key)}: ${renderValue(value)}`)
    .join(', ')
  return { text: `{ ${entries} }[${program.input}]`, precedence: PRECEDENCE.primary }
}

function printApplication(program: ApplyNode, context: PrintContext): Rendered {
  const abbreviated = context.abbreviate?.(program)
  if (abbreviated !== undefined) return abbreviated
  const { operator, args } = program
  if (operator === 'concat') {
    const template = printTemplate(program, context)
    if (template !== undefined) return template
  }
  if (operator === 'min' || operator === 'max') {
    return OPERATORS[operator].render(flattenCall(program, operator).map((argument) => print(argument, context)))
  }
  if (operator === 'not' && args[0]!.kind === 'apply') {
    // The opposite comparison reads better than a negation: `year % 100 !== 0`.
    const inner = args[0]
    if (inner.operator === 'divisibleBy') {
      const [left, right] = inner.args.map((argument) => print(argument, context))
      return {
        text: `${wrap(left!, PRECEDENCE.multiplicative)} % ${wrap(right!, PRECEDENCE.multiplicative + 1)} !== 0`,
        precedence: PRECEDENCE.equality
      }
    }
    if (inner.operator === 'equal' || inner.operator === 'sameText')
      return OPERATORS.notEqual.render(inner.args.map((argument) => print(argument, context)))
  }
  const logical = args.map((argument) => logicalOperand(argument, operator, context))
  if (logical.some((text) => text !== undefined)) {
    const spec = OPERATORS[operator]
    const parts = args.map(
      (argument, index) =>
        logical[index] ??
        wrap(print(argument, context), index === 0 ? PRECEDENCE[operator as 'and' | 'or'] : PRECEDENCE[operator as 'and' | 'or'] + 1)
    )
    return {
      text: parts.join(operator === 'and' ? ' && ' : ' || '),
      precedence: spec === OPERATORS.and ? PRECEDENCE.and : PRECEDENCE.or
    }
  }
  return OPERATORS[operator].render(args.map((argument) => print(argument, context)))
}

/** One line, as in summaries and doc comments: `Math.max(weight, 2) * 1.25 + 2`. */
export function describeProgram(program: Program): string {
  return print(program).text
}
