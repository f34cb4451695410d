/**
 * Items by their place on the list: read at a place counted from 1 ("act 2 is "Magic Max"", "leg
 * 3 has no runner"), moved one place along it ("moved up one place"), or two trading places ("Ann
 * and Cat swap legs"). A move past an end, or of an item not on the list, changes nothing.
 */
import type { Value } from '../operation'
import { DOWN_ONE, NONE_THERE, SWAP_WORDS, UP_ONE } from './lexicon'

/** An item moved `by` places (`-1`: toward the front), or two items trading places. */
export type ItemMove = { op: 'shiftItem'; arg: number; by: -1 | 1 } | { op: 'swapItems'; arg: number; other: number }

/** The item at the place the step's number `place` gives; with no value (`arg` -1), whether none is there. */
export type ItemAtReading = { read: 'itemAt'; place: number; arg: number }

/** The list after the move, or undefined where nothing moves. */
export function movedItems(items: readonly Value[], move: ItemMove, args: readonly Value[]): Value[] | undefined {
  const at = items.indexOf(args[move.arg]!)
  const to = move.op === 'shiftItem' ? at + move.by : items.indexOf(args[move.other]!)
  if (at < 0 || to < 0 || to >= items.length) return undefined
  const next = [...items]
  ;[next[at], next[to]] = [next[to]!, next[at]!]
  return next
}

/** The same as code, over the list's field `items`. */
export function itemMoveLines(items: string, move: ItemMove, arg: (index: number) => string): string[] {
  const to = move.op === 'shiftItem' ? `at + ${move.by}` : `${items}.indexOf(${arg(move.other)})`
  return [
    `const at = ${items}.indexOf(${arg(move.arg)})`,
    `const to = ${to}`,
    `if (at >= 0 && to >= 0 && to < ${items}.length) [${items}[at], ${items}[to]] = [${items}[to]!, ${items}[at]!]`
  ]
}

export function readItemAt(items: readonly Value[], reading: ItemAtReading, args: readonly Value[]): Value | undefined {
  const item = items[Number(args[reading.place]) - 1]
  return reading.arg < 0 ? item === undefined : item
}

export function itemAtText(items: string, reading: ItemAtReading, args: readonly string[]): string {
  const item = `${items}[${args[reading.place]} - 1]`
  return reading.arg < 0 ? `${item} === undefined` : item
}

/** A command's moves of its text along the list, only where its words say so. */
export function itemMoveOptions(words: string, texts: readonly number[]): Array<{ value: ItemMove; bits: number }> {
  const options: Array<{ value: ItemMove; bits: number }> = []
  for (const arg of texts) {
    for (const [cue, by] of [
      [UP_ONE, -1],
      [DOWN_ONE, 1]
    ] as const)
      if (cue.test(words)) options.push({ value: { op: 'shiftItem', arg, by }, bits: 0.5 })
    for (const other of texts) if (other > arg && SWAP_WORDS.test(words)) options.push({ value: { op: 'swapItems', arg, other }, bits: 1 })
  }
  return options
}

/**
 * A Then step that names a place first and then the item there ("act {int} is {string}") may read
 * the item at that place; one with a place alone, only where its words say nobody is there.
 * Elsewhere the number is a value to read ("{string} has {int} stamps", "{int} free places"). Of
 * two numbers, the first is the place and the second the item ("row {int} shows hymn {int}").
 */
export function itemAtOptions(params: readonly string[], expression: string): Array<{ value: ItemAtReading; bits: number }> {
  const numbers = params.flatMap((type, index) => (type === 'number' ? [index] : []))
  const texts = params.flatMap((type, index) => (type === 'string' ? [index] : []))
  // Items that are numbers themselves, the place named first ("row {int} shows hymn {int}").
  if (numbers.length === 2 && params.length === 2) return [{ value: { read: 'itemAt', place: numbers[0]!, arg: numbers[1]! }, bits: 4 }]
  if (numbers.length !== 1 || texts.length > 1 || params.length !== numbers.length + texts.length) return []
  if (texts.length === 0 ? !NONE_THERE.test(expression) : texts[0]! < numbers[0]!) return []
  return [{ value: { read: 'itemAt', place: numbers[0]!, arg: texts[0] ?? -1 }, bits: texts.length === 1 ? 3 : 4.5 }]
}
