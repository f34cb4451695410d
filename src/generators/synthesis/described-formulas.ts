/**
 * A quantity the description defines from the inputs in words: "the body mass index is the
 * weight in kg divided by the square of the height in metres". Read as a program over the inputs
 * it names, it is a derived quantity the rule may threshold or write (`weight / (height * height)
 * < 18.5`), as an earlier output's value is: the words state it, the rows need not rediscover it.
 */
import type { Column, ExampleTable } from './table'
import type { Derived } from './derived'
import { type Program, apply, input } from './program'
import type { OperatorName } from './operators'

const OPERATIONS: ReadonlyArray<[RegExp, OperatorName]> = [
  [/^divided by$/, 'divide'],
  [/^(times|multiplied by)$/, 'multiply'],
  [/^(plus|added to)$/, 'add'],
  [/^(minus|less)$/, 'subtract']
]

const OPERAND = String.raw`(?:the )?(square of (?:the |a )?)?([a-z]+)(?: in [a-z]+)?`
const FORMULA = new RegExp(String.raw`${OPERAND} (divided by|times|multiplied by|plus|added to|minus|less) ${OPERAND}`, 'g')

/** The quantities the description defines over the table's number inputs, each named `described1`, `described2`, … */
export function describedFormulas(text: string, table: ExampleTable): Derived[] {
  const numbers = table.columns.filter((column) => column.type === 'number')
  const found: Derived[] = []
  for (const match of text.toLowerCase().matchAll(FORMULA)) {
    const [, squareLeft, left, words, squareRight, right] = match
    const [a, b] = [operand(numbers, left!, squareLeft), operand(numbers, right!, squareRight)]
    const operator = OPERATIONS.find(([pattern]) => pattern.test(words!))?.[1]
    if (a === undefined || b === undefined || operator === undefined) continue
    found.push({ name: `described${found.length + 1}`, program: apply(operator, a, b), confident: true, stated: true })
  }
  return found
}

/** A number input the word names (its column's name), squared where the words say so. */
function operand(numbers: readonly Column[], word: string, square: string | undefined): Program | undefined {
  const column = numbers.find((candidate) => candidate.name.toLowerCase() === word)
  if (column === undefined) return undefined
  const value = input(column.name, 'number')
  return square === undefined ? value : apply('multiply', value, value)
}
