import fs from 'node:fs'
import path from 'node:path'
import { compiler } from '../compiler'
import { exitCodeOf, ExitCode, SpecloopError, specloopError } from '../errors'
import {
  approvalFindings,
  approverFindings,
  dependencyFindings,
  GATE_CHECKS,
  GateCheck,
  GateFinding,
  generatedFindings,
  GovernancePolicy,
  LOCK_FILE,
  PackageFacts,
  renderLock,
  RunFacts,
  runFindings,
  scanModule,
  securityFindings,
  strengthFindings
} from '../governance'
import { appendLedger } from '../ledger'
import type { ProjectOptions } from '../project'
import { decodeLines, latestRunDirectory, readTrace } from '../trace'
import type { CurrentScenario } from '../trace'
import type { Status } from '../messages'
import { selectedScenarios } from './selected-scenarios'
import { GENERATED_DIRECTORY, listGeneratedCode, readGeneratedFiles, sha256, writeFileAtomic } from '../workspace'
import { anchorOf, GovernedProject, loadGovernedProject, statusOf, StatusResult } from './governance'
import { verifyProjectLedger } from './ledger'
import { readStrengthRecord } from '../strength'
import { promotionRefusals } from './stages'
import { auditCheck } from './gate-audit'
import { lintFindings } from './gate-lint'

export interface GateOptions extends ProjectOptions {
  /** The CI gate: also approvals, freshness, unconfirmed rules, the last run, coverage and the ledger. */
  ci?: boolean
  /** Every feature's mutation score in the last `specloop strength` must reach this (the policy's `gate.strength` otherwise). */
  minScore?: number
  /** The promote stage: the CI gate, and a passing run of this commit and the promotion approvals of the policy's roles. */
  promote?: boolean
  now?: () => Date
}

export interface GateCheckResult {
  check: GateCheck
  ran: boolean
  findings: number
  /** Why it did not run, or what it looked at. */
  note?: string
}

export interface GateResult {
  cwd: string
  ci: boolean
  /** The promote stage ran (`gate --promote`): the CI gate and the promotion check. */
  promote: boolean
  passed: boolean
  checks: GateCheckResult[]
  findings: GateFinding[]
  /** Worth telling, not failing: approver rules that match no scenario. */
  warnings: SpecloopError[]
  /** What stopped the gate itself (no project, a broken lock or policy). */
  errors: SpecloopError[]
  ledgerSequence?: number
  exitCode: ExitCode
}

/** Checks that judge the generated code alone; `--ci` adds those that judge the project's state. */
const CODE_CHECKS: readonly GateCheck[] = ['security', 'dependencies', 'audit', 'types', 'lint']
const MAX_TYPE_FINDINGS = 50
/** A scenario the gate counts as not passing: anything but passed, and skipped (a skip is the project's choice). */
const isFailing = (status: Status): boolean => status !== 'passed' && status !== 'skipped'

/** What the checks look at, read once for all of them. */
interface GateContext {
  cwd: string
  governed: GovernedProject
  status: StatusResult
  generated: ReturnType<typeof readGeneratedFiles>
  /** Every code file under generated/, scanned. */
  scanned: { path: string; scan: ReturnType<typeof scanModule> }[]
  /** The last run's facts, read when a check first asks. */
  run(): RunFacts | undefined
  minScore?: number
  env: NodeJS.ProcessEnv
}

interface CheckOutcome {
  findings: GateFinding[]
  note?: string
  ran?: boolean
  /** Worth telling, not failing (an audit that could not run, advisories below the threshold). */
  warnings?: SpecloopError[]
}

/** One check's I/O and findings. Every name in GATE_CHECKS has its case: the compiler checks it. */
async function runCheck(check: GateCheck, context: GateContext): Promise<CheckOutcome> {
  const { cwd, governed, status, generated, scanned } = context
  const { policy } = governed
  switch (check) {
    case 'approval':
      return approvalCheck(governed, status)
    case 'freshness':
    case 'rules':
      return {
        findings: generatedFindings(status.generated).filter((found) => found.check === check),
        note: `${generated.length} generated files`
      }
    case 'run': {
      const facts = context.run()
      return { findings: runFindings(facts, undefined), note: facts ? `run ${facts.runId}` : 'no run' }
    }
    case 'coverage':
      return coverageCheck(policy, context.run())
    case 'strength':
      return strengthCheck(cwd, context.minScore ?? policy.gate.strength)
    case 'security':
      return securityCheck(scanned, policy)
    case 'dependencies':
      return dependenciesCheck(cwd, scanned, policy)
    case 'audit':
      return auditCheck(cwd, scanned, policy.gate.audit, packageFactsOf(cwd), context.env)
    case 'types':
      return typeFindings(
        cwd,
        scanned.filter((file) => /\.(ts|tsx|mts|cts)$/.test(file.path)).map((file) => path.join(cwd, file.path))
      )
    case 'lint':
      return lintFindings(
        cwd,
        scanned.map((file) => path.join(cwd, file.path))
      )
    case 'promotion':
      return promotionCheck(governed, context.run())
    case 'ledger':
      return ledgerCheck(cwd)
    default: {
      // A new check that has no case fails to compile here.
      const unhandled: never = check
      throw new Error(`gate check ${String(unhandled)} has no implementation`)
    }
  }
}

