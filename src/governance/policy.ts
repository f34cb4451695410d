import { minimatch } from 'minimatch'
import { compiler } from '../compiler'
import { lineAndColumn, SpecloopError, specloopError, parseJson } from '../errors'

/** Where the team writes its governance: beside the `generate` settings in `specloop.json`. */
export const POLICY_FILE = 'specloop.json'

/** What generated implementation code may do only when the policy allows it. */
const SECURITY_CAPABILITIES = ['process', 'eval', 'dynamic-import', 'fs-write', 'network'] as const
export type SecurityCapability = (typeof SECURITY_CAPABILITIES)[number]

/** Packages generated code imports when nothing else is configured: what specloop's own generator writes. */
const DEFAULT_ALLOWED_PACKAGES = ['@cucumber/cucumber', 'chai']

/** npm audit's severities, lowest first. */
export const AUDIT_SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const
export type AuditSeverity = (typeof AUDIT_SEVERITIES)[number]

/** The supply-chain check: npm audit for the packages generated code imports, and the project's SBOM. */
export interface AuditPolicy {
  /** The lowest severity that fails the gate. */
  failOn: AuditSeverity
  /** When npm audit cannot run (no registry, no lockfile): a warning, or a finding. */
  whenUnavailable: 'warn' | 'fail'
  /** Where the CycloneDX SBOM is written: beside the report by default. */
  sbom: string
}

/** Beside the report's default output folder (`specloop report` writes `reports/`). */
const DEFAULT_SBOM_PATH = 'reports/sbom.cdx.json'

export interface ApproverRule {
  /** A path glob (`features/billing/**`) or a tag (`@billing`). */
  pattern: string
  kind: 'path' | 'tag'
  /** People (name or e-mail) and teams (`@finance-leads`). */
  allow: string[]
  /** Where the rule is written, for the refusal message. */
  line: number
}

export interface GatePolicy {
  allow: SecurityCapability[]
  /** Packages generated code may import (with what is declared in package.json). */
  dependencies: string[]
  /** Minimum share of generated implementation lines the last run executed, in percent. */
  coverage?: number
  /** Minimum mutation score of every feature in the last `specloop strength`, in percent. */
  strength?: number
  /** Absent: the audit check is skipped (it asks the npm registry). */
  audit?: AuditPolicy
}

/** Which staged gates apply (`"stages"` in specloop.json); a stage left out is not enforced. */
export interface StagePolicy {
  /** `generate` refuses specs that are new or changed since their approval. */
  generate?: 'require-approval'
  /** `verify --ci` refuses stale generated code. */
  verify?: 'require-fresh'
  /** `gate --promote` requires a promotion approval by each of these roles (people or teams), and where the stage is written. */
  promote?: { roles: string[]; line: number }
}

export interface GovernancePolicy {
  /** Absent: anyone may approve anything (and status says so). */
  approvers?: ApproverRule[]
  teams: Record<string, string[]>
  gate: GatePolicy
  stages: StagePolicy
}

const defaultPolicy = (): GovernancePolicy => ({
  teams: {},
  gate: { allow: [], dependencies: [...DEFAULT_ALLOWED_PACKAGES] },
  stages: {}
})

const STAGES_EXAMPLE =
  'e.g. "stages": { "generate": "require-approval", "verify": "require-fresh", "promote": { "roles": ["@qa", "@release-managers"] } }'

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

