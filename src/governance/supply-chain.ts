import { SpecloopError, specloopError } from '../errors'
import type { GateFinding, PackageFacts } from './gate'
import { POLICY_FILE } from './policy'
import type { AuditPolicy, AuditSeverity } from './policy'
import { AUDIT_SEVERITIES } from './policy'
import type { ScannedModule } from './scan'

/** One advisory npm audit holds against a package, or the dependency it comes through. */
export interface AuditAdvisory {
  severity: AuditSeverity
  title: string
  url?: string
  /** The vulnerable versions (`<4.17.21`). */
  range?: string
}

/** What npm audit says of one package: its own advisories and the vulnerable packages it depends on. */
export interface AuditedPackage {
  name: string
  severity: AuditSeverity
  advisories: AuditAdvisory[]
  /** Vulnerable dependencies that make this package vulnerable. */
  through: string[]
  /** The version `npm audit fix` would move to, when there is one. */
  fixedIn?: string
}

export type AuditReading =
  { packages: Map<string, AuditedPackage>; total: number; unavailable?: undefined } | { unavailable: string; packages?: undefined }

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const severityOf = (value: unknown): AuditSeverity =>
  (AUDIT_SEVERITIES as readonly unknown[]).includes(value) ? (value as AuditSeverity) : 'info'
const severityRank = (severity: AuditSeverity): number => AUDIT_SEVERITIES.indexOf(severity)

/**
 * `npm audit --json` read: its report (auditReportVersion 2), or why there is none (the registry
 * could not be reached, it has no advisory service, no lockfile). Anything else is "unavailable":
 * an audit that did not run must never read as one that found nothing.
 */
export function readAuditReport(stdout: string, stderr: string): AuditReading {
  let document: unknown
  try {
    document = JSON.parse(stdout)
  } catch {
    const said = stderr
      .split('\n')
      .map((line) => line.replace(/^npm (error|warn) /, '').trim())
      .find((line) => line && !/complete log/.test(line))
    return { unavailable: said ?? 'npm audit printed no report' }
  }
  if (!isRecord(document) || document.auditReportVersion !== 2 || !isRecord(document.vulnerabilities)) {
    // npm prints its failure as JSON too: `message`, or `error.summary` / `error.code`.
    const error = isRecord(document) && isRecord(document.error) ? document.error : {}
    const said = [isRecord(document) ? document.message : undefined, error.summary, error.detail, error.code].find(
      (text): text is string => typeof text === 'string' && text.trim() !== ''
    )
    return { unavailable: said ? said.split('\n')[0]! : 'npm audit printed no report' }
  }
  const packages = new Map<string, AuditedPackage>()
  for (const [name, entry] of Object.entries(document.vulnerabilities)) {
    if (!isRecord(entry)) continue
    const via = Array.isArray(entry.via) ? entry.via : []
    const advisories = via.filter(isRecord).map((advisory): AuditAdvisory => ({
      severity: severityOf(advisory.severity),
      title: typeof advisory.title === 'string' ? advisory.title : 'an advisory',
      ...(typeof advisory.url === 'string' ? { url: advisory.url } : {}),
      ...(typeof advisory.range === 'string' ? { range: advisory.range } : {})
    }))
    const fix = entry.fixAvailable
    packages.set(name, {
      name,
      severity: severityOf(entry.severity),
      advisories,
      through: via.filter((item): item is string => typeof item === 'string'),
      ...(isRecord(fix) && fix.name === name && typeof fix.version === 'string' ? { fixedIn: fix.version } : {})
    })
  }
  return { packages, total: packages.size }
}

/** One line for a package npm audit flags: its own advisories, else the dependencies it is vulnerable through. */
function describeAudited(audited: AuditedPackage): string {
  const own = audited.advisories.map(
    (advisory) =>
      `${advisory.severity}: ${advisory.title}${advisory.range ? ` (${advisory.range})` : ''}${advisory.url ? ` ${advisory.url}` : ''}`
  )
  const through = audited.through.length > 0 ? [`${audited.severity} through ${audited.through.join(', ')}`] : []
  return [...own, ...through].join('; ')
}

/**
 * npm audit's findings for the packages generated code imports: at or above the policy's
 * severity a finding, located at the import; below it a warning (shown, not failing).
 */
export function auditFindings(
  file: string,
  scanned: ScannedModule,
  audit: Map<string, AuditedPackage>,
  policy: AuditPolicy,
  facts: (name: string) => PackageFacts
): { findings: GateFinding[]; warnings: SpecloopError[] } {
  const findings: GateFinding[] = []
  const warnings: SpecloopError[] = []
  const seen = new Set<string>()
  for (const used of scanned.packages) {
    const audited = audit.get(used.name)
    if (seen.has(used.name) || !audited) continue
    seen.add(used.name)
    const fact = facts(used.name)
    const licence = fact.licence ? `licence ${fact.licence}` : fact.installed ? 'licence not stated' : 'not installed'
    const at = { file, line: used.line, column: used.column }
    const message = `imports ${used.name} (${licence}), which npm audit reports: ${describeAudited(audited)}`
    const fix = audited.fixedIn
      ? `npm install ${used.name}@${audited.fixedIn}`
      : 'no fixed version: remove the import, or replace the package'
    if (severityRank(audited.severity) >= severityRank(policy.failOn)) {
      findings.push({
        ...specloopError(
          'GATE_AUDIT',
          message,
          at,
          `${fix}; the policy fails on ${policy.failOn} and above ("gate.audit.failOn" in ${POLICY_FILE})`
        ),
        check: 'audit'
      })
    } else warnings.push(specloopError('GATE_AUDIT', `${message} (below ${policy.failOn}, the policy's threshold)`, at, fix))
  }
  return { findings, warnings }
}

/** npm audit could not say anything: a warning, or with `"whenUnavailable": "fail"` a finding. Never a pass. */
export function auditUnavailable(reason: string, policy: AuditPolicy): { findings: GateFinding[]; warnings: SpecloopError[] } {
  const problem = specloopError(
    'GATE_AUDIT_UNAVAILABLE',
    `npm audit could not run: ${reason}; the packages generated code imports were not audited`,
    { file: POLICY_FILE },
    policy.whenUnavailable === 'fail'
      ? 'run the gate where the npm registry is reachable (npm audit asks it for advisories)'
      : `the gate does not fail on it; "gate": { "audit": { "whenUnavailable": "fail" } } in ${POLICY_FILE} makes it fail`
  )
  return policy.whenUnavailable === 'fail'
    ? { findings: [{ ...problem, check: 'audit' }], warnings: [] }
    : { findings: [], warnings: [problem] }
}
