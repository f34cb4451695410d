/**
 * The "next mode" table of a command, learnt from the scenarios: the mode each mode is followed
 * by. A scenario that changes the mode several times before a Then step reads it ("amber, change,
 * change: green") tells a chain, not a pair: the table is searched for, each mode the scenarios
 * reach given a successor among the modes they name, until every scenario's readings agree.
 */
import type { Effect, Reading, State, Story } from './model'
import { applyStep, initialState } from './model'

/** Tables tried at most: the modes a story names are few, this keeps a pathological one cheap. */
const MAX_TABLES = 5000

type Outcome = { agrees: true } | { agrees: false } | { missing: string }

/**
 * The table of step `step` (a command whose effect is "the next mode") under which every scenario
 * reads the modes its Then steps expect, with the other steps' effects as given; undefined when
 * none does, or when more than one does (the examples leave it open).
 */
export function learnNextModes(
  story: Story,
  effects: ReadonlyArray<Effect | undefined>,
  readings: ReadonlyArray<Reading | undefined>,
  refused: ReadonlyArray<ReadonlySet<number>>,
  step: number,
  modes: readonly string[]
): Array<[string, string]> | undefined {
  let tried = 0
  const found: Array<Map<string, string>> = []
  // Two tables that fit: the scenarios do not decide it, and a guess would be learnt as a rule.
  const search = (table: Map<string, string>): void => {
    if (++tried > MAX_TABLES || found.length > 1) return
    const outcome = runWithTable(story, effects, readings, refused, step, table)
    if ('missing' in outcome) for (const successor of modes) search(new Map([...table, [outcome.missing, successor]]))
    else if (outcome.agrees) found.push(table)
  }
  search(new Map())
  return found.length === 1 && tried <= MAX_TABLES && found[0]!.size > 0 ? [...found[0]!] : undefined
}

/** Every scenario run with a partial table: whether the modes read agree, or the first mode the table lacks. */
function runWithTable(
  story: Story,
  effects: ReadonlyArray<Effect | undefined>,
  readings: ReadonlyArray<Reading | undefined>,
  refused: ReadonlyArray<ReadonlySet<number>>,
  step: number,
  table: ReadonlyMap<string, string>
): Outcome {
  for (const [index, scenario] of story.scenarios.entries()) {
    let state: State | undefined = initialState()
    for (const [position, event] of scenario.events.entries()) {
      const kind = story.steps[event.step]!
      if (kind.role === 'then') {
        const reading = readings[event.step]
        if (reading?.read === 'mode' && state.mode !== String(event.args[reading.arg])) return { agrees: false }
        continue
      }
      if (refused[index]!.has(position)) continue
      if (event.step === step) {
        if (state.mode === undefined) continue
        const next = table.get(state.mode)
        if (next === undefined) return { missing: state.mode }
        state = { ...state, mode: next }
        continue
      }
      state = applyStep(state, effects[event.step] ?? { op: 'none' }, event.args, kind.role)
      if (state === undefined) return { agrees: false }
    }
  }
  return { agrees: true }
}
