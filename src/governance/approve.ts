import { SpecloopError, specloopError } from '../errors'
import type { FeatureFingerprint } from './fingerprint'
import type { Approval, SpecsLock } from './lock'
import { allowedPeople, governingRule, GovernancePolicy, mayApprove, POLICY_FILE } from './policy'

export interface ApprovalRequest {
  /** The features to approve (all of them when the command named none). */
  features: FeatureFingerprint[]
  /** Features the lock names that are gone and were asked about: their removal is approved. */
  removedFeatures: string[]
  /** Only scenarios with this name (or key), not the whole feature. */
  scenario?: string
  approval: Approval
}

export interface ApprovalDecision {
  uri: string
  key: string
  line?: number
  action: 'approved' | 'unchanged' | 'removal approved'
  /** Who approved it before, for `unchanged`. */
  previous?: Approval
}

export interface ApprovalOutcome {
  lock: SpecsLock
  decisions: ApprovalDecision[]
  refusals: SpecloopError[]
  /** A --scenario that names nothing, and the like. */
  errors: SpecloopError[]
}

/**
 * Pure: the lock after an approval. Every scenario is checked against the rule that governs
 * it (the last matching one); one refusal refuses the whole request, so a lock never holds
 * half an approval.
 */
export function approveSpecs(lock: SpecsLock, policy: GovernancePolicy, request: ApprovalRequest): ApprovalOutcome {
  const next: SpecsLock = structuredClone(lock)
  const decisions: ApprovalDecision[] = []
  const refusals: SpecloopError[] = []
  const errors: SpecloopError[] = []
  // `>` is accepted for the `›` that joins a rule and its scenario in keys.
  const wanted = request.scenario?.trim().replace(/\s+>\s+/g, ' › ')
  const check = (uri: string, line: number | undefined, tags: readonly string[], what: string): boolean => {
    const rule = governingRule(policy, uri, tags)
    if (!rule || mayApprove(policy, rule, request.approval.by)) return true
    const people = allowedPeople(policy, rule)
    refusals.push(
      specloopError(
        'APPROVE_REFUSED',
        `${request.approval.by} may not approve ${what}: the rule "${rule.pattern}" (${POLICY_FILE}:${rule.line}) allows ${rule.allow.join(', ')}${rule.allow.some((who) => who.startsWith('@')) ? ` (${people.join(', ') || 'nobody: the team has no members'})` : ''}`,
        { file: uri, ...(line !== undefined ? { line } : {}) },
        'ask one of them to approve it, or change the rule in a reviewed commit'
      )
    )
    return false
  }

  for (const feature of request.features) {
    const chosen =
      wanted === undefined
        ? feature.scenarios
        : feature.scenarios.filter((scenario) => scenario.name.trim() === wanted || scenario.key === wanted)
    if (wanted !== undefined && chosen.length === 0) continue
    const locked = (next.features[feature.uri] ??= { scenarios: {} })
    for (const scenario of chosen) {
      const record = locked.scenarios[scenario.key]
      // An unchanged scenario keeps the approval it has: nobody's role is asked about it again.
      if (record?.sha256 === scenario.sha256) {
        decisions.push({ uri: feature.uri, key: scenario.key, line: scenario.line, action: 'unchanged', previous: record.approval })
        continue
      }
      if (!check(feature.uri, scenario.line, scenario.tags, `"${scenario.key}"`)) continue
      // Dropping a tag is a change its rule governs too: the rule of the tags it had must agree.
      const dropped = (record?.tags ?? []).filter((tag) => !scenario.tags.includes(tag))
      if (dropped.length > 0 && !check(feature.uri, scenario.line, record!.tags!, `"${scenario.key}" without ${dropped.join(', ')}`))
        continue
      locked.scenarios[scenario.key] = {
        sha256: scenario.sha256,
        ...(scenario.tags.length ? { tags: scenario.tags } : {}),
        approval: request.approval
      }
      decisions.push({ uri: feature.uri, key: scenario.key, line: scenario.line, action: 'approved' })
    }
    if (wanted === undefined) {
      // The whole feature as it is now: scenarios it no longer has leave the lock.
      const present = new Set(feature.scenarios.map((scenario) => scenario.key))
      for (const [key, record] of Object.entries(locked.scenarios)) {
        if (present.has(key)) continue
        if (!check(feature.uri, undefined, record.tags ?? [], `the removal of "${key}"`)) continue
        delete locked.scenarios[key]
        decisions.push({ uri: feature.uri, key, action: 'removal approved' })
      }
      if (locked.sha256 !== feature.sha256) {
        locked.sha256 = feature.sha256
        locked.approval = request.approval
      }
    } else if (locked.sha256 !== undefined && locked.sha256 !== feature.sha256) {
      // Part of a changed feature is approved: the feature as a whole is not, any more.
      delete locked.sha256
      delete locked.approval
    }
  }
  if (wanted !== undefined && decisions.length === 0 && refusals.length === 0) {
    const where = request.features.length === 1 ? request.features[0]!.uri : `${request.features.length} features`
    errors.push(
      specloopError(
        'APPROVE_NO_SCENARIO',
        `no scenario named "${wanted}" in ${where}`,
        request.features.length === 1 ? { file: request.features[0]!.uri } : {},
        'give the name as written after "Scenario:" or "Scenario Outline:" (inside a Rule: "Rule name › Scenario name", or with >); specloop status lists them'
      )
    )
  }
  for (const uri of request.removedFeatures) {
    const locked = next.features[uri]
    if (!locked) continue
    // Each scenario of a deleted feature is governed by its own rule, tags included.
    if (
      !Object.entries(locked.scenarios).every(([key, record]) =>
        check(uri, undefined, record.tags ?? [], `the removal of "${key}" (${uri} was deleted)`)
      )
    )
      continue
    for (const key of Object.keys(locked.scenarios)) decisions.push({ uri, key, action: 'removal approved' })
    delete next.features[uri]
  }
  if (refusals.length > 0 || errors.length > 0) return { lock, decisions: [], refusals, errors }
  for (const [uri, feature] of Object.entries(next.features))
    if (Object.keys(feature.scenarios).length === 0 && !feature.sha256) delete next.features[uri]
  return { lock: next, decisions, refusals, errors }
}
