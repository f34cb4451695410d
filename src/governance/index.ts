export { fingerprintFeature, specHash } from './fingerprint'
export type { FeatureFingerprint, ScenarioFingerprint } from './fingerprint'
export { emptyLock, LOCK_FILE, parseLock, renderLock } from './lock'
export type { Approval, LedgerAnchor, LockedFeature, SpecsLock } from './lock'
export { allowedPeople, AUDIT_SEVERITIES, governingRule, mayApprove, parsePolicy, unusedRules, POLICY_FILE } from './policy'
export type { ApproverRule, AuditPolicy, AuditSeverity, GatePolicy, GovernancePolicy, SecurityCapability, StagePolicy } from './policy'
export { promotionFindings, promotionRolesOf } from './stages'
export type { PromotionApproval, PromotionFacts } from './stages'
export { approveSpecs } from './approve'
export type { ApprovalDecision, ApprovalOutcome, ApprovalRequest } from './approve'
export { countBy, projectStatus } from './status'
export type { GeneratedState, GeneratedStatus, ProjectStatus, RuleState, ScenarioApproval, ScenarioStatus } from './status'
export { scanModule } from './scan'
export type { CodeFinding, ScannedModule } from './scan'
export {
  approvalFindings,
  approvedAsAnother,
  approverFindings,
  dependencyFindings,
  GATE_CHECKS,
  generatedFindings,
  runFindings,
  securityFindings,
  strengthFindings
} from './gate'
export type { GateCheck, GateFinding, PackageFacts, RunFacts } from './gate'
export { buildMatrix, MATRIX_ENVELOPES, matrixCsv, stepDefinitionCollector } from './matrix'
export type { MatrixInput, MatrixRow } from './matrix'
export { lockAgainstLedger } from './anchor'
export { auditFindings, auditUnavailable, readAuditReport } from './supply-chain'
export type { AuditAdvisory, AuditedPackage, AuditReading } from './supply-chain'
