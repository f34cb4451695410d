/**
 * Times of day the feature's words bound ("the first booking starts at 08:00 and the last at
 * 20:00"): a command's clock text inside that band is a yes/no its guard may read, so "other
 * times are refused" is learnt as `within` rather than guessed from the few times the examples
 * show. The input is replaced by the comparisons it stands for once the rule is found.
 */
import type { Value } from '../operation'
import type { Program } from '../synthesis'
import type { Guard } from './model'

const CLOCK = /\b(\d{1,2}):([0-5]\d)\b/g

/** The band of the two times of day the words name, in minutes past midnight; undefined unless they name exactly two. */
export function describedHours(text: string): [number, number] | undefined {
  const minutes = [...new Set([...text.matchAll(CLOCK)].map((match) => Number(match[1]) * 60 + Number(match[2])))]
  if (minutes.length !== 2 || minutes.some((value) => value >= 24 * 60)) return undefined
  return [Math.min(...minutes), Math.max(...minutes)] as [number, number]
}

const clockOf = (value: Value | undefined): number | undefined => {
  const match = /^(\d{1,2}):([0-5]\d)$/.exec(String(value))
  return match === null ? undefined : Number(match[1]) * 60 + Number(match[2])
}

/** The name of the yes/no input for the parameter `arg`. */
export const withinInput = (arg: number): string => `within${arg}`

/** The yes/no inputs of a command's clock texts: inside the band or not; none for a text that is not a time. */
export function hoursInputs(args: readonly Value[], textArgs: readonly number[], band: [number, number]): Record<string, Value> {
  const inputs: Record<string, Value> = {}
  for (const arg of textArgs) {
    const minutes = clockOf(args[arg])
    if (minutes !== undefined) inputs[withinInput(arg)] = minutes >= band[0] && minutes <= band[1]
  }
  return inputs
}

/** `within{arg}` as the comparisons it stands for: `clockValue(arg) >= low && clockValue(arg) <= high`. */
function withinProgram(arg: number, band: [number, number]): Program {
  const clock: Program = { kind: 'apply', operator: 'clockValue', args: [{ kind: 'input', name: `arg${arg}`, type: 'string' }] }
  return {
    kind: 'apply',
    operator: 'and',
    args: [
      { kind: 'apply', operator: 'greaterOrEqual', args: [clock, { kind: 'constant', value: band[0] }] },
      { kind: 'apply', operator: 'lessOrEqual', args: [clock, { kind: 'constant', value: band[1] }] }
    ]
  }
}

/** A program with every `within{arg}` input replaced by its comparisons. */
export function expandHours(program: Program, band: [number, number]): Program {
  const expand = (node: Program): Program => {
    if (node.kind === 'input') {
      const match = /^within(\d+)$/.exec(node.name)
      return match === null ? node : withinProgram(Number(match[1]), band)
    }
    if (node.kind === 'apply') return { ...node, args: node.args.map(expand) }
    if (node.kind === 'conditional')
      return { ...node, condition: expand(node.condition), then: expand(node.then), otherwise: expand(node.otherwise) }
    return node
  }
  return expand(program)
}

/** A guard with its `within` inputs expanded. */
export function expandGuard(guard: Guard, band: [number, number]): Guard {
  return { condition: expandHours(guard.condition, band), message: expandHours(guard.message, band) }
}
