/**
 * A tally by person ("Lily logs "Holes""): the person's count goes up by one, and the title is
 * remembered under the person's name, so that the same title logged again by the same person can
 * be refused (`listed`) while another person may log it too. The list holds each pair as one item.
 */
import type { Value } from '../operation'
import type { Program } from '../synthesis'
import { AGAIN } from './lexicon'

/** The command's person and item (indices of its parameters). */
export interface Tally {
  op: 'tally'
  key: number
  item: number
}

/** One pair of the list: whose, and what. */
export const tallyEntry = (args: readonly Value[], effect: Tally): string => JSON.stringify([args[effect.key], args[effect.item]])

/** The same as code, over the method's parameter names. */
export const tallyEntryText = (params: readonly string[], effect: Tally): string =>
  `JSON.stringify([${params[effect.key]}, ${params[effect.item]}])`

/**
 * A command of two texts, one a person's name written bare ({word}), the other quoted ({string}):
 * the tallies it may keep. A quoted title may look like a name ("Holes"); the quotes say it is not.
 */
export function tallyOptions(expression: string, params: readonly string[], namesPeople: (arg: number) => boolean): Tally[] {
  if (params.length !== 2 || params.some((type) => type !== 'string')) return []
  const placeholders = [...expression.matchAll(/\{[^}]*\}/g)].map((match) => match[0])
  return [0, 1].flatMap((key) =>
    placeholders[key] === '{word}' && placeholders[1 - key] === '{string}' && namesPeople(key)
      ? [{ op: 'tally' as const, key, item: 1 - key }]
      : []
  )
}

/** Whether the feature's words speak of an item logged a second time ("cannot log the same title twice", "already logged"). */
export function speaksOfRepeat(texts: readonly string[]): boolean {
  return texts.some((text) => AGAIN.test(text.toLowerCase()))
}

/** Whether a guard is whether the person logged the item already. */
export const isRepeatGuard = (program: Program): boolean => program.kind === 'input' && program.name === 'listed'
