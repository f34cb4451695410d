import fs from 'node:fs'
import path from 'node:path'
import type { SpecloopError } from '../errors'
import {
  approvalFindings,
  approverFindings,
  emptyLock,
  fingerprintFeature,
  generatedFindings,
  LOCK_FILE,
  POLICY_FILE,
  projectStatus,
  promotionFindings
} from '../governance'
import type { GovernancePolicy, PromotionApproval, RunFacts } from '../governance'
import { editedByHand, readLedger, recordedWrites } from '../ledger'
import type { LedgerEntry } from '../ledger'
import { headCommit } from '../runner'
import type { Specification } from '../specification'
import { listGeneratedCode, readGeneratedFiles, sha256, SPECLOOP_DIRECTORY } from '../workspace'
import type { GovernedProject, StatusResult } from './governance'
import { readLockFile, readPolicyFile } from './governance'

/**
 * The staged gates' I/O: what each stage of the policy reads before it refuses. The judgements
 * are the governance module's (the same as the CI gate's), each refusal located with what to run.
 */

/** What specloop writes into a project as it runs, which does not make a working tree another commit. */
export const SPECLOOP_RECORDS = [SPECLOOP_DIRECTORY, LOCK_FILE]

/** The ledger kind of a promotion approval (`specloop approve --promote`). */
export const PROMOTION_APPROVAL = 'promote-approval'

/**
 * The generate stage: with `"generate": "require-approval"`, scenarios new or changed since their
 * approval are refused at their line. `fatal`: specloop.json or specs.lock cannot be read.
 */
export function generateStageRefusals(specification: Specification): { fatal?: SpecloopError; refusals: SpecloopError[] } {
  const cwd = specification.project.cwd
  const policy = readPolicyFile(cwd)
  if (policy.error) return { fatal: policy.error, refusals: [] }
  if (policy.policy.stages.generate !== 'require-approval') return { refusals: [] }
  const lock = readLockFile(cwd)
  if (lock.error) return { fatal: lock.error, refusals: [] }
  const features = specification.features
    .filter((feature) => feature.errors.length === 0)
    .map((feature) => fingerprintFeature(feature.uri, feature.gherkinDocument))
  const { scenarios } = projectStatus({ features, lock: lock.lock, featureExists: () => true, generated: [], sourceHash: () => undefined })
  // The gate's two judgements: not approved as it is, or approved by someone the rule in force does not accept.
  const unapproved = scenarios.filter((scenario) => scenario.state === 'new' || scenario.state === 'changed')
  const findings = [...approvalFindings(unapproved), ...approverFindings(scenarios, policy.policy)]
  return {
    refusals: findings.map(({ check: _check, ...refusal }) => ({
      ...refusal,
      code: 'STAGE_UNAPPROVED',
      message: `${refusal.message}: the policy's generate stage ("require-approval" in ${POLICY_FILE}) generates only from approved specs`,
      hint: `${refusal.hint}; then specloop generate`
    }))
  }
}

/** The verify stage: with `"verify": "require-fresh"`, `verify --ci` refuses stale or orphaned generated code, at each file. */
export function verifyStageRefusals(policy: GovernancePolicy, status: StatusResult): SpecloopError[] {
  if (policy.stages.verify !== 'require-fresh') return []
  return generatedFindings(status.generated)
    .filter((finding) => finding.check === 'freshness')
    .map(({ check: _check, ...refusal }) => ({
      ...refusal,
      code: 'STAGE_STALE',
      message: `${refusal.message}: the policy's verify stage ("require-fresh" in ${POLICY_FILE}) verifies only fresh generated code`,
      hint: `${refusal.hint}, then specloop verify --ci`
    }))
}

/**
 * The gate's `rules` findings (code written unconfirmed, or a stub with no rule) on the generated
 * code as it is: what `verify` ran. Judged as `status` and the gate judge it (a file edited by
 * hand is the person's, not a rule of specloop's).
 */
export function unconfirmedCode(cwd: string): SpecloopError[] {
  const recorded = recordedWrites(readLedger(cwd))
  const generated = readGeneratedFiles(cwd).map((file) => ({
    path: file.path,
    provenance: file.provenance!,
    editedByHand: editedByHand(file, recorded, file.path, file.content)
  }))
  const status = projectStatus({ features: [], lock: emptyLock(), featureExists: () => true, generated, sourceHash: () => undefined })
  return generatedFindings(status.generated)
    .filter((finding) => finding.check === 'rules')
    .map(({ check: _check, ...warning }) => warning)
}

/** What a promotion approves: every feature's fingerprint and every file under generated/, as they are now. */
export function releaseDigest(governed: GovernedProject): string {
  const cwd = governed.specification.project.cwd
  const features = governed.fingerprints.map((feature) => [feature.uri, feature.sha256])
  const generated = listGeneratedCode(cwd).map((file) => [file, sha256(fs.readFileSync(path.join(cwd, file)))])
  return sha256(JSON.stringify([...features, ...generated].sort(([a], [b]) => a!.localeCompare(b!))))
}

function promotionApprovals(entries: readonly LedgerEntry[]): PromotionApproval[] {
  return entries
    .filter((entry) => entry.kind === PROMOTION_APPROVAL)
    .map((entry) => entry.result as unknown as PromotionApproval)
    .filter((approval) => typeof approval?.by === 'string' && typeof approval.release === 'string')
}

/** The promote stage, for `gate --promote`: a passing run of this very commit, and each role's promotion approval of what is here now. */
export function promotionRefusals(governed: GovernedProject, run: RunFacts | undefined): SpecloopError[] {
  const cwd = governed.specification.project.cwd
  return promotionFindings(governed.policy, {
    head: headCommit(cwd, SPECLOOP_RECORDS),
    ...(run ? { run: { runId: run.runId, ...(run.commit ? { commit: run.commit } : {}) } } : {}),
    release: releaseDigest(governed),
    approvals: promotionApprovals(readLedger(cwd))
  })
}
