import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseFeature } from '../gherkin'
import { fingerprintFeature } from './fingerprint'
import { emptyLock, parseLock, renderLock } from './lock'
import { parsePolicy } from './policy'
import { approveSpecs } from './approve'
import { projectStatus } from './status'
import { scanModule } from './scan'
import { approverFindings, dependencyFindings, generatedFindings, runFindings, securityFindings } from './gate'
import { lockAgainstLedger } from './anchor'
import { promotionFindings, promotionRolesOf } from './stages'

const CART = `@billing
Feature: Cart
  Background:
    Given an empty cart

  Scenario: adding a book
    When I add "Dune"
    Then the cart holds 1 book

  Rule: limits
    Scenario Outline: too many
      When I add <n> copies
      Then I am told <message>
      Examples:
        | n | message |
        | 6 | no      |
`

const fingerprint = (text: string, uri = 'features/cart.feature') =>
  fingerprintFeature(uri, parseFeature({ uri, data: text }).gherkinDocument)

test('a fingerprint ignores layout and comments, and sees rows, steps and backgrounds', () => {
  const base = fingerprint(CART)
  assert.deepEqual(
    base.scenarios.map((scenario) => scenario.key),
    ['adding a book', 'limits › too many']
  )
  assert.deepEqual(base.scenarios[1]!.tags, ['@billing'])
  const relaid = fingerprint(
    CART.replace(/^ {4}When I add "Dune"/m, '        When I add "Dune"   ').replace('Feature: Cart', '# a comment\nFeature:    Cart\n\n')
  )
  assert.equal(relaid.sha256, base.sha256)
  assert.deepEqual(
    relaid.scenarios.map((scenario) => scenario.sha256),
    base.scenarios.map((scenario) => scenario.sha256)
  )
  const row = fingerprint(CART.replace('| 6 | no      |', '| 7 | no      |'))
  assert.notEqual(row.scenarios[1]!.sha256, base.scenarios[1]!.sha256)
  assert.equal(row.scenarios[0]!.sha256, base.scenarios[0]!.sha256)
  const background = fingerprint(CART.replace('Given an empty cart', 'Given a cart with 1 book'))
  assert.notEqual(background.scenarios[0]!.sha256, base.scenarios[0]!.sha256)
  const keyword = fingerprint(CART.replace('Then the cart holds 1 book', 'And the cart holds 1 book'))
  assert.notEqual(keyword.scenarios[0]!.sha256, base.scenarios[0]!.sha256)
})

test('repeated scenario names get distinct keys', () => {
  const twice = fingerprint('Feature: F\n  Scenario: same\n    Given a\n  Scenario: same\n    Given b\n')
  assert.deepEqual(
    twice.scenarios.map((scenario) => scenario.key),
    ['same', 'same #2']
  )
})

test("a feature's tags, name and description are part of each scenario's approval", () => {
  const base = fingerprint(CART)
  for (const edit of [
    CART.replace('@billing', '@billing @security'),
    CART.replace('Feature: Cart', 'Feature: Basket'),
    CART.replace('Feature: Cart', 'Feature: Cart\n  Only members may buy.'),
    CART.replace('Rule: limits', 'Rule: caps')
  ]) {
    const edited = fingerprint(edit)
    assert.notEqual(edited.scenarios[1]!.sha256, base.scenarios[1]!.sha256, edit.split('\n').slice(0, 2).join(' / '))
  }
})

const policyOf = (text: string) => {
  const parsed = parsePolicy(text)
  assert.ok(parsed.policy, parsed.error?.message)
  return parsed.policy
}

test('a broken policy is a located error', () => {
  const missingTeam = parsePolicy('{\n  "approvers": {\n    "features/**": ["@leads"]\n  }\n}\n')
  assert.equal(missingTeam.error?.code, 'CONFIG_INVALID')
  assert.equal(missingTeam.error?.line, 3)
  assert.match(missingTeam.error!.message, /team @leads, which "teams" does not define/)
  assert.equal(parsePolicy('{ "gate": { "allow": ["telepathy"] } }').error?.code, 'CONFIG_INVALID')
  assert.equal(parsePolicy('{ "approvers": ').error?.code, 'CONFIG_INVALID')
})

