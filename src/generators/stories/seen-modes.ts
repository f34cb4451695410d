/**
 * A reading of the mode alone ("the card is "active"") is decided where the examples showed it in
 * every mode the model can reach: the table engine's doubts about modes no command can lead to
 * ask a question nobody can write a scenario for.
 */
import type { Value } from '../operation'
import { type Program, inputsUsed } from '../synthesis'
import type { Effect, Meaning } from './model'

/** The modes the commands and Given steps can lead to, from the start's none; undefined where one comes from a step's value. */
export function reachableModes(meanings: readonly Meaning[]): Set<string> | undefined {
  const modes = new Set<string>([''])
  const visit = (effect: Effect | undefined): boolean => {
    if (effect === undefined) return true
    switch (effect.op) {
      case 'mode':
        modes.add(effect.value)
        return true
      case 'modeNext':
        for (const [from, to] of effect.next) modes.add(from).add(to)
        return true
      case 'modeArg':
        return false
      case 'both':
        return visit(effect.first) && visit(effect.second)
      case 'when':
        return visit(effect.then) && visit(effect.otherwise)
      case 'strikes':
        return visit(effect.accepted)
      default:
        return true
    }
  }
  return meanings.every((meaning) => visit(meaning.effect)) ? modes : undefined
}

/** Whether a reading's rule reads the mode alone, and the rows showed it in every mode the model can reach. */
export function readsEveryReachableMode(
  rule: Program,
  rows: ReadonlyArray<{ inputs: Record<string, Value> }>,
  meanings: readonly Meaning[]
): boolean {
  const used = inputsUsed(rule)
  if (used.length !== 1 || used[0] !== 'mode') return false
  const reachable = reachableModes(meanings)
  const seen = new Set(rows.map((row) => row.inputs.mode ?? ''))
  return reachable !== undefined && [...reachable].every((mode) => seen.has(mode))
}
