/**
 * A rule read from the state that compares with a number a Given or a command was given ("the
 * heating is on" as `target >= 20`, where 20 is only the target a scenario started with) has learnt
 * the examples' numbers by heart, as a rule naming their cast ("Ana") has: unless the feature's
 * words name that number, the examples cannot confirm it.
 */
import type { Value } from '../operation'
import { type DistinguishingExample, describeProgram, evaluateProgram, type Program, subprograms } from '../synthesis'

const COMPARISONS = new Set(['less', 'lessOrEqual', 'greater', 'greaterOrEqual', 'equal'])

/**
 * Whether the program compares with a number one of `given` (beyond 0 and 1, which every count
 * starts from or steps by) that `named` (the numbers the feature's words name) does not hold;
 * with `nextTo`, or with a number one away from it.
 */
export function comparesWithGivenNumber(
  program: Program,
  given: ReadonlySet<Value>,
  named: readonly number[],
  { nextTo = false }: { nextTo?: boolean } = {}
): boolean {
  // A refusal's cut next to a given number is that number by heart too: `parked > 4` is `parked >= 5` of the one station of 5 docks.
  const near = (value: number) => (nextTo ? [value, value - 1, value + 1] : [value])
  const learnt = (node: Program) =>
    node.kind === 'constant' &&
    typeof node.value === 'number' &&
    Math.abs(node.value) > 1 &&
    near(node.value).some((value) => given.has(value) && !named.includes(value)) &&
    !named.includes(node.value)
  const walk = (node: Program): boolean =>
    (node.kind === 'apply' && COMPARISONS.has(node.operator) && node.args.some(learnt)) || subprograms(node).some(walk)
  return walk(program)
}

/**
 * The comparisons of two quantities the state holds that give every row's yes/no ("the goal is
 * reached" as `count >= limit`), the strict ones first: what a rule that compared with a number the
 * examples gave stands for instead, where one does.
 */
export function relationalRules(rows: ReadonlyArray<{ inputs: Record<string, Value>; value: Value }>): Program[] {
  if (rows.length === 0 || !rows.every((row) => typeof row.value === 'boolean')) return []
  const numeric = Object.keys(rows[0]!.inputs).filter((name) => rows.every((row) => typeof row.inputs[name] === 'number'))
  const fitting: Program[] = []
  for (const operator of ['less', 'lessOrEqual'] as const)
    for (const left of numeric)
      for (const right of numeric) {
        if (left === right) continue
        const fits = rows.every((row) => {
          const [a, b] = [row.inputs[left] as number, row.inputs[right] as number]
          return (operator === 'less' ? a < b : a <= b) === row.value
        })
        if (fits)
          fitting.push({
            kind: 'apply',
            operator,
            args: [
              { kind: 'input', name: left, type: 'number' },
              { kind: 'input', name: right, type: 'number' }
            ]
          })
      }
  return fitting
}

/**
 * Whether a refusal rule refuses at exactly one number (`read === 6`) that the examples accepted the
 * command below and above: a refusal at a single point inside accepted values is the one refused
 * row by heart (a book logged twice, refused at the sixth book), not a rule about the number.
 */
export function refusesAtIsolatedNumber(
  program: Program,
  occurrences: ReadonlyArray<{ inputs: Record<string, Value>; refused: boolean }>
): boolean {
  const accepted = occurrences.filter((occurrence) => !occurrence.refused)
  const isolated = (name: string, value: number) =>
    accepted.some((occurrence) => (occurrence.inputs[name] as number) < value) &&
    accepted.some((occurrence) => (occurrence.inputs[name] as number) > value)
  // Only an equality that refuses: under a `not` (`!(eur === 0.5 || eur === 1)`) it names what is accepted.
  const walk = (node: Program, refuses: boolean): boolean => {
    if (node.kind !== 'apply') return subprograms(node).some((part) => walk(part, refuses))
    if (node.operator === 'not') return node.args.some((arg) => walk(arg, !refuses))
    if (node.operator === (refuses ? 'equal' : 'notEqual')) {
      const [left, right] = node.args
      const [input, constant] = left?.kind === 'constant' ? [right, left] : [left, right]
      if (
        input?.kind === 'input' &&
        constant?.kind === 'constant' &&
        typeof constant.value === 'number' &&
        isolated(input.name, constant.value)
      )
        return true
    }
    return node.args.some((arg) => walk(arg, refuses))
  }
  return walk(program, true)
}

/**
 * Whether a refusal's cut (`free < 8`) sits in a gap of the examples whose end is a number a Given
 * gave (unless the words name it): the examples refused the command at 3 and 6 free spaces, each
 * the size its Given set, and accepted it at 8. The cut then separates the sizes the scenarios
 * chose, not the states the commands reach: "refused while nothing has changed since the Given"
 * fits as well. Returns the question that decides it (a Given size on the accepted side, far from
 * the cut), or `{}` where none can be built; undefined where the commands or the words place the cut.
 */
export function cutBesideGivenNumber(
  program: Program,
  occurrences: ReadonlyArray<{ inputs: Record<string, Value>; refused: boolean }>,
  given: ReadonlySet<Value>,
  named: readonly number[]
): { question?: DistinguishingExample } | undefined {
  const byHeart = (value: number | undefined) => value !== undefined && Math.abs(value) > 1 && given.has(value) && !named.includes(value)
  for (const { cut, measured } of comparisonsWithConstant(program)) {
    // A cut the words name ("no more than 6", `count > 5` as well) is theirs, wherever the examples sit.
    if ([cut - 1, cut, cut + 1].some((value) => named.includes(value))) continue
    const values = occurrences.flatMap((occurrence) => {
      const result = evaluateProgram(measured, occurrence.inputs)
      return result.ok && typeof result.value === 'number' ? [{ value: result.value, occurrence }] : []
    })
    const nearest = (refused: boolean) =>
      values.filter((entry) => entry.occurrence.refused === refused).sort((a, b) => Math.abs(a.value - cut) - Math.abs(b.value - cut))[0]
    const [refused, accepted] = [nearest(true), nearest(false)]
    if (refused === undefined || accepted === undefined || !(byHeart(refused.value) || byHeart(accepted.value))) continue
    if (measured.kind !== 'input' || accepted.value <= refused.value) return {}
    // A size well beyond every example, on the side the rule accepts: "a car park of 20 spaces" asked at once.
    const largest = Math.max(...values.map((entry) => entry.value), ...[...given].filter((value) => typeof value === 'number'))
    const probe = (Math.floor(largest / 10) + 1) * 10
    return {
      question: {
        inputs: { ...refused.occurrence.inputs, [measured.name]: probe },
        answers: [
          { rule: describeProgram(program), value: false },
          { rule: `${measured.name} is still what its Given set`, value: true }
        ]
      }
    }
  }
  return undefined
}

/** Each comparison of a quantity with a learnt number beyond 0 and 1 in the program: the number and the quantity. */
function comparisonsWithConstant(program: Program): Array<{ cut: number; measured: Program }> {
  const found: Array<{ cut: number; measured: Program }> = []
  const walk = (node: Program) => {
    if (node.kind === 'apply' && COMPARISONS.has(node.operator) && node.args.length === 2) {
      const [left, right] = node.args as [Program, Program]
      const [constant, measured] = left.kind === 'constant' ? [left, right] : [right, left]
      if (
        constant.kind === 'constant' &&
        typeof constant.value === 'number' &&
        Math.abs(constant.value) > 1 &&
        measured.kind !== 'constant'
      )
        found.push({ cut: constant.value, measured })
    }
    subprograms(node).forEach(walk)
  }
  walk(program)
  return found
}
