import type { ParsedFeature } from '../gherkin'
import type { Project } from '../project'
import { pickleLines } from '../runner'
import type { CurrentScenario } from '../trace'

/** The scenarios (pickles) of parsed features that the project's tag expression selects, located as cucumber names them. */
export function selectedScenarios(project: Project, features: readonly ParsedFeature[]): CurrentScenario[] {
  const { tagExpression } = project.runConfiguration.sources

  const parse = require('@cucumber/tag-expressions').default as (expression: string) => { evaluate(tags: string[]): boolean }
  const filter = tagExpression ? parse(tagExpression) : undefined
  return features.flatMap((feature) => {
    if (!feature.gherkinDocument) return []
    const lines = pickleLines(feature.gherkinDocument, feature.pickles)
    return feature.pickles
      .filter((pickle) => !filter || filter.evaluate(pickle.tags.map((tag) => tag.name)))
      .map((pickle) => ({ uri: pickle.uri, name: pickle.name, line: lines.get(pickle.id) ?? 0 }))
  })
}
