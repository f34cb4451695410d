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
import { plural } from '../text'

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
  const { specification, policy } = governed
  switch (check) {
    case 'approval':
      return {
        findings: [
          ...specification.features
            .flatMap((feature) => feature.errors)
            .map((error) => ({
              ...error,
              hint: error.hint ?? 'fix the feature file: a spec that does not parse cannot be approved',
              check: 'approval' as const
            })),
          ...approvalFindings(status.scenarios),
          ...approverFindings(status.scenarios, policy)
        ],
        note: governed.lockExists ? `${status.scenarios.length} scenarios against ${LOCK_FILE}` : `no ${LOCK_FILE}: nothing is approved yet`
      }
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
    case 'coverage': {
      const facts = context.run()
      if (policy.gate.coverage === undefined)
        return { findings: [], note: 'no threshold in specloop.json ("gate": { "coverage": 80 })', ran: false }
      if (!facts?.coverage) return { findings: [], note: 'no run to measure', ran: false }
      return {
        findings: runFindings(facts, policy.gate.coverage).filter((finding) => finding.check === 'coverage'),
        note: `${facts.coverage.covered}/${facts.coverage.total} generated implementation lines ran; the policy asks for ${policy.gate.coverage}%`
      }
    }
    case 'strength': {
      const threshold = context.minScore ?? policy.gate.strength
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
        note: `${plural(record.features.length, 'feature')} scored by specloop strength (${record.createdAt.slice(0, 16).replace('T', ' ')}); the gate asks for ${threshold}%`
      }
    }
    case 'security':
      return {
        findings: scanned.flatMap((file) => securityFindings(file.path, file.scan, policy.gate.allow)),
        note: `${scanned.length} files under generated/${policy.gate.allow.length ? `; allowed: ${policy.gate.allow.join(', ')}` : ''}`
      }
    case 'dependencies': {
      const facts = packageFactsOf(cwd)
      return {
        findings: scanned.flatMap((file) => dependencyFindings(file.path, file.scan, policy.gate, facts)),
        note: `allow-list: ${policy.gate.dependencies.join(', ') || '(empty)'}`
      }
    }
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
      return {
        findings: promotionRefusals(governed, context.run()).map((refusal) => ({ ...refusal, check: 'promotion' as const })),
        note: `roles: ${governed.policy.stages.promote?.roles.join(', ') ?? 'none named ("stages": { "promote": { "roles": [...] } })'}`
      }
    case 'ledger': {
      const ledger = verifyProjectLedger({ cwd })
      return {
        findings: ledger.errors.map((error) => ({ ...error, check: 'ledger' as const })),
        note: ledger.exists ? `${ledger.entries} entries` : 'no ledger yet'
      }
    }
    default: {
      // A new check that has no case fails to compile here.
      const unhandled: never = check
      throw new Error(`gate check ${String(unhandled)} has no implementation`)
    }
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
  const governed = loaded.governed
  const { specification } = governed
  const cwd = specification.project.cwd
  result.cwd = cwd
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
  result.warnings.push(...status.warnings)
  let facts: RunFacts | undefined | null = null
  const run = () =>
    facts === null
      ? (facts = runFactsOf(
          cwd,
          specification.features.map((feature) => ({ uri: feature.uri, sha256: sha256(feature.source) })),
          selectedScenarios(specification.project, specification.features)
        ))
      : facts
  const context: GateContext = {
    cwd,
    governed,
    status,
    generated: readGeneratedFiles(cwd),
    scanned,
    run,
    minScore: options.minScore,
    env: options.env ?? process.env
  }
  for (const check of GATE_CHECKS) {
    if (
      (!ci && !CODE_CHECKS.includes(check) && !(check === 'strength' && options.minScore !== undefined)) ||
      (check === 'promotion' && !options.promote)
    )
      continue
    const { findings, note, ran = true, warnings = [] } = await runCheck(check, context)
    result.warnings.push(...warnings)
    result.checks.push({ check, ran, findings: findings.length, ...(note ? { note } : {}) })
    result.findings.push(...findings)
  }
  result.passed = result.findings.length === 0
  result.exitCode = exitCodeOf({ couldNotRun: false, problems: !result.passed })
  // A local `gate` records nothing.
  if (ci) recordVerdict(result, governed, options.now?.())
  return result
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

const ESLINT_CONFIGS = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts'
]

