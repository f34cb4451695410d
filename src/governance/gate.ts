import { SpecloopError, specloopError } from '../errors'
import { POLICY_FILE, unacceptedApproval } from './policy'
import type { GatePolicy, GovernancePolicy, SecurityCapability } from './policy'
import type { ScannedModule } from './scan'
import type { GeneratedStatus, ScenarioStatus } from './status'
import type { FeatureScore } from '../strength'
import type { LedgerEntry } from '../ledger'
import { plural } from '../text'
import { STORY_GENERATOR } from '../workspace'

/** The gate's checks, in the order they are reported. */
export const GATE_CHECKS = [
  'approval',
  'freshness',
  'rules',
  'run',
  'coverage',
  'strength',
  'security',
  'dependencies',
  'audit',
  'types',
  'lint',
  'ledger',
  'promotion'
] as const
export type GateCheck = (typeof GATE_CHECKS)[number]

export type GateFinding = SpecloopError & { check: GateCheck }

const finding = (check: GateCheck, error: SpecloopError): GateFinding => ({ ...error, check })

/** Scenarios whose text is not the approved one. */
export function approvalFindings(scenarios: readonly ScenarioStatus[]): GateFinding[] {
  return scenarios
    .filter((scenario) => scenario.state !== 'approved')
    .map((scenario) => {
      const location = { file: scenario.uri, ...(scenario.line !== undefined ? { line: scenario.line } : {}) }
      const message =
        scenario.state === 'new'
          ? `"${scenario.key}" is not approved`
          : scenario.state === 'changed'
            ? `"${scenario.key}" changed since ${scenario.approval!.by} approved it (${scenario.approval!.at.slice(0, 10)})`
            : `"${scenario.key}" was removed; the removal is not approved`
      return finding('approval', specloopError('GATE_UNAPPROVED', message, location, `review it, then: specloop approve ${scenario.uri}`))
    })
}

/** Approvals on record by someone the rules in force no longer allow (the rule changed, or the lock was edited). */
export function approverFindings(scenarios: readonly ScenarioStatus[], policy: GovernancePolicy): GateFinding[] {
  return scenarios
    .filter((scenario) => scenario.state === 'approved' && scenario.approval)
    .flatMap((scenario) => {
      const rule = unacceptedApproval(policy, scenario.uri, scenario.tags, scenario.approval!)
      if (!rule) return []
      return [
        finding(
          'approval',
          specloopError(
            'GATE_UNAPPROVED',
            `"${scenario.key}" was approved by ${scenario.approval!.by}, whom the rule "${rule.pattern}" (${POLICY_FILE}:${rule.line}) does not allow`,
            { file: scenario.uri, ...(scenario.line !== undefined ? { line: scenario.line } : {}) },
            `one of ${rule.allow.join(', ')} approves it: specloop approve ${scenario.uri} --by NAME`
          )
        )
      ]
    })
}

/**
 * Approvals in force that were recorded as someone other than the git user who ran `approve`
 * (`--by NAME`; the ledger's `recordedBy`): a warning, since `--by` is a claim, not an identity.
 * One per ledger entry, at its first scenario.
 */
export function approvedAsAnother(scenarios: readonly ScenarioStatus[], entries: readonly LedgerEntry[]): SpecloopError[] {
  const recorders = new Map(
    entries
      .filter((entry) => entry.kind === 'approve' && typeof entry.result?.recordedBy === 'string')
      .map((entry) => [entry.hash, entry.result!.recordedBy as string])
  )
  const byEntry = new Map<string, ScenarioStatus[]>()
  for (const scenario of scenarios) {
    const entry = scenario.state === 'approved' ? scenario.approval?.entry : undefined
    if (entry !== undefined && recorders.has(entry)) byEntry.set(entry, [...(byEntry.get(entry) ?? []), scenario])
  }
  return [...byEntry].map(([entry, approved]) => {
    const first = approved[0]!
    const others = approved.length > 1 ? ` and ${plural(approved.length - 1, 'other scenario')}` : ''
    return specloopError(
      'APPROVED_AS_ANOTHER',
      `"${first.key}"${others} approved as ${first.approval!.by} by the git user ${recorders.get(entry)} (--by)`,
      { file: first.uri, ...(first.line !== undefined ? { line: first.line } : {}) },
      `check with ${first.approval!.by} that they approved it; approvals recorded as one's own git user need no check`
    )
  })
}

