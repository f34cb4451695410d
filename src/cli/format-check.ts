import { formatError, formatLocation } from '../errors'
import type { CheckResult } from '../index'
import { writeLine } from './io'
// specloop's own rule, synthesised from features/rules/plural.feature: "1 feature", "2 features".
import { describeCount as plural } from '../../generated/src/describeCount'

/** Places listed under each undefined pattern; the rest are counted. */
const SHOWN_USES = 5

export function printCheckResult(result: CheckResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.fatalErrors) writeLine(stderr, formatError(error))
  for (const error of result.parseErrors) writeLine(stdout, formatError(error))
  for (const warning of result.warnings) writeLine(stdout, `warning: ${formatError(warning)}`)
  for (const parameterType of result.undefinedParameterTypes) {
    writeLine(stdout, `undefined parameter type {${parameterType.name}} in step definition '${parameterType.expression}'`)
  }
  if (result.undefinedSteps.length > 0) {
    // By the step definition each needs: an outline's rows are one line, with their count.
    const texts = plural(result.undefinedSteps.length, 'step text')
    const need = result.undefinedSteps.length === 1 ? 'needs' : 'need'
    writeLine(stdout, `Undefined steps: ${texts} ${need} ${plural(result.undefinedPatterns.length, 'step definition')}:`)
    for (const pattern of result.undefinedPatterns) {
      writeLine(stdout, `  ${pattern.keyword} ${pattern.expression}${pattern.texts > 1 ? `   (${pattern.texts} different texts)` : ''}`)
      for (const use of pattern.uses.slice(0, SHOWN_USES))
        writeLine(stdout, `    ${formatLocation({ file: use.uri, line: use.line, column: use.column })} (${use.pickleName})`)
      if (pattern.uses.length > SHOWN_USES) writeLine(stdout, `    … used in ${pattern.uses.length - SHOWN_USES} more places`)
    }
  }
  if (result.ambiguousSteps.length > 0) {
    writeLine(stdout, `Ambiguous steps (${result.ambiguousSteps.length}):`)
    for (const step of result.ambiguousSteps) {
      const first = step.uses[0]
      const more = step.uses.length > 1 ? ` and ${step.uses.length - 1} more` : ''
      writeLine(
        stdout,
        `  ${JSON.stringify(step.text)} at ${formatLocation({ file: first.uri, line: first.line, column: first.column })}${more}`
      )
      for (const definition of step.definitions) writeLine(stdout, `    matches ${definition.uri}:${definition.line} ${definition.pattern}`)
    }
  }
  if (result.unusedDefinitions.length > 0) {
    writeLine(stdout, `Unused step definitions (${result.unusedDefinitions.length}):`)
    for (const definition of result.unusedDefinitions) writeLine(stdout, `  ${definition.uri}:${definition.line} ${definition.pattern}`)
  }
  if (result.fatalErrors.length > 0 && result.counts.features === 0) return
  const { counts } = result
  writeLine(
    stdout,
    `${plural(counts.features, 'feature')}, ${plural(counts.scenarios, 'scenario')}, ${plural(counts.steps, 'step')}, ` +
      `${plural(counts.stepDefinitions, 'step definition')}: ` +
      `${plural(counts.parseErrors, 'parse error')}, ` +
      (result.bound
        ? `${counts.undefinedSteps} undefined, ${counts.ambiguousSteps} ambiguous, ${unusedOf(result)}`
        : 'steps not bound (the support code did not load)')
  )
}

/** The unused count, or why it was not looked for. */
function unusedOf(result: CheckResult): string {
  if (result.unusedNotJudged === 'parse errors') return 'unused not judged (a feature that does not parse may use any definition)'
  if (result.unusedNotJudged === 'paths') return 'unused not judged (only for the whole project)'
  return `${result.counts.unusedDefinitions} unused`
}
