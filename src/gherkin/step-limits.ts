import { SpecloopError, specloopError } from '../errors'
import { splitLiterals } from './literals'
import { indexSteps, ParsedFeature } from './parse'

/**
 * A step is a sentence; long text belongs in a doc string. Far longer step texts are input
 * nobody wrote by hand, and every regular expression a step is matched with runs over it.
 */
export const MAX_STEP_TEXT_LENGTH = 5000

/**
 * Every value in a step (a quoted string, a number, a boolean, a placeholder) becomes a parameter of
 * the Cucumber Expression written or matched for it: thousands of them overflow the stack of
 * the regular expression engine or take minutes. Values beyond this belong in a data table.
 */
export const MAX_STEP_VALUES = 100

// A value takes at least two characters ("" or a digit and a separator): shorter texts cannot
// hold too many, so the literal scan runs only on the few long steps.
const SHORTEST_TEXT_WITH_TOO_MANY_VALUES = 2 * MAX_STEP_VALUES

function count(value: number): string {
  return value.toLocaleString('en-US')
}

/**
 * The steps of a feature too long or with too many values to be bound or generated safely,
 * each located at its step (an outline's step once, however many rows it has). Pure.
 */
export function stepLimitErrors(feature: ParsedFeature): SpecloopError[] {
  let steps: ReturnType<typeof indexSteps> | undefined
  const reported = new Set<string>()
  const errors: SpecloopError[] = []
  for (const pickle of feature.pickles) {
    for (const pickleStep of pickle.steps) {
      const text = pickleStep.text
      if (text.length < SHORTEST_TEXT_WITH_TOO_MANY_VALUES) continue
      const stepId = pickleStep.astNodeIds[0]
      if (reported.has(stepId)) continue
      // Built only for a feature with a long step: almost every feature has none.
      steps ??= indexSteps(feature.gherkinDocument)
      const step = steps.get(stepId)
      const location = { file: feature.uri, line: step?.line, column: step?.column }
      if (text.length > MAX_STEP_TEXT_LENGTH) {
        reported.add(stepId)
        errors.push(
          specloopError(
            'STEP_TOO_LONG',
            `step text too long: ${count(text.length)} characters, at most ${count(MAX_STEP_TEXT_LENGTH)}`,
            location,
            'put long text in a doc string under the step'
          )
        )
        continue
      }
      const values = splitLiterals(text).filter((segment) => segment.kind !== 'text').length
      if (values > MAX_STEP_VALUES) {
        reported.add(stepId)
        errors.push(
          specloopError(
            'STEP_TOO_MANY_VALUES',
            `step has too many values: ${count(values)} quoted strings, numbers, booleans or placeholders, at most ${count(MAX_STEP_VALUES)}`,
            location,
            'each value becomes a parameter of the step definition: put them in a data table under the step'
          )
        )
      }
    }
  }
  return errors
}
