/**
 * The typed expression language that synthesis searches, and its one evaluator.
 *
 * The bank enumerator, the evaluator and the TypeScript renderer all share the operator
 * semantics below (`applyUnary`, `applyBinary`), so a program behaves the same when it is
 * searched, evaluated on held-out rows and run as generated code.
 */
import type { Value, ValueType } from '../operation'

export type UnaryOperator =
  | 'abs'
  | 'floor'
  | 'ceil'
  | 'round'
  | 'negate'
  | 'length'
  | 'upper'
  | 'lower'
  | 'first'
  | 'toString'
  | 'not'

export type BinaryOperator =
  | 'add'
  | 'subtract'
  | 'multiply'
  | 'divide'
  | 'remainder'
  | 'min'
  | 'max'
  | 'less'
  | 'lessOrEqual'
  | 'greater'
  | 'greaterOrEqual'
  | 'equal'
  | 'notEqual'
  | 'divisibleBy'
  | 'and'
  | 'or'
  | 'concat'
  | 'before'
  | 'after'

export interface InputNode {
  kind: 'input'
  name: string
  type: ValueType
}

export interface ConstantNode {
  kind: 'constant'
  value: Value
}

export interface UnaryNode {
  kind: 'unary'
  operator: UnaryOperator
  operand: Program
}

export interface BinaryNode {
  kind: 'binary'
  operator: BinaryOperator
  left: Program
  right: Program
}

export interface ConditionalNode {
  kind: 'conditional'
  condition: Program
  then: Program
  otherwise: Program
}

/**
 * One learnt value per category of a categorical input (a rate per tier, a base price per
 * zone). Keyed by an input string, never by a number: a table keyed by numbers is memorisation.
 */
export interface LookupNode {
  kind: 'lookup'
  input: string
  /** What the values are, for the name of the rendered constant: 'factor', 'base' or 'value'. */
  role: 'factor' | 'base' | 'value'
  /** The input the factor or base applies to, when it is one: names the rendered table. */
  appliesTo?: string
  entries: Array<[string, Value]>
}

/** A different sub-program per category of a categorical input. */
export interface MatchNode {
  kind: 'match'
  input: string
  cases: Array<{ value: string; result: Program }>
}

export type Program = InputNode | ConstantNode | UnaryNode | BinaryNode | ConditionalNode | LookupNode | MatchNode

export const input = (name: string, type: ValueType): InputNode => ({ kind: 'input', name, type })
export const constant = (value: Value): ConstantNode => ({ kind: 'constant', value })
export const unary = (operator: UnaryOperator, operand: Program): UnaryNode => ({ kind: 'unary', operator, operand })
export const binary = (operator: BinaryOperator, left: Program, right: Program): BinaryNode => ({ kind: 'binary', operator, left, right })
export const conditional = (condition: Program, then: Program, otherwise: Program): ConditionalNode => ({
  kind: 'conditional',
  condition,
  then,
  otherwise
})

/**
 * What counting the digits of a number costs beyond its nodes: `length(String(month))` is three
 * nodes but explains numbers through their decimal spelling, which almost never generalises
 * (a quarter is not "the number of digits plus 2"). It stays in the language, for rules that
 * really are about digits, at the price of a much larger program.
 */
export const DIGIT_COUNT_PENALTY = 4

/** `length(String(n))`: the number of characters of a number's decimal form. */
export function isDigitCount(program: Program): boolean {
  return program.kind === 'unary' && program.operator === 'length' && program.operand.kind === 'unary' && program.operand.operator === 'toString'
}

/** The number of nodes (plus the digit-count penalty): the measure "smallest program" minimises. */
export function programSize(program: Program): number {
  switch (program.kind) {
    case 'input':
    case 'constant':
      return 1
    case 'unary':
      return 1 + programSize(program.operand) + (isDigitCount(program) ? DIGIT_COUNT_PENALTY : 0)
    case 'binary':
      return 1 + programSize(program.left) + programSize(program.right)
    case 'conditional':
      return 1 + programSize(program.condition) + programSize(program.then) + programSize(program.otherwise)
    case 'lookup':
      return 1 + program.entries.length
    case 'match':
      return 1 + program.cases.reduce((total, entry) => total + 1 + programSize(entry.result), 0)
  }
}

const numericUnary = new Set<UnaryOperator>(['abs', 'floor', 'ceil', 'round', 'negate', 'length'])
const stringUnary = new Set<UnaryOperator>(['upper', 'lower', 'first', 'toString'])
const numericBinary = new Set<BinaryOperator>(['add', 'subtract', 'multiply', 'divide', 'remainder', 'min', 'max'])
const stringBinary = new Set<BinaryOperator>(['concat', 'before', 'after'])

export function unaryResultType(operator: UnaryOperator): ValueType {
  if (numericUnary.has(operator)) return 'number'
  if (stringUnary.has(operator)) return 'string'
  return 'boolean'
}

export function binaryResultType(operator: BinaryOperator): ValueType {
  if (numericBinary.has(operator)) return 'number'
  if (stringBinary.has(operator)) return 'string'
  return 'boolean'
}

export function programType(program: Program): ValueType {
  switch (program.kind) {
    case 'input':
      return program.type
    case 'constant':
      return typeof program.value as ValueType
    case 'unary':
      return unaryResultType(program.operator)
    case 'binary':
      return binaryResultType(program.operator)
    case 'conditional':
      return programType(program.then)
    case 'lookup':
      return typeof program.entries[0]![1] as ValueType
    case 'match':
      return programType(program.cases[0]!.result)
  }
}