type LintMessage = { severity: number; message: string; ruleId: string | null; line?: number; column?: number }
interface ESLintClass {
  new (options: { cwd: string; overrideConfigFile?: boolean; overrideConfig?: unknown[] }): {
    lintFiles(files: string[]): Promise<Array<{ filePath: string; messages: LintMessage[] }>>
  }
}

/** A module as the project resolves it (its own install), or undefined when it has none. */
function projectModule<T>(cwd: string, name: string): T | undefined {
  try {
    return require(require.resolve(name, { paths: [cwd] })) as T
  } catch {
    return undefined
  }
}

/**
 * specloop's default set, for a project with no ESLint configuration of its own: ESLint's and
 * typescript-eslint's recommended rules, plus the rules that keep strings from becoming code.
 * Built from the project's own installs (optional peers of specloop).
 */
function defaultLintConfig(cwd: string): unknown[] | undefined {
  const tseslint = projectModule<{ configs: { recommended: unknown[] } }>(cwd, 'typescript-eslint')
  const js = projectModule<{ configs: { recommended: unknown } }>(cwd, '@eslint/js')
  if (!tseslint) return undefined
  return [
    ...(js ? [js.configs.recommended] : []),
    ...tseslint.configs.recommended,
    { rules: { 'no-eval': 'error', 'no-implied-eval': 'error', 'no-new-func': 'error' } }
  ]
}

/** The project's own ESLint (flat config) over the generated files, or specloop's default set when it has none. */
async function lintFindings(cwd: string, files: string[]): Promise<{ ran: boolean; note: string; findings: GateFinding[] }> {
  const config = ESLINT_CONFIGS.find((name) => fs.existsSync(path.join(cwd, name)))
  const eslint = projectModule<{ ESLint: ESLintClass }>(cwd, 'eslint')
  if (!eslint)
    return {
      ran: false,
      note: config
        ? `${config} is there but eslint is not installed in the project`
        : "eslint is not installed (npm i -D eslint typescript-eslint for specloop's default set)",
      findings: []
    }
  const fallback = config ? undefined : defaultLintConfig(cwd)
  if (!config && !fallback)
    return {
      ran: false,
      note: "no ESLint flat config (eslint.config.*) in the project, and typescript-eslint is not installed for specloop's default set",
      findings: []
    }
  const what = config ?? "specloop's default set (eslint and typescript-eslint recommended)"
  if (files.length === 0) return { ran: true, note: `${what}: no generated files`, findings: [] }
  try {
    const linter = config ? new eslint.ESLint({ cwd }) : new eslint.ESLint({ cwd, overrideConfigFile: true, overrideConfig: fallback })
    const results = await linter.lintFiles(files)
    // A file the configuration does not cover is reported as ignored (a warning), not linted: not "ok".
    const uncovered = results.filter((file) =>
      file.messages.some((message) => message.ruleId === null && /^File ignored/.test(message.message))
    )
    const findings = uncovered.map((file): GateFinding => ({
      ...specloopError(
        'GATE_LINT',
        `${what} does not cover this file: ESLint did not lint it`,
        { file: path.relative(cwd, file.filePath).split(path.sep).join('/') },
        'add an entry for TypeScript files (files: ["**/*.ts"], with typescript-eslint\'s configs) to the ESLint configuration'
      ),
      check: 'lint'
    }))
    findings.push(
      ...results.flatMap((file) =>
        file.messages
          .filter((message) => message.severity === 2)
          .map((message): GateFinding => ({
            ...specloopError('GATE_LINT', `${message.message}${message.ruleId ? ` (${message.ruleId})` : ''}`, {
              file: path.relative(cwd, file.filePath).split(path.sep).join('/'),
              ...(message.line ? { line: message.line } : {}),
              ...(message.column ? { column: message.column } : {})
            }),
            ...(message.ruleId === null && /^Parsing error/.test(message.message)
              ? {
                  hint: "ESLint cannot parse TypeScript with this configuration: add typescript-eslint's configs (its parser) for .ts files"
                }
              : {}),
            check: 'lint' as const
          }))
      )
    )
    return { ran: true, note: `${what}: ${files.length - uncovered.length} of ${files.length} files linted`, findings }
  } catch (thrown) {
    return {
      ran: true,
      note: what,
      findings: [
        {
          ...specloopError('GATE_LINT', `ESLint could not lint the generated files: ${(thrown as Error).message.split('\n')[0]}`, {
            file: config ?? 'generated'
          }),
          check: 'lint'
        }
      ]
    }
  }
}