/** Reads the governance sections of `specloop.json` (text absent: the defaults). Every mistake is located. */
export function parsePolicy(
  text: string | undefined
): { policy: GovernancePolicy; error?: undefined } | { policy?: undefined; error: SpecloopError } {
  const policy = defaultPolicy()
  if (text === undefined) return { policy }
  const read = readPolicyDocument(text)
  if ('error' in read) return read
  const { document } = read
  const at = (key: string, from = 0) => ({
    file: POLICY_FILE,
    ...lineAndColumn(text, Math.max(0, text.indexOf(JSON.stringify(key), from)))
  })
  const invalid: Invalid = (key, message, hint) => ({ error: specloopError('CONFIG_INVALID', message, at(key), hint) })
  const unknown = unknownSection(document, invalid)
  if (unknown) return unknown
  const { approvers, teams, gate, stages } = document
  if (teams !== undefined) {
    const parsed = parseTeams(teams, invalid)
    if ('error' in parsed) return parsed
    policy.teams = parsed.teams
  }
  if (approvers !== undefined) {
    const parsed = parseApprovers(approvers, policy.teams, invalid, (pattern) => at(pattern, text.indexOf('"approvers"')).line)
    if ('error' in parsed) return parsed
    policy.approvers = parsed.approvers
  }
  if (gate !== undefined) {
    const parsed = parseGate(gate, invalid)
    if ('error' in parsed) return parsed
    policy.gate = parsed.gate
  }
  if (stages !== undefined) {
    const parsed = parseStages(
      stages,
      policy.teams,
      (key, message, hint) => invalid(key, message, hint).error,
      (key) => at(key, text.indexOf('"stages"'))
    )
    if ('error' in parsed) return { error: parsed.error }
    policy.stages = parsed.stages
  }
  return { policy }
}

/** The JSON object of `specloop.json`: valid JSON, an object, and no key written twice. */
function readPolicyDocument(text: string): { document: Record<string, unknown> } | { error: SpecloopError } {
  const parsed = parseJson(text, POLICY_FILE, 'CONFIG_INVALID', (message) => `invalid JSON: ${message}`)
  if (parsed.error) return { error: parsed.error }
  const document = parsed.value
  // JSON.parse keeps the last of two equal keys: a second "approvers": {} would switch the rules off unseen.
  const repeated = repeatedKey(text)
  if (repeated)
    return {
      error: specloopError(
        'CONFIG_INVALID',
        `"${repeated.key}" appears twice in the same object; the first would be ignored`,
        { file: POLICY_FILE, ...lineAndColumn(text, repeated.offset) },
        'keep one, merging what both say'
      )
    }
  if (!isRecord(document))
    return { error: specloopError('CONFIG_INVALID', `${POLICY_FILE} must hold an object`, { file: POLICY_FILE, line: 1, column: 1 }) }
  return { document }
}

const KNOWN_SECTIONS = ['$schema', 'generate', 'teams', 'approvers', 'gate', 'stages', 'templates']

/** A misspelt key is refused rather than ignored: it could turn a policy off. */
function unknownSection(document: Record<string, unknown>, invalid: Invalid): { error: SpecloopError } | undefined {
  const unknown = Object.keys(document).find((key) => !KNOWN_SECTIONS.includes(key))
  if (unknown === undefined) return undefined
  return invalid(
    unknown,
    `unknown key "${unknown}" in ${POLICY_FILE}; expected ${KNOWN_SECTIONS.filter((key) => key !== '$schema').join(', ')}`,
    'a misspelt key is refused rather than ignored: it could turn a policy off'
  )
}

/** `"teams": { "@finance-leads": ["carol", "dave@example.com"] }`: people, never other teams. */
function parseTeams(teams: unknown, invalid: Invalid): { teams: Record<string, string[]> } | { error: SpecloopError } {
  if (!isRecord(teams))
    return invalid(
      'teams',
      '"teams" must map a team (@name) to its members',
      'e.g. "teams": { "@finance-leads": ["carol", "dave@example.com"] }'
    )
  const parsed: Record<string, string[]> = {}
  for (const [team, members] of Object.entries(teams)) {
    if (!team.startsWith('@')) return invalid(team, `team "${team}" must start with @`)
    if (!isStringList(members)) return invalid(team, `"teams.${team}" must be a list of people (names or e-mails)`)
    const nested = members.find((member) => member.startsWith('@'))
    if (nested !== undefined)
      return invalid(team, `"teams.${team}" names ${nested}: a team lists people, not other teams`, 'list the members themselves')
    parsed[team] = members
  }
  return { teams: parsed }
}

