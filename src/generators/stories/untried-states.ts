/**
 * A command the examples never saw refused, and never ran in a state (a mode, the yes/no state)
 * in which another command was refused: whether it is refused there too the examples do not say
 * (the dial turned up while the shower is off is refused; turned down, only ever tried while it
 * runs, may be as well). A model that answers it is not confirmed.
 */
import { type StateModel, type Story, initialState, stepState } from './model'

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
  const refusedIn: Array<{ step: number; mode: string | undefined; flag: boolean }> = []
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
        if (next.refused) {
          everRefused.add(event.step)
          refusedIn.push({ step: event.step, mode: before.mode, flag: before.flag })
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
  return undefined
}

/** The message for it, in the spec's words. */
export function untriedMessage(story: Story, untried: UntriedState): string {
  const [command, refused] = [story.steps[untried.step]!.expression, story.steps[untried.refusedStep]!.expression]
  const where = untried.mode === undefined || untried.mode === '' ? 'in a state' : `while it is "${untried.mode}",`
  return `the examples never try "${command}" ${where} where "${refused}" is refused: add a scenario that tries it there`
}
