/**
 * A command the examples never saw refused, and never ran in a state (a mode, the yes/no state)
 * in which another command was refused: whether it is refused there too the examples do not say
 * (the dial turned up while the shower is off is refused; turned down, only ever tried while it
 * runs, may be as well). The same for a command that moves a quantity the way a refused one does,
 * never run where that one's refusal (of the state alone) holds (cars driving in by the number, never at a full
 * garage, where "a car drives in" is refused). A model that answers it is not confirmed.
 */
import type { Value } from '../operation'
import { evaluateProgram, inputsUsed, type Program } from '../synthesis'
import { type Effect, type State, type StateModel, type Story, guardInputs, initialState, refusesItself, stepState } from './model'

export interface UntriedState {
  /** The command never tried there, the one refused there, and the state. */
  step: number
  refusedStep: number
  mode: string | undefined
  flag: boolean
}

const keyOf = (state: { mode: string | undefined; flag: boolean }) => `${state.mode ?? ''}\u0000${state.flag}`

export function untriedWhereRefused(story: Story, model: StateModel): UntriedState | undefined {
  const ranIn = new Map<number, Set<string>>()
  const ranFrom = new Map<number, State[]>()
  const refusedIn: Array<{ step: number; mode: string | undefined; flag: boolean; args: readonly Value[] }> = []
  const everRefused = new Set<number>()
  for (const scenario of story.scenarios) {
    let state = initialState()
    for (const event of scenario.events) {
      const step = story.steps[event.step]!
      if (step.role === 'then') continue
      const before = state
      const next = stepState(story, model, state, event)
      if (next === undefined) return undefined
      if (step.role === 'when') {
        ranIn.set(event.step, (ranIn.get(event.step) ?? new Set()).add(keyOf(before)))
        ranFrom.set(event.step, [...(ranFrom.get(event.step) ?? []), before])
        if (next.refused) {
          everRefused.add(event.step)
          refusedIn.push({ step: event.step, mode: before.mode, flag: before.flag, args: event.args })
        }
      }
      state = next
    }
  }
  for (const [step, states] of ranIn) {
    if (everRefused.has(step) || model.meanings[step]?.guard !== undefined) continue
    const untried = refusedIn.find((refusal) => refusal.step !== step && !states.has(keyOf(refusal)))
    if (untried !== undefined) return { step, refusedStep: untried.step, mode: untried.mode, flag: untried.flag }
  }
  for (const [step, states] of ranFrom) {
    if (everRefused.has(step) || model.meanings[step]?.guard !== undefined) continue
    const moves = movement(model.meanings[step]?.effect)
    if (moves === undefined) continue
    const untried = refusedIn.find((refusal) => {
      if (refusal.step === step || !sameMovement(moves, movement(model.meanings[refusal.step]?.effect))) return false
      // A refusal that reads what the command was given ("more than the balance") is no state of its own to try another in.
      if (readsArguments(model.meanings[refusal.step]?.guard?.condition)) return false
      return !states.some((state) => wouldRefuse(story, model, refusal.step, state, refusal.args))
    })
    if (untried !== undefined) return { step, refusedStep: untried.step, mode: undefined, flag: false }
  }
  return undefined
}

const readsArguments = (condition: Program | undefined): boolean =>
  condition !== undefined && inputsUsed(condition).some((name) => /^arg\d+$/u.test(name))

/** Which quantity a command moves, and which way: by its argument or by a step. */
function movement(effect: Effect | undefined): { reg: string; sign: number } | undefined {
  if (effect?.op === 'add' || effect?.op === 'step') return { reg: effect.reg, sign: effect.sign }
  return undefined
}

const sameMovement = (a: { reg: string; sign: number }, b: { reg: string; sign: number } | undefined) =>
  b !== undefined && a.reg === b.reg && a.sign === b.sign

/** Whether a command's refusal holds in a state, with the arguments it was refused with. */
function wouldRefuse(story: Story, model: StateModel, step: number, state: State, args: readonly Value[]): boolean {
  const { effect, guard } = model.meanings[step] ?? {}
  if (refusesItself(state, effect, args)) return true
  if (guard === undefined) return false
  const holds = evaluateProgram(guard.condition, guardInputs(state, args, story.steps[step]!, effect))
  return holds.ok && holds.value === true
}

/** The message for it, in the spec's words. */
export function untriedMessage(story: Story, untried: UntriedState): string {
  const [command, refused] = [story.steps[untried.step]!.expression, story.steps[untried.refusedStep]!.expression]
  const where = untried.mode === undefined || untried.mode === '' ? 'in a state' : `while it is "${untried.mode}",`
  return `the examples never try "${command}" ${where} where "${refused}" is refused: add a scenario that tries it there`
}