/** Specs that do not parse, scenarios not approved as they are, approvals by someone the policy does not name. */
function approvalCheck(governed: GovernedProject, status: StatusResult): CheckOutcome {
  return {
    findings: [
      ...governed.specification.features
        .flatMap((feature) => feature.errors)
        .map((error) => ({
          ...error,
          hint: error.hint ?? 'fix the feature file: a spec that does not parse cannot be approved',
          check: 'approval' as const
        })),
      ...approvalFindings(status.scenarios),
      ...approverFindings(status.scenarios, governed.policy)
    ],
    note: governed.lockExists ? `${status.scenarios.length} scenarios against ${LOCK_FILE}` : `no ${LOCK_FILE}: nothing is approved yet`
  }
}

/** The last run's coverage of the generated implementation, against the policy's threshold. */
function coverageCheck(policy: GovernancePolicy, facts: RunFacts | undefined): CheckOutcome {
  if (policy.gate.coverage === undefined)
    return { findings: [], note: 'no threshold in specloop.json ("gate": { "coverage": 80 })', ran: false }
  if (!facts?.coverage) return { findings: [], note: 'no run to measure', ran: false }
  return {
    findings: runFindings(facts, policy.gate.coverage).filter((finding) => finding.check === 'coverage'),
    note: `${facts.coverage.covered}/${facts.coverage.total} generated implementation lines ran; the policy asks for ${policy.gate.coverage}%`
  }
}

/** The mutation scores of the last `specloop strength`, against --min-score or the policy's threshold. */
function strengthCheck(cwd: string, threshold: number | undefined): CheckOutcome {
  if (threshold === undefined)
    return { findings: [], note: 'no threshold (--min-score, or "gate": { "strength": 80 } in specloop.json)', ran: false }
  const record = readStrengthRecord(cwd)
  if (!record)
    return {
      findings: [
        {
          ...specloopError(
            'GATE_STRENGTH',
            `no mutation score to hold to ${threshold}%: \`specloop strength\` has not run`,
            {},
            'run specloop strength'
          ),
          check: 'strength'
        }
      ]
    }
  return {
    findings: strengthFindings(record.features, threshold),
    note:
      `${record.features.length} feature${record.features.length === 1 ? '' : 's'} scored by specloop ` +
      `strength (${record.createdAt.slice(0, 16).replace('T', ' ')}); the gate asks for ${threshold}%`
  }
}

/** What generated code does that the policy does not allow. */
function securityCheck(scanned: GateContext['scanned'], policy: GovernancePolicy): CheckOutcome {
  return {
    findings: scanned.flatMap((file) => securityFindings(file.path, file.scan, policy.gate.allow)),
    note: `${scanned.length} files under generated/${policy.gate.allow.length ? `; allowed: ${policy.gate.allow.join(', ')}` : ''}`
  }
}

/** The packages generated code imports, against the policy's allow-list and what package.json declares. */
function dependenciesCheck(cwd: string, scanned: GateContext['scanned'], policy: GovernancePolicy): CheckOutcome {
  const facts = packageFactsOf(cwd)
  return {
    findings: scanned.flatMap((file) => dependencyFindings(file.path, file.scan, policy.gate, facts)),
    note: `allow-list: ${policy.gate.dependencies.join(', ') || '(empty)'}`
  }
}

/** The promote stage: a passing run of this commit, and the promotion approvals of the policy's roles. */
function promotionCheck(governed: GovernedProject, run: RunFacts | undefined): CheckOutcome {
  return {
    findings: promotionRefusals(governed, run).map((refusal) => ({ ...refusal, check: 'promotion' as const })),
    note: `roles: ${governed.policy.stages.promote?.roles.join(', ') ?? 'none named ("stages": { "promote": { "roles": [...] } })'}`
  }
}

function ledgerCheck(cwd: string): CheckOutcome {
  const ledger = verifyProjectLedger({ cwd })
  return {
    findings: ledger.errors.map((error) => ({ ...error, check: 'ledger' as const })),
    note: ledger.exists ? `${ledger.entries} entries` : 'no ledger yet'
  }
}

