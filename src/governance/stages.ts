import { specloopError } from '../errors'
import type { SpecloopError } from '../errors'
import { allowedPeople, mayApprove, POLICY_FILE } from './policy'
import type { GovernancePolicy } from './policy'

/**
 * Staged gates: which stages the policy (`"stages"` in specloop.json) applies, and what each
 * refuses. Pure: the facts in, located refusals out; each says what to run.
 */

/** A promotion approval on the ledger: who approved promoting which state of the specs and generated code. */
export interface PromotionApproval {
  by: string
  at: string
  /** The digest of the specs and generated code approved (`releaseDigest`). */
  release: string
}

export interface PromotionFacts {
  /** The commit HEAD is now, when the working tree is that commit (no changes); undefined otherwise. */
  head?: string
  /** The last verified run: its id and the commit it ran (absent: the tree had changes then). */
  run?: { runId: string; commit?: string }
  /** The digest of the specs and generated code now. */
  release: string
  approvals: PromotionApproval[]
}

const stageAt = (policy: GovernancePolicy) => ({
  file: POLICY_FILE,
  ...(policy.stages.promote ? { line: policy.stages.promote.line } : {})
})

/** `gate --promote`: a run of the commit HEAD is now, and a promotion approval by each role the stage names of the specs and generated code as they are. */
export function promotionFindings(policy: GovernancePolicy, facts: PromotionFacts): SpecloopError[] {
  const stage = policy.stages.promote
  const refusals: SpecloopError[] = []
  const nextSteps = 'commit, run specloop verify on that commit, then specloop gate --promote'
  if (facts.head === undefined)
    refusals.push(
      specloopError('STAGE_PROMOTE_RUN', 'the working tree has changes (or is not a git commit): only a commit is promoted', {}, nextSteps)
    )
  else if (!facts.run)
    refusals.push(
      specloopError(
        'STAGE_PROMOTE_RUN',
        `no verified run of commit ${facts.head.slice(0, 12)}`,
        {},
        'run specloop verify, then specloop gate --promote'
      )
    )
  else if (facts.run.commit === undefined)
    refusals.push(
      specloopError(
        'STAGE_PROMOTE_RUN',
        `the last run (${facts.run.runId}) was not of a commit: the working tree had changes when it ran`,
        {},
        nextSteps
      )
    )
  else if (facts.run.commit !== facts.head)
    refusals.push(
      specloopError(
        'STAGE_PROMOTE_RUN',
        `the last run (${facts.run.runId}) is of commit ${facts.run.commit.slice(0, 12)}, not of HEAD (${facts.head.slice(0, 12)})`,
        {},
        'run specloop verify on this commit, then specloop gate --promote'
      )
    )
  for (const role of stage?.roles ?? []) {
    const rule = { pattern: role, kind: 'path' as const, allow: [role], line: stage!.line }
    const byRole = facts.approvals.filter((approval) => mayApprove(policy, rule, approval.by))
    if (byRole.some((approval) => approval.release === facts.release)) continue
    const earlier = byRole.at(-1)
    const people = role.startsWith('@') ? ` (${allowedPeople(policy, rule).join(', ') || 'nobody: the team has no members'})` : ''
    refusals.push(
      specloopError(
        'STAGE_PROMOTE_APPROVAL',
        `no promotion approval by ${role}${people} of the specs and generated code as they ` +
          `are now${earlier ? ` (${earlier.by} approved an earlier state, ${earlier.at})` : ''}`,
        stageAt(policy),
        `after review, ${role.startsWith('@') ? `someone of ${role}` : role} runs: specloop approve ` +
          `--promote${role.startsWith('@') ? '' : ` (as ${role}: --by ${role}, or git's user)`}`
      )
    )
  }
  return refusals
}

/** The roles of the promote stage the approver is one of; empty: the approver may not approve a promotion. */
export function promotionRolesOf(policy: GovernancePolicy, approver: string): string[] {
  const stage = policy.stages.promote
  return (stage?.roles ?? []).filter((role) =>
    mayApprove(policy, { pattern: role, kind: 'path', allow: [role], line: stage!.line }, approver)
  )
}
