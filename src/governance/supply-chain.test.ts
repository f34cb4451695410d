import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parsePolicy } from './policy'
import { scanModule } from './scan'
import { auditFindings, auditUnavailable, readAuditReport } from './supply-chain'

/** What npm 11 prints for `npm audit --json` of a project with one vulnerable package and one vulnerable through it. */
const REPORT = JSON.stringify({
  auditReportVersion: 2,
  vulnerabilities: {
    minimist: {
      name: 'minimist',
      severity: 'critical',
      isDirect: false,
      via: [
        {
          source: 1,
          name: 'minimist',
          title: 'Prototype Pollution in minimist',
          url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h',
          severity: 'critical',
          range: '<0.2.4'
        }
      ],
      effects: ['mkdirp'],
      range: '<0.2.4',
      nodes: ['node_modules/minimist'],
      fixAvailable: true
    },
    mkdirp: {
      name: 'mkdirp',
      severity: 'critical',
      isDirect: true,
      via: ['minimist'],
      effects: [],
      range: '0.4.1 - 0.5.1',
      nodes: ['node_modules/mkdirp'],
      fixAvailable: { name: 'mkdirp', version: '0.5.6', isSemVerMajor: false }
    },
    diff: {
      name: 'diff',
      severity: 'low',
      isDirect: true,
      via: [{ source: 2, name: 'diff', title: 'Denial of Service in parsePatch', severity: 'low', range: '<3.5.1' }],
      effects: [],
      range: '<3.5.1',
      nodes: ['node_modules/diff'],
      fixAvailable: false
    }
  },
  metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 0, critical: 2, total: 3 } }
})

const facts = () => ({ declared: true, installed: true, licence: 'MIT' })
const audit = (policyText: string) => {
  const parsed = parsePolicy(policyText)
  assert.ok(parsed.policy?.gate.audit, parsed.error?.message)
  return parsed.policy.gate.audit
}

test('npm audit findings for what generated code imports: at the threshold a finding at the import, below it a warning', () => {
  const reading = readAuditReport(REPORT, '')
  assert.ok(reading.packages)
  assert.equal(reading.total, 3)
  const scanned = scanModule(
    'generated/src/a.ts',
    "import mkdirp from 'mkdirp'\nimport { diffLines } from 'diff'\nimport chai from 'chai'\n"
  )
  const { findings, warnings } = auditFindings(
    'generated/src/a.ts',
    scanned,
    reading.packages,
    audit('{ "gate": { "audit": { "failOn": "moderate" } } }'),
    facts
  )
  assert.deepEqual(
    findings.map((found) => [found.check, found.code, found.line, found.message, found.hint]),
    [
      [
        'audit',
        'GATE_AUDIT',
        1,
        'imports mkdirp (licence MIT), which npm audit reports: critical through minimist',
        'npm install mkdirp@0.5.6; the policy fails on moderate and above ("gate.audit.failOn" in specloop.json)'
      ]
    ]
  )
  assert.deepEqual(
    warnings.map((warning) => [warning.line, warning.message, warning.hint]),
    [
      [
        2,
        "imports diff (licence MIT), which npm audit reports: low: Denial of Service in parsePatch (<3.5.1) (below moderate, the policy's threshold)",
        'no fixed version: remove the import, or replace the package'
      ]
    ]
  )
  const low = auditFindings('generated/src/a.ts', scanned, reading.packages, audit('{ "gate": { "audit": { "failOn": "low" } } }'), facts)
  assert.deepEqual(
    low.findings.map((found) => found.line),
    [1, 2]
  )
})

test('an audit that did not run is never read as a clean one', () => {
  assert.equal(
    readAuditReport(
      '{"message":"request to http://127.0.0.1:1/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED","error":{"summary":"","detail":""}}',
      ''
    ).unavailable,
    'request to http://127.0.0.1:1/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED'
  )
  assert.equal(
    readAuditReport(
      '{"error":{"code":"ENOLOCK","summary":"This command requires an existing lockfile.","detail":"Try creating one first"}}',
      ''
    ).unavailable,
    'This command requires an existing lockfile.'
  )
  assert.equal(
    readAuditReport('', 'npm error audit endpoint returned an error\nnpm error A complete log of this run can be found in: x').unavailable,
    'audit endpoint returned an error'
  )
  assert.equal(readAuditReport('{"vulnerabilities":{}}', '').unavailable, 'npm audit printed no report')
  const warned = auditUnavailable('no answer', audit('{ "gate": { "audit": true } }'))
  assert.deepEqual([warned.findings.length, warned.warnings.map((warning) => warning.code)], [0, ['GATE_AUDIT_UNAVAILABLE']])
  const failed = auditUnavailable('no answer', audit('{ "gate": { "audit": { "whenUnavailable": "fail" } } }'))
  assert.deepEqual([failed.findings.map((found) => found.check), failed.warnings.length], [['audit'], 0])
})

test('the audit policy: defaults, and each mistake located', () => {
  assert.deepEqual(audit('{ "gate": { "audit": {} } }'), { failOn: 'high', whenUnavailable: 'warn', sbom: 'reports/sbom.cdx.json' })
  assert.equal(parsePolicy('{}').policy?.gate.audit, undefined)
  const refused = (text: string) => parsePolicy(text).error
  assert.match(refused('{ "gate": { "audit": { "failOn": "severe" } } }')!.message, /must be one of info, low, moderate, high, critical/)
  assert.match(refused('{ "gate": { "audit": { "whenUnavailable": "ignore" } } }')!.message, /"warn" or "fail"/)
  assert.match(refused('{ "gate": { "audit": { "sbom": "../out.json" } } }')!.message, /inside the project/)
  const unknown = refused('{\n  "gate": { "audit": { "failon": "high" } } }')!
  assert.deepEqual([unknown.line, unknown.message], [2, 'unknown key "gate.audit.failon"; expected failOn, whenUnavailable, sbom'])
})