/**
 * The CI gate's verdict is evidence: a ledger entry, and the lock's anchor moves to it. Never
 * onto a ledger that did not verify (that would bury where it broke).
 */
function recordVerdict(result: GateResult, governed: GovernedProject, now: Date | undefined): void {
  if (result.findings.some((finding) => finding.check === 'ledger')) return
  const entry = appendLedger(
    result.cwd,
    {
      kind: 'gate',
      result: {
        ci: result.ci,
        ...(result.promote ? { promote: true } : {}),
        passed: result.passed,
        checks: result.checks.map(({ check, ran, findings }) => ({ check, ran, findings })),
        findings: result.findings.slice(0, 100).map(({ check, code, file, line, message }) => ({ check, code, file, line, message }))
      }
    },
    now
  )
  result.ledgerSequence = entry.sequence
  if (governed.lockExists)
    writeFileAtomic(path.join(result.cwd, LOCK_FILE), renderLock({ ...governed.lock, ledgerAnchor: anchorOf(entry) }))
}

/** `specloop gate`: generated code held to the project's own gates, and with --ci the project's state. */
export async function gate(options: GateOptions): Promise<GateResult> {
  const ci = Boolean(options.ci || options.promote)
  const result: GateResult = {
    cwd: path.resolve(options.cwd),
    ci,
    promote: Boolean(options.promote),
    passed: false,
    checks: [],
    findings: [],
    warnings: [],
    errors: [],
    exitCode: 2
  }
  const loaded = await loadGovernedProject(options)
  if (loaded.error) {
    result.errors.push(loaded.error)
    return result
  }
  const context = gateContext(loaded.governed, options)
  result.cwd = context.cwd
  result.warnings.push(...context.status.warnings)
  for (const check of GATE_CHECKS) {
    if (!isChecked(check, ci, options)) continue
    const { findings, note, ran = true, warnings = [] } = await runCheck(check, context)
    result.warnings.push(...warnings)
    result.checks.push({ check, ran, findings: findings.length, ...(note ? { note } : {}) })
    result.findings.push(...findings)
  }
  result.passed = result.findings.length === 0
  result.exitCode = exitCodeOf({ couldNotRun: false, problems: !result.passed })
  // A local `gate` records nothing.
  if (ci) recordVerdict(result, loaded.governed, options.now?.())
  return result
}

/** Without --ci, the checks of the code alone (and strength when --min-score asks); promotion only with --promote. */
function isChecked(check: GateCheck, ci: boolean, options: GateOptions): boolean {
  if (check === 'promotion' && !options.promote) return false
  return ci || CODE_CHECKS.includes(check) || (check === 'strength' && options.minScore !== undefined)
}

/** What the checks look at: the project's status, its generated code scanned, the last run when a check asks. */
function gateContext(governed: GovernedProject, options: GateOptions): GateContext {
  const { specification } = governed
  const cwd = specification.project.cwd
  // Security and dependencies look at every code file under generated/, header or not: a file
  // someone added there runs with the generated code.
  const scanned = listGeneratedCode(cwd).flatMap((file) => {
    try {
      return [{ path: file, scan: scanModule(file, fs.readFileSync(path.join(cwd, file), 'utf8')) }]
    } catch {
      return []
    }
  })
  const status = statusOf(governed)
  let facts: RunFacts | undefined | null = null
  const run = () =>
    facts === null
      ? (facts = runFactsOf(
          cwd,
          specification.features.map((feature) => ({ uri: feature.uri, sha256: sha256(feature.source) })),
          selectedScenarios(specification.project, specification.features)
        ))
      : facts
  return {
    cwd,
    governed,
    status,
    generated: readGeneratedFiles(cwd),
    scanned,
    run,
    minScore: options.minScore,
    env: options.env ?? process.env
  }
}

