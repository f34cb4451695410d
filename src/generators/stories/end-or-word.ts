/**
 * An end of the list, or the one word the examples expect when it is empty ("the next task is
 * "call mum"", and "nothing to do" once every task is done): a text a Then step expects that no
 * Given or When step ever gives is no item, so it may stand for none. Options, meaning and code.
 */
import type { Value } from '../operation'

export interface EndOrWord {
  read: 'firstOr' | 'lastOr'
  arg: number
  /** What the step reads when the list is empty. */
  none: string
}

/** At most this many such words are tried per step: each one more widens the search. */
const MAX_WORDS = 2

/** Either end of the list or a word for none: a text the step expects that no command or Given gives, beside texts they do give. */
export function endOrWordOptions(
  expected: readonly string[],
  given: ReadonlySet<Value>,
  arg: number
): Array<{ value: EndOrWord; bits: number }> {
  // Only a step that reads items too (some text it expects is one a step gives): "FULL" alone is no end of a list.
  if (!expected.some((text) => given.has(text))) return []
  const words = [...new Set(expected.filter((text) => !given.has(text)))].slice(0, MAX_WORDS)
  return words.flatMap((none) => [
    // An end's 2.5 bits, and the word besides.
    { value: { read: 'firstOr' as const, arg, none }, bits: 4 },
    { value: { read: 'lastOr' as const, arg, none }, bits: 4 }
  ])
}

/** What the reading sees. */
export function readEndOrWord(items: readonly Value[], reading: EndOrWord): Value {
  return (reading.read === 'firstOr' ? items[0] : items[items.length - 1]) ?? reading.none
}

/** Its code over the list `items`. */
export function endOrWordText(items: string, reading: EndOrWord): string {
  const end = reading.read === 'firstOr' ? `${items}[0]` : `${items}[${items}.length - 1]`
  return `(${end} ?? ${JSON.stringify(reading.none)})`
}
