import type { Provenance } from '../workspace'
import type { FeatureFingerprint } from './fingerprint'
import type { Approval, SpecsLock } from './lock'

export type ScenarioApproval = 'approved' | 'changed' | 'new' | 'removed'
/** `hand-written`: a file under generated/ with no provenance header (specloop did not write it). */
export type GeneratedState = 'fresh' | 'stale' | 'edited by hand' | 'orphaned' | 'hand-written'
/** What stands behind an implementation: a rule the examples decide, one they do not, none (a stub), or a model. */
export type RuleState = 'confirmed' | 'unconfirmed' | 'no rule' | 'model'

export interface ScenarioStatus {
  uri: string
  key: string
  /** Absent for a removed scenario. */
  line?: number
  tags: string[]
  state: ScenarioApproval
  /** The approval on record (of an earlier text, when `changed`). */
  approval?: Approval
}

export interface GeneratedStatus {
  path: string
  generator: string
  state: GeneratedState
  /** The specs it came from that changed (stale) or are gone. */
  changedSources: string[]
  missingSources: string[]
  rule?: RuleState
}

export interface StatusInput {
  features: FeatureFingerprint[]
  lock: SpecsLock
  /** Whether a feature file the lock names still exists (a file outside the selected profile is not "removed"). */
  featureExists(uri: string): boolean
  generated: { path: string; provenance: Provenance; editedByHand: boolean }[]
  /** Code files under generated/ without a provenance header. */
  handWritten?: string[]
  /** sha256 of each spec file now; undefined when the file is gone. */
  sourceHash(uri: string): string | undefined
}

export interface ProjectStatus {
  scenarios: ScenarioStatus[]
  generated: GeneratedStatus[]
}

const MODEL_GENERATORS = new Set(['openai', 'replay'])

function ruleOf(provenance: Provenance): RuleState | undefined {
  if (provenance.generator === 'offline/stub') return 'no rule'
  // A model's rule held to the probes says so (confirmed, or unconfirmed where the examples do not decide it).
  if (MODEL_GENERATORS.has(provenance.generator)) return provenance.rule ?? 'model'
  return provenance.rule
}

/** Pure: approvals against the specs now, and generated files against the specs they came from. */
export function projectStatus(input: StatusInput): ProjectStatus {
  const scenarios: ScenarioStatus[] = []
  const current = new Set(input.features.map((feature) => feature.uri))
  for (const feature of input.features) {
    const locked = input.lock.features[feature.uri]
    const present = new Set<string>()
    for (const scenario of feature.scenarios) {
      present.add(scenario.key)
      const record = locked?.scenarios[scenario.key]
      const state: ScenarioApproval = !record ? 'new' : record.sha256 === scenario.sha256 ? 'approved' : 'changed'
      scenarios.push({
        uri: feature.uri,
        key: scenario.key,
        line: scenario.line,
        tags: scenario.tags,
        state,
        ...(record ? { approval: record.approval } : {})
      })
    }
    for (const [key, record] of Object.entries(locked?.scenarios ?? {})) {
      if (!present.has(key)) scenarios.push({ uri: feature.uri, key, tags: record.tags ?? [], state: 'removed', approval: record.approval })
    }
  }
  for (const [uri, locked] of Object.entries(input.lock.features)) {
    if (current.has(uri) || input.featureExists(uri)) continue
    for (const [key, record] of Object.entries(locked.scenarios))
      scenarios.push({ uri, key, tags: record.tags ?? [], state: 'removed', approval: record.approval })
  }

  const generated = input.generated.map(({ path, provenance, editedByHand }): GeneratedStatus => {
    const changedSources: string[] = []
    const missingSources: string[] = []
    for (const source of provenance.sources) {
      const now = input.sourceHash(source.path)
      if (now === undefined) missingSources.push(source.path)
      else if (now !== source.sha256) changedSources.push(source.path)
    }
    const orphaned = provenance.sources.length > 0 && missingSources.length === provenance.sources.length
    const state: GeneratedState = editedByHand
      ? 'edited by hand'
      : orphaned
        ? 'orphaned'
        : changedSources.length + missingSources.length > 0
          ? 'stale'
          : 'fresh'
    const rule = ruleOf(provenance)
    return { path, generator: provenance.generator, state, changedSources, missingSources, ...(rule ? { rule } : {}) }
  })
  for (const path of input.handWritten ?? [])
    generated.push({ path, generator: 'none', state: 'hand-written', changedSources: [], missingSources: [] })
  return { scenarios, generated: generated.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) }
}

/** Counts by state, for the one-line summaries (the same data the JSON and the ledger carry). */
export function countBy<T extends string>(items: readonly { state: T }[]): Partial<Record<T, number>> {
  const counts: Partial<Record<T, number>> = {}
  for (const item of items) counts[item.state] = (counts[item.state] ?? 0) + 1
  return counts
}
