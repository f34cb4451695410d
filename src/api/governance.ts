import fs from 'node:fs'
import path from 'node:path'
import { exitCodeOf, ExitCode, SpecloopError, specloopError } from '../errors'
import {
  Approval,
  ApprovalDecision,
  approveSpecs,
  countBy,
  emptyLock,
  FeatureFingerprint,
  fingerprintFeature,
  GeneratedStatus,
  GovernancePolicy,
  LOCK_FILE,
  parseLock,
  parsePolicy,
  POLICY_FILE,
  projectStatus,
  promotionRolesOf,
  renderLock,
  ScenarioStatus,
  specHash,
  SpecsLock,
  unusedRules,
  approvedAsAnother,
  approverFindings
} from '../governance'
import { appendLedger, editedByHand, readLedger, recordedWrites } from '../ledger'
import type { LedgerEntry, LedgerRecord } from '../ledger'
import { loadSpecification, Specification } from '../specification'
import type { ProjectOptions } from '../project'
import { gitUser } from '../runner'
import { projectSecrets, redact } from '../redaction'
import { ApprovalSelection, selectFeatures } from './approve-selection'
import { verifyProjectLedger } from './ledger'
import { PROMOTION_APPROVAL, releaseDigest } from './stages'
import { listGeneratedCode, readGeneratedFiles, writeFileAtomic } from '../workspace'

/** What approve, status and gate share: the specs as they are, the lock, the policy. */
export interface GovernedProject {
  specification: Specification
  fingerprints: FeatureFingerprint[]
  lock: SpecsLock
  lockExists: boolean
  policy: GovernancePolicy
}

export type GovernedProjectResult = { governed: GovernedProject; error?: undefined } | { governed?: undefined; error: SpecloopError }

export function readLockFile(cwd: string): { lock: SpecsLock; exists: boolean; error?: SpecloopError } {
  const file = path.join(cwd, LOCK_FILE)
  if (!fs.existsSync(file)) return { lock: emptyLock(), exists: false }
  const parsed = parseLock(fs.readFileSync(file, 'utf8'))
  return parsed.lock ? { lock: parsed.lock, exists: true } : { lock: emptyLock(), exists: true, error: parsed.error }
}

export function readPolicyFile(cwd: string): ReturnType<typeof parsePolicy> {
  const file = path.join(cwd, POLICY_FILE)
  return parsePolicy(fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined)
}

export async function loadGovernedProject(options: ProjectOptions): Promise<GovernedProjectResult> {
  const loaded = await loadSpecification(options, false)
  if (loaded.error) return { error: loaded.error }
  const specification = loaded.specification
  const cwd = specification.project.cwd
  const lock = readLockFile(cwd)
  if (lock.error) return { error: lock.error }
  const policy = readPolicyFile(cwd)
  if (policy.error) return { error: policy.error }
  const fingerprints = specification.features
    .filter((feature) => feature.errors.length === 0)
    .map((feature) => fingerprintFeature(feature.uri, feature.gherkinDocument))
  return { governed: { specification, fingerprints, lock: lock.lock, lockExists: lock.exists, policy: policy.policy } }
}

// ---------------------------------------------------------------- approve

export interface ApproveOptions extends ProjectOptions {
  /** Feature files or folders (as the user typed them, relative to `argumentsFrom`); none: every feature of the project. */
  features?: string[]
  /** Where the feature paths were typed from (default: cwd). */
  argumentsFrom?: string
  /** Only the scenarios with this name. */
  scenario?: string
  /** Who approves; default: git's user.name and user.email. */
  by?: string
  ticket?: string
  note?: string
  /** Approve promoting the specs and generated code as they are now (the policy's promote stage), not specs. */
  promote?: boolean
  now?: () => Date
}

export interface ApproveResult {
  cwd: string
  lockFile: string
  approver?: string
  decisions: ApprovalDecision[]
  /** Refusals (the rule that applies), unknown features or scenarios, specs that do not parse. */
  errors: SpecloopError[]
  warnings: SpecloopError[]
  ledgerSequence?: number
  /** With `promote`: the roles the approver approved for, and the digest of what was approved. */
  promotion?: { roles: string[]; release: string }
  exitCode: ExitCode
}

