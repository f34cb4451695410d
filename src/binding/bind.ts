import type { Pickle } from '@cucumber/messages'
import { compareLocations } from '../errors'
import { indexSteps, ParsedFeature } from '../gherkin'

export interface StepDefinitionInfo {
  id: string
  pattern: string
  patternKind: 'cucumber-expression' | 'regular-expression'
  keyword: string
  uri: string
  line: number
  matches(text: string): boolean
}

export interface StepUse {
  uri: string
  line: number
  column: number
  keyword: string
  pickleId: string
  pickleName: string
}

export interface UndefinedStep {
  text: string
  uses: StepUse[]
}

export interface AmbiguousStep {
  text: string
  uses: StepUse[]
  definitions: { pattern: string; uri: string; line: number }[]
}

export interface DefinitionLocation {
  pattern: string
  uri: string
  line: number
}

export interface BoundStep {
  pickle: Pickle
  pickleStepId: string
  text: string
  use: StepUse
  definitionIds: string[]
}

export interface Binding {
  steps: BoundStep[]
  undefinedSteps: UndefinedStep[]
  ambiguousSteps: AmbiguousStep[]
  unusedDefinitions: DefinitionLocation[]
}

/**
 * Matches every pickle step against the step definitions, as cucumber does when it
 * assembles test cases. Pure; a step text is matched once however often it is used.
 */
export function bindSteps(features: ParsedFeature[], definitions: StepDefinitionInfo[]): Binding {
  const matchesByText = new Map<string, string[]>()
  const matchText = (text: string) => {
    let ids = matchesByText.get(text)
    if (!ids) {
      ids = definitions.filter((definition) => definition.matches(text)).map((definition) => definition.id)
      matchesByText.set(text, ids)
    }
    return ids
  }
  const steps: BoundStep[] = []
  for (const feature of features) {
    const stepIndex = indexSteps(feature.gherkinDocument)
    for (const pickle of feature.pickles) {
      for (const pickleStep of pickle.steps) {
        // The last AST node id of an outline step is its Examples row; the first is the step.
        const info = stepIndex.get(pickleStep.astNodeIds[0])
        steps.push({
          pickle,
          pickleStepId: pickleStep.id,
          text: pickleStep.text,
          use: {
            uri: feature.uri,
            line: info?.line ?? 0,
            column: info?.column ?? 0,
            keyword: info?.keyword ?? '',
            pickleId: pickle.id,
            pickleName: pickle.name
          },
          definitionIds: matchText(pickleStep.text)
        })
      }
    }
  }
  return summariseBinding(steps, definitions)
}

function uniqueUses(uses: StepUse[]): StepUse[] {
  const seen = new Set<string>()
  return uses
    .filter((use) => {
      const key = `${use.uri}:${use.line}:${use.column}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => compareLocations({ file: a.uri, line: a.line, column: a.column }, { file: b.uri, line: b.line, column: b.column }))
}

function summariseBinding(steps: BoundStep[], definitions: StepDefinitionInfo[]): Binding {
  const byId = new Map(definitions.map((definition) => [definition.id, definition]))
  const undefinedByText = new Map<string, StepUse[]>()
  const ambiguousByText = new Map<string, { uses: StepUse[]; ids: string[] }>()
  const used = new Set<string>()
  for (const step of steps) {
    step.definitionIds.forEach((id) => used.add(id))
    if (step.definitionIds.length === 0) {
      const uses = undefinedByText.get(step.text) ?? []
      uses.push(step.use)
      undefinedByText.set(step.text, uses)
    } else if (step.definitionIds.length > 1) {
      const entry = ambiguousByText.get(step.text) ?? { uses: [], ids: step.definitionIds }
      entry.uses.push(step.use)
      ambiguousByText.set(step.text, entry)
    }
  }
  const locationOf = (definition: StepDefinitionInfo): DefinitionLocation => ({
    pattern: definition.pattern,
    uri: definition.uri,
    line: definition.line
  })
  const byFirstUse = <T extends { uses: StepUse[]; text: string }>(a: T, b: T) =>
    compareLocations({ file: a.uses[0].uri, line: a.uses[0].line }, { file: b.uses[0].uri, line: b.uses[0].line }) ||
    a.text.localeCompare(b.text)
  return {
    steps,
    undefinedSteps: [...undefinedByText].map(([text, uses]) => ({ text, uses: uniqueUses(uses) })).sort(byFirstUse),
    ambiguousSteps: [...ambiguousByText]
      .map(([text, { uses, ids }]) => ({ text, uses: uniqueUses(uses), definitions: ids.map((id) => locationOf(byId.get(id)!)) }))
      .sort(byFirstUse),
    unusedDefinitions: definitions
      .filter((definition) => !used.has(definition.id))
      .map(locationOf)
      .sort((a, b) => compareLocations({ file: a.uri, line: a.line }, { file: b.uri, line: b.line }))
  }
}
