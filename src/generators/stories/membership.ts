/**
 * Membership guards the feature's description names: "the machine accepts only 10, 20 and 50
 * cent coins", "we deliver only to "Leeds" and "York"". A command given a value outside the list
 * is refused; the list is the spec's own words, so where the examples agree with it (some value
 * refused, some accepted) it is the rule, not a guess.
 */
import type { Value } from '../operation'
import { evaluateProgram, type Program } from '../synthesis'
import type { StoryStep } from './model'

/** The values a sentence lists after "only": two or more numbers, or two or more quoted texts. */
export function onlyLists(description: string): Array<number[] | string[]> {
  const lists: Array<number[] | string[]> = []
  for (const sentence of description.split(/(?<=[.;:!?])\s+|\n/)) {
    const after = /\bonly\b(.*)$/i.exec(sentence)?.[1]
    if (after === undefined) continue
    const texts = [...after.matchAll(/"([^"]+)"/g)].map((match) => match[1]!)
    if (texts.length >= 2) lists.push(texts)
    const numbers = /(-?\d+(?:\.\d+)?(?:\s*(?:,|,?\s*and|,?\s*or)\s*-?\d+(?:\.\d+)?)+)/.exec(after.replace(/"[^"]*"/g, ''))?.[1]
    if (numbers !== undefined) lists.push([...numbers.matchAll(/-?\d+(?:\.\d+)?/g)].map((match) => Number(match[0])))
  }
  return lists
}

/** "Refused unless the value is one of these", over a command's parameter `arg`. */
function outside(arg: number, type: 'number' | 'string', values: ReadonlyArray<number | string>): Program {
  const input: Program = { kind: 'input', name: `arg${arg}`, type }
  const equals = values.map((value): Program => ({
    kind: 'apply',
    operator: type === 'number' ? 'equal' : 'sameText',
    args: [input, { kind: 'constant', value }]
  }))
  const any = equals.slice(1).reduce<Program>((either, next) => ({ kind: 'apply', operator: 'or', args: [either, next] }), equals[0]!)
  return { kind: 'apply', operator: 'not', args: [any] }
}

/** The membership guards a command may have: one per list the description names and parameter of its type. */
export function membershipGuards(description: string, step: StoryStep): Program[] {
  return onlyLists(description).flatMap((list) => {
    const type = typeof list[0] === 'number' ? 'number' : 'string'
    return step.params.flatMap((paramType, arg) => (paramType === type ? [outside(arg, type, list)] : []))
  })
}

/** A membership guard that agrees with every occurrence, where the examples show one refused and one accepted. */
export function describedMembership(
  description: string,
  step: StoryStep,
  occurrences: ReadonlyArray<{ inputs: Record<string, Value>; refused: boolean }>
): Program | undefined {
  const holds = (program: Program, inputs: Record<string, Value>) => {
    const result = evaluateProgram(program, inputs)
    return result.ok && result.value === true
  }
  if (!occurrences.some((occurrence) => occurrence.refused) || occurrences.every((occurrence) => occurrence.refused)) return undefined
  return membershipGuards(description, step).find((guard) =>
    occurrences.every((occurrence) => holds(guard, occurrence.inputs) === occurrence.refused)
  )
}
