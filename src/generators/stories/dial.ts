/**
 * A dial of numbered positions (a TV's channels, a radio's presets): a step up from the last
 * position goes round to the first and a step down from the first to the last, where the limit a
 * Given stored is how many positions there are ("a TV with 20 channels": 1 to 20); and **back**,
 * to the value the quantity held before the last command that changed it (a remote's "back"
 * flicks between the two channels last watched). Options for the story search, and the
 * arithmetic the interpreter and the rendered class share.
 */
import type { StoryStep } from './model'
import { BACK, DOWN, UP } from './lexicon'

/** By one within `low` to `low + limit - 1`, going round at either end. */
export interface WrapStep {
  op: 'wrapStep'
  sign: 1 | -1
  low: 0 | 1
}

/** The quantity goes back to the value it held before the last command that changed it, which it keeps in turn. */
export interface Recall {
  op: 'recall'
}

/** Where a step round the dial leaves the quantity; undefined with no limit (no positions to go round). */
export function wrapStepAfter(effect: WrapStep, count: number, limit: number | undefined): number | undefined {
  if (limit === undefined || limit < 1) return undefined
  const last = effect.low + limit - 1
  if (effect.sign > 0) return count >= last ? effect.low : count + 1
  return count <= effect.low ? last : count - 1
}

/** The same as code, over the quantity's and the limit's code. */
export function wrapStepText(effect: WrapStep, count: string, limit: string): string {
  const last = effect.low === 0 ? `${limit} - 1` : limit
  return effect.sign > 0 ? `${count} >= ${last} ? ${effect.low} : ${count} + 1` : `${count} <= ${effect.low} ? ${last} : ${count} - 1`
}

/** Words of a feature that say the positions go round: "channel up from the last channel goes to 1". */
const GOES_ROUND =
  /\b(go|goes|going|went|come|comes) (back )?(round|around|to (1|one|0|zero|the first|the last|the top|the bottom))\b|\bwraps?\b|\bback to (1|one|0|zero)\b/

type AddOption = (value: WrapStep | Recall, bits: number, cued?: boolean) => void

/**
 * What a command without values may do on a dial: step round it, only where the feature's words
 * say the positions go round, and go back to the value before, only where the command's own
 * words say back (every option widens the search). Each dearer than a plain step or set.
 */
export function dialEffectOptions(step: StoryStep, text: string, add: AddOption): void {
  if (step.role !== 'when' || step.params.length > 0) return
  if (GOES_ROUND.test(text.toLowerCase()))
    for (const low of [1, 0] as const)
      for (const sign of [1, -1] as const) add({ op: 'wrapStep', sign, low }, 7 + (1 - low), (sign > 0 ? UP : DOWN).test(step.words))
  if (BACK.test(step.words)) add({ op: 'recall' }, 5)
}
