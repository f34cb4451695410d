/**
 * The "next mode" table of a command, learnt from the scenarios: the mode each mode is followed
 * by. A scenario that changes the mode several times before a Then step reads it ("amber, change,
 * change: green") tells a chain, not a pair: the table is searched for, each mode the scenarios
 * reach given a successor among the modes they name, until every scenario's readings agree.
 */
import { chargeWork } from '../synthesis'
import type { Effect, Reading, State, Story } from './model'
import { applyStep, initialState, transitionKey } from './model'

/** Tables tried at most: the modes a story names are few, this keeps a pathological one cheap. */
const MAX_TABLES = 5000

type Outcome = { agrees: true } | { agrees: false } | { missing: string; step: number }
type Tables = ReadonlyMap<number, ReadonlyMap<string, string>>

/**
 * The tables of every "next mode" command under which every scenario reads the modes its Then
 * steps expect, learnt together; undefined when none fits, or when more than one does (the
 * examples leave them open). Where none fits, one mode may go on by where it was entered from
 * (`split`): a door "stopped" on its way up opens on the next press, one stopped on its way down
 * closes. The mode tried is the one whose split lets exactly one set of tables fit.
 */
export function learnNextModeTables(
  story: Story,
  effects: ReadonlyArray<Effect | undefined>,
  readings: ReadonlyArray<Reading | undefined>,
  refused: ReadonlyArray<ReadonlySet<number>>,
  modes: readonly string[]
): { tables: Map<number, Array<[string, string]>>; split: string[] } | undefined {
  const plain = fittingTables(story, effects, readings, refused, modes, [])
  if (plain.length === 1) return { tables: asArrays(plain[0]!), split: [] }
  if (plain.length > 1) return undefined
  // An order the words state that only a split mode reconciles with the scenarios is misread, not split.
  if (effects.some((effect) => effect?.op === 'modeNext' && effect.next.length > 0 && effect.stated !== true)) return undefined
  const splits = modes.flatMap((mode) => {
    const found = fittingTables(story, effects, readings, refused, modes, [mode])
    return found.length === 1 ? [{ tables: asArrays(found[0]!), split: [mode] }] : []
  })
  return splits.length === 1 ? splits[0] : undefined
}

const asArrays = (tables: Tables): Map<number, Array<[string, string]>> => new Map([...tables].map(([step, table]) => [step, [...table]]))

/** Up to two sets of tables that fit every scenario (two: the scenarios leave them open); none past the budget. */
function fittingTables(
  story: Story,
  effects: ReadonlyArray<Effect | undefined>,
  readings: ReadonlyArray<Reading | undefined>,
  refused: ReadonlyArray<ReadonlySet<number>>,
  modes: readonly string[],
  split: readonly string[]
): Tables[] {
  let tried = 0
  const found: Tables[] = []
  // Two sets of tables that fit: the scenarios do not decide them, and a guess would be learnt as a rule.
  const search = (tables: Tables): void => {
    if (++tried > MAX_TABLES || found.length > 1) return
    const outcome = runWithTables(story, effects, readings, refused, tables, split)
    if ('missing' in outcome)
      for (const successor of modes) {
        const extended = new Map(tables)
        extended.set(outcome.step, new Map([...(tables.get(outcome.step) ?? []), [outcome.missing, successor]]))
        search(extended)
      }
    else if (outcome.agrees) found.push(tables)
  }
  // A table the words state in part starts from what they state; the scenarios complete it.
  const seeds: Tables = new Map(
    effects.flatMap((effect, step) =>
      effect?.op === 'modeNext' && effect.next.length > 0 && effect.stated !== true ? [[step, new Map(effect.next)]] : []
    )
  )
  search(seeds)
  return tried > MAX_TABLES ? [] : found
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
  tables: Tables,
  split: readonly string[]
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
        const key = transitionKey(state, split)
        if (key === undefined) continue
        const next: string | undefined = tables.get(event.step)?.get(key)
        if (next === undefined) return { missing: key, step: event.step }
        state = { ...state, mode: next, cameFrom: next === state.mode ? state.cameFrom : state.mode }
        continue
      }
      state = applyStep(state, effects[event.step] ?? { op: 'none' }, event.args, kind.role)
      if (state === undefined) return { agrees: false }
    }
  }
  return { agrees: true }
}
