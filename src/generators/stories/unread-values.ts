/**
 * A Then step that compares one value of the state with one of its parameters checks nothing with
 * its other parameters: "the recipe "Soup" uses "leeks"" read as the first item kept passes
 * whatever recipe it names. Such a model explains the scenarios without reading what they say, so
 * it is not confirmed. A person's name ("Ana has 3 points", `{word}`) keys that person's state and
 * is not a value the reading forgets.
 */
import type { Reading, StateModel, Story } from './model'
import { namesPeople } from './kind-amounts'

/** Readings of one quantity or text of the state, compared with the step's parameter `arg`. */
export const VALUE_READINGS: ReadonlySet<Reading['read']> = new Set([
  'count',
  'other',
  'length',
  'sum',
  'max',
  'produced',
  'first',
  'last',
  'firstOr',
  'lastOr',
  'mode',
  'joined',
  'movedJoined',
  'tableSum',
  'tableLeft',
  'tableSize',
  'lineTotal',
  'room',
  'under'
])

/** Readings that compare exactly one value of the state (a quantity, a text, the key that leads) with `arg`. */
const ONE_VALUE = new Set([...VALUE_READINGS, 'tableArgmax'])

/** Per Then step of the model, the parameters its reading never reads (1-based, as a user counts). */
export function unreadValues(story: Story, model: StateModel): Array<{ step: number; values: number[] }> {
  const unread: Array<{ step: number; values: number[] }> = []
  for (const step of story.steps) {
    const reading: Reading | undefined = model.meanings[step.index]?.reading
    if (step.role !== 'then' || reading === undefined || !ONE_VALUE.has(reading.read) || !('arg' in reading)) continue
    const placeholders = [...step.expression.matchAll(/\{(\w*)\}/g)].map((match) => match[1])
    const values = step.params
      .map((_, arg) => arg)
      .filter((arg) => arg !== reading.arg && !(placeholders[arg] === 'word' && namesPeople(story, step.index, arg)))
      .map((arg) => arg + 1)
    if (values.length > 0) unread.push({ step: step.index, values })
  }
  return unread
}
