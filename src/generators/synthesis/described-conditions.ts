/**
 * Conditions the description states as bounds, joined into one yes/no quantity: "a volunteer may
 * drive if they are at least 21 years old, have held a licence for 2 years or more, and have no
 * more than 3 penalty points" is `age >= 21 && years >= 2 && points <= 3`. Each bound the words
 * name goes with one number input (two opposite bounds may make a band of one input); which input
 * is read from the rows: the joined bounds must split every example into the rows of one answer and
 * the rows of the other (yes or no, or one of two words; never an amount). Only one reading may fit,
 * or the words define nothing. Like the quantities of formulas, it is one the rule may read: the
 * words state it, the rows need not rediscover each bound, and a row against it means no reading.
 */
import type { Value } from '../operation'
import type { Derived } from './derived'
import { boundPhrases, type BoundPhrase } from './described-bounds'
import { type Program, apply, constant, evaluateProgram, input } from './program'
import type { ExampleTable } from './table'

/** More bounds than this are no list of conditions a person writes in a sentence (and the readings grow as inputs^bounds). */
const MAX_BOUNDS = 4
/** The name of the quantity the stated conditions define. */
export const STATED_CONDITIONS = 'statedConditions'

/** The stated bounds joined into one yes/no quantity over the inputs, where exactly one reading of them fits the examples. */
export function describedConditions(text: string, table: ExampleTable, output: string): Derived[] {
  const bounds = boundPhrases(text)
  const numbers = table.columns.filter((column) => column.type === 'number').map((column) => column.name)
  // Conditions decide a yes/no answer, or one of two words ("allowed", "refused"): not an amount.
  const values = table.examples.map((example) => example.outputs[output])
  const answers = new Set(values.map((value) => JSON.stringify(value)))
  const words = values.every((value) => typeof value === 'string' || typeof value === 'boolean')
  if (bounds.length < 2 || bounds.length > MAX_BOUNDS || numbers.length === 0 || answers.size !== 2 || !words) return []
  const fitting: Program[] = []
  for (const inputs of readings(bounds, numbers)) {
    const tests = bounds.map((bound, index) => comparison(bound, inputs[index]!))
    for (const join of ['and', 'or'] as const) {
      const program = tests.reduce((joined, test) => apply(join, joined, test))
      if (splitsTheAnswers(program, table, output)) fitting.push(program)
    }
    if (fitting.length > 1) return []
  }
  return fitting.map((program) => ({ name: STATED_CONDITIONS, program, confident: true, stated: true }))
}

/** `age >= 21` for "at least 21", `points <= 3` for "no more than 3". */
function comparison(bound: BoundPhrase, name: string): Program {
  return apply(bound.side === 'upper' ? 'greaterOrEqual' : 'lessOrEqual', input(name, 'number'), constant(bound.value))
}

/**
 * Each way to give every bound an input: different inputs, except that a lower and an upper bound
 * may share one where they make a band ("from 10 up to 30").
 */
function* readings(bounds: readonly BoundPhrase[], names: readonly string[], chosen: string[] = []): Generator<string[]> {
  if (chosen.length === bounds.length) {
    yield chosen
    return
  }
  const bound = bounds[chosen.length]!
  for (const name of names) {
    const sharing = chosen.flatMap((other, index) => (other === name ? [bounds[index]!] : []))
    const band =
      sharing.length === 0 ||
      (sharing.length === 1 && sharing[0]!.side !== bound.side && lowerEnd(sharing[0]!, bound) < upperEnd(sharing[0]!, bound))
    if (band) yield* readings(bounds, names, [...chosen, name])
  }
}

const lowerEnd = (a: BoundPhrase, b: BoundPhrase): number => (a.side === 'upper' ? a.value : b.value)
const upperEnd = (a: BoundPhrase, b: BoundPhrase): number => (a.side === 'lower' ? a.value : b.value)

/** Whether the quantity is true on the rows of one answer and false on the rows of the other (both shown). */
function splitsTheAnswers(program: Program, table: ExampleTable, output: string): boolean {
  const answerWhen = new Map<boolean, string>()
  for (const example of table.examples) {
    const result = evaluateProgram(program, example.inputs)
    if (!result.ok || typeof result.value !== 'boolean') return false
    const answer = JSON.stringify(example.outputs[output] as Value)
    const known = answerWhen.get(result.value)
    if (known !== undefined && known !== answer) return false
    answerWhen.set(result.value, answer)
  }
  return answerWhen.size === 2
}