test('the last matching rule decides who may approve; a refusal names it and changes nothing', () => {
  const policy = policyOf(
    JSON.stringify(
      { teams: { '@finance': ['carol', 'dave@example.com'] }, approvers: { 'features/**': ['ann'], '@billing': ['@finance'] } },
      null,
      2
    )
  )
  const features = [fingerprint(CART)]
  const at = '2026-12-02T00:00:00.000Z'
  const refused = approveSpecs(emptyLock(), policy, { features, removedFeatures: [], approval: { by: 'Ann <ann@example.com>', at } })
  assert.equal(refused.refusals.length, 2)
  assert.match(
    refused.refusals[0]!.message,
    /may not approve "adding a book": the rule "@billing" \(specloop.json:\d+\) allows @finance \(carol, dave@example.com\)/
  )
  assert.deepEqual(refused.lock, emptyLock())
  const approved = approveSpecs(emptyLock(), policy, {
    features,
    removedFeatures: [],
    approval: { by: 'Dave <dave@example.com>', at, ticket: 'FIN-1' }
  })
  assert.equal(approved.refusals.length, 0)
  assert.deepEqual(
    approved.decisions.map((decision) => decision.action),
    ['approved', 'approved']
  )
  assert.equal(approved.lock.features['features/cart.feature']!.scenarios['adding a book']!.approval.ticket, 'FIN-1')
  const again = approveSpecs(approved.lock, policy, { features, removedFeatures: [], approval: { by: 'carol', at } })
  assert.deepEqual(
    again.decisions.map((decision) => decision.action),
    ['unchanged', 'unchanged']
  )
  assert.equal(parseLock(renderLock(approved.lock)).lock?.features['features/cart.feature']?.sha256, features[0]!.sha256)
})

test('an unchanged scenario whose approver the rule in force does not accept is approved again; the gate agrees', () => {
  const features = [fingerprint(CART)]
  const open = policyOf('{}')
  const { lock } = approveSpecs(emptyLock(), open, { features, removedFeatures: [], approval: { by: 'tess', at: 't1' } })
  const strict = policyOf(JSON.stringify({ teams: { '@qa': ['quinn'] }, approvers: { 'features/**': ['@qa'] } }))
  const statusOf = (current: typeof lock) =>
    projectStatus({ features, lock: current, featureExists: () => true, generated: [], sourceHash: () => undefined }).scenarios
  assert.equal(approverFindings(statusOf(lock), strict).length, 2)
  const again = approveSpecs(lock, strict, { features, removedFeatures: [], approval: { by: 'quinn', at: 't2' } })
  assert.deepEqual(
    again.decisions.map((decision) => [decision.action, decision.previous?.by]),
    [
      ['approved', 'tess'],
      ['approved', 'tess']
    ]
  )
  assert.equal(approverFindings(statusOf(again.lock), strict).length, 0)
  // Under the rule that accepts the approval on record, nothing is approved twice.
  const unchanged = approveSpecs(lock, open, { features, removedFeatures: [], approval: { by: 'quinn', at: 't2' } })
  assert.deepEqual(
    unchanged.decisions.map((decision) => decision.action),
    ['unchanged', 'unchanged']
  )
})

test('an unconfirmed rule asks for a row of a table, and for a scenario of a story', () => {
  const unconfirmed = (generator: string) =>
    generatedFindings([
      { path: 'generated/src/x.ts', generator, state: 'fresh', changedSources: [], missingSources: [], rule: 'unconfirmed' }
    ])
  assert.match(unconfirmed('offline/synthesis')[0]!.hint!, /^add the example row its header asks for/)
  assert.match(unconfirmed('offline/stories')[0]!.hint!, /^add the scenario its header asks for/)
})

test('a repeated key in specloop.json is refused where it is repeated', () => {
  const repeated = parsePolicy('{\n  "approvers": { "features/**": ["ann"] },\n  "approvers": {}\n}\n')
  assert.equal(repeated.error?.code, 'CONFIG_INVALID')
  assert.equal(repeated.error?.line, 3)
})