/** Generated code that no longer matches its specs, and implementations no example decides. */
export function generatedFindings(generated: readonly GeneratedStatus[]): GateFinding[] {
  const findings: GateFinding[] = []
  for (const file of generated) {
    const at = { file: file.path, line: 1 }
    if (file.state === 'stale')
      findings.push(
        finding(
          'freshness',
          specloopError(
            'GATE_STALE',
            `generated from a spec that changed since: ${[...file.changedSources, ...file.missingSources.map((source) => `${source} (gone)`)].join(', ')}`,
            at,
            'run specloop generate'
          )
        )
      )
    if (file.state === 'orphaned')
      findings.push(
        finding(
          'freshness',
          specloopError('GATE_ORPHANED', `its spec is gone: ${file.missingSources.join(', ')}`, at, 'delete the file, or restore the spec')
        )
      )
    if (file.state === 'edited by hand') continue
    if (file.rule === 'unconfirmed')
      findings.push(
        finding(
          'rules',
          specloopError(
            'GATE_UNCONFIRMED',
            'the examples do not decide this rule (written unconfirmed)',
            at,
            // A story's question is a scenario; a table's, a row.
            `add the ${file.generator === STORY_GENERATOR ? 'scenario' : 'example row'} its header asks for, then run specloop generate`
          )
        )
      )
    if (file.rule === 'no rule')
      findings.push(
        finding(
          'rules',
          specloopError(
            'GATE_UNIMPLEMENTED',
            'a stub: no rule was found for it',
            at,
            'add examples, implement it by hand, or generate it with a model'
          )
        )
      )
  }
  return findings
}

const CAPABILITY_HINT: Record<SecurityCapability, string> = {
  process: 'starting processes',
  eval: 'evaluating strings as code',
  'dynamic-import': 'importing a computed module name',
  'fs-write': 'writing files',
  network: 'network access'
}

/** What generated code does that the policy does not allow. */
export function securityFindings(file: string, scanned: ScannedModule, allow: readonly SecurityCapability[]): GateFinding[] {
  return scanned.findings
    .filter((found) => !allow.includes(found.capability))
    .map((found) =>
      finding(
        'security',
        specloopError(
          'GATE_SECURITY',
          `${found.what}: ${CAPABILITY_HINT[found.capability]} is not allowed in generated code`,
          { file, line: found.line, column: found.column },
          `remove it, or allow "${found.capability}" in specloop.json ("gate": { "allow": ["${found.capability}"] }) after review`
        )
      )
    )
}

export interface PackageFacts {
  /** Declared in package.json (any dependency section). */
  declared: boolean
  /** From the installed package's package.json; undefined when not installed. */
  licence?: string
  installed: boolean
}

/** Packages generated code imports: each must be declared and on the allow-list; the licence is shown. */
export function dependencyFindings(
  file: string,
  scanned: ScannedModule,
  policy: GatePolicy,
  facts: (name: string) => PackageFacts
): GateFinding[] {
  const findings: GateFinding[] = []
  const seen = new Set<string>()
  for (const used of scanned.packages) {
    if (seen.has(used.name)) continue
    seen.add(used.name)
    const fact = facts(used.name)
    const licence = fact.installed ? `licence ${fact.licence ?? 'not stated'}` : 'not installed'
    const at = { file, line: used.line, column: used.column }
    if (!fact.declared)
      findings.push(
        finding(
          'dependencies',
          specloopError(
            'GATE_DEPENDENCY',
            `imports ${used.name} (${licence}), which package.json does not declare`,
            at,
            `add it to package.json after review (npm install --save-dev ${used.name}), or remove the import`
          )
        )
      )
    else if (!policy.dependencies.includes(used.name))
      findings.push(
        finding(
          'dependencies',
          specloopError(
            'GATE_DEPENDENCY',
            `imports ${used.name} (${licence}), which is not on the allow-list`,
            at,
            `after review, add "${used.name}" to "gate.dependencies" in specloop.json`
          )
        )
      )
  }
  return findings
}

