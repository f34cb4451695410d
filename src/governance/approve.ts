import { SpecloopError, specloopError } from '../errors'
import type { FeatureFingerprint } from './fingerprint'
import type { Approval, LockedFeature, SpecsLock } from './lock'
import { allowedPeople, governingRule, GovernancePolicy, mayApprove, POLICY_FILE, unacceptedApproval } from './policy'

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
  /** Who approved it before: for `unchanged`, and for `approved` in place of an approval the rule in force does not accept. */
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
  // `>` is accepted for the `›` that joins a rule and its scenario in keys.
  const wanted = request.scenario?.trim().replace(/\s+>\s+/g, ' › ')
  const run = new ApprovalRun(structuredClone(lock), policy, request)
  for (const feature of request.features) run.approveFeature(feature, wanted)
  const errors: SpecloopError[] = []
  if (wanted !== undefined && run.decisions.length === 0 && run.refusals.length === 0)
    errors.push(noScenarioNamed(wanted, request.features))
  for (const uri of request.removedFeatures) run.approveRemovedFeature(uri)
  const { next, decisions, refusals } = run
  if (refusals.length > 0 || errors.length > 0) return { lock, decisions: [], refusals, errors }
  for (const [uri, feature] of Object.entries(next.features))
    if (Object.keys(feature.scenarios).length === 0 && !feature.sha256) delete next.features[uri]
  return { lock: next, decisions, refusals, errors }
}

/** One approval request applied to a copy of the lock: what it decided and what the policy refused. */
class ApprovalRun {
  readonly decisions: ApprovalDecision[] = []
  readonly refusals: SpecloopError[] = []

  constructor(
    readonly next: SpecsLock,
    private readonly policy: GovernancePolicy,
    private readonly request: ApprovalRequest
  ) {}

  /** Whether the approver may approve this under the rule that governs it; if not, the refusal names the rule. */
  private check(uri: string, line: number | undefined, tags: readonly string[], what: string): boolean {
    const { policy } = this
    const by = this.request.approval.by
    const rule = governingRule(policy, uri, tags)
    if (!rule || mayApprove(policy, rule, by)) return true
    const people = allowedPeople(policy, rule)
    const members = rule.allow.some((who) => who.startsWith('@')) ? ` (${people.join(', ') || 'nobody: the team has no members'})` : ''
    this.refusals.push(
      specloopError(
        'APPROVE_REFUSED',
        `${by} may not approve ${what}: the rule "${rule.pattern}" (${POLICY_FILE}:${rule.line}) allows ${rule.allow.join(', ')}${members}`,
        { file: uri, ...(line !== undefined ? { line } : {}) },
        'ask one of them to approve it, or change the rule in a reviewed commit'
      )
    )
    return false
  }

  /** The feature's scenarios (those named `wanted`, or all of them with the feature itself). */
  approveFeature(feature: FeatureFingerprint, wanted: string | undefined): void {
    const chosen =
      wanted === undefined
        ? feature.scenarios
        : feature.scenarios.filter((scenario) => scenario.name.trim() === wanted || scenario.key === wanted)
    if (wanted !== undefined && chosen.length === 0) return
    const locked = (this.next.features[feature.uri] ??= { scenarios: {} })
    for (const scenario of chosen) this.approveScenario(feature.uri, scenario, locked)
    if (wanted === undefined) {
      this.approveRemovedScenarios(feature, locked)
      if (locked.sha256 !== feature.sha256) {
        locked.sha256 = feature.sha256
        locked.approval = this.request.approval
      }
    } else if (locked.sha256 !== undefined && locked.sha256 !== feature.sha256) {
      // Part of a changed feature is approved: the feature as a whole is not, any more.
      delete locked.sha256
      delete locked.approval
    }
  }

  private approveScenario(uri: string, scenario: FeatureFingerprint['scenarios'][number], locked: LockedFeature): void {
    const record = locked.scenarios[scenario.key]
    // An unchanged scenario keeps the approval it has, unless the rule in force no longer accepts
    // its approver: then this approval replaces it (the gate's fix for that finding).
    if (record?.sha256 === scenario.sha256 && !unacceptedApproval(this.policy, uri, scenario.tags, record.approval)) {
      this.decisions.push({ uri, key: scenario.key, line: scenario.line, action: 'unchanged', previous: record.approval })
      return
    }
    if (!this.check(uri, scenario.line, scenario.tags, `"${scenario.key}"`)) return
    // Dropping a tag is a change its rule governs too: the rule of the tags it had must agree.
    const dropped = (record?.tags ?? []).filter((tag) => !scenario.tags.includes(tag))
    if (dropped.length > 0 && !this.check(uri, scenario.line, record!.tags!, `"${scenario.key}" without ${dropped.join(', ')}`)) return
    locked.scenarios[scenario.key] = {
      sha256: scenario.sha256,
      ...(scenario.tags.length ? { tags: scenario.tags } : {}),
      approval: this.request.approval
    }
    const replaced = record?.sha256 === scenario.sha256 ? { previous: record.approval } : {}
    this.decisions.push({ uri, key: scenario.key, line: scenario.line, action: 'approved', ...replaced })
  }

  /** The whole feature as it is now: scenarios it no longer has leave the lock. */
  private approveRemovedScenarios(feature: FeatureFingerprint, locked: LockedFeature): void {
    const present = new Set(feature.scenarios.map((scenario) => scenario.key))
    for (const [key, record] of Object.entries(locked.scenarios)) {
      if (present.has(key)) continue
      if (!this.check(feature.uri, undefined, record.tags ?? [], `the removal of "${key}"`)) continue
      delete locked.scenarios[key]
      this.decisions.push({ uri: feature.uri, key, action: 'removal approved' })
    }
  }

  /** A deleted feature leaves the lock when every one of its scenarios' rules agrees (tags included); the first refusal stops. */
  approveRemovedFeature(uri: string): void {
    const locked = this.next.features[uri]
    if (!locked) return
    const allowed = Object.entries(locked.scenarios).every(([key, record]) =>
      this.check(uri, undefined, record.tags ?? [], `the removal of "${key}" (${uri} was deleted)`)
    )
    if (!allowed) return
    for (const key of Object.keys(locked.scenarios)) this.decisions.push({ uri, key, action: 'removal approved' })
    delete this.next.features[uri]
  }
}

function noScenarioNamed(wanted: string, features: FeatureFingerprint[]): SpecloopError {
  const where = features.length === 1 ? features[0]!.uri : `${features.length} features`
  return specloopError(
    'APPROVE_NO_SCENARIO',
    `no scenario named "${wanted}" in ${where}`,
    features.length === 1 ? { file: features[0]!.uri } : {},
    'give the name as written after "Scenario:" or "Scenario Outline:" (inside a Rule: "Rule name › Scenario name", or with >); specloop status lists them'
  )
}