/** `specloop approve`: records approvals in specs.lock and the ledger, after checking the approver's role. */
export async function approve(options: ApproveOptions): Promise<ApproveResult> {
  const result: ApproveResult = {
    cwd: path.resolve(options.cwd),
    lockFile: LOCK_FILE,
    decisions: [],
    errors: [],
    warnings: [],
    exitCode: 0
  }
  const fail = (error: SpecloopError) => {
    result.errors.push(error)
    result.exitCode = exitCodeOf({ couldNotRun: true, problems: true })
    return result
  }
  const emptyFlag = emptyFlagError(options)
  if (emptyFlag) return fail(emptyFlag)
  const runner = gitUser(result.cwd)
  const approver = options.by?.trim() || runner
  if (!approver)
    return fail(specloopError('USAGE', 'who approves? nobody is named', {}, 'pass --by NAME, or set git config user.name and user.email'))
  result.approver = approver
  const loaded = await loadGovernedProject(options)
  if (loaded.error) return fail(loaded.error)
  if (options.promote) return approvePromotion(loaded.governed, { ...options, approver, runner }, result)
  result.cwd = loaded.governed.specification.project.cwd
  const selection = selectFeatures(loaded.governed, options)
  result.errors.push(...selection.errors)
  if (selection.unknown) return fail(selection.unknown)
  // A spec that does not parse cannot be approved: its text is not a specification yet.
  if (result.errors.length > 0) {
    result.exitCode = exitCodeOf({ couldNotRun: false, problems: true })
    return result
  }
  return approveSelection(loaded.governed, selection, { ...options, approver, runner }, result)
}

/** A --by, --ticket or --note given as blank text. */
function emptyFlagError(options: ApproveOptions): SpecloopError | undefined {
  for (const [flag, value] of [
    ['--by', options.by],
    ['--ticket', options.ticket],
    ['--note', options.note]
  ] as const) {
    if (value !== undefined && value.trim() === '')
      return specloopError(
        'USAGE',
        `${flag} is empty`,
        {},
        `give ${flag} a value, or leave it out${flag === '--by' ? " (git's user.name and user.email are used then)" : ''}`
      )
  }
  return undefined
}

type Approving = ApproveOptions & { approver: string; runner?: string }

/** Approves the selected scenarios where the policy lets the approver, then records them in the ledger and the lock. */
function approveSelection(
  governed: GovernedProject,
  selection: ApprovalSelection,
  options: Approving,
  result: ApproveResult
): ApproveResult {
  const cwd = governed.specification.project.cwd
  const approval = approvalOf(options, projectSecrets(cwd, options.env ?? process.env))
  const { chosen, removedFeatures } = selection
  const outcome = approveSpecs(governed.lock, governed.policy, { features: chosen, removedFeatures, scenario: options.scenario, approval })
  result.decisions = outcome.decisions
  if (outcome.refusals.length > 0 || outcome.errors.length > 0) {
    result.errors.push(...outcome.refusals, ...outcome.errors)
    result.exitCode = exitCodeOf({ couldNotRun: outcome.refusals.length === 0, problems: true })
    return result
  }
  const changed = outcome.decisions.filter((decision) => decision.action !== 'unchanged')
  if (changed.length === 0) return result
  // An approval is evidence only on a ledger that holds: never appended to one that does not verify.
  const ledger = verifyProjectLedger({ cwd })
  if (!ledger.valid) {
    result.decisions = []
    result.errors.push(...nothingApproved(ledger.errors))
    result.exitCode = exitCodeOf({ couldNotRun: false, problems: true })
    return result
  }
  const entry = appendLedger(cwd, approvalRecord(chosen, approval, changed, outcome.lock, options.runner), options.now?.())
  result.ledgerSequence = entry.sequence
  // Each approval in the lock names its entry (the one object every approved scenario shares):
  // the anchor travels with the approval, so approvals made on two branches merge.
  approval.entry = entry.hash
  writeFileAtomic(path.join(cwd, LOCK_FILE), renderLock(outcome.lock))
  return result
}

