/**
 * A quantity the description defines from the inputs in words: "the body mass index is the
 * weight in kg divided by the square of the height in metres". Read as a program over the inputs
 * it names, it is a derived quantity the rule may threshold or write (`weight / (height * height)
 * < 18.5`), as an earlier output's value is: the words state it, the rows need not rediscover it.
 */
import type { Column, ExampleTable } from './table'
import type { Derived } from './derived'
import { type Program, apply, constant, input } from './program'
import type { OperatorName } from './operators'

/** The words and signs of an operation, longest first ("multiplied by" before "by"). */
const OPERATIONS: ReadonlyArray<[readonly string[], OperatorName]> = [
  [['divided', 'by'], 'divide'],
  [['multiplied', 'by'], 'multiply'],
  [['added', 'to'], 'add'],
  [['times'], 'multiply'],
  [['x'], 'multiply'],
  [['×'], 'multiply'],
  [['*'], 'multiply'],
  [['/'], 'divide'],
  [['plus'], 'add'],
  [['+'], 'add'],
  [['minus'], 'subtract'],
  [['less'], 'subtract'],
  [['-'], 'subtract']
]
const BINDS_TIGHTER: ReadonlySet<OperatorName> = new Set(['multiply', 'divide'])

/** A description's words, its signs apart ("width x depth / 1000" → width, x, depth, /, 1000). */
function tokensOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/([×*/+])/gu, ' $1 ')
    .replace(/\s-\s/gu, ' - ')
    .split(/[\s,;:()"]+/u)
    .map((token) => token.replace(/\.$/u, ''))
    .filter((token) => token !== '')
}

/**
 * The quantities the description defines over the table's number inputs, each named `described1`, `described2`, …:
 * a chain of inputs and numbers joined by words or signs of arithmetic ("the weight in kg divided by the square of the
 * height in metres", "length x width x depth in centimetres / 1000"), multiplication and division first.
 */
export function describedFormulas(text: string, table: ExampleTable): Derived[] {
  const numbers = table.columns.filter((column) => column.type === 'number')
  const tokens = tokensOf(text)
  const found: Derived[] = []
  for (let at = 0; at < tokens.length; at++) {
    const chain = chainAt(tokens, at, numbers)
    if (chain === undefined) continue
    found.push({ name: `described${found.length + 1}`, program: chain.program, confident: true, stated: true })
    at = chain.end - 1
  }
  return found
}

/** The chain of operands starting at a token, with where it ends, or undefined (no operation, or no input in it). */
function chainAt(tokens: readonly string[], at: number, numbers: readonly Column[]): { program: Program; end: number } | undefined {
  const first = operandAt(tokens, at, numbers)
  if (first === undefined) return undefined
  const operands = [first.program]
  const operators: OperatorName[] = []
  let end = first.end
  for (;;) {
    const operation = OPERATIONS.find(([words]) => words.every((word, index) => tokens[end + index] === word))
    if (operation === undefined) break
    const next = operandAt(tokens, end + operation[0].length, numbers)
    if (next === undefined) break
    operators.push(operation[1])
    operands.push(next.program)
    end = next.end
  }
  if (operators.length === 0 || !operands.some((operand) => operand.kind !== 'constant')) return undefined
  return { program: withPrecedence(operands, operators), end }
}

/** Operands joined left to right, multiplication and division before addition and subtraction. */
function withPrecedence(operands: readonly Program[], operators: readonly OperatorName[]): Program {
  const terms: Program[] = [operands[0]!]
  const joins: OperatorName[] = []
  operators.forEach((operator, index) => {
    if (BINDS_TIGHTER.has(operator)) terms[terms.length - 1] = apply(operator, terms[terms.length - 1]!, operands[index + 1]!)
    else {
      joins.push(operator)
      terms.push(operands[index + 1]!)
    }
  })
  return joins.reduce<Program>((left, operator, index) => apply(operator, left, terms[index + 1]!), terms[0]!)
}

/** An input the words name (its column's name, squared where they say so, its unit after "in") or a number, and where it ends. */
function operandAt(tokens: readonly string[], at: number, numbers: readonly Column[]): { program: Program; end: number } | undefined {
  let index = at
  if (tokens[index] === 'the') index++
  const squared = tokens[index] === 'square' && tokens[index + 1] === 'of'
  if (squared) index += tokens[index + 2] === 'the' || tokens[index + 2] === 'a' ? 3 : 2
  const word = tokens[index]
  if (word === undefined) return undefined
  if (/^\d+(\.\d+)?$/u.test(word) && !squared) return { program: constant(Number(word)), end: index + 1 }
  const column = numbers.find((candidate) => candidate.name.toLowerCase() === word)
  if (column === undefined) return undefined
  const value = input(column.name, 'number')
  const end = tokens[index + 1] === 'in' && tokens[index + 2] !== undefined ? index + 3 : index + 1
  return { program: squared ? apply('multiply', value, value) : value, end }
}
