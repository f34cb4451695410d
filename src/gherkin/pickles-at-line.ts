import type { GherkinDocument, Pickle, Scenario } from '@cucumber/messages'

/**
 * The pickles a `FEATURE:LINE` names, as a reader means it: an Examples row names its own
 * pickle; any other line of a scenario (its tags, title, steps, Examples header) names every
 * pickle of that scenario; a line outside every scenario (the feature's or a rule's header, a
 * Background) names none. Pure.
 */
export function picklesAtLine(document: GherkinDocument, pickles: readonly Pick<Pickle, 'id' | 'astNodeIds'>[], line: number): string[] {
  // Scenarios, and the other blocks that end one, in the order of the file.
  const blocks: { start: number; scenario?: Scenario }[] = []
  const firstLine = (node: { location: { line: number }; tags?: readonly { location: { line: number } }[] }) => Math.min(node.location.line, ...(node.tags ?? []).map((tag) => tag.location.line))
  for (const child of document.feature?.children ?? []) {
    if (child.scenario) blocks.push({ start: firstLine(child.scenario), scenario: child.scenario })
    if (child.background) blocks.push({ start: child.background.location.line })
    if (child.rule) {
      blocks.push({ start: firstLine(child.rule) })
      for (const ruleChild of child.rule.children) {
        if (ruleChild.scenario) blocks.push({ start: firstLine(ruleChild.scenario), scenario: ruleChild.scenario })
        if (ruleChild.background) blocks.push({ start: ruleChild.background.location.line })
      }
    }
  }
  blocks.sort((a, b) => a.start - b.start)
  const index = blocks.findIndex((block, position) => block.start <= line && (position === blocks.length - 1 || line < blocks[position + 1].start))
  const scenario = index >= 0 ? blocks[index].scenario : undefined
  if (!scenario) return []
  const row = scenario.examples.flatMap((examples) => examples.tableBody).find((candidate) => candidate.location.line === line)
  if (row) return pickles.filter((pickle) => pickle.astNodeIds.includes(row.id)).map((pickle) => pickle.id)
  return pickles.filter((pickle) => pickle.astNodeIds[0] === scenario.id).map((pickle) => pickle.id)
}