/** Free text (a name, a ticket, a note) is kept without any secret pasted into it. */
function approvalOf(options: Approving, secrets: ReturnType<typeof projectSecrets>): Approval {
  const clean = (text: string) => redact(text, secrets)
  return {
    by: clean(options.approver),
    at: (options.now?.() ?? new Date()).toISOString(),
    ...(options.ticket ? { ticket: clean(options.ticket) } : {}),
    ...(options.note ? { note: clean(options.note) } : {})
  }
}

/** The ledger's `approve` entry: the features approved and what changed for each scenario. */
function approvalRecord(
  chosen: FeatureFingerprint[],
  approval: Approval,
  changed: ApprovalDecision[],
  lock: SpecsLock,
  runner: string | undefined
): LedgerRecord {
  return {
    kind: 'approve',
    // The same fingerprint hashes specs.lock and provenance record, so an auditor can match them.
    inputs: chosen.map((feature) => ({ path: feature.uri, sha256: feature.sha256 })),
    result: {
      ...approval,
      ...(runner && runner !== approval.by ? { recordedBy: runner } : {}),
      scenarios: changed.map((decision) => ({
        uri: decision.uri,
        scenario: decision.key,
        action: decision.action,
        ...(decision.action === 'approved' ? { sha256: lock.features[decision.uri]?.scenarios[decision.key]?.sha256 } : {})
      }))
    }
  }
}

/** The ledger's errors, saying that a ledger that does not verify stopped the approval. */
function nothingApproved(errors: SpecloopError[]): SpecloopError[] {
  return errors.map((error) => ({ ...error, hint: `${error.hint ?? 'restore it from version control'}; nothing was approved` }))
}

/**
 * `specloop approve --promote`: one of the roles the promote stage names approves promoting the
 * specs and generated code as they are now; recorded on the ledger (`promote-approval`, with
 * the digest `gate --promote` compares), not in specs.lock.
 */
function approvePromotion(governed: GovernedProject, options: Approving, result: ApproveResult): ApproveResult {
  const { policy, specification } = governed
  const cwd = specification.project.cwd
  const stage = policy.stages.promote
  const fail = (error: SpecloopError, couldNotRun: boolean) => ({
    ...result,
    errors: [error],
    exitCode: exitCodeOf({ couldNotRun, problems: true })
  })
  if (options.features?.length || options.scenario)
    return fail(
      specloopError('USAGE', '--promote approves the project as it is: name no feature or scenario', {}, 'run specloop approve --promote'),
      true
    )
  if (!stage)
    return fail(
      specloopError(
        'USAGE',
        `${POLICY_FILE} has no promote stage: nobody's promotion approval is asked for`,
        { file: POLICY_FILE },
        'add "stages": { "promote": { "roles": ["@release-managers"] } } to specloop.json'
      ),
      true
    )
  const roles = promotionRolesOf(policy, options.approver)
  if (roles.length === 0) {
    return fail(
      specloopError(
        'APPROVE_REFUSED',
        `${options.approver} may not approve a promotion: the promote stage asks for ${stage.roles.join(', ')}`,
        { file: POLICY_FILE, line: stage.line },
        'ask one of them to approve it, or change the stage in a reviewed commit'
      ),
      false
    )
  }
  const ledger = verifyProjectLedger({ cwd })
  if (!ledger.valid) return { ...result, errors: nothingApproved(ledger.errors), exitCode: 1 }
  const secrets = projectSecrets(cwd, options.env ?? process.env)
  const release = releaseDigest(governed)
  const entry = appendLedger(
    cwd,
    {
      kind: PROMOTION_APPROVAL,
      result: {
        by: redact(options.approver, secrets),
        at: (options.now?.() ?? new Date()).toISOString(),
        roles,
        release,
        ...(options.ticket ? { ticket: redact(options.ticket, secrets) } : {}),
        ...(options.note ? { note: redact(options.note, secrets) } : {}),
        ...(options.runner && options.runner !== options.approver ? { recordedBy: options.runner } : {})
      }
    },
    options.now?.()
  )
  return { ...result, ledgerSequence: entry.sequence, promotion: { roles, release } }
}

