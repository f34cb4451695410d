import type { GherkinDocument } from '@cucumber/messages'
import { SpecloopError, specloopError } from '../errors'

/**
 * Description lines that read as a misspelt keyword (`Scenaro going up one floor`) or as a
 * keyword without its colon (`Scenario going up`): Gherkin takes them as prose, so the scenario
 * they were meant to start silently disappears. Pure: a parsed document and its text in, located
 * warnings out. English keywords only: other dialects are not guessed at.
 */
export function keywordTypos(uri: string, document: GherkinDocument | undefined, source: string): SpecloopError[] {
  const feature = document?.feature
  if (!feature || feature.language !== 'en') return []
  const lines = source.split(/\r?\n/)
  const warnings: SpecloopError[] = []
  for (const node of describedNodes(feature)) {
    const typos = descriptionTypos(uri, node, lines)
    // No step at all, and a line that reads as one mistyped: the scenario checks nothing, and cucumber passes it.
    const stepless = node.steps?.length === 0 && typos.some((typo) => STEP_KEYWORDS.includes(typo.meant))
    if (!stepless) warnings.push(...emptyScenario(uri, node))
    warnings.push(...typos.map((typo) => (stepless && STEP_KEYWORDS.includes(typo.meant) ? withoutSteps(typo.warning) : typo.warning)))
  }
  return warnings
}

/** The description lines of a node that read as a misspelt keyword, each with the keyword meant. */
function descriptionTypos(uri: string, node: Described, lines: readonly string[]): Array<{ meant: string; warning: SpecloopError }> {
  const typos: Array<{ meant: string; warning: SpecloopError }> = []
  let index = node.location.line // the line after the keyword's (0-based)
  for (const text of node.description.split('\n')) {
    const wanted = text.trim()
    if (!wanted) continue
    while (index < lines.length && lines[index]!.trim() !== wanted) index++
    if (index >= lines.length) break
    const meant = meantKeyword(wanted) ?? (node.steps !== undefined ? meantStepKeyword(wanted) : undefined)
    if (meant) {
      const column = lines[index]!.indexOf(wanted) + 1
      const step = STEP_KEYWORDS.includes(meant)
      typos.push({
        meant,
        warning: specloopError(
          'KEYWORD_TYPO',
          `this description line reads like '${meant}${step ? '' : ':'}' (${JSON.stringify(wanted.split(/\s+/).slice(0, 2).join(' '))}): Gherkin takes it as prose, not a keyword`,
          { file: uri, line: index + 1, column },
          step ? `write '${meant}' to make it a step, or reword the line` : `write '${meant}:' to start one, or reword the line`
        )
      })
    }
    index++
  }
  return typos
}

/** A mistyped step keyword that leaves its scenario without a step: a problem of the spec, not a warning. */
function withoutSteps(warning: SpecloopError): SpecloopError {
  return {
    ...warning,
    code: 'STEPS_MISTYPED',
    message: `${warning.message}, so this scenario has no steps and cucumber would pass it without checking anything`
  }
}

interface Described {
  location: { line: number; column?: number }
  description: string
  /** A scenario's or a background's steps (absent for the feature, a rule, examples). */
  steps?: readonly unknown[]
  keyword?: string
  /** A scenario's own examples: an outline with none runs nothing, which cucumber reports itself. */
  examples?: readonly unknown[]
}

/** A scenario with no step passes in cucumber without checking anything: most often a keyword was mistyped. */
function emptyScenario(uri: string, node: Described): SpecloopError[] {
  if (node.steps === undefined || node.steps.length > 0 || node.examples === undefined) return []
  return [
    specloopError(
      'SCENARIO_EMPTY',
      `this ${(node.keyword ?? 'scenario').toLowerCase()} has no steps: cucumber passes it without checking anything`,
      { file: uri, line: node.location.line, column: node.location.column ?? 1 },
      'write its Given, When and Then steps, or delete it'
    )
  ]
}

/** Step keywords a description line of a scenario may have been meant to start with. */
const STEP_KEYWORDS = ['Given', 'When', 'Then']
/** Words of prose one letter from a step keyword: never taken for a typo. */
const PROSE = new Set([
  'the',
  'then',
  'than',
  'them',
  'they',
  'thee',
  'when',
  'wen',
  'whet',
  'hen',
  'given',
  'gives',
  'giver',
  'riven',
  'even',
  'wheb'
])

/** The step keyword a scenario's description line was meant to start with (`Giiven a lift`), if it reads as one misspelt. */
export function meantStepKeyword(line: string): string | undefined {
  const word = /^([A-Za-z]+)\s/.exec(line)?.[1]
  if (word === undefined || word.length < 4 || PROSE.has(word.toLowerCase())) return undefined
  return STEP_KEYWORDS.find((keyword) => editDistance(word.toLowerCase(), keyword.toLowerCase()) === 1)
}

/** Every node of a feature that has a description: the feature, its rules, backgrounds, scenarios and their examples. */
function describedNodes(feature: NonNullable<GherkinDocument['feature']>): Described[] {
  const nodes: Described[] = [feature]
  const visit = (children: NonNullable<GherkinDocument['feature']>['children']) => {
    for (const child of children) {
      if (child.background) nodes.push(child.background)
      if (child.scenario) nodes.push(child.scenario, ...child.scenario.examples)
      if (child.rule) {
        nodes.push(child.rule)
        visit(child.rule.children)
      }
    }
  }
  visit(feature.children)
  return nodes
}

/** Keywords a mistyped line is compared with; short ones (Rule) are left out: too many English words are one letter from them. */
const BLOCK_KEYWORDS = ['Feature', 'Background', 'Scenario', 'Scenario Outline', 'Scenario Template', 'Example', 'Examples', 'Scenarios']
/** Keywords a line may start with, colon forgotten, and still be taken for one (not "Background", "Example(s)" or "Scenarios", common in prose). */
const WITHOUT_COLON = new Set(['Scenario', 'Scenario Outline', 'Scenario Template'])

/** The keyword a description line was meant to start with, if it reads as one misspelt or without its colon. */
export function meantKeyword(line: string): string | undefined {
  // Keywords are capitalised: a line that starts in lower case is prose ("scenario planning is hard").
  if (!/^[A-Z]/.test(line)) return undefined
  const words = line.split(/[\s:]+/)
  // Longest first, so "Scenario Outlin" is taken for "Scenario Outline", not "Scenario" without its colon.
  for (const keyword of [...BLOCK_KEYWORDS].sort((a, b) => b.length - a.length)) {
    const written = words.slice(0, keyword.split(' ').length).join(' ')
    // A keyword is letters: "Background," starts a sentence.
    if (!/^[A-Za-z ]+$/.test(written)) continue
    // A plural is a word of its own in prose ("Features of the lift"), not a typo.
    if (written === `${keyword}s` || `${written}s` === keyword) continue
    const distance = editDistance(written.toLowerCase(), keyword.toLowerCase())
    if (distance === 0) {
      const rest = line.slice(written.length)
      if (!rest.startsWith(':') && WITHOUT_COLON.has(keyword) && rest.trim().length > 0) return keyword
    } else if (distance === 1) return keyword
  }
  return undefined
}

/** Damerau–Levenshtein distance (adjacent transpositions count one), small strings only. */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1)
    }
  return rows[a.length]![b.length]!
}