test('dropping a tag needs the approval its rule asks for; unchanged scenarios are not asked about', () => {
  const policy = policyOf(
    JSON.stringify({ teams: { '@sec': ['erin'] }, approvers: { 'features/**': ['carol', 'erin'], '@security': ['@sec'] } })
  )
  const tagged = CART.replace('  Scenario: adding a book', '  @security\n  Scenario: adding a book')
  const { lock } = approveSpecs(emptyLock(), policy, {
    features: [fingerprint(tagged)],
    removedFeatures: [],
    approval: { by: 'erin', at: 't1' }
  })
  assert.deepEqual(lock.features['features/cart.feature']!.scenarios['adding a book']!.tags, ['@billing', '@security'])
  const untagged = approveSpecs(lock, policy, { features: [fingerprint(CART)], removedFeatures: [], approval: { by: 'carol', at: 't2' } })
  assert.equal(untagged.refusals.length, 1)
  assert.match(untagged.refusals[0]!.message, /carol may not approve "adding a book" without @security/)
  // Only the outline changes: carol may approve it, and the @security scenario she may not touch is left as erin approved it.
  const rowChanged = approveSpecs(lock, policy, {
    features: [fingerprint(tagged.replace('| 6 | no      |', '| 7 | no      |'))],
    removedFeatures: [],
    approval: { by: 'carol', at: 't3' }
  })
  assert.deepEqual(rowChanged.refusals, [])
  assert.deepEqual(
    rowChanged.decisions.map((decision) => decision.action),
    ['unchanged', 'approved']
  )
})

test('approving one scenario by name; a name that is not there is an error', () => {
  const policy = policyOf('{}')
  const features = [fingerprint(CART)]
  const one = approveSpecs(emptyLock(), policy, { features, removedFeatures: [], scenario: 'too many', approval: { by: 'ann', at: 'now' } })
  assert.deepEqual(Object.keys(one.lock.features['features/cart.feature']!.scenarios), ['limits › too many'])
  const none = approveSpecs(emptyLock(), policy, {
    features,
    removedFeatures: [],
    scenario: 'checkout',
    approval: { by: 'ann', at: 'now' }
  })
  assert.equal(none.errors[0]?.code, 'APPROVE_NO_SCENARIO')
})

test('status: approved, changed, new, removed; generated fresh, stale, edited, orphaned', () => {
  const policy = policyOf('{}')
  const before = fingerprint(CART)
  const { lock } = approveSpecs(emptyLock(), policy, {
    features: [before],
    removedFeatures: [],
    approval: { by: 'ann', at: '2026-12-01T00:00:00.000Z' }
  })
  lock.features['features/gone.feature'] = { scenarios: { old: { sha256: 'x', approval: { by: 'ann', at: 'then' } } } }
  const after = fingerprint(
    CART.replace('| 6 | no      |', '| 7 | no      |').replace('Scenario: adding a book', 'Scenario: adding a novel')
  )
  const provenance = (
    sources: { path: string; sha256: string }[],
    generator = 'offline/synthesis',
    rule?: 'confirmed' | 'unconfirmed'
  ) => ({ generator, version: '0', sources, bodySha256: '', ...(rule ? { rule } : {}) })
  const status = projectStatus({
    features: [after],
    lock,
    featureExists: (uri) => uri === 'features/cart.feature',
    sourceHash: (uri) => (uri === 'features/cart.feature' ? 'now' : undefined),
    generated: [
      {
        path: 'generated/src/a.ts',
        provenance: provenance([{ path: 'features/cart.feature', sha256: 'now' }], 'offline/synthesis', 'confirmed'),
        editedByHand: false
      },
      {
        path: 'generated/src/b.ts',
        provenance: provenance([{ path: 'features/cart.feature', sha256: 'then' }], 'offline/synthesis', 'unconfirmed'),
        editedByHand: false
      },
      {
        path: 'generated/src/c.ts',
        provenance: provenance([{ path: 'features/gone.feature', sha256: 'then' }], 'offline/stub'),
        editedByHand: false
      },
      {
        path: 'generated/src/d.ts',
        provenance: provenance([{ path: 'features/cart.feature', sha256: 'then' }], 'openai'),
        editedByHand: true
      }
    ]
  })
  assert.deepEqual(
    status.scenarios.map((scenario) => `${scenario.key}: ${scenario.state}`),
    ['adding a novel: new', 'limits › too many: changed', 'adding a book: removed', 'old: removed']
  )
  assert.deepEqual(
    status.generated.map((file) => `${file.path}: ${file.state}, ${file.rule}`),
    [
      'generated/src/a.ts: fresh, confirmed',
      'generated/src/b.ts: stale, unconfirmed',
      'generated/src/c.ts: orphaned, no rule',
      'generated/src/d.ts: edited by hand, model'
    ]
  )
})

