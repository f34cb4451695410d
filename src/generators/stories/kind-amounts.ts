/**
 * An amount per kind, learnt from the totals: "a bottle" and "a can" each add their own deposit,
 * which no step states — only the totals show it ("bottle, bottle, can: 0.65"; "can: 0.15"). The
 * amounts are the unknowns of the linear equations the scenarios' readings give; where the
 * readings do not determine one, no table is learnt (a guess would be a rule the examples never
 * showed). A kind the table does not list is one the command refuses. Beside it, a command that
 * hands out a quantity and starts it again from nothing (a voucher for what the machine counted).
 */
import { chargeWork } from '../synthesis'
import type { Value } from '../operation'
import { solvable, solveExactly } from '../synthesis/linear-system'
import type { NumberRegister, State, Story } from './model'

/**
 * A command's text names a kind, whose amount (learnt; undefined until then) is added to the
 * register; without `key`, one amount for every time the command comes (a shirt's price, which
 * only the takings show), as the one entry of the kind ''.
 */
export interface KindAdd {
  op: 'kindAdd'
  reg: NumberRegister
  key?: number
  amounts?: Array<[string, number]>
  /**
   * The parameter the amount is per: a rate no step states ("rides for 10 minutes" adds 0.20 a
   * minute, which only the cost shows), learnt as the amounts are.
   */
  per?: number
}

/** The kind a command names: its text, or '' for a command with one amount. */
export const kindOf = (effect: KindAdd, args: readonly Value[]): string => (effect.key === undefined ? '' : String(args[effect.key]))

/**
 * The register's value becomes the thing produced, and the register 0 (a voucher printed for the
 * total); with `to`, it goes to that key's entry of the table besides (the winner takes the pot).
 */
export interface PayOut {
  op: 'payOut'
  reg: NumberRegister
  to?: number
}

type Composite = { op: string; first?: unknown; second?: unknown }

/** The amount per kind a command still has to learn, alone or as a part of two effects in one command. */
export function unlearnt(effect: Composite | undefined): KindAdd | undefined {
  if (effect?.op === 'both') return unlearnt(effect.first as Composite) ?? unlearnt(effect.second as Composite)
  return effect?.op === 'kindAdd' && (effect as KindAdd).amounts === undefined ? (effect as KindAdd) : undefined
}

export const learnsAmounts = (effect: Composite | undefined): boolean => unlearnt(effect) !== undefined

/** The effect with its amounts per kind in place of the one to learn. */
export function withLearnt<E extends Composite>(effect: E, amounts: Array<[string, number]>): E {
  if (effect.op === 'both')
    return { ...effect, first: withLearnt(effect.first as Composite, amounts), second: withLearnt(effect.second as Composite, amounts) }
  return unlearnt(effect) !== undefined ? { ...effect, amounts } : effect
}

/**
 * Whether a command's text names kinds of thing ("bottle", "can"), whose amounts may be learnt: not
 * people ("Ana", "Bo"), whose amounts are their own state, never a constant of theirs to learn; nor
 * things another step gives an amount with ("a "lager" at 5.50"): their amount is that one.
 */
export function namesKinds(story: Story, step: number, arg: number): boolean {
  const values = story.scenarios.flatMap((scenario) =>
    scenario.events.flatMap((event) => (event.step === step ? [String(event.args[arg])] : []))
  )
  const withAmounts = new Set(
    story.scenarios.flatMap((scenario) =>
      scenario.events.flatMap((event) =>
        story.steps[event.step]!.params.includes('number') ? event.args.filter((value) => typeof value === 'string') : []
      )
    )
  )
  // More numbers read than kinds, or the totals could never check the amounts: not worth a search without pruning.
  const numbersRead = story.scenarios.reduce(
    (sum, scenario) =>
      sum +
      scenario.events.filter((event) => story.steps[event.step]!.role === 'then' && story.steps[event.step]!.params.includes('number'))
        .length,
    0
  )
  // Amounts that differ by kind are money or measures: a Then step reads a decimal ("the machine shows {float}").
  const decimals = story.steps.some((candidate) => candidate.role === 'then' && candidate.expression.includes('{float}'))
  return (
    decimals && numbersRead > new Set(values).size && values.every((value) => !/^\p{Lu}\p{Ll}+$/u.test(value) && !withAmounts.has(value))
  )
}

/** Whether a command's text names people ("Ana wins the pot"): each has an entry a quantity may be handed to. */
export function namesPeople(story: Story, step: number, arg: number): boolean {
  return story.scenarios.every((scenario) =>
    scenario.events.every((event) => event.step !== step || /^\p{Lu}\p{Ll}+$/u.test(String(event.args[arg])))
  )
}

/** The amount of the kind a command names; undefined for a kind the table does not list. */
export function kindAmount(effect: KindAdd, kind: Value | undefined): number | undefined {
  return effect.amounts?.find(([name]) => name === String(kind))?.[1]
}

/** The state after the command: undefined where the kind has no amount (only a guard lets such a command through). */
export function applyKindEffect(next: State, effect: KindAdd | PayOut, args: readonly Value[]): State | undefined {
  if (effect.op === 'payOut') {
    next.produced = next[effect.reg]
    if (effect.to !== undefined) {
      const key = String(args[effect.to])
      next.table = new Map(next.table).set(key, Number(((next.table.get(key) ?? 0) + next[effect.reg]).toPrecision(14)))
    }
    next[effect.reg] = 0
    return next
  }
  const after = kindAmountAfter(next[effect.reg], effect, args)
  if (after === undefined) return undefined
  next[effect.reg] = after
  return next
}

