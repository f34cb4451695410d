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

/** A description's words, its signs and commas apart ("width x depth / 1000" → width, x, depth, /, 1000). */
function tokensOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/([×*/+,])/gu, ' $1 ')
    .replace(/\s-\s/gu, ' - ')
    .split(/[\s;:()"]+/u)
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
  const words: Words = { tokens, numbers, examples: exampleNumbers(tokens, numbers) }
  const found: Derived[] = []
  for (let at = 0; at < tokens.length; at++) {
    const chain = chainAt(words, at)
    if (chain === undefined) continue
    found.push({ name: `described${found.length + 1}`, program: chain.program, confident: true, stated: true })
    at = chain.end - 1
  }
  return found
}

/** The description's tokens, the number inputs, and the numbers it gives as an input's example ("18 carat": carat). */
type Words = { tokens: readonly string[]; numbers: readonly Column[]; examples: ReadonlyMap<string, Column> }

/**
 * Numbers the words give as an example of an input: a number right before the input's name that one of its rows
 * has ("so 18 carat is worth 18/24 of the price"). Elsewhere in the words the same number stands for the input.
 */
function exampleNumbers(tokens: readonly string[], numbers: readonly Column[]): Map<string, Column> {
  const examples = new Map<string, Column>()
  tokens.forEach((token, index) => {
    const column = numbers.find((candidate) => candidate.name.toLowerCase() === tokens[index + 1])
    if (column !== undefined && /^\d+(\.\d+)?$/u.test(token) && column.values.some((value) => Number(value) === Number(token)))
      examples.set(token, column)
  })
  return examples
}

/** The chain of operands starting at a token, with where it ends, or undefined (no operation, or no input in it). */
function chainAt(words: Words, at: number): { program: Program; end: number } | undefined {
  const { tokens } = words
  const first = operandAt(words, at)
  if (first === undefined) return undefined
  const operands = [first.program]
  const operators: OperatorName[] = []
  let end = first.end
  for (;;) {
    // "the vibration in metres per second squared, squared, times the hours": a comma may stand before an operation.
    const from = tokens[end] === ',' && operationAt(tokens, end + 1) !== undefined ? end + 1 : end
    // "18/24 of the price": a share of what follows.
    const operation = operators.at(-1) === 'divide' && tokens[from] === 'of' ? SHARE_OF : operationAt(tokens, from)
    if (operation === undefined) break
    const next = operandAt(words, from + operation[0].length)
    if (next === undefined) break
    operators.push(operation[1])
    // "18/24" where both are carats: the whole scale is a number (an input divided by itself is no quantity).
    const whole = operation[1] === 'divide' && next.example !== undefined && sameInput(operands.at(-1)!, next.program)
    operands.push(whole ? constant(next.example!) : next.program)
    end = next.end
  }
  if (operators.length === 0 || !operands.some((operand) => operand.kind !== 'constant')) return undefined
  return { program: withPrecedence(operands, operators), end }
}

const sameInput = (first: Program, second: Program): boolean =>
  first.kind === 'input' && second.kind === 'input' && first.name === second.name

/** A token that ends the words about an operand: a comma, a number or an operation. */
const ends = (token: string, index: number, tokens: readonly string[]): boolean =>
  token === ',' || /^\d/u.test(token) || operationAt(tokens, index) !== undefined

const SHARE_OF: (typeof OPERATIONS)[number] = [['of'], 'multiply']

const operationAt = (tokens: readonly string[], at: number): (typeof OPERATIONS)[number] | undefined =>
  OPERATIONS.find(([words]) => words.every((word, index) => tokens[at + index] === word))

/** Words that raise what stands before them to a power: "the speed, squared". */
const POWERS: ReadonlyMap<string, number> = new Map([
  ['squared', 2],
  ['cubed', 3]
])

/**
 * Words after an input's name that only say which it is ("the hours of use", "the vibration of the tool in metres per
 * second squared") are passed over, up to this many, where a comma or an operation follows them: they name no number.
 */
const MAX_QUALIFIER_WORDS = 8

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
function operandAt(words: Words, at: number): { program: Program; end: number; example?: number } | undefined {
  const { tokens, numbers, examples } = words
  let index = at
  if (tokens[index] === 'the' || tokens[index] === 'its' || tokens[index] === 'their') index++
  const squared = tokens[index] === 'square' && tokens[index + 1] === 'of'
  if (squared) index += tokens[index + 2] === 'the' || tokens[index + 2] === 'a' ? 3 : 2
  const word = tokens[index]
  if (word === undefined) return undefined
  const example = examples.get(word)
  // The example itself ("18 carat") is a number; elsewhere its number stands for the input.
  if (example !== undefined && tokens[index + 1] !== example.name.toLowerCase() && !squared)
    return { program: input(example.name, 'number'), end: index + 1, example: Number(word) }
  if (/^\d+(\.\d+)?$/u.test(word) && !squared) return { program: constant(Number(word)), end: index + 1 }
  const named = (token: string | undefined) => numbers.find((candidate) => candidate.name.toLowerCase() === token)
  // "the day rate", "the hourly rate": a word or two before the name may say which it is.
  const before = [0, 1, 2].find(
    (skipped) => named(tokens[index + skipped]) !== undefined && !tokens.slice(index, index + skipped).some(ends)
  )
  if (before === undefined) return undefined
  index += before
  const column = named(tokens[index])!
  const value = input(column.name, 'number')
  let end = qualifierEnd(tokens, index + 1, numbers)
  let program = squared ? apply('multiply', value, value) : value
  // "…, squared": a power after the qualifier, set off by commas or not.
  const powerAt = tokens[end] === ',' && POWERS.has(tokens[end + 1] ?? '') ? end + 1 : end
  const power = POWERS.get(tokens[powerAt] ?? '')
  if (power !== undefined && !squared) {
    for (let times = 1; times < power; times++) program = apply('multiply', program, value)
    end = powerAt + 1
  }
  return { program, end }
}

/**
 * Where the words about an input end: right after its name, after "in" and a unit ("the height in metres"), or after
 * words that only qualify it ("of the tool in metres per second squared") where a comma or an operation follows them.
 */
function qualifierEnd(tokens: readonly string[], at: number, numbers: readonly Column[]): number {
  const named = (token: string) => /^\d/u.test(token) || numbers.some((column) => column.name.toLowerCase() === token)
  for (let index = at; index < at + MAX_QUALIFIER_WORDS && index < tokens.length; index++) {
    const token = tokens[index]!
    if (index > at && (token === ',' || operationAt(tokens, index) !== undefined)) return index
    if (token === ',' || named(token) || operationAt(tokens, index) !== undefined) break
  }
  return tokens[at] === 'in' && tokens[at + 1] !== undefined && tokens[at + 1] !== ',' ? at + 2 : at
}
