/**
 * A command refused for different reasons says different things: a cash machine answers "amounts
 * must be in tens", "not enough money in the account" or "you can only take out 100.00 more today".
 * One rule for all of them must explain every refusal at once, and the few rows often fit a
 * coincidence better than the three reasons together (`arg0 + other > min(count, 300)`). Each
 * kind of message is a reason of its own: learnt from the accepted rows and that kind's rows only,
 * and tried in an order in which each refused row meets its own reason first.
 * Pure: data in, data out.
 */
import type { Value } from '../operation'
import { evaluateProgram, type Program } from '../synthesis'

export interface KindedRow {
  inputs: Record<string, Value>
  refused: boolean
  message?: string
}

/** The message with the numbers and the command's texts left out: refusals of one kind share it. */
export function messageShape(message: string, inputs: Record<string, Value>): string {
  const texts = Object.entries(inputs)
    .filter(([name, value]) => /^arg\d+$/u.test(name) && typeof value === 'string' && value.length > 0)
    .map(([, value]) => String(value))
    .sort((a, b) => b.length - a.length)
  const named = texts.reduce((text, value) => text.split(value).join('\u0001'), message)
  return named.replace(/-?\d+(?:[.,]\d+)?/gu, '#').trim()
}

/** The refused rows by the shape of their message, in the order first met; undefined where all share one. */
export function refusalKinds<R extends KindedRow>(rows: readonly R[]): R[][] | undefined {
  const kinds = new Map<string, R[]>()
  for (const row of rows) {
    if (!row.refused || row.message === undefined) continue
    const shape = messageShape(row.message, row.inputs)
    kinds.set(shape, [...(kinds.get(shape) ?? []), row])
  }
  return kinds.size >= 2 && kinds.size <= MAX_KINDS ? [...kinds.values()] : undefined
}

/** More reasons than this are more likely one rule with a message that quotes the case. */
const MAX_KINDS = 4

/** Words that name the unit amounts come in ("amounts must be in tens"). */
const UNIT_WORDS: Record<string, number> = { pairs: 2, fives: 5, tens: 10, twenties: 20, fifties: 50, hundreds: 100, dozens: 12 }

/**
 * Reasons a refusal may have beside the ones the command's effect implies: a yes/no of the state
 * (the key has no entry, the item is on the list), a command's amount above a quantity of the
 * state (more than there is) or past a bound the words name, or not a multiple of a unit they name
 * (10 for "in tens", or a number they mention). Cheapest first.
 */
export function reasonCandidates(rows: readonly KindedRow[], words: string, mentioned: readonly number[]): Program[] {
  const first = rows[0]?.inputs
  if (first === undefined) return []
  const numeric = (name: string) => rows.every((row) => typeof row.inputs[name] === 'number')
  const input = (name: string, type: 'number' | 'boolean'): Program => ({ kind: 'input', name, type })
  const names = Object.keys(first)
  const flags = names.filter((name) => name !== 'flag' && rows.every((row) => typeof row.inputs[name] === 'boolean'))
  const amounts = names.filter((name) => /^arg\d+$/u.test(name) && numeric(name))
  const held = names.filter((name) => !/^arg\d+$/u.test(name) && HELD.includes(name) && numeric(name))
  const candidates: Program[] = flags.flatMap((name) => [
    input(name, 'boolean'),
    { kind: 'apply', operator: 'not', args: [input(name, 'boolean')] }
  ])
  for (const amount of amounts)
    for (const quantity of held)
      candidates.push({ kind: 'apply', operator: 'greater', args: [input(amount, 'number'), input(quantity, 'number')] })
  // An amount past a bound the words name ("a single purchase can be at most 20.00"), or short of one.
  for (const amount of amounts)
    for (const bound of mentioned.filter((value) => value > 0))
      for (const operator of ['greater', 'less'] as const)
        candidates.push({ kind: 'apply', operator, args: [input(amount, 'number'), { kind: 'constant', value: bound }] })
  for (const amount of amounts)
    for (const unit of units(words, mentioned))
      candidates.push({
        kind: 'apply',
        operator: 'not',
        args: [{ kind: 'apply', operator: 'divisibleBy', args: [input(amount, 'number'), { kind: 'constant', value: unit }] }]
      })
  return candidates
}

/** Quantities of the state a command's amount may ask more than. */
const HELD = ['count', 'other', 'stock', 'room', 'left', 'limit']

function units(words: string, mentioned: readonly number[]): number[] {
  const named = [...words.toLowerCase().matchAll(/\b[a-z]+\b/gu)].flatMap((match) => UNIT_WORDS[match[0]] ?? [])
  return [...new Set([...named, ...mentioned.filter((value) => Number.isInteger(value) && value >= 2)])].sort((a, b) => a - b)
}

/** The candidates that hold on every refused row and on no accepted one, in their order. */
export function reasonsFor(rows: readonly KindedRow[], candidates: readonly Program[]): Program[] {
  return candidates.filter((candidate) => rows.every((row) => holds(candidate, row.inputs) === row.refused))
}

/**
 * One reason for each kind, from the ones each kind's rows allow (cheapest first), and an order in
 * which every refused row meets its own first: the combination whose positions add up least.
 * Undefined where none has such an order.
 */
export function consistentReasons(
  options: ReadonlyArray<readonly Program[]>,
  kinds: ReadonlyArray<readonly KindedRow[]>
): { reasons: Program[]; order: number[] } | undefined {
  const combinations = choices(options.map((reasons) => reasons.length)).slice(0, MAX_COMBINATIONS)
  for (const choice of combinations) {
    const reasons = choice.map((at, kind) => options[kind]![at]!)
    const order = decisionOrder(reasons, kinds)
    if (order !== undefined) return { reasons, order }
  }
  return undefined
}

/** Combinations tried at most: each kind has a few reasons. */
const MAX_COMBINATIONS = 256

/** Every choice of one position per list, by the sum of the positions. */
function choices(sizes: readonly number[]): number[][] {
  const all = sizes.reduce<number[][]>(
    (partial, size) => partial.flatMap((choice) => [...Array(size).keys()].map((at) => [...choice, at])),
    [[]]
  )
  const total = (choice: number[]) => choice.reduce((sum, at) => sum + at, 0)
  return all.sort((a, b) => total(a) - total(b))
}

/**
 * An order of the kinds' reasons in which every refused row meets its own kind's reason before
 * any other's; undefined where none does. Earlier kinds first where several orders do.
 */
export function decisionOrder(reasons: readonly Program[], kinds: ReadonlyArray<readonly KindedRow[]>): number[] | undefined {
  return orders(reasons.length).find((order) =>
    kinds.every((rows, kind) => rows.every((row) => order.find((index) => holds(reasons[index]!, row.inputs)) === kind))
  )
}

function orders(size: number): number[][] {
  if (size <= 1) return [[...Array(size).keys()]]
  return orders(size - 1)
    .flatMap((order) => [...Array(size).keys()].map((at) => [...order.slice(0, at), size - 1, ...order.slice(at)]))
    .sort((a, b) => a.join().localeCompare(b.join()))
}

function holds(program: Program, inputs: Record<string, Value>): boolean {
  const value = evaluateProgram(program, inputs)
  return value.ok && value.value === true
}
