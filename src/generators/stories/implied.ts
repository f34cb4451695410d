/**
 * Refusals a command's own effect implies, beside those of amounts (search.ts `naturalGuard`):
 * a command that puts the state in a mode, or sets or clears the yes/no state, is refused when
 * the state is already there (a ticket scanned at an open gate, a walk through a closed one).
 */
import type { Program } from '../synthesis'
import type { Effect } from './model'

/** The state a command puts the mode or the yes/no state in, when it sets one to a fixed value. */
function stateItSets(effect: Effect | undefined): { name: 'mode'; value: string } | { name: 'flag'; value: boolean } | undefined {
  if (effect?.op === 'both') return stateItSets(effect.first)
  if (effect?.op === 'mode') return { name: 'mode', value: effect.value }
  if (effect?.op === 'flag') return { name: 'flag', value: effect.value }
  return undefined
}

/** "Refused when the state is already what the command makes it", as a guard over its inputs; undefined for other effects. */
export function alreadyThereGuard(effect: Effect | undefined): Program | undefined {
  const sets = stateItSets(effect)
  if (sets === undefined) return undefined
  if (sets.name === 'mode')
    return {
      kind: 'apply',
      operator: 'sameText',
      args: [
        { kind: 'input', name: 'mode', type: 'string' },
        { kind: 'constant', value: sets.value }
      ]
    }
  const flag: Program = { kind: 'input', name: 'flag', type: 'boolean' }
  return sets.value ? flag : { kind: 'apply', operator: 'not', args: [flag] }
}