/** `"approvers": { "features/billing/**": ["@finance-leads"], "@security": "erin" }`: each team named is defined in "teams". */
function parseApprovers(
  approvers: unknown,
  teams: Record<string, string[]>,
  invalid: Invalid,
  lineOf: (pattern: string) => number
): { approvers: ApproverRule[] } | { error: SpecloopError } {
  if (!isRecord(approvers))
    return invalid(
      'approvers',
      '"approvers" must map a path glob or a tag to who may approve it',
      'e.g. "approvers": { "features/billing/**": ["@finance-leads"], "@security": ["erin"] }'
    )
  const rules: ApproverRule[] = []
  for (const [pattern, allow] of Object.entries(approvers)) {
    const list = typeof allow === 'string' ? [allow] : allow
    if (!isStringList(list) || list.length === 0)
      return invalid(pattern, `"approvers" → "${pattern}" must name at least one person or team`)
    const undefinedTeam = list.find((who) => who.startsWith('@') && !(who in teams))
    if (undefinedTeam !== undefined)
      return invalid(
        pattern,
        `"approvers" → "${pattern}" names the team ${undefinedTeam}, which "teams" does not define`,
        `add "${undefinedTeam}": [members] under "teams"`
      )
    rules.push({ pattern, kind: pattern.startsWith('@') ? 'tag' : 'path', allow: list, line: lineOf(pattern) })
  }
  return { approvers: rules }
}

/** `"gate": { "allow": [...], "dependencies": [...], "coverage": 80, "strength": 60, "audit": {...} }` over the defaults. */
function parseGate(gate: unknown, invalid: Invalid): { gate: GatePolicy } | { error: SpecloopError } {
  if (!isRecord(gate)) return invalid('gate', '"gate" must be an object')
  const parsed = defaultPolicy().gate
  const unknownGate = Object.keys(gate).find((key) => !['allow', 'dependencies', 'coverage', 'strength', 'audit'].includes(key))
  if (unknownGate !== undefined)
    return invalid(unknownGate, `unknown key "gate.${unknownGate}"; expected allow, dependencies, coverage, strength, audit`)
  if (gate.allow !== undefined) {
    if (!isStringList(gate.allow)) return invalid('allow', '"gate.allow" must be a list')
    const unknown = gate.allow.find((name) => !(SECURITY_CAPABILITIES as readonly string[]).includes(name))
    if (unknown !== undefined) return invalid('allow', `"gate.allow" names "${unknown}"; expected ${SECURITY_CAPABILITIES.join(', ')}`)
    parsed.allow = gate.allow as SecurityCapability[]
  }
  if (gate.dependencies !== undefined) {
    if (!isStringList(gate.dependencies)) return invalid('dependencies', '"gate.dependencies" must be a list of package names')
    parsed.dependencies = gate.dependencies
  }
  for (const key of ['coverage', 'strength'] as const) {
    const value = gate[key]
    if (value === undefined) continue
    if (typeof value !== 'number' || !(value >= 0 && value <= 100)) return invalid(key, `"gate.${key}" must be a percentage from 0 to 100`)
    parsed[key] = value
  }
  if (gate.audit !== undefined) {
    const audit = parseAuditPolicy(gate.audit, invalid)
    if ('error' in audit) return audit
    parsed.audit = audit
  }
  return { gate: parsed }
}

