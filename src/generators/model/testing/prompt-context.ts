import type { PromptContext } from '../prompt'

/** TEST FIXTURE — a prompt context with nothing selected from a project, and what a test sets. */
export function promptContextWith(parts: Partial<PromptContext>): PromptContext {
  return {
    featureExcerpts: [],
    stepDefinitions: [],
    stepDefinitionsTotal: 0,
    exportedSignatures: [],
    writtenFiles: [],
    conventions: [],
    allowedRoots: ['generated'],
    undefinedSteps: [],
    ...parts
  }
}
