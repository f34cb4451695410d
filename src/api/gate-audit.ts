import fs from 'node:fs'
import path from 'node:path'
import { SpecloopError, specloopError } from '../errors'
import { auditFindings, auditUnavailable, GateFinding, PackageFacts, POLICY_FILE, readAuditReport, scanModule } from '../governance'
import type { AuditPolicy, AuditReading } from '../governance'
import { runChild } from '../processes'
import { projectSecrets, redact } from '../redaction'
import { writeFileAtomic } from '../workspace'
import { plural } from '../text'

export interface AuditOutcome {
  findings: GateFinding[]
  warnings: SpecloopError[]
  note: string
  ran: boolean
}

/** npm asks the registry; a registry that does not answer should not hold the gate for long. */
const NPM_TIMEOUT_MS = 120_000
/** An SBOM of a large tree is many megabytes: keep all of it. */
const SBOM_OUTPUT_LIMIT = 256 * 1024 * 1024
const LOCKFILE = 'package-lock.json'

/** npm, quiet: no update notice, no funding lines; from the lockfile, as committed. */
function npm(cwd: string, env: NodeJS.ProcessEnv, args: string[]) {
  return runChild('npm', [...args, '--package-lock-only'], {
    cwd,
    env: { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
    timeoutMs: NPM_TIMEOUT_MS,
    outputLimit: SBOM_OUTPUT_LIMIT
  })
}

/** `npm sbom` (CycloneDX) written where the policy says, atomically; what went wrong is a warning. */
async function writeSbom(
  cwd: string,
  env: NodeJS.ProcessEnv,
  target: string,
  secrets: string[]
): Promise<{ note?: string; warning?: SpecloopError }> {
  const sbom = await npm(cwd, env, ['sbom', '--sbom-format', 'cyclonedx'])
  let document: { bomFormat?: unknown; specVersion?: unknown; components?: unknown[] } | undefined
  try {
    document = sbom.exitCode === 0 ? JSON.parse(sbom.stdout) : undefined
  } catch {
    document = undefined
  }
  if (document?.bomFormat !== 'CycloneDX') {
    const said = sbom.stderr
      .split('\n')
      .map((line) => line.replace(/^npm error /, '').trim())
      .find((line) => line && !/^code |complete log/.test(line))
    return {
      warning: specloopError(
        'GATE_SBOM',
        `the SBOM was not written: npm sbom failed${said ? `: ${redact(said, secrets)}` : ''}`,
        { file: LOCKFILE },
        'npm sbom reads package-lock.json: run npm install so that it matches package.json'
      )
    }
  }
  // A registry URL with credentials in it (a resolved tarball's, say) stays out of the file.
  writeFileAtomic(path.join(cwd, target), redact(sbom.stdout, secrets))
  return { note: `SBOM ${target} (CycloneDX ${String(document.specVersion)}, ${document.components?.length ?? 0} components)` }
}

/** The packages package-lock.json installs at the top of node_modules (what an import resolves to), with the licence it records. */
function lockedPackages(cwd: string): Map<string, string | undefined> {
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(cwd, LOCKFILE), 'utf8')) as { packages?: Record<string, { license?: unknown }> }
    return new Map(
      Object.entries(lock.packages ?? {})
        .filter(([key]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(key))
        .map(([key, entry]) => [key.slice('node_modules/'.length), typeof entry?.license === 'string' ? entry.license : undefined])
    )
  } catch {
    return new Map()
  }
}

function notConfigured(): AuditOutcome {
  const note = `not configured: "gate": { "audit": { "failOn": "high" } } in ${POLICY_FILE} (npm audit asks the npm registry)`
  return { findings: [], warnings: [], ran: false, note }
}

/**
 * The supply-chain check: npm audit's advisories for every package generated code imports, and
 * the project's SBOM beside the report. Both read package-lock.json; audit asks the registry.
 */
export async function auditCheck(
  cwd: string,
  scanned: { path: string; scan: ReturnType<typeof scanModule> }[],
  policy: AuditPolicy | undefined,
  facts: (name: string) => PackageFacts,
  env: NodeJS.ProcessEnv
): Promise<AuditOutcome> {
  if (!policy) return notConfigured()
  if (!fs.existsSync(path.join(cwd, LOCKFILE))) {
    return {
      ...auditUnavailable(`the project has no ${LOCKFILE} (npm install writes it)`, policy),
      ran: false,
      note: `no ${LOCKFILE}: nothing audited, no SBOM`
    }
  }
  const secrets = projectSecrets(cwd, env)
  const [audited, sbom] = await Promise.all([npm(cwd, env, ['audit', '--json']), writeSbom(cwd, env, policy.sbom, secrets)])
  const reading: AuditReading = audited.timedOut
    ? { unavailable: `no answer within ${NPM_TIMEOUT_MS / 1000} s` }
    : readAuditReport(audited.stdout, audited.stderr)
  const warnings = sbom.warning ? [sbom.warning] : []
  const sbomNote = sbom.note ?? 'no SBOM'
  if (reading.unavailable !== undefined) {
    const unavailable = auditUnavailable(redact(reading.unavailable, secrets), policy)
    return {
      findings: unavailable.findings,
      warnings: [...unavailable.warnings, ...warnings],
      ran: false,
      note: `npm audit could not run; ${sbomNote}`
    }
  }
  const locked = lockedPackages(cwd)
  const imported = importedPackageFindings(scanned, reading, policy, withLockedLicence(facts, locked))
  warnings.push(...imported.warnings)
  const findings = imported.findings
  const verdicts = imported.names.map(
    (name) => `${name} ${reading.packages.get(name)?.severity ?? (locked.has(name) ? 'no advisory' : `not in ${LOCKFILE}, not audited`)}`
  )
  return {
    findings,
    warnings,
    ran: true,
    note:
      `npm audit of ${LOCKFILE}: ${plural(reading.total, 'vulnerable package')} in the project; imported by ` +
      `generated code: ${verdicts.join(', ') || 'none'}; fails on ${policy.failOn} and above; ${sbomNote}`
  }
}

/** A package not installed here still has the licence npm recorded in the lockfile. */
function withLockedLicence(facts: (name: string) => PackageFacts, locked: Map<string, string | undefined>): (name: string) => PackageFacts {
  return (name) => {
    const fact = facts(name)
    const recorded = locked.get(name)
    return fact.licence || !recorded ? fact : { ...fact, licence: recorded }
  }
}

/** The audit's findings in each scanned file, and the packages generated code imports (sorted, once each). */
function importedPackageFindings(
  scanned: { path: string; scan: ReturnType<typeof scanModule> }[],
  reading: Extract<AuditReading, { total: number }>,
  policy: AuditPolicy,
  facts: (name: string) => PackageFacts
): { findings: GateFinding[]; warnings: SpecloopError[]; names: string[] } {
  const findings: GateFinding[] = []
  const warnings: SpecloopError[] = []
  for (const file of scanned) {
    const found = auditFindings(file.path, file.scan, reading.packages, policy, facts)
    findings.push(...found.findings)
    warnings.push(...found.warnings)
  }
  const names = [...new Set(scanned.flatMap((file) => file.scan.packages.map((used) => used.name)))].sort()
  return { findings, warnings, names }
}