test('the scan finds processes, eval, computed imports, file writes and network, located; reads and pure code pass', () => {
  const scanned = scanModule(
    'x.ts',
    [
      "import { execSync } from 'node:child_process'",
      "import fs from 'fs'",
      "import { writeFileSync as save, readFileSync } from 'fs'",
      "import _ from 'lodash/fp'",
      'export function f(name: string): number {',
      '  readFileSync(name); fs.readFileSync(name)',
      "  save('a', 'b'); fs.promises.writeFile('a', 'b'); fs.appendFileSync('a', 'b')",
      "  fetch('http://x'); eval(name); new Function(name); require(name)",
      '  return _.size(name) + Math.max(1, 2)',
      '}'
    ].join('\n')
  )
  assert.deepEqual(
    scanned.findings.map((found) => `${found.line}:${found.column} ${found.capability} ${found.what}`),
    [
      '1:1 process imports node:child_process',
      '7:3 fs-write save()',
      '7:19 fs-write fs.promises.writeFile()',
      '7:52 fs-write fs.appendFileSync()',
      '8:3 network fetch()',
      '8:22 eval eval()',
      '8:34 eval new Function()',
      '8:54 dynamic-import require() of a computed name'
    ]
  )
  assert.deepEqual(
    scanned.packages.map((used) => `${used.name}@${used.line}`),
    ['lodash@4']
  )
  assert.equal(securityFindings('x.ts', scanned, ['fs-write', 'network', 'eval', 'dynamic-import', 'process']).length, 0)
  const pure = scanModule('y.ts', "import { expect } from 'chai'\nexport const g = (n: number) => n * 2\n")
  assert.deepEqual(pure.findings, [])
  // Names every object inherits are ordinary calls, not dangerous globals.
  const inherited = scanModule('z.ts', 'export const h = (n: number) => toString() + valueOf() + String(new constructor(n))\n')
  assert.deepEqual(inherited.findings, [])
})

test('the scan sees through casts, globalThis, aliases, string keys, require chains and timers', () => {
  const scanned = scanModule(
    'x.ts',
    [
      "import { promises } from 'fs'",
      '(process as any).binding("fs")',
      'require("fs").appendFileSync("/tmp/x", "y")',
      'promises.writeFile("a", "b")',
      '(fs as any)["writeFileSync"]("a", "b")',
      'globalThis.fetch("http://x")',
      'const f = fetch; f("http://x")',
      '(0, eval)("1"); (globalThis as any)["ev" + "al"]("1"); setTimeout("code", 0)',
      '(module as any).constructor._load("child_process")',
      "import fs from 'fs'"
    ]
      .map((line) => `${line};`)
      .join('\n')
  )
  assert.deepEqual(
    scanned.findings.map((found) => `${found.line} ${found.capability}`),
    ['2 process', '3 fs-write', '4 fs-write', '5 fs-write', '6 network', '7 network', '8 eval', '8 eval', '8 eval', '9 dynamic-import']
  )
})

