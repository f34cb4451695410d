import { minimatch } from 'minimatch'
import { CucumberExpression, ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import { compiler } from '../../compiler'
import type { ParsedFeature } from '../../gherkin'
import type { StepDefinitionReference } from '../loop'
import type { GenerateConfig } from './settings'

const DEFAULT_CONFIDENTIAL_TAGS: readonly string[] = ['@confidential']

/**
 * What never enters a prompt: scenarios with a confidential tag (on the feature, the rule, the
 * scenario or the Examples of its row) and files matching a confidential glob.
 */
export interface Confidentiality {
  tags: readonly string[]
  files: readonly string[]
  /** `uri:line` of every confidential pickle (the scenario's line, or its Examples row's). */
  scenarios: ReadonlySet<string>
  /** Features with their confidential lines blanked: what an excerpt may show. */
  visibleFeatures: ParsedFeature[]
  /** Step texts and names of confidential scenarios that no other scenario has: removed from a prompt wherever they turn up. */
  texts: string[]
  /** Step texts of the scenarios that are not confidential. */
  openStepTexts: ReadonlySet<string>
  /** Words (of five letters or more) only confidential scenarios use: a prompt never mentions them, even inside a name. */
  words: string[]
}

/** Shorter words are too common to withhold without mangling the rest of a prompt. */
const SHORTEST_WITHHELD_WORD = 5
const wordsIn = (texts: Iterable<string>) =>
  new Set([...texts].flatMap((text) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= SHORTEST_WITHHELD_WORD))

interface Located {
  location: { line: number }
}
interface TaggedNode extends Located {
  tags?: readonly Located[]
}
interface StepNode extends Located {
  docString?: Located & { content: string; delimiter: string }
  dataTable?: { rows: readonly Located[] }
}
interface ExamplesNode extends TaggedNode {
  tableHeader?: Located
  tableBody: readonly Located[]
}
interface ScenarioNode extends TaggedNode {
  steps: readonly StepNode[]
  examples: readonly ExamplesNode[]
}
interface ChildNode {
  scenario?: ScenarioNode
  background?: Located & { steps: readonly StepNode[] }
  rule?: TaggedNode & { children: readonly ChildNode[] }
}

const firstLine = (node: TaggedNode) => Math.min(node.location.line, ...(node.tags ?? []).map((tag) => tag.location.line))
const lastLineOfStep = (step: StepNode) =>
  Math.max(
    step.location.line,
    step.docString ? step.docString.location.line + step.docString.content.split('\n').length + 1 : 0,
    ...(step.dataTable?.rows ?? []).map((row) => row.location.line)
  )
const lastLineOfExamples = (examples: ExamplesNode) =>
  Math.max(examples.location.line, examples.tableHeader?.location.line ?? 0, ...examples.tableBody.map((row) => row.location.line))
const lastLineOfScenario = (scenario: ScenarioNode) =>
  Math.max(scenario.location.line, ...scenario.steps.map(lastLineOfStep), ...scenario.examples.map(lastLineOfExamples))
function lastLineOfChildren(children: readonly ChildNode[], from: number): number {
  return Math.max(
    from,
    ...children.map((child) =>
      child.scenario
        ? lastLineOfScenario(child.scenario)
        : child.background
          ? Math.max(child.background.location.line, ...child.background.steps.map(lastLineOfStep))
          : child.rule
            ? lastLineOfChildren(child.rule.children, child.rule.location.line)
            : 0
    )
  )
}

/** The line ranges of a feature that are confidential: rules, scenarios and Examples with a confidential tag. */
function confidentialRanges(feature: ParsedFeature, isConfidential: (tags: readonly { name: string }[]) => boolean): [number, number][] {
  const document = feature.gherkinDocument?.feature
  if (!document) return []
  const lineCount = feature.source.split('\n').length
  if (isConfidential(document.tags)) return [[1, lineCount]]
  const ranges: [number, number][] = []
  const visit = (children: readonly ChildNode[]) => {
    for (const child of children) {
      if (child.rule) {
        if (isConfidential((child.rule.tags ?? []) as never))
          ranges.push([firstLine(child.rule), lastLineOfChildren(child.rule.children, child.rule.location.line)])
        else visit(child.rule.children)
      }
      const scenario = child.scenario
      if (!scenario) continue
      if (isConfidential((scenario.tags ?? []) as never)) ranges.push([firstLine(scenario), lastLineOfScenario(scenario)])
      else
        for (const examples of scenario.examples)
          if (isConfidential((examples.tags ?? []) as never)) ranges.push([firstLine(examples), lastLineOfExamples(examples)])
    }
  }
  visit(document.children as unknown as readonly ChildNode[])
  return ranges
}

export function confidentialityOf(features: readonly ParsedFeature[], config: GenerateConfig): Confidentiality {
  const tags = config.confidential?.tags ?? DEFAULT_CONFIDENTIAL_TAGS
  const isConfidential = (found: readonly { name: string }[]) => found.some((tag) => tags.includes(tag.name))
  const scenarios = new Set<string>()
  const open = new Set<string>()
  const hidden = new Set<string>()
  for (const feature of features) {
    for (const pickle of feature.pickles) {
      const texts = [pickle.name, ...pickle.steps.map((step) => step.text)]
      if (isConfidential(pickle.tags)) {
        scenarios.add(`${pickle.uri}:${pickle.location?.line ?? 0}`)
        texts.forEach((text) => hidden.add(text))
      } else texts.forEach((text) => open.add(text))
    }
  }
  const visibleFeatures = features.map((feature) => {
    const ranges = confidentialRanges(feature, isConfidential)
    if (ranges.length === 0) return feature
    const lines = feature.source
      .split('\n')
      .map((line, index) => (ranges.some(([start, end]) => start <= index + 1 && index + 1 <= end) ? '' : line))
    return { ...feature, source: lines.join('\n') }
  })
  const openWords = wordsIn(open)
  const words = [...wordsIn(hidden)].filter((word) => !openWords.has(word))
  return {
    tags,
    files: config.confidential?.files ?? [],
    scenarios,
    visibleFeatures,
    texts: [...hidden].filter((text) => !open.has(text)),
    openStepTexts: open,
    words
  }
}

/** Whether a scenario (by its uri and line, as a suite run reports it) is confidential. */
export function isConfidentialScenario(confidentiality: Confidentiality, scenario: { uri: string; line: number }): boolean {
  return confidentiality.scenarios.has(`${scenario.uri}:${scenario.line}`)
}

/** Whether a project file (relative path) matches a confidential glob. */
export function isConfidentialFile(confidentiality: Pick<Confidentiality, 'files'>, relativePath: string): boolean {
  return confidentiality.files.some((glob) => minimatch(relativePath, glob, { dot: true }))
}

/** What a prompt must leave out, as the context and the loop's feedback ask for it. */
export function withholding(confidentiality: Confidentiality): {
  file(relativePath: string): boolean
  scenario(scenario: { uri: string; line: number }): boolean
  compilerError(error: string): boolean
} {
  return {
    file: (relativePath) => isConfidentialFile(confidentiality, relativePath),
    scenario: (scenario) => isConfidentialScenario(confidentiality, scenario),
    compilerError: (error) => isConfidentialCompilerError(confidentiality, error)
  }
}

/** Why the model is not asked when every scenario still to fix is confidential; undefined when some is not. */
export function onlyConfidentialLeft(
  confidentiality: Confidentiality,
  targets: readonly { uri: string; line: number }[]
): string | undefined {
  if (targets.some((scenario) => !isConfidentialScenario(confidentiality, scenario))) return undefined
  const one = targets.length === 1
  return (
    `${one ? 'the 1 scenario' : `the ${targets.length} scenarios`} still not ` +
    `passing ${one ? 'is' : 'are'} confidential (${confidentiality.tags.join(', ')}): the model is not asked about ${one ? 'it' : 'them'}`
  )
}

/** A compiler error (`path(line,col): …` or `path:line:col …`) in a confidential file. */
export function isConfidentialCompilerError(confidentiality: Pick<Confidentiality, 'files'>, error: string): boolean {
  const file = /^(.+?)(?:\(\d+,\d+\)|:\d+:\d+)/.exec(error)?.[1]
  return file !== undefined && isConfidentialFile(confidentiality, file)
}

function matcherOf(definition: StepDefinitionReference): ((text: string) => boolean) | undefined {
  try {
    if (definition.patternKind === 'regular-expression') {
      const expression = new RegExp(definition.pattern)
      return (text) => expression.test(text)
    }
    const expression = new CucumberExpression(definition.pattern, new ParameterTypeRegistry())
    return (text) => expression.match(text) !== null
  } catch {
    // A custom parameter type this registry does not know: the definition cannot be judged, so it is shown.
    return undefined
  }
}

/** Step definitions only confidential scenarios use: what they say must not reach a prompt either. */
export function confidentialDefinitions(
  confidentiality: Confidentiality,
  definitions: readonly StepDefinitionReference[]
): StepDefinitionReference[] {
  if (confidentiality.texts.length === 0) return []
  return definitions.filter((definition) => {
    const matches = matcherOf(definition)
    if (!matches) return false
    return confidentiality.texts.some(matches) && ![...confidentiality.openStepTexts].some(matches)
  })
}

/**
 * The source without the top-level statements that define these step patterns
 * (`Given('pattern', …)`, `When(/pattern/, …)`), read with TypeScript's parser.
 */
export function withoutStepDefinitions(source: string, patterns: ReadonlySet<string>): string {
  if (patterns.size === 0) return source
  const ts = compiler()
  const file = ts.createSourceFile('shown.ts', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const cuts: [number, number][] = []
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) continue
    const first = statement.expression.arguments[0]
    const pattern =
      first &&
      (ts.isStringLiteralLike(first)
        ? first.text
        : ts.isRegularExpressionLiteral(first)
          ? first.text.slice(1, first.text.lastIndexOf('/'))
          : undefined)
    if (pattern !== undefined && patterns.has(pattern)) cuts.push([statement.getFullStart(), statement.getEnd()])
  }
  let result = source
  for (const [start, end] of cuts.reverse()) result = result.slice(0, start) + result.slice(end)
  return result
}
