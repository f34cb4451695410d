import type { StepGroup } from './group'
import type { PlannedStep } from './analyse'
import { camelCase, toIdentifier, wordsOf } from './naming'
import type { OperationDraft } from './scenario-walk'

/**
 * A Given step one scenario gives more than once before its When ("a waiter earned <first> in
 * tips", "a waiter earned <second> in tips") states several inputs of a table's operation, not
 * one that the second overwrites: each use, in the order the scenario gives them, gets its own
 * fields. By group: for each use (first, second...), the base name of each of its values.
 */
export type OccurrenceNames = Map<StepGroup, string[][]>

/** The outline placeholder each value of one use of a step came from (undefined: written in the step). */
export type Placeholders = (string | undefined)[]

/**
 * The Given steps to number: those a scenario of an example table's operation repeats. A step any
 * story uses (a stateful or structured operation) is left as it is: a story's repeated Given adds
 * one more thing to its state.
 */
export function numberedGivens(drafts: readonly OperationDraft[]): OccurrenceNames {
  const ofStories = new Set(drafts.filter((draft) => draft.stateful || draft.structured).flatMap((draft) => [...draft.givenSteps]))
  const uses = new Map<PlannedStep, Placeholders[][]>()
  for (const draft of drafts) {
    if (draft.stateful || draft.structured) continue
    for (const [step, scenarios] of draft.givenUses) uses.set(step, [...(uses.get(step) ?? []), ...scenarios])
  }
  const names: OccurrenceNames = new Map()
  for (const [step, scenarios] of uses) {
    const most = Math.max(...scenarios.map((scenario) => scenario.length))
    if (most < 2 || ofStories.has(step) || step.argument || step.fields.length === 0) continue
    names.set(step.group, occurrenceNames(step.group, scenarios, most))
  }
  return names
}

/**
 * Each use's values are named after the outline's placeholders when every scenario fills that use
 * from one placeholder, a different one for each use (`first`, `second`); else after the value
 * itself, numbered in order (`waiter`, `waiter2`).
 */
function occurrenceNames(group: StepGroup, scenarios: Placeholders[][], uses: number): string[][] {
  const valued = group.parameters.length > 0 ? group.parameters : (group.constants ?? [])
  const columns = valued.map((value, index) => {
    const named = placeholderNames(scenarios, uses, index)
    return named ?? Array.from({ length: uses }, (_, use) => (use === 0 ? value.name : `${value.name}${use + 1}`))
  })
  return Array.from({ length: uses }, (_, use) => columns.map((column) => column[use]!))
}

function placeholderNames(scenarios: Placeholders[][], uses: number, index: number): string[] | undefined {
  const names: string[] = []
  for (let use = 0; use < uses; use++) {
    const placeholders = new Set(scenarios.filter((scenario) => scenario.length > use).map((scenario) => scenario[use]![index]))
    const placeholder = placeholders.size === 1 ? [...placeholders][0] : undefined
    if (placeholder === undefined) return undefined
    names.push(toIdentifier(camelCase(wordsOf(placeholder)), 'value', 32))
  }
  return new Set(names).size === names.length ? names : undefined
}
