import type { ScenarioResult, SuiteResult } from './run-suite'
import { trimText } from './run-suite'
import type { TypeCheckResult } from './type-check'

/** Each item of feedback is cut to about this size: enough to act on, not a whole log. */
export const FEEDBACK_ITEM_LIMIT = 2048
const MAX_COMPILER_ERRORS = 25
const MAX_SCENARIOS = 12

/**
 * What the next round is told: notes about the last answer first (refused paths, a rollback,
 * an unusable answer), then the deduplicated compiler errors, then only the failing scenarios
 * (name, failing step, error message, top stack frame). Deterministic: no times, no absolute paths.
 */
export function buildFeedback(input: { notes?: string[]; typeCheck?: TypeCheckResult; suite?: SuiteResult }): string {
  const sections: string[] = []
  const notes = input.notes ?? []
  if (notes.length > 0)
    sections.push(['About your last answer:', ...notes.map((note) => `- ${trimText(note, FEEDBACK_ITEM_LIMIT)}`)].join('\n'))
  const errors = input.typeCheck?.errors ?? []
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_COMPILER_ERRORS).map((error) => `- ${trimText(error, FEEDBACK_ITEM_LIMIT)}`)
    if (errors.length > shown.length) shown.push(`- … and ${errors.length - shown.length} more compiler errors`)
    sections.push([`TypeScript compiler errors (tsc --noEmit), ${errors.length}:`, ...shown].join('\n'))
  }
  const suite = input.suite
  if (suite?.runError) sections.push(`cucumber-js could not run the suite:\n${trimText(suite.runError, FEEDBACK_ITEM_LIMIT)}`)
  if (suite) {
    const failing = suite.scenarios.filter((scenario) => scenario.status !== 'passed')
    if (failing.length > 0) sections.push(describeFailingScenarios(failing, suite.counts.total))
  }
  return sections.join('\n\n')
}

function describeFailingScenarios(failing: ScenarioResult[], total: number): string {
  // Scenarios that fail the same way are told once, with a count.
  const groups = new Map<string, { scenario: ScenarioResult; more: number }>()
  for (const scenario of failing) {
    const key = `${scenario.status}\u0000${scenario.failingStep?.text ?? ''}\u0000${scenario.errorMessage ?? ''}`
    const group = groups.get(key)
    if (group) group.more++
    else groups.set(key, { scenario, more: 0 })
  }
  const lines = [`Scenarios not passing, ${failing.length} of ${total}:`]
  const shown = [...groups.values()].slice(0, MAX_SCENARIOS)
  for (const { scenario, more } of shown) lines.push(trimText(describeScenario(scenario, more), FEEDBACK_ITEM_LIMIT))
  const hidden = groups.size - shown.length
  if (hidden > 0) lines.push(`- … and ${hidden} more different failures`)
  return lines.join('\n')
}

function describeScenario(scenario: ScenarioResult, more: number): string {
  const lines = [
    `- Scenario "${scenario.name}" (${scenario.uri}:${scenario.line}): ${scenario.status}${more > 0 ? ` (the same in ${more} more scenarios)` : ''}`
  ]
  if (scenario.failingStep) {
    const { text, status, definition } = scenario.failingStep
    lines.push(`  step: ${text} (${status}${definition ? `, defined at ${definition}` : ''})`)
  }
  if (scenario.errorMessage) lines.push(`  error: ${scenario.errorMessage}`)
  if (scenario.topStackFrame) lines.push(`  ${scenario.topStackFrame}`)
  return lines.join('\n')
}
