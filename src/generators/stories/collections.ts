/**
 * Collections a step names whole or by key: a list given in one step ("the packing list
 * "tent, stove, map""), and an amount moved from one key's entry to another's ("Mia lends Leo
 * 1.50"). Their options for the search, their meaning over the state, and their code.
 */
import type { Value } from '../operation'
import type { StoryStep } from './model'
import { ALL_OR_NOTHING, TRANSFER } from './lexicon'

/** The separators a list given whole may have, with their prior cost; items are trimmed, so "a, b" and "a,b" are one list. */
export const LIST_SEPARATORS: ReadonlyArray<[string, number]> = [[',', 4]]

/** The items of a list given whole: its parts between separators, trimmed, none empty. */
export function splitList(text: Value | undefined, separator: string, numbers = false): Value[] {
  const parts = String(text ?? '')
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '')
  return numbers ? parts.map(Number) : parts
}

const NUMBER_TEXT = /^-?\d+(?:\.\d+)?$/

/** The texts the story gives a step's parameter `arg`. */
function givenTexts(
  step: StoryStep,
  scenarios: ReadonlyArray<{ events: ReadonlyArray<{ step: number; args: readonly Value[] }> }>,
  arg: number
): string[] {
  return scenarios.flatMap((scenario) =>
    scenario.events.flatMap((event) => (event.step === step.index && typeof event.args[arg] === 'string' ? [event.args[arg]] : []))
  )
}

/**
 * A list set from one text, where some text the step is given holds the separator. Where every
 * entry is a number and commands give numbers (`itemsAreNumbers`), the entries are numbers too
 * ("the board reads "23, 417"" beside "hymn {int} is put up").
 */
export function wholeListOptions(
  step: StoryStep,
  scenarios: ReadonlyArray<{ events: ReadonlyArray<{ step: number; args: readonly Value[] }> }>,
  itemsAreNumbers = false
): Array<{ value: { op: 'listSet'; arg: number; separator: string; numbers?: true }; bits: number }> {
  return step.params.flatMap((type, arg) => {
    if (type !== 'string') return []
    const texts = givenTexts(step, scenarios, arg)
    return LIST_SEPARATORS.filter(([separator]) => texts.some((text) => text.includes(separator))).map(([separator, bits]) => {
      const numbers = itemsAreNumbers && texts.every((text) => splitList(text, separator).every((part) => NUMBER_TEXT.test(String(part))))
      return { value: { op: 'listSet' as const, arg, separator, ...(numbers ? { numbers: true as const } : {}) }, bits }
    })
  })
}

/**
 * An amount moved from one key's entry to another's: a command with two texts and a number,
 * either text the one that gives. Dearer than adding to one entry: it changes two.
 */
export function transferOptions(
  step: StoryStep
): Array<{ value: { op: 'tableMove'; from: number; to: number; value: number }; bits: number }> {
  const strings = step.params.flatMap((type, index) => (type === 'string' ? [index] : []))
  const numbers = step.params.flatMap((type, index) => (type === 'number' ? [index] : []))
  const cued = TRANSFER.test(step.words)
  return strings.flatMap((from) =>
    strings
      .filter((to) => to !== from)
      .flatMap((to) =>
        numbers.map((value) => ({
          value: { op: 'tableMove' as const, from, to, value },
          // The first text gives ("Mia lends Leo"): the likelier order.
          bits: (cued ? 2 : 4.5) + (from < to ? 0 : 1)
        }))
      )
  )
}

/** An amount moved between two entries of a table. */
export function moveBetween(table: Map<string, number>, from: string, to: string, amount: number): void {
  table.set(from, (table.get(from) ?? 0) - amount)
  table.set(to, (table.get(to) ?? 0) + amount)
}

/** The code of a list given whole: the text split at its separator. */
export function listSetLine(items: string, text: string, separator: string, numbers = false): string {
  return `${items} = ${text}.split(${JSON.stringify(separator)}).map((item) => item.trim()).filter((item) => item !== '')${numbers ? '.map(Number)' : ''}`
}

/** The code of an amount moved between two entries. */
export function moveLines(table: string, from: string, to: string, amount: string): string[] {
  return [`${table}.set(${from}, (${table}.get(${from}) ?? 0) - ${amount})`, `${table}.set(${to}, (${table}.get(${to}) ?? 0) + ${amount})`]
}

/** Whether the list is empty, read by a yes/no step, either way round. */
export function emptyListOptions(
  step: StoryStep,
  arg: number
): Array<{ value: { read: 'empty'; arg: number; negate: boolean }; bits: number }> {
  // Only where its words speak of all or nothing: every reading more widens every story's search.
  if (!ALL_OR_NOTHING.test(step.words)) return []
  const bits = 2.5
  return [
    { value: { read: 'empty', arg, negate: false }, bits },
    { value: { read: 'empty', arg, negate: true }, bits: bits + 1.5 }
  ]
}
