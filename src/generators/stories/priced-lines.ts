/**
 * Lines of an order or a cart: a quantity of an item at the price the command states ("2 "apple"
 * at 0.40 euros are added": two more apples, at 0.40 each), read as what the lines come to and as
 * how many lines there are. The quantities are the table's entries (so "the cart holds 3 items"
 * is their sum, "the order holds 3 "bread"" one entry, and removing an item deletes its entry);
 * each item's price is kept beside them. Their options for the search, meaning and code.
 */
import type { Value } from '../operation'
import type { Story, StoryStep } from './model'
import { PRICED } from './lexicon'

/** A quantity of the item `key` added at the price `price` (each). */
export interface LineAdd {
  op: 'lineAdd'
  key: number
  value: number
  price: number
}

/** What the lines come to (each entry times its price), or how many lines there are. */
export interface LineReading {
  read: 'lineTotal' | 'tableSize'
  arg: number
}

const indicesOf = (step: StoryStep, type: string): number[] => step.params.flatMap((param, index) => (param === type ? [index] : []))

/** A command with one text and two numbers: a quantity of that item at a price, either number the quantity. */
export function lineAddOptions(step: StoryStep): Array<{ value: LineAdd; bits: number; cued: boolean }> {
  const strings = indicesOf(step, 'string')
  const numbers = indicesOf(step, 'number')
  if (step.role !== 'when' || strings.length !== 1 || numbers.length !== 2) return []
  const cued = PRICED.test(step.words)
  return numbers.flatMap((value) =>
    numbers
      .filter((price) => price !== value)
      // The quantity before its price ("2 "apple" at 0.40"): the likelier order.
      .map((price) => ({ value: { op: 'lineAdd' as const, key: strings[0]!, value, price }, bits: 6 + (value < price ? 0 : 1), cued }))
  )
}

/** Readings of lines, only where some command could add one: more readings widen every story's search. */
export function lineReadingOptions(step: StoryStep, story: Story): Array<{ value: LineReading; bits: number }> {
  if (!story.steps.some((candidate) => lineAddOptions(candidate).length > 0)) return []
  // "the order holds 3 "bread"" reads one entry, not the lines.
  if (indicesOf(step, 'string').length > 0) return []
  return indicesOf(step, 'number').flatMap((arg) => [
    { value: { read: 'lineTotal' as const, arg }, bits: 3.5 },
    { value: { read: 'tableSize' as const, arg }, bits: 4 }
  ])
}

/** The table and the prices after a line is added. */
export function addLine(
  table: ReadonlyMap<string, number>,
  prices: ReadonlyMap<string, number>,
  effect: LineAdd,
  args: readonly Value[]
): { table: Map<string, number>; prices: Map<string, number> } {
  const key = String(args[effect.key])
  const nextTable = new Map(table)
  const nextPrices = new Map(prices)
  nextTable.set(key, (nextTable.get(key) ?? 0) + Number(args[effect.value]))
  nextPrices.set(key, Number(args[effect.price]))
  return { table: nextTable, prices: nextPrices }
}

/** What the lines come to, as the decimal it stands for (0.40 * 2 + 2.10 is 2.9). */
export function linesTotal(table: ReadonlyMap<string, number>, prices: ReadonlyMap<string, number>): number {
  let total = 0
  for (const [key, quantity] of table) total += quantity * (prices.get(key) ?? 0)
  return Number(total.toPrecision(14))
}

/** What a reading of lines sees. */
export function readLines(reading: LineReading, table: ReadonlyMap<string, number>, prices: ReadonlyMap<string, number>): number {
  return reading.read === 'tableSize' ? table.size : linesTotal(table, prices)
}

/** What the table holds in all once a line is added: "the cart holds at most 10 items" reads it (the guard input `after`). */
export function totalAfterLine(table: ReadonlyMap<string, number>, effect: LineAdd, args: readonly Value[]): number {
  return [...table.values()].reduce((sum, value) => sum + value, 0) + Number(args[effect.value])
}

/** The code of a line added. */
export function lineAddLines(table: string, prices: string, key: string, value: string, price: string): string[] {
  return [`${table}.set(${key}, (${table}.get(${key}) ?? 0) + ${value})`, `${prices}.set(${key}, ${price})`]
}

/** The code of what the lines come to, and of how many there are. */
export function lineReadingText(reading: LineReading, table: string, prices: string): string {
  return reading.read === 'tableSize'
    ? `${table}.size`
    : `Number([...${table}].reduce((sum, [key, quantity]) => sum + quantity * (${prices}.get(key) ?? 0), 0).toPrecision(14))`
}

/** The code of the guard input `after` for a line added. */
export function totalAfterLineText(table: string, value: string): string {
  return `[...${table}.values()].reduce((sum, value) => sum + value, 0) + ${value}`
}