test('the scan also sees destructuring, global aliases, loader back doors, Reflect, constructors and code from URLs', () => {
  const lines = [
    "import fs from 'fs'",
    "import { createRequire } from 'module'",
    'const { writeFileSync } = fs',
    'writeFileSync("a", "b")',
    'const g = globalThis',
    'g.fetch("http://x")',
    '(process as any).getBuiltinModule("node:child_process")',
    'createRequire(__filename)("child_process")',
    '(module as any).require("child_process")',
    'Object.getPrototypeOf(async () => undefined).constructor("code")',
    'Reflect.get(fs, "writeFileSync")',
    'const { fetch: ff } = globalThis',
    'ff("http://x")',
    'setTimeout(code as any, 0)',
    '(process as any).mainModule',
    'fs[key]("a")',
    "import('data:text/javascript,1')",
    "import semver from '../../node_modules/semver/index.js'"
  ]
  const scanned = scanModule('x.ts', lines.map((line) => `${line};`).join('\n'))
  const flaggedLines = new Set(scanned.findings.map((found) => found.line))
  for (const line of [2, 4, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17])
    assert.ok(flaggedLines.has(line), `line ${line}: ${lines[line - 1]} is not flagged`)
  assert.ok(
    !flaggedLines.has(1) && !flaggedLines.has(3) && !flaggedLines.has(5) && !flaggedLines.has(12),
    'bindings alone are not findings'
  )
  assert.deepEqual(
    scanned.packages.map((used) => used.name),
    ['semver']
  )
  assert.deepEqual(scanModule('y.ts', 'setTimeout(() => 1, 0); const run = () => 2; setTimeout(run, 5)\n').findings, [])
})

test('dependencies must be declared and allowed; the licence is shown', () => {
  const scanned = scanModule('x.ts', "import left from 'left-pad'\nimport { expect } from 'chai'\nimport x from 'odd'\n")
  const facts = (name: string) => ({
    declared: name !== 'left-pad',
    installed: name !== 'odd',
    ...(name === 'left-pad' ? { licence: 'WTFPL' } : {})
  })
  const found = dependencyFindings('x.ts', scanned, { allow: [], dependencies: ['chai'] }, facts)
  assert.deepEqual(
    found.map((finding) => `${finding.line} ${finding.message}`),
    [
      '1 imports left-pad (licence WTFPL), which package.json does not declare',
      '3 imports odd (not installed), which is not on the allow-list'
    ]
  )
})

test('a lock whose approval differs from its ledger entry in hash or ticket is not on the ledger', () => {
  const lock = emptyLock()
  lock.features['features/a.feature'] = { scenarios: { s: { sha256: 'new', approval: { by: 'carol', at: 't', ticket: 'T-1' } } } }
  lock.ledgerAnchor = { entries: 1, hash: 'h', at: 't' }
  const entry = (sha256: string, ticket: string) => ({
    entry: {
      sequence: 1,
      time: 't',
      kind: 'approve',
      hash: 'h',
      parents: [],
      result: { by: 'carol', at: 't', ticket, scenarios: [{ uri: 'features/a.feature', scenario: 's', sha256 }] }
    },
    location: { file: '.specloop/ledger/h.json' }
  })
  assert.deepEqual(lockAgainstLedger(lock, [entry('new', 'T-1')], true), { problems: [], anchors: 1 })
  assert.equal(lockAgainstLedger(lock, [entry('old', 'T-1')], true).problems[0]?.code, 'LOCK_NOT_ON_LEDGER')
  assert.equal(lockAgainstLedger(lock, [entry('new', 'T-2')], true).problems[0]?.code, 'LOCK_NOT_ON_LEDGER')
})

test('each approval anchors its own entry: one re-hashed in its place is located there, one removed at the lock', () => {
  const lock = emptyLock()
  lock.features['features/a.feature'] = { scenarios: { s: { sha256: 'x', approval: { by: 'carol', at: 't', entry: 'h1' } } } }
  lock.features['features/b.feature'] = { scenarios: { s: { sha256: 'y', approval: { by: 'dave', at: 'u', entry: 'h2' } } } }
  const approval = (hash: string, uri: string, by: string, at: string, sha256: string) => ({
    entry: { sequence: 1, time: at, kind: 'approve', hash, parents: [], result: { by, at, scenarios: [{ uri, scenario: 's', sha256 }] } },
    location: { file: `.specloop/ledger/${hash}.json` }
  })
  const both = [approval('h1', 'features/a.feature', 'carol', 't', 'x'), approval('h2', 'features/b.feature', 'dave', 'u', 'y')]
  assert.deepEqual(
    lockAgainstLedger(lock, both, true),
    { problems: [], anchors: 2 },
    'no top-level anchor is needed: each approval carries its own'
  )
  const rehashed = lockAgainstLedger(lock, [approval('h9', 'features/a.feature', 'carol', 't', 'x'), both[1]!], true).problems
  assert.equal(rehashed[0]?.code, 'LEDGER_ANCHOR')
  assert.equal(rehashed[0]?.file, '.specloop/ledger/h9.json')
  assert.match(rehashed[0]!.message, /took the place of h1.*re-hashed/)
  const removed = lockAgainstLedger(lock, [both[0]!], true).problems
  assert.deepEqual(
    removed.map((problem) => [problem.code, problem.file]),
    [
      ['LEDGER_ANCHOR', 'specs.lock'],
      ['LOCK_NOT_ON_LEDGER', 'features/b.feature']
    ]
  )
})