export interface RunFacts {
  runId: string
  /** The commit it ran, when the working tree was that commit (no changes). */
  commit?: string
  /** Features of the run whose text differs now (or that did not run). */
  outdatedFeatures: string[]
  failed: { uri: string; line: number; name: string; status: string }[]
  /** Project files the run executed that have changed since (its results say nothing about them now). */
  changedCode?: string[]
  /** Scenarios the specs select now that the run has no result for (it crashed, or ran a subset). */
  notRun: { uri: string; line: number; name: string }[]
  hollow: { uri: string; line: number; name: string; reason: string }[]
  /** Generated implementation lines executed / executable. */
  coverage?: { covered: number; total: number }
}

/** Features whose mutation score in the last `specloop strength` is below the threshold. */
export function strengthFindings(features: readonly FeatureScore[], threshold: number): GateFinding[] {
  return features
    .filter((feature) => feature.score !== null && feature.score < threshold)
    .map((feature) =>
      finding(
        'strength',
        specloopError(
          'GATE_STRENGTH',
          `mutation score ${feature.score}% (${feature.survived} of ${feature.mutants} mutants survive); the gate asks for ${threshold}%`,
          { file: feature.uri },
          'run specloop strength: it lists the surviving mutants and the Examples rows that would kill them'
        )
      )
    )
}

/** The last verified run: of the specs as they are, green, nothing hollow, enough of the generated code run. */
export function runFindings(run: RunFacts | undefined, threshold: number | undefined): GateFinding[] {
  if (!run)
    return [
      finding(
        'run',
        specloopError('GATE_NO_RUN', 'no verified run: the gate judges the last `specloop verify`', {}, 'run specloop verify first')
      )
    ]
  return [...outdatedRunFindings(run), ...scenarioFindings(run), ...coverageFindings(run, threshold)]
}

/** What the run says nothing about now: features and code changed since it, scenarios it has no result for. */
function outdatedRunFindings(run: RunFacts): GateFinding[] {
  const outdated = (message: string, where: Parameters<typeof specloopError>[2], hint = 'run specloop verify') =>
    finding('run', specloopError('GATE_RUN_OUTDATED', message, where, hint))
  return [
    ...run.outdatedFeatures.map((uri) => outdated(`the last run (${run.runId}) ran an older text of this feature`, { file: uri })),
    ...(run.changedCode ?? []).map((file) => outdated(`changed since the last run (${run.runId}) executed it`, { file })),
    ...run.notRun.map((scenario) =>
      outdated(
        `"${scenario.name}" has no result in the last run (${run.runId})`,
        { file: scenario.uri, line: scenario.line },
        'run specloop verify (all scenarios)'
      )
    )
  ]
}

/** Scenarios that did not pass in the run, then those that passed checking nothing. */
function scenarioFindings(run: RunFacts): GateFinding[] {
  const failed = run.failed.map((scenario) =>
    finding(
      'run',
      specloopError(
        'GATE_FAILED',
        `"${scenario.name}" ${scenario.status === 'failed' ? 'failed' : `was ${scenario.status}`} in the last run (${run.runId})`,
        { file: scenario.uri, line: scenario.line },
        'make it pass: specloop run rewrites what specloop generated; code edited by hand is yours to fix'
      )
    )
  )
  const hollow = run.hollow.map((scenario) =>
    finding(
      'run',
      specloopError(
        'GATE_HOLLOW',
        `"${scenario.name}" is hollow (${scenario.reason === 'no-assertion' ? 'its Then steps assert nothing' : 'it runs no implementation code'})`,
        { file: scenario.uri, line: scenario.line },
        'make its Then steps check the outcome'
      )
    )
  )
  return [...failed, ...hollow]
}

/** The generated implementation lines the run executed, held to the policy's threshold (when it has one). */
function coverageFindings(run: RunFacts, threshold: number | undefined): GateFinding[] {
  if (threshold === undefined || !run.coverage) return []
  const percent = run.coverage.total === 0 ? 100 : (100 * run.coverage.covered) / run.coverage.total
  // Written as the test it is, so a threshold that is not a number never fails the gate.
  if (!(percent < threshold)) return []
  return [
    finding(
      'coverage',
      specloopError(
        'GATE_COVERAGE',
        `the last run executed ${percent.toFixed(1)}% of the generated implementation ` +
          `lines (${run.coverage.covered}/${run.coverage.total}); the policy asks for ${threshold}%`,
        { file: POLICY_FILE },
        'specloop trace --uncovered lists what no scenario runs: add scenarios for it, or remove the code'
      )
    )
  ]
}
