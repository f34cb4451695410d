/**
 * Per-person amounts read as a standing: who leads, and the word for a shared top ("the leader
 * is "tie"", "the leader is "nobody""). The people are the list's items (those who joined, or
 * were named on the sheet) and the table's keys; one never scored stands on 0. A top shared by
 * two or more, or nobody at all, reads as the one word the examples expect that no step gives.
 */
import type { Value } from '../operation'
import type { Story, StoryStep } from './model'

export interface LeaderReading {
  read: 'leader'
  arg: number
  /** What a shared top reads as: a word the examples expect and no Given or When step gives. */
  tie: string
}

/** Who stands alone on top, over the list's people and the table's, or the tie word. */
export function readLeader(items: readonly Value[], table: ReadonlyMap<string, number>, tie: string): string {
  const standing = new Map<string, number>()
  for (const item of items) if (typeof item === 'string') standing.set(item, table.get(item) ?? 0)
  for (const [key, value] of table) standing.set(key, value)
  let best: string | undefined
  let top = -Infinity
  let shared = false
  for (const [key, value] of standing) {
    if (value > top) [best, top, shared] = [key, value, false]
    else if (value === top) shared = true
  }
  return best === undefined || shared ? tie : best
}

/** The same as code, over the instance's list and table (the generated class's words). */
export function leaderText(items: string, table: string, tie: string): string {
  const quoted = JSON.stringify(tie)
  return (
    `(() => { const standing = new Map<string, number>(); ` +
    `for (const item of ${items}) if (typeof item === 'string') standing.set(item, ${table}.get(item) ?? 0); ` +
    `for (const [key, value] of ${table}) standing.set(key, value); ` +
    `const top = Math.max(...standing.values()); ` +
    `const leaders = [...standing].filter((entry) => entry[1] === top); ` +
    `return leaders.length === 1 ? leaders[0]![0] : ${quoted} })()`
  )
}

/**
 * A leader reading for a Then step's text, where exactly one text it expects is never given to a
 * Given or When step (that text is the tie word: a name no command ever gives is nobody's).
 */
export function leaderReadingOptions(
  step: StoryStep,
  story: Story,
  arg: number,
  given: ReadonlySet<Value>
): Array<{ value: LeaderReading; bits: number }> {
  const expected = new Set(
    story.scenarios.flatMap((scenario) =>
      scenario.events.flatMap((event) => (event.step === step.index && typeof event.args[arg] === 'string' ? [event.args[arg]] : []))
    )
  )
  const ties = [...expected].filter((value) => !given.has(value))
  // The tie word must come with at least one leader the commands named: otherwise it is no standing.
  if (ties.length !== 1 || ties.length === expected.size) return []
  return [{ value: { read: 'leader', arg, tie: ties[0]! }, bits: 4 }]
}
