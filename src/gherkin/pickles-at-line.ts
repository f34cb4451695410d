import type { GherkinDocument, Pickle, Scenario } from '@cucumber/messages'

/**
 * The pickles a `FEATURE:LINE` names, exactly as `cucumber-js FEATURE:LINE` selects them: a
 * Scenario's (or Scenario Outline's) keyword line names every pickle of it, an Examples row its
 * own; any other line (a step, a tag, an Examples header, a blank line, a Background) names none.
 * Pure.
 */
export function picklesAtLine(document: GherkinDocument, pickles: readonly Pick<Pickle, 'id' | 'astNodeIds'>[], line: number): string[] {
  const named = new Set<string>()
  const visit = (scenario: Scenario) => {
    if (scenario.location.line === line) named.add(scenario.id)
    for (const examples of scenario.examples) for (const row of examples.tableBody) if (row.location.line === line) named.add(row.id)
  }
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) visit(child.scenario)
    for (const ruleChild of child.rule?.children ?? []) if (ruleChild.scenario) visit(ruleChild.scenario)
  }
  return pickles.filter((pickle) => pickle.astNodeIds.some((id) => named.has(id))).map((pickle) => pickle.id)
}