test('the run: none, outdated, failing, hollow, coverage under the threshold', () => {
  assert.equal(runFindings(undefined, undefined)[0]?.code, 'GATE_NO_RUN')
  const found = runFindings(
    {
      runId: 'r1',
      outdatedFeatures: ['features/a.feature'],
      notRun: [],
      failed: [{ uri: 'features/b.feature', line: 4, name: 'b', status: 'failed' }],
      hollow: [{ uri: 'features/c.feature', line: 9, name: 'c', reason: 'no-assertion' }],
      coverage: { covered: 1, total: 4 }
    },
    80
  )
  assert.deepEqual(
    found.map((finding) => finding.code),
    ['GATE_RUN_OUTDATED', 'GATE_FAILED', 'GATE_HOLLOW', 'GATE_COVERAGE']
  )
  assert.match(found[3]!.message, /25\.0% .*\(1\/4\); the policy asks for 80%/)
})

test("stages: each stage's one setting, the promote stage's roles; a mistake is located", () => {
  const text =
    '{\n  "teams": { "@qa": ["quinn"] },\n  "stages": {\n    "generate": "require-approval",\n    "verify": "require-fresh",\n' +
    '    "promote": { "roles": ["@qa", "rita"] }\n  }\n}\n'
  assert.deepEqual(parsePolicy(text).policy?.stages, {
    generate: 'require-approval',
    verify: 'require-fresh',
    promote: { roles: ['@qa', 'rita'], line: 6 }
  })
  assert.match(parsePolicy('{ "stages": { "deploy": "now" } }').error!.message, /unknown stage "stages.deploy"/)
  assert.match(parsePolicy('{ "stages": { "generate": "yes" } }').error!.message, /"stages.generate" must be "require-approval"/)
  assert.match(
    parsePolicy('{ "stages": { "promote": { "roles": ["@ops"] } } }').error!.message,
    /names the team @ops, which "teams" does not define/
  )
  assert.deepEqual(parsePolicy(undefined).policy?.stages, {})
})

test('promotion: a run of this very commit, and an approval of what is here now by each role', () => {
  const policy = parsePolicy('{ "teams": { "@qa": ["quinn"] }, "stages": { "promote": { "roles": ["@qa", "rita"] } } }').policy!
  const approvals = [
    { by: 'quinn', at: 't1', release: 'now' },
    { by: 'rita', at: 't2', release: 'before' }
  ]
  const codes = (facts: Parameters<typeof promotionFindings>[1]) =>
    promotionFindings(policy, facts).map((finding) => `${finding.code}: ${finding.message}`)
  assert.deepEqual(codes({ head: 'c1', run: { runId: 'r', commit: 'c1' }, release: 'now', approvals }), [
    'STAGE_PROMOTE_APPROVAL: no promotion approval by rita of the specs and generated code as they are now (rita approved an earlier state, t2)'
  ])
  assert.deepEqual(
    codes({
      head: 'c1',
      run: { runId: 'r', commit: 'c1' },
      release: 'now',
      approvals: [...approvals, { by: 'Rita <rita>', at: 't3', release: 'now' }]
    }),
    []
  )
  assert.match(
    codes({ head: 'c2', run: { runId: 'r', commit: 'c1' }, release: 'now', approvals })[0]!,
    /is of commit c1, not of HEAD \(c2\)/
  )
  assert.match(codes({ head: 'c1', run: { runId: 'r' }, release: 'now', approvals })[0]!, /was not of a commit/)
  assert.match(codes({ release: 'now', approvals })[0]!, /the working tree has changes/)
  assert.deepEqual(promotionRolesOf(policy, 'quinn'), ['@qa'])
  assert.deepEqual(promotionRolesOf(policy, 'mallory'), [])
})
