/**
 * The "next mode" table of a command, learnt from the scenarios: the mode each mode is followed
 * by. A scenario that changes the mode several times before a Then step reads it ("amber, change,
 * change: green") tells a chain, not a pair: the table is searched for, each mode the scenarios
 * reach given a successor among the modes they name, until every scenario's readings agree.
 */
import { chargeWork } from '../synthesis'
import type { Effect, Reading, State, Story } from './model'
import { applyStep, initialState } from './model'

/** Tables tried at most: the modes a story names are few, this keeps a pathological one cheap. */
const MAX_TABLES = 5000

type Outcome = { agrees: true } | { agrees: false } | { missing: string; step: number }
type Tables = ReadonlyMap<number, ReadonlyMap<string, string>>

/**
 * The tables of every "next mode" command under which every scenario reads the modes its Then
 * steps expect, learnt together; undefined when none fits, or when more than one does (the
 * examples leave them open).
 */
export function learnNextModeTables(
  story: Story,
  effects: ReadonlyArray<Effect | undefined>,
  readings: ReadonlyArray<Reading | undefined>,
  refused: ReadonlyArray<ReadonlySet<number>>,
  modes: readonly string[]
): Map<number, Array<[string, string]>> | undefined {
  let tried = 0
  const found: Tables[] = []
  // Two sets of tables that fit: the scenarios do not decide them, and a guess would be learnt as a rule.
  const search = (tables: Tables): void => {
    if (++tried > MAX_TABLES || found.length > 1) return
    const outcome = runWithTables(story, effects, readings, refused, tables)
    if ('missing' in outcome)
      for (const successor of modes) {
        const extended = new Map(tables)
        extended.set(outcome.step, new Map([...(tables.get(outcome.step) ?? []), [outcome.missing, successor]]))
        search(extended)
      }
    else if (outcome.agrees) found.push(tables)
  }
  search(new Map())
  if (found.length !== 1 || tried > MAX_TABLES) return undefined
  return new Map([...found[0]!].map(([step, table]) => [step, [...table]]))
}

/** A table with at least one entry, or undefined. */
export function nonEmpty(table: Array<[string, string]> | undefined): Array<[string, string]> | undefined {
  return table !== undefined && table.length > 0 ? table : undefined
}

/** Every scenario run with partial tables: whether the modes read agree, or the first mode a table lacks. */
function runWithTables(
  story: Story,
  effects: ReadonlyArray<Effect | undefined>,
  readings: ReadonlyArray<Reading | undefined>,
  refused: ReadonlyArray<ReadonlySet<number>>,
  tables: Tables
): Outcome {
  for (const [index, scenario] of story.scenarios.entries()) {
    // Counted as the search's other simulations are, so the story's budget bounds the tables tried too.
    chargeWork(scenario.events.length)
    let state: State | undefined = initialState()
    for (const [position, event] of scenario.events.entries()) {
      const kind = story.steps[event.step]!
      if (kind.role === 'then') {
        const reading = readings[event.step]
        if (reading?.read === 'mode' && state.mode !== String(event.args[reading.arg])) return { agrees: false }
        continue
      }
      if (refused[index]!.has(position)) continue
      const effect = effects[event.step]
      // A table the words state is applied as it is; only the others are learnt.
      if (effect?.op === 'modeNext' && effect.stated !== true) {
        if (state.mode === undefined) continue
        const next: string | undefined = tables.get(event.step)?.get(state.mode)
        if (next === undefined) return { missing: state.mode, step: event.step }
        state = { ...state, mode: next }
        continue
      }
      state = applyStep(state, effects[event.step] ?? { op: 'none' }, event.args, kind.role)
      if (state === undefined) return { agrees: false }
    }
  }
  return { agrees: true }
}