/** The `"stages"` section: each stage's one setting, the promote stage's roles (teams defined in "teams"). */
function parseStages(
  stages: unknown,
  teams: Record<string, string[]>,
  invalid: (key: string, message: string, hint?: string) => SpecloopError,
  at: (key: string) => { line?: number }
): { stages: StagePolicy } | { error: SpecloopError } {
  if (!isRecord(stages)) return { error: invalid('stages', '"stages" must be an object', STAGES_EXAMPLE) }
  const unknown = Object.keys(stages).find((key) => !['generate', 'verify', 'promote'].includes(key))
  if (unknown !== undefined)
    return { error: invalid(unknown, `unknown stage "stages.${unknown}"; expected generate, verify, promote`, STAGES_EXAMPLE) }
  const parsed: StagePolicy = {}
  if (stages.generate !== undefined) {
    if (stages.generate !== 'require-approval')
      return { error: invalid('stages', '"stages.generate" must be "require-approval"', STAGES_EXAMPLE) }
    parsed.generate = 'require-approval'
  }
  if (stages.verify !== undefined) {
    if (stages.verify !== 'require-fresh') return { error: invalid('stages', '"stages.verify" must be "require-fresh"', STAGES_EXAMPLE) }
    parsed.verify = 'require-fresh'
  }
  if (stages.promote !== undefined) {
    const roles = isRecord(stages.promote) ? stages.promote.roles : undefined
    if (!isStringList(roles) || roles.length === 0)
      return {
        error: invalid(
          'stages',
          '"stages.promote" must name the roles whose approval a promotion needs: { "roles": [...] }',
          STAGES_EXAMPLE
        )
      }
    const undefinedTeam = roles.find((role) => role.startsWith('@') && !(role in teams))
    if (undefinedTeam !== undefined)
      return {
        error: invalid(
          'stages',
          `"stages.promote" names the team ${undefinedTeam}, which "teams" does not define`,
          `add "${undefinedTeam}": [members] under "teams"`
        )
      }
    parsed.promote = { roles, line: at('promote').line ?? 1 }
  }
  return { stages: parsed }
}

type Invalid = (key: string, message: string, hint?: string) => { error: SpecloopError }

/** `"gate": { "audit": { "failOn": "high", "whenUnavailable": "warn", "sbom": "reports/sbom.cdx.json" } }`; `true` takes the defaults. */
function parseAuditPolicy(value: unknown, invalid: Invalid): AuditPolicy | { error: SpecloopError } {
  const audit: AuditPolicy = { failOn: 'high', whenUnavailable: 'warn', sbom: DEFAULT_SBOM_PATH }
  if (value === true) return audit
  if (!isRecord(value))
    return invalid('audit', '"gate.audit" must be an object (or true for the defaults)', 'e.g. "audit": { "failOn": "high" }')
  const unknown = Object.keys(value).find((key) => !['failOn', 'whenUnavailable', 'sbom'].includes(key))
  if (unknown !== undefined) return invalid(unknown, `unknown key "gate.audit.${unknown}"; expected failOn, whenUnavailable, sbom`)
  if (value.failOn !== undefined) {
    if (!(AUDIT_SEVERITIES as readonly unknown[]).includes(value.failOn))
      return invalid('failOn', `"gate.audit.failOn" must be one of ${AUDIT_SEVERITIES.join(', ')} (npm audit's severities)`)
    audit.failOn = value.failOn as AuditSeverity
  }
  if (value.whenUnavailable !== undefined) {
    if (value.whenUnavailable !== 'warn' && value.whenUnavailable !== 'fail')
      return invalid('whenUnavailable', '"gate.audit.whenUnavailable" must be "warn" or "fail"')
    audit.whenUnavailable = value.whenUnavailable
  }
  if (value.sbom !== undefined) {
    if (
      typeof value.sbom !== 'string' ||
      value.sbom.trim() === '' ||
      value.sbom.startsWith('/') ||
      value.sbom.split(/[\\/]/).includes('..')
    )
      return invalid('sbom', '"gate.audit.sbom" must be a path inside the project (e.g. "reports/sbom.cdx.json")')
    audit.sbom = value.sbom
  }
  return audit
}

/**
 * A path rule as CODEOWNERS (and .gitignore) read it: `/x` is anchored at the project root; a
 * pattern with no slash but a trailing one (`*.feature`, `billing/`) matches at any depth; a
 * trailing slash, or a plain directory name, covers everything under it.
 */
function matchesPathPattern(uri: string, pattern: string): boolean {
  let body = pattern.trim()
  const anchored = body.startsWith('/')
  if (anchored) body = body.slice(1)
  const directoryOnly = body.endsWith('/')
  if (directoryOnly) body = body.slice(0, -1)
  const base = !anchored && !body.includes('/') ? `**/${body}` : body
  return (!directoryOnly && minimatch(uri, base, { dot: true })) || minimatch(uri, `${base}/**`, { dot: true })
}