/** The lock's anchor to a CI gate's verdict. */
export const anchorOf = (entry: LedgerEntry) => ({ entries: entry.sequence, hash: entry.hash, at: entry.time })

// ---------------------------------------------------------------- status

export type StatusOptions = ProjectOptions

export interface StatusResult {
  cwd: string
  lockFile: string
  /** False: no specs.lock yet, every scenario is new. */
  lockExists: boolean
  /** Whether specloop.json says who may approve what (otherwise anyone may). */
  approverRules: number
  scenarios: ScenarioStatus[]
  generated: GeneratedStatus[]
  counts: {
    scenarios: Partial<Record<ScenarioStatus['state'], number>>
    generated: Partial<Record<GeneratedStatus['state'], number>>
    rules: Partial<Record<NonNullable<GeneratedStatus['rule']>, number>>
  }
  errors: SpecloopError[]
  /** Approver rules that match no scenario (a misspelt glob or tag protects nothing). */
  warnings: SpecloopError[]
  exitCode: ExitCode
}

/** Reads the lock, the specs and generated/'s provenance headers, and says where each stands. */
export async function status(options: StatusOptions): Promise<StatusResult> {
  const empty: StatusResult = {
    cwd: path.resolve(options.cwd),
    lockFile: LOCK_FILE,
    lockExists: false,
    approverRules: 0,
    scenarios: [],
    generated: [],
    counts: { scenarios: {}, generated: {}, rules: {} },
    errors: [],
    warnings: [],
    exitCode: 0
  }
  const loaded = await loadGovernedProject(options)
  if (loaded.error) return { ...empty, errors: [loaded.error], exitCode: 2 }
  return statusOf(loaded.governed)
}

/** The status of a loaded project (gate uses it too). */
export function statusOf(governed: GovernedProject): StatusResult {
  const { specification, fingerprints, lock, lockExists, policy } = governed
  const cwd = specification.project.cwd
  const hashes = new Map(
    specification.features.map((feature) => [feature.uri, specHash(feature.uri, feature.source, feature.gherkinDocument)])
  )
  const sourceHash = (uri: string): string | undefined => {
    if (hashes.has(uri)) return hashes.get(uri)
    try {
      return specHash(uri, fs.readFileSync(path.join(cwd, uri), 'utf8'))
    } catch {
      return undefined
    }
  }
  const headed = readGeneratedFiles(cwd)
  const ledger = readLedger(cwd)
  const recorded = recordedWrites(ledger)
  const withHeader = new Set(headed.map((file) => file.path))
  const computed = projectStatus({
    features: fingerprints,
    lock,
    featureExists: (uri) => fs.existsSync(path.join(cwd, uri)),
    // As generate judges it: a content the ledger never recorded specloop writing was edited by hand.
    generated: headed.map((file) => ({
      path: file.path,
      provenance: file.provenance!,
      editedByHand: editedByHand(file, recorded, file.path, file.content)
    })),
    handWritten: listGeneratedCode(cwd).filter((file) => !withHeader.has(file)),
    sourceHash
  })
  const rules = computed.generated.filter((file) => file.rule !== undefined).map((file) => ({ state: file.rule! }))
  const errors = specification.features.flatMap((feature) => feature.errors)
  return {
    cwd,
    lockFile: LOCK_FILE,
    lockExists,
    approverRules: policy.approvers?.length ?? 0,
    scenarios: computed.scenarios,
    generated: computed.generated,
    counts: { scenarios: countBy(computed.scenarios), generated: countBy(computed.generated), rules: countBy(rules) },
    errors,
    warnings: [
      // With a feature that does not parse, a rule may be meant for it: no warning then.
      ...(errors.length > 0
        ? []
        : unusedRules(
            policy,
            fingerprints.flatMap((feature) => feature.scenarios.map((scenario) => ({ uri: feature.uri, tags: scenario.tags })))
          )),
      ...approverFindings(computed.scenarios, policy).map(({ check: _check, ...warning }) => warning),
      ...approvedAsAnother(computed.scenarios, ledger)
    ],
    exitCode: exitCodeOf({ couldNotRun: false, problems: errors.length > 0 })
  }
}
