import type { Envelope } from '@cucumber/messages'
import type { Provenance } from '../workspace'
import { decodeLines } from '../trace'
import type { Trace } from '../trace'
import type { FeatureFingerprint } from './fingerprint'
import type { Approval, SpecsLock } from './lock'

/**
 * The traceability matrix an auditor reads: each requirement (a scenario, its tags such as
 * @REQ-123) → its approval → the step definitions it ran → the generated files it ran, with
 * their provenance → how many lines it covered → its last result.
 */
export interface MatrixRow {
  feature: string
  scenario: string
  /** The scenario's line, or the Examples row's for an outline. */
  line: number
  tags: string[]
  approval: { state: 'approved' | 'changed' | 'new'; by?: string; at?: string; ticket?: string }
  stepDefinitions: { pattern: string; uri: string; line: number }[]
  generatedFiles: { path: string; generator: string; model?: string; bodySha256: string; lines: number }[]
  /** Project files it ran that no generator wrote. */
  handWrittenFiles: { path: string; lines: number }[]
  linesCovered: number
  result: string
}

export interface MatrixInput {
  trace: Trace
  /** Pickle id → the step definitions its test case used (`stepDefinitionCollector`). */
  stepDefinitions: ReadonlyMap<string, MatrixRow['stepDefinitions']>
  features: readonly FeatureFingerprint[]
  lock: SpecsLock
  provenance: ReadonlyMap<string, Provenance>
}

/** Only these envelopes matter to the matrix: the reader skips the others unparsed. */
export const MATRIX_ENVELOPES = ['stepDefinition', 'testCase'] as const

/**
 * Collects, envelope by envelope, the step definitions each pickle's test case used. Cucumber
 * writes every stepDefinition before the first testCase, so one pass suffices.
 */
export function stepDefinitionCollector(): { visit(envelope: Envelope): void; byPickle: Map<string, MatrixRow['stepDefinitions']> } {
  const definitions = new Map<string, MatrixRow['stepDefinitions'][number]>()
  const byPickle = new Map<string, MatrixRow['stepDefinitions']>()
  return {
    byPickle,
    visit(envelope) {
      const definition = envelope.stepDefinition
      if (definition)
        definitions.set(definition.id, {
          pattern: definition.pattern.source,
          uri: definition.sourceReference.uri ?? '',
          line: definition.sourceReference.location?.line ?? 0
        })
      const testCase = envelope.testCase
      if (!testCase) return
      const used = new Map<string, MatrixRow['stepDefinitions'][number]>()
      for (const step of testCase.testSteps)
        for (const id of step.stepDefinitionIds ?? []) if (definitions.has(id)) used.set(id, definitions.get(id)!)
      byPickle.set(testCase.pickleId, [...used.values()])
    }
  }
}

/** The Gherkin scenario a traced pickle belongs to: the last one at or above its line. */
function scenarioOf(feature: FeatureFingerprint | undefined, line: number) {
  let found: FeatureFingerprint['scenarios'][number] | undefined
  for (const scenario of feature?.scenarios ?? []) if (scenario.line <= line && (!found || scenario.line > found.line)) found = scenario
  return found
}

export function buildMatrix(input: MatrixInput): MatrixRow[] {
  const steps = input.stepDefinitions
  const features = new Map(input.features.map((feature) => [feature.uri, feature]))
  return input.trace.scenarios.map((traced, index): MatrixRow => {
    const scenario = scenarioOf(features.get(traced.uri), traced.line)
    const locked = scenario ? input.lock.features[traced.uri]?.scenarios[scenario.key] : undefined
    const state = !locked || !scenario ? 'new' : locked.sha256 === scenario.sha256 ? 'approved' : 'changed'
    const approval: MatrixRow['approval'] = { state, ...(locked ? approvalFields(locked.approval) : {}) }
    const generatedFiles: MatrixRow['generatedFiles'] = []
    const handWrittenFiles: MatrixRow['handWrittenFiles'] = []
    let linesCovered = 0
    for (const file of input.trace.files) {
      const bitmap = file.hits[String(index)]
      if (!bitmap) continue
      const lines = decodeLines(bitmap).length
      if (lines === 0) continue
      linesCovered += lines
      const provenance = input.provenance.get(file.path)
      if (provenance)
        generatedFiles.push({
          path: file.path,
          generator: provenance.generator,
          ...(provenance.model ? { model: provenance.model } : {}),
          bodySha256: provenance.bodySha256,
          lines
        })
      else handWrittenFiles.push({ path: file.path, lines })
    }
    return {
      feature: traced.uri,
      scenario: traced.name,
      line: traced.line,
      tags: scenario?.tags ?? [],
      approval,
      stepDefinitions: steps.get(traced.pickleId) ?? [],
      generatedFiles,
      handWrittenFiles,
      linesCovered,
      result: traced.status
    }
  })
}

const approvalFields = (approval: Approval) => ({
  by: approval.by,
  at: approval.at,
  ...(approval.ticket ? { ticket: approval.ticket } : {})
})

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

const MATRIX_CSV_COLUMNS = [
  'feature',
  'line',
  'scenario',
  'tags',
  'approval',
  'approved_by',
  'approved_at',
  'ticket',
  'step_definitions',
  'generated_files',
  'hand_written_files',
  'lines_covered',
  'result'
] as const

export function matrixCsv(rows: readonly MatrixRow[]): string {
  const lines = [MATRIX_CSV_COLUMNS.join(',')]
  for (const row of rows) {
    lines.push(
      [
        row.feature,
        String(row.line),
        row.scenario,
        row.tags.join(' '),
        row.approval.state,
        row.approval.by ?? '',
        row.approval.at ?? '',
        row.approval.ticket ?? '',
        row.stepDefinitions.map((step) => `${step.pattern} (${step.uri}:${step.line})`).join('; '),
        row.generatedFiles
          .map(
            (file) =>
              `${file.path} [${file.generator}${file.model ? ` ${file.model}` : ''} ${file.bodySha256.slice(0, 12)}] ${file.lines} lines`
          )
          .join('; '),
        row.handWrittenFiles.map((file) => `${file.path} ${file.lines} lines`).join('; '),
        String(row.linesCovered),
        row.result
      ]
        .map(csvField)
        .join(',')
    )
  }
  return `${lines.join('\r\n')}\r\n`
}