/** What the command would leave the register at (a can drawn from a butt holding 5 litres: -5); undefined before the amount is learnt. */
export function kindAmountAfter(value: number, effect: KindAdd, args: readonly Value[]): number | undefined {
  const amount = kindAmount(effect, kindOf(effect, args))
  if (amount === undefined) return undefined
  const units = effect.per === undefined ? 1 : Number(args[effect.per])
  return Number((value + amount * units).toPrecision(14))
}

/** What each numeric Then step read, and expected, in every scenario; undefined when a scenario cannot run. */
export type Observe = (
  effects: ReadonlyArray<{ op: string } | undefined>
) => Array<{ value: Value | undefined; expected: Value }> | undefined

/** Amounts learnt at most: each is a run of every scenario. */
const MAX_UNKNOWNS = 12

/**
 * The amounts of every kind-amount command, solved together from the readings: the readings are
 * taken to be affine in the amounts (sums and resets are), each amount's column measured by a run
 * with it alone set to 1. Undefined when some amount is not determined or the equations disagree;
 * the caller checks the solution against every scenario (an effect that is not affine fails there).
 */
export function learnKindAmounts<E extends Composite>(
  story: Story,
  effects: ReadonlyArray<E | undefined>,
  accepted: (scenario: number, position: number) => boolean,
  observe: Observe
): Map<number, Array<[string, number]>> | undefined {
  const system = amountEquations(story, effects, accepted, observe)
  if (system === undefined) return undefined
  const { unknowns, rows } = system
  // The totals must check the amounts too: with no more distinct equations than amounts, any
  // totals would give some amounts (one tab's "lager taken off: 10.40" is no rule for a stout).
  const equations = new Set(
    rows
      .filter((row) => row.slice(0, -1).some((value) => Math.abs(value) > 1e-9))
      .map((row) => row.map((value) => value.toPrecision(10)).join())
  )
  if (equations.size <= unknowns.length) return undefined
  const solution = solveExactly(rows, unknowns.length)
  if (solution === undefined) return undefined
  const tables = new Map<number, Array<[string, number]>>()
  unknowns.forEach((unknown, index) =>
    tables.set(unknown.step, [...(tables.get(unknown.step) ?? []), [unknown.kind, Number(solution[index]!.toPrecision(12))]])
  )
  return tables
}

/**
 * Whether some amounts could give what the observed scenarios read: a test for pruning the
 * search before every command is chosen (the amounts are learnt only once they are). The texts
 * read (a mode) do not depend on the amounts and must agree as they are; the numbers must be a
 * solvable system, however many solutions it has.
 */
export function amountsMayFit<E extends Composite>(
  story: Story,
  effects: ReadonlyArray<E | undefined>,
  accepted: (scenario: number, position: number) => boolean,
  observe: Observe
): boolean {
  const system = amountEquations(story, effects, accepted, observe)
  if (system === undefined) return false
  if (system.texts.some((entry) => entry.value !== entry.expected)) return false
  return solvable(system.rows, system.unknowns.length)
}

/**
 * The linear equations the readings give the amounts: the readings are taken to be affine in the
 * amounts (sums and resets are), each amount's column measured by a run with it alone set to 1.
 */
function amountEquations<E extends Composite>(
  story: Story,
  effects: ReadonlyArray<E | undefined>,
  accepted: (scenario: number, position: number) => boolean,
  observe: Observe
):
  | { unknowns: Array<{ step: number; kind: string }>; rows: number[][]; texts: Array<{ value: Value | undefined; expected: Value }> }
  | undefined {
  const unknowns: Array<{ step: number; kind: string }> = []
  effects.forEach((candidate, step) => {
    const effect = unlearnt(candidate)
    if (effect === undefined) return
    const kinds = new Set<string>()
    story.scenarios.forEach((scenario, index) =>
      scenario.events.forEach((event, position) => {
        if (event.step === step && accepted(index, position)) kinds.add(kindOf(effect, event.args))
      })
    )
    for (const kind of kinds) unknowns.push({ step, kind })
  })
  if (unknowns.length === 0 || unknowns.length > MAX_UNKNOWNS) return undefined
  const withAmounts = (values: number[]) =>
    effects.map((effect, step) =>
      effect !== undefined && learnsAmounts(effect)
        ? withLearnt(
            effect,
            unknowns.flatMap((unknown, index): Array<[string, number]> => (unknown.step === step ? [[unknown.kind, values[index]!]] : []))
          )
        : effect
    )
  const runs: number[][] = []
  let expected: number[] = []
  let texts: Array<{ value: Value | undefined; expected: Value }> = []
  for (let column = -1; column < unknowns.length; column++) {
    chargeWork(story.scenarios.length)
    const observations = observe(withAmounts(unknowns.map((_, index) => (index === column ? 1 : 0))))
    if (observations === undefined) return undefined
    const numeric = observations.filter((entry) => typeof entry.expected === 'number')
    if (numeric.some((entry) => typeof entry.value !== 'number')) return undefined
    if (column < 0) texts = observations.filter((entry) => typeof entry.expected !== 'number')
    runs.push(numeric.map((entry) => entry.value as number))
    expected = numeric.map((entry) => entry.expected as number)
  }
  const base = runs[0]!
  const rows = expected.map((value, row) => [...unknowns.map((_, column) => runs[column + 1]![row]! - base[row]!), value - base[row]!])
  return { unknowns, rows, texts }
}