/** A finite number, or undefined: NaN and infinities are never a program's value. */
function finite(value: number): number | undefined {
  return Number.isFinite(value) ? value : undefined
}

/** `undefined` means the operator is not defined on these values (division by zero, wrong type). */
export function applyUnary(operator: UnaryOperator, value: Value): Value | undefined {
  switch (operator) {
    case 'abs':
      return typeof value === 'number' ? Math.abs(value) : undefined
    case 'floor':
      return typeof value === 'number' ? Math.floor(value) : undefined
    case 'ceil':
      return typeof value === 'number' ? Math.ceil(value) : undefined
    case 'round':
      return typeof value === 'number' ? Math.round(value) : undefined
    case 'negate':
      return typeof value === 'number' ? -value : undefined
    case 'length':
      return typeof value === 'string' ? value.length : undefined
    case 'upper':
      return typeof value === 'string' ? value.toUpperCase() : undefined
    case 'lower':
      return typeof value === 'string' ? value.toLowerCase() : undefined
    case 'first':
      return typeof value === 'string' ? value.charAt(0) : undefined
    case 'toString':
      return typeof value === 'number' ? String(value) : undefined
    case 'not':
      return typeof value === 'boolean' ? !value : undefined
  }
}

export function applyBinary(operator: BinaryOperator, left: Value, right: Value): Value | undefined {
  if (typeof left === 'number' && typeof right === 'number') {
    switch (operator) {
      case 'add':
        return finite(left + right)
      case 'subtract':
        return finite(left - right)
      case 'multiply':
        return finite(left * right)
      case 'divide':
        return right === 0 ? undefined : finite(left / right)
      case 'remainder':
        return right === 0 ? undefined : finite(left % right)
      case 'min':
        return Math.min(left, right)
      case 'max':
        return Math.max(left, right)
      case 'less':
        return left < right
      case 'lessOrEqual':
        return left <= right
      case 'greater':
        return left > right
      case 'greaterOrEqual':
        return left >= right
      case 'equal':
        return left === right
      case 'notEqual':
        return left !== right
      case 'divisibleBy':
        return right === 0 ? undefined : left % right === 0
      default:
        return undefined
    }
  }
  if (typeof left === 'string' && typeof right === 'string') {
    switch (operator) {
      case 'concat':
        return left + right
      case 'equal':
        return left === right
      case 'notEqual':
        return left !== right
      case 'before': {
        const index = left.indexOf(right)
        return index < 0 ? left : left.slice(0, index)
      }
      case 'after': {
        const index = left.indexOf(right)
        return index < 0 ? '' : left.slice(index + right.length)
      }
      default:
        return undefined
    }
  }
  if (typeof left === 'boolean' && typeof right === 'boolean') {
    if (operator === 'and') return left && right
    if (operator === 'or') return left || right
    if (operator === 'equal') return left === right
    if (operator === 'notEqual') return left !== right
  }
  return undefined
}

export type Evaluation = { ok: true; value: Value } | { ok: false; message: string }

class EvaluationFailure extends Error {}

function evaluate(program: Program, inputs: Readonly<Record<string, Value>>): Value {
  switch (program.kind) {
    case 'input': {
      const value = inputs[program.name]
      if (value === undefined) throw new EvaluationFailure(`missing input ${program.name}`)
      return value
    }
    case 'constant':
      return program.value
    case 'unary': {
      const value = applyUnary(program.operator, evaluate(program.operand, inputs))
      if (value === undefined) throw new EvaluationFailure(`${program.operator} is undefined here`)
      return value
    }
    case 'binary': {
      const value = applyBinary(program.operator, evaluate(program.left, inputs), evaluate(program.right, inputs))
      if (value === undefined) throw new EvaluationFailure(`${program.operator} is undefined here`)
      return value
    }
    case 'conditional':
      return evaluate(program.condition, inputs) === true ? evaluate(program.then, inputs) : evaluate(program.otherwise, inputs)
    case 'lookup': {
      const key = evaluate(input(program.input, 'string'), inputs)
      const entry = program.entries.find(([category]) => category === key)
      if (entry === undefined) throw new EvaluationFailure(`no rule for ${program.input} "${String(key)}": it is not in the examples`)
      return entry[1]
    }
    case 'match': {
      const key = evaluate(input(program.input, 'string'), inputs)
      const entry = program.cases.find((candidate) => candidate.value === key)
      if (entry === undefined) throw new EvaluationFailure(`no rule for ${program.input} "${String(key)}": it is not in the examples`)
      return evaluate(entry.result, inputs)
    }
  }
}

/** Runs a program on one row of inputs; an undefined operation or unknown category is a failure, not an exception. */
export function evaluateProgram(program: Program, inputs: Readonly<Record<string, Value>>): Evaluation {
  try {
    return { ok: true, value: evaluate(program, inputs) }
  } catch (failure) {
    if (failure instanceof EvaluationFailure) return { ok: false, message: failure.message }
    throw failure
  }
}

/** The programs a node is made of, in reading order: the one place that knows the tree's shape. */
export function subprograms(program: Program): Program[] {
  switch (program.kind) {
    case 'unary':
      return [program.operand]
    case 'binary':
      return [program.left, program.right]
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
