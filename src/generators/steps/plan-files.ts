import type { PlannedFile } from '../../workspace'
import { renderWithProvenance } from '../../workspace'
import type { StepAnalysis } from './analyse'
import {
  OperationModuleRenderer,
  PARAMETER_TYPES_PATH,
  renderOperationStub,
  renderParameterTypes,
  renderStepFile,
  renderWorld,
  STEPS_DIRECTORY,
  WORLD_PATH
} from './render'

export const STEPS_GENERATOR = 'offline/steps'
export const STUB_GENERATOR = 'offline/stub'

export interface FilePlanInput {
  analysis: StepAnalysis
  /** Every feature's path and sha256 (the provenance of what is generated from it). */
  featureHashes: Map<string, string>
  version: string
  /** The project sets its own World constructor: the generated World is an interface. */
  customWorld?: boolean
  /** The generated steps load as ES modules: their relative imports name the `.js` file, as Node requires. */
  esModules?: boolean
  /** The project defines {boolean} itself: no generated parameter type. */
  projectDefinesBoolean?: boolean
  /** Operation modules this plan must leave alone (hand-written, or written by a model). */
  keepOperationModules?: Set<string>
  /** Step files specloop wrote before that no step needs any more: emptied, so they define nothing twice. */
  staleStepFiles?: string[]
  renderOperation?: OperationModuleRenderer
}

function provenanceOf(
  sources: Iterable<string>,
  featureHashes: Map<string, string>,
  generator: string,
  version: string,
  rule?: 'confirmed' | 'unconfirmed'
) {
  const paths = [...new Set(sources)].sort()
  return {
    generator,
    version,
    sources: paths.map((source) => ({ path: source, sha256: featureHashes.get(source) ?? '' })),
    ...(rule ? { rule } : {})
  }
}

/**
 * Every file the step generator wants, with its provenance header. Pure: the analysis in,
 * paths and contents out; `planWrites` then decides what may be written.
 */
export function planStepFiles(input: FilePlanInput): PlannedFile[] {
  const { analysis, featureHashes, version } = input
  const files: PlannedFile[] = []
  if (analysis.steps.length > 0) {
    const byFile = new Map<string, typeof analysis.steps>()
    for (const step of analysis.steps) {
      const list = byFile.get(step.file) ?? []
      list.push(step)
      byFile.set(step.file, list)
    }
    for (const [file, steps] of [...byFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const sources = steps.flatMap((step) => step.group.occurrences.map((occurrence) => occurrence.uri))
      files.push({
        path: `${STEPS_DIRECTORY}/${file}`,
        content: renderWithProvenance(
          renderStepFile(file, steps, { esModules: input.esModules }),
          provenanceOf(sources, featureHashes, STEPS_GENERATOR, version)
        )
      })
    }
    const allSources = analysis.steps.flatMap((step) => step.group.occurrences.map((occurrence) => occurrence.uri))
    files.push({
      path: WORLD_PATH,
      content: renderWithProvenance(
        renderWorld(analysis.fields, Boolean(input.customWorld), allSources),
        provenanceOf(allSources, featureHashes, STEPS_GENERATOR, version)
      )
    })
    if (!input.projectDefinesBoolean) {
      files.push({
        path: PARAMETER_TYPES_PATH,
        content: renderWithProvenance(renderParameterTypes(), provenanceOf([], featureHashes, STEPS_GENERATOR, version))
      })
    }
    const render = input.renderOperation ?? renderOperationStub
    for (const operation of analysis.operations) {
      if (input.keepOperationModules?.has(operation.modulePath)) continue
      const rendered = render(operation)
      const { body, generator, rule } =
        typeof rendered === 'string' ? { body: rendered, generator: STUB_GENERATOR, rule: undefined } : rendered
      files.push({
        path: operation.modulePath,
        content: renderWithProvenance(body, provenanceOf(operation.sourceFeatures, featureHashes, generator, version, rule))
      })
    }
  }
  const planned = new Set(files.map((file) => file.path))
  for (const stale of input.staleStepFiles ?? []) {
    if (planned.has(stale)) continue
    const body = '// No step needs the definitions that were here any more; specloop keeps the file empty (you may delete it).\nexport {}\n'
    files.push({ path: stale, content: renderWithProvenance(body, provenanceOf([], featureHashes, STEPS_GENERATOR, version)) })
  }
  return files
}