/** The last verified run, judged against the specs now. */
function runFactsOf(cwd: string, features: { uri: string; sha256: string }[], selected: CurrentScenario[]): RunFacts | undefined {
  const read = readTrace(latestRunDirectory(cwd))
  if (!read.trace) return undefined
  const trace = read.trace
  const scope = new Set(features.map((feature) => feature.uri))
  const inScope = trace.scenarios.filter((scenario) => scope.has(scenario.uri))
  let covered = 0
  let total = 0
  for (const file of trace.files) {
    if (file.role !== 'implementation' || !file.path.startsWith(`${GENERATED_DIRECTORY}/`)) continue
    const executable = decodeLines(file.executable)
    const hit = new Set(Object.values(file.hits).flatMap((bitmap) => decodeLines(bitmap)))
    total += executable.length
    covered += executable.filter((line) => hit.has(line)).length
  }
  const outdatedFeatures = features.filter((feature) => trace.features?.[feature.uri] !== feature.sha256).map((feature) => feature.uri)
  const outdated = new Set(outdatedFeatures)
  const ran = new Set(trace.scenarios.map((scenario) => `${scenario.uri}:${scenario.line}`))
  const changedCode = trace.files
    .filter((file) => {
      if (!file.sha256) return false
      try {
        return sha256(fs.readFileSync(path.join(cwd, file.path))) !== file.sha256
      } catch {
        return true
      }
    })
    .map((file) => file.path)
  return {
    runId: trace.runId,
    ...(trace.commit ? { commit: trace.commit } : {}),
    outdatedFeatures,
    changedCode,
    notRun: selected.filter((scenario) => !outdated.has(scenario.uri) && !ran.has(`${scenario.uri}:${scenario.line}`)),
    failed: inScope
      .filter((scenario) => isFailing(scenario.status))
      .map((scenario) => ({ uri: scenario.uri, line: scenario.line, name: scenario.name, status: scenario.status })),
    hollow: inScope
      .filter((scenario) => scenario.hollow)
      .map((scenario) => ({ uri: scenario.uri, line: scenario.line, name: scenario.name, reason: scenario.hollow! })),
    coverage: { covered, total }
  }
}

/** Declared in package.json, and the licence of what is installed. */
function packageFactsOf(cwd: string): (name: string) => PackageFacts {
  let manifest: Record<string, unknown> = {}
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8')) as Record<string, unknown>
  } catch {
    // No manifest: nothing is declared.
  }
  const declared = new Set(
    ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'].flatMap((section) =>
      Object.keys((manifest[section] as Record<string, string>) ?? {})
    )
  )
  // One lookup per package, however many generated files import it.
  const known = new Map<string, PackageFacts>()
  return (name) => {
    const cached = known.get(name)
    if (cached) return cached
    let installedManifest: { license?: unknown; licenses?: unknown } | undefined
    for (let directory = cwd; ; directory = path.dirname(directory)) {
      const candidate = path.join(directory, 'node_modules', name, 'package.json')
      if (fs.existsSync(candidate)) {
        try {
          installedManifest = JSON.parse(fs.readFileSync(candidate, 'utf8'))
        } catch {
          installedManifest = {}
        }
        break
      }
      if (path.dirname(directory) === directory) break
    }
    const licence =
      typeof installedManifest?.license === 'string'
        ? installedManifest.license
        : Array.isArray(installedManifest?.licenses)
          ? installedManifest.licenses
              .map((entry) => (entry as { type?: string }).type)
              .filter(Boolean)
              .join(' OR ')
          : undefined
    const facts: PackageFacts = {
      declared: declared.has(name),
      installed: installedManifest !== undefined,
      ...(licence ? { licence } : {})
    }
    known.set(name, facts)
    return facts
  }
}

/** `tsc --noEmit` with the project's tsconfig, the generated files included. */
function typeFindings(cwd: string, generatedFiles: string[]): { ran: boolean; note: string; findings: GateFinding[] } {
  const ts = compiler()
  const configPath = ts.findConfigFile(cwd, ts.sys.fileExists, 'tsconfig.json')
  if (!configPath || path.dirname(configPath) !== cwd) return { ran: false, note: 'no tsconfig.json in the project', findings: [] }
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    { noEmit: true },
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined }
  )
  if (!parsed) return { ran: false, note: 'tsconfig.json cannot be read', findings: [] }
  const program = ts.createProgram({
    rootNames: [...new Set([...parsed.fileNames, ...generatedFiles])],
    options: { ...parsed.options, noEmit: true },
    projectReferences: parsed.projectReferences
  })
  const diagnostics = ts.getPreEmitDiagnostics(program).filter((diagnostic) => diagnostic.category === ts.DiagnosticCategory.Error)
  const findings = diagnostics.slice(0, MAX_TYPE_FINDINGS).map((diagnostic): GateFinding => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n')[0]!
    if (!diagnostic.file || diagnostic.start === undefined)
      return { ...specloopError('GATE_TYPE', `TS${diagnostic.code}: ${message}`, { file: path.relative(cwd, configPath) }), check: 'types' }
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start)
    return {
      ...specloopError('GATE_TYPE', `TS${diagnostic.code}: ${message}`, {
        file: path.relative(cwd, diagnostic.file.fileName).split(path.sep).join('/'),
        line: line + 1,
        column: character + 1
      }),
      check: 'types'
    }
  })
  const more = diagnostics.length - findings.length
  return {
    ran: true,
    note: `tsc --noEmit -p ${path.relative(cwd, configPath)}: ${program.getRootFileNames().length} files${more > 0 ? `; ${more} more errors not listed` : ''}`,
    findings
  }
}
