/**
 * A number only a refusal's message names ("no more than 6 per table", where no step gives 6 and
 * the feature's own words do not name it) is, to the table engine, a number the words name: a cut
 * there closes a gap between the examples however wide it is. The message says what the refusal
 * says, not where the examples place the threshold; such a cut is confirmed only where the
 * examples alone would place it.
 */
import type { Value } from '../operation'
import type { Story } from './model'
import { evaluateProgram, namedNumbers, numericConstants, type Program, subprograms } from '../synthesis'

const COMPARISONS = new Set(['less', 'lessOrEqual', 'greater', 'greaterOrEqual', 'equal'])

/**
 * The numbers the refusal messages name that neither the feature's own words (`named`: its name,
 * description and scenario names) nor any step's values hold.
 */
export function messageOnlyNumbers(messages: readonly string[], named: readonly number[], stepValues: ReadonlySet<Value>): Set<number> {
  const numbers = new Set<number>()
  for (const message of messages)
    for (const value of namedNumbers(message)) if (!named.includes(value) && !stepValues.has(value)) numbers.add(value)
  return numbers
}

/** Every number a step of the story gives, whatever its role. */
export function stepNumbers(story: Story): Set<Value> {
  const numbers = new Set<Value>()
  for (const scenario of story.scenarios)
    for (const event of scenario.events) for (const arg of event.args) if (typeof arg === 'number') numbers.add(arg)
  return numbers
}

/**
 * Whether the rule compares a quantity with one of `numbers` that the quantity never held in the
 * examples (`rows`): a cut no example sits at, only the words put there. A message that quotes the
 * state ("only 3 left") names a number some example holds.
 */
export function cutsAtUnheldNumber(program: Program, rows: ReadonlyArray<Record<string, Value>>, numbers: ReadonlySet<number>): boolean {
  const held = (measured: Program, value: number) =>
    rows.some((row) => {
      const result = evaluateProgram(measured, row)
      return result.ok && result.value === value
    })
  const cut = (constant: Program, measured: Program) =>
    constant.kind === 'constant' && typeof constant.value === 'number' && numbers.has(constant.value) && !held(measured, constant.value)
  const walk = (node: Program): boolean =>
    (node.kind === 'apply' &&
      COMPARISONS.has(node.operator) &&
      node.args.length === 2 &&
      (cut(node.args[0]!, node.args[1]!) || cut(node.args[1]!, node.args[0]!))) ||
    subprograms(node).some(walk)
  return walk(program)
}

/**
 * Whether the refusal's message holds, in its fixed text, a number the examples cannot tell from a
 * value of the case: not one the feature's words (`named`) or the guard's own constants name, and
 * every refusal with it came in one state ("insert 40 more cents" once: 40 may be what is missing).
 * The same message in two different states says the number stays.
 */
export function messageNumberUndecided(
  message: Program,
  condition: Program,
  refusals: ReadonlyArray<Record<string, Value>>,
  named: readonly number[]
): boolean {
  const known = new Set([...named, ...numericConstants(condition)])
  const unexplained = constantTexts(message)
    .flatMap((text) => [...namedNumbers(text, { writtenOnly: true })])
    .filter((value) => !known.has(value))
  if (unexplained.length === 0) return false
  return new Set(refusals.map((row) => JSON.stringify(Object.entries(row).sort(([a], [b]) => a.localeCompare(b))))).size <= 1
}

const constantTexts = (program: Program): string[] => [
  ...(program.kind === 'constant' && typeof program.value === 'string' ? [program.value] : []),
  ...subprograms(program).flatMap(constantTexts)
]