const ruleMatches = (rule: ApproverRule, uri: string, tags: readonly string[]) =>
  rule.kind === 'tag' ? tags.includes(rule.pattern) : matchesPathPattern(uri, rule.pattern)

/** The first key written twice in one object of a JSON text (read with TypeScript's JSON parser, which keeps both). */
function repeatedKey(text: string): { key: string; offset: number } | undefined {
  const ts = compiler()
  const file = ts.parseJsonText(POLICY_FILE, text)
  let found: { key: string; offset: number } | undefined
  const visit = (node: import('typescript').Node): void => {
    if (found) return
    if (ts.isObjectLiteralExpression(node)) {
      const seen = new Set<string>()
      for (const property of node.properties) {
        const name = property.name && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name)) ? property.name.text : undefined
        if (name === undefined) continue
        if (seen.has(name)) {
          found = { key: name, offset: property.getStart(file) }
          return
        }
        seen.add(name)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** The rule that governs a scenario: the last that matches it, as in CODEOWNERS. */
export function governingRule(policy: GovernancePolicy, uri: string, tags: readonly string[]): ApproverRule | undefined {
  let found: ApproverRule | undefined
  for (const rule of policy.approvers ?? []) if (ruleMatches(rule, uri, tags)) found = rule
  return found
}

/** Rules that govern none of these scenarios: a misspelt glob or tag is a rule that protects nothing. */
/** A path rule that reads like a ticket tag written without its @ (`JIRA-12`). */
function looksLikeTag(rule: ApproverRule): boolean {
  return rule.kind === 'path' && !/[*?/]/.test(rule.pattern) && /^[A-Za-z]+-\d+$/.test(rule.pattern)
}

export function unusedRules(policy: GovernancePolicy, scenarios: readonly { uri: string; tags: readonly string[] }[]): SpecloopError[] {
  return (policy.approvers ?? [])
    .filter((rule) => !scenarios.some((scenario) => ruleMatches(rule, scenario.uri, scenario.tags)))
    .map((rule) =>
      specloopError(
        'CONFIG_INVALID',
        `the approver rule "${rule.pattern}" matches no scenario of the project` +
          (looksLikeTag(rule) ? ` (a tag is written with its @: "@${rule.pattern}")` : ''),
        { file: POLICY_FILE, line: rule.line },
        'a path rule reads as in CODEOWNERS (features/billing/**, *.feature, /features/x.feature); a tag rule starts with @'
      )
    )
}

/**
 * The rule in force that does not accept an approval on record (the rule changed since, or the
 * lock was edited); undefined: the approval counts. The one judgement approve, status, the gate
 * and the generate stage share.
 */
export function unacceptedApproval(
  policy: GovernancePolicy,
  uri: string,
  tags: readonly string[],
  approval: { by: string }
): ApproverRule | undefined {
  const rule = governingRule(policy, uri, tags)
  return rule && !mayApprove(policy, rule, approval.by) ? rule : undefined
}

/** People a rule allows, teams expanded. */
export function allowedPeople(policy: GovernancePolicy, rule: ApproverRule): string[] {
  return [...new Set(rule.allow.flatMap((who) => (who.startsWith('@') ? (policy.teams[who] ?? []) : [who])))]
}

/** Whether `approver` (a name or an e-mail, or "Name <e-mail>") is one of the rule's people. */
export function mayApprove(policy: GovernancePolicy, rule: ApproverRule, approver: string): boolean {
  const identities = identitiesOf(approver)
  return allowedPeople(policy, rule).some((person) => identities.includes(person.trim().toLowerCase()))
}

function identitiesOf(approver: string): string[] {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(approver.trim())
  const names = match ? [match[1]!, match[2]!] : [approver]
  return names.map((name) => name.trim().toLowerCase()).filter(Boolean)
}
