import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import { foldMessages } from './fold'
import { formatCountSummary, emptyCounts, addCounts } from '../messages'
import type { FoldedRun } from './fold'
import type { ReportScenario } from './model'
import { packageRoot } from '../package-root'

// Tests run from dist/src/; the test data stays in src/report/testdata.
const testdata = path.join(packageRoot, 'src', 'report', 'testdata')
const shopMessages = fs.readFileSync(path.join(testdata, 'shop.ndjson'), 'utf8')

function shop(): FoldedRun {
  const result = foldMessages(shopMessages, 'shop.ndjson')
  assert.equal(result.error, undefined)
  return result.run!
}

function scenarioNamed(run: FoldedRun, name: string, line?: number): ReportScenario {
  const found = run.features
    .flatMap((feature) => feature.scenarios)
    .filter((scenario) => scenario.name === name && (line === undefined || scenario.line === line))
  assert.equal(found.length, 1, `one scenario named ${name}`)
  return found[0]
}

test('the counts are the ones cucumber printed in its summary of the same run', () => {
  const run = shop()
  const scenarios = emptyCounts()
  const steps = emptyCounts()
  for (const feature of run.features) {
    addCounts(scenarios, feature.counts)
    addCounts(steps, feature.steps)
  }
  const summary = fs.readFileSync(path.join(testdata, 'shop.summary.txt'), 'utf8').trim().split('\n')
  assert.deepEqual([formatCountSummary(scenarios, 'scenario'), formatCountSummary(steps, 'step')], summary)
})

test('features are sorted by path and numbered, scenarios by line', () => {
  const run = shop()
  assert.deepEqual(
    run.features.map((feature) => feature.uri),
    ['features/billing/invoice.feature', 'features/cart/cart.feature']
  )
  const all = run.features.flatMap((feature) => feature.scenarios)
  assert.deepEqual(
    all.map((scenario) => scenario.index),
    all.map((_, index) => index)
  )
  for (const feature of run.features) {
    const lines = feature.scenarios.map((scenario) => scenario.line)
    assert.deepEqual(
      lines,
      [...lines].sort((a, b) => a - b)
    )
    feature.scenarios.forEach((scenario, local) => {
      assert.equal(scenario.local, local)
      assert.equal(scenario.feature, feature.index)
    })
  }
})

test('each Examples row of an outline is a scenario with its own status, linked from its row', () => {
  const run = shop()
  const cart = run.features.find((feature) => feature.uri === 'features/cart/cart.feature')!
  const outline = cart.children.map((child) => child.scenario).find((scenario) => scenario?.name === 'Totals of several items')!
  assert.equal(outline.examples.length, 1)
  const rows = outline.examples[0].rows
  assert.deepEqual(
    rows.map((row) => cart.scenarios[row.scenario!].status),
    ['passed', 'passed', 'failed']
  )
  assert.deepEqual(
    rows.map((row) => cart.scenarios[row.scenario!].line),
    rows.map((row) => row.line)
  )
  const mango = cart.scenarios[rows[2].scenario!]
  assert.deepEqual(mango.outline, {
    line: outline.line,
    header: ['count', 'item', 'price', 'total'],
    values: ['2', 'mango', '1.50', '9.99']
  })
  assert.equal(mango.steps.find((step) => step.status === 'failed')?.text, 'the cart total is 9.99')
  assert.deepEqual(
    outline.scenarios,
    rows.map((row) => row.scenario)
  )
})

test('steps keep their keyword, background origin, tables and doc strings', () => {
  const run = shop()
  const adding = scenarioNamed(run, 'Adding one item')
  assert.deepEqual(
    adding.steps.map((step) => [step.keyword.trim(), step.kind ?? 'own']),
    [
      ['Given', 'background'],
      ['When', 'own'],
      ['Then', 'own']
    ]
  )
  const discount = scenarioNamed(run, 'Ten percent off above one hundred')
  assert.equal(discount.rule, 'Large orders get a discount')
  assert.deepEqual(discount.steps[1].table, [
    ['item', 'count', 'price'],
    ['chair', '2', '40.00'],
    ['table', '1', '80.00']
  ])
  const invoice = scenarioNamed(run, 'Invoice text')
  assert.equal(invoice.steps.find((step) => step.docString)?.docString?.content, 'lamp x1 12.00\ntotal 12.00')
  assert.ok(invoice.steps.every((step) => step.status === 'passed'))
  assert.ok(invoice.steps.some((step) => step.definitions?.[0]?.startsWith('steps/cart.steps.js:')))
})

test('errors keep their message and stack; ambiguous steps name every definition', () => {
  const run = shop()
  const currency = scenarioNamed(run, 'Invoice in another currency')
  const failed = currency.steps.find((step) => step.status === 'failed')!
  assert.equal(failed.error?.message, 'no exchange rate for EUR')
  assert.match(failed.error?.stack ?? '', /at convert \(/)
  assert.equal(currency.steps[currency.steps.length - 1].status, 'skipped')
  const archived = scenarioNamed(run, 'Invoice archived')
  assert.equal(archived.status, 'ambiguous')
  assert.equal(archived.steps.find((step) => step.status === 'ambiguous')?.definitions?.length, 2)
})

test('attachments: text and JSON inline, images as files named by their hash, hooks with attachments kept', () => {
  const run = shop()
  const invoice = scenarioNamed(run, 'Invoice text')
  const hook = invoice.steps.find((step) => step.kind === 'hook')!
  assert.equal(hook.keyword, 'Before')
  assert.deepEqual(
    hook.attachments?.map((attachment) => attachment.text),
    ['billing fixtures loaded']
  )
  const reads = invoice.steps.find((step) => step.text === 'the invoice reads:')!
  const [text, json, image] = reads.attachments!
  assert.equal(text.text, 'lamp x1 12.00\ntotal 12.00')
  assert.deepEqual(JSON.parse(json.text!), { lines: 1, total: 12 })
  assert.match(image.path!, /^attachments\/[0-9a-f]{24}\.png$/)
  assert.equal(image.text, undefined)
  const bytes = run.attachmentFiles.get(image.path!)!
  assert.deepEqual([...bytes.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join(''), 'PNG')
  // Scenarios without a hook attachment do not show the hooks that passed.
  assert.ok(scenarioNamed(run, 'Adding one item').steps.every((step) => step.kind !== 'hook'))
})

test('a scenario skipped by its hook is skipped, with its steps skipped', () => {
  const signed = scenarioNamed(shop(), 'Invoice signed by hand')
  assert.equal(signed.status, 'skipped')
  assert.ok(signed.steps.filter((step) => step.kind !== 'hook').every((step) => step.status === 'skipped'))
})

test('the run: implementation, start, success, and the spec sources for provenance', () => {
  const run = shop()
  assert.equal(run.meta?.implementation.name, 'cucumber-js')
  assert.equal(run.runFinished?.success, false)
  assert.ok(run.runStarted?.timestamp)
  assert.ok(run.sources.get('features/cart/cart.feature')?.startsWith('@cart\nFeature: Shopping cart'))
})

/** A hand-written stream: one scenario retried once, plus what other implementations send. */
function retriedRun(): string {
  const envelopes: unknown[] = [
    {
      gherkinDocument: {
        uri: 'a.feature',
        comments: [],
        feature: {
          location: { line: 1 },
          tags: [],
          language: 'en',
          keyword: 'Feature',
          name: 'A',
          description: '',
          children: [
            {
              scenario: {
                id: 's1',
                location: { line: 2 },
                tags: [],
                keyword: 'Scenario',
                name: 'flaky',
                description: '',
                examples: [],
                steps: [{ id: 'st1', location: { line: 3 }, keyword: 'Given ', text: 'it flakes' }]
              }
            }
          ]
        }
      }
    },
    {
      pickle: {
        id: 'p1',
        uri: 'a.feature',
        location: { line: 2 },
        name: 'flaky',
        language: 'en',
        astNodeIds: ['s1'],
        tags: [],
        steps: [{ id: 'ps1', astNodeIds: ['st1'], text: 'it flakes' }]
      }
    },
    {
      stepDefinition: {
        id: 'd1',
        pattern: { source: 'it flakes', type: 'CUCUMBER_EXPRESSION' },
        sourceReference: { uri: 'steps.js', location: { line: 7 } }
      }
    },
    { testCase: { id: 'tc1', pickleId: 'p1', testSteps: [{ id: 'ts1', pickleStepId: 'ps1', stepDefinitionIds: ['d1'] }] } },
    { testCaseStarted: { id: 'a0', testCaseId: 'tc1', attempt: 0, timestamp: { seconds: 10, nanos: 0 } } },
    {
      testStepFinished: {
        testCaseStartedId: 'a0',
        testStepId: 'ts1',
        testStepResult: { status: 'FAILED', duration: { seconds: 0, nanos: 5e6 }, message: 'Error: boom\n    at here (x.js:1:1)' },
        timestamp: { seconds: 10, nanos: 5e6 }
      }
    },
    { testCaseFinished: { testCaseStartedId: 'a0', willBeRetried: true, timestamp: { seconds: 10, nanos: 6e6 } } },
    { testCaseStarted: { id: 'a1', testCaseId: 'tc1', attempt: 1, timestamp: { seconds: 11, nanos: 0 } } },
    {
      testStepFinished: {
        testCaseStartedId: 'a1',
        testStepId: 'ts1',
        testStepResult: { status: 'PASSED', duration: { seconds: 0, nanos: 2e6 } },
        timestamp: { seconds: 11, nanos: 2e6 }
      }
    },
    { testCaseFinished: { testCaseStartedId: 'a1', willBeRetried: false, timestamp: { seconds: 11, nanos: 3e6 } } },
    { attachment: { body: 'prices loaded', contentEncoding: 'IDENTITY', mediaType: 'text/plain', testRunHookStartedId: 'h1' } },
    { parseError: { source: { uri: 'b.feature', location: { line: 4 } }, message: '(4:1): expected: #Feature, got: Scenario' } },
    { someFutureEnvelope: { anything: true } }
  ]
  return envelopes.map((envelope) => JSON.stringify(envelope)).join('\r\n') + '\r\n\r\n'
}

test('a retried scenario shows its last attempt; CRLF, blank lines and unknown envelopes are fine', () => {
  const result = foldMessages(retriedRun(), 'retried.ndjson')
  assert.equal(result.error, undefined)
  const [scenario] = result.run!.features[0].scenarios
  assert.equal(scenario.status, 'passed')
  assert.equal(scenario.attempts, 2)
  assert.equal(scenario.durationMs, 3)
  assert.equal(scenario.steps[0].error, undefined)
  assert.deepEqual(scenario.steps[0].definitions, ['steps.js:7'])
  assert.deepEqual(result.run!.parseErrors, [{ uri: 'b.feature', line: 4, message: '(4:1): expected: #Feature, got: Scenario' }])
  assert.deepEqual(result.run!.runAttachments, [{ mediaType: 'text/plain', text: 'prices loaded', bytes: 13 }])
})

test('an old-style error message splits into message and stack', () => {
  const text = retriedRun().split('\r\n').slice(0, 7).join('\n')
  const [scenario] = foldMessages(text, 'x').run!.features[0].scenarios
  assert.equal(scenario.status, 'failed')
  assert.deepEqual(scenario.steps[0].error, { message: 'Error: boom', stack: 'Error: boom\n    at here (x.js:1:1)' })
})

test('a line that is not JSON is reported at its line and column', () => {
  const text = `${shopMessages.split('\n').slice(0, 2).join('\n')}\n{"pickle": nope}\n`
  const result = foldMessages(text, 'bad.ndjson')
  assert.equal(result.error?.code, 'REPORT_BAD_MESSAGES')
  assert.equal(result.error?.file, 'bad.ndjson')
  assert.equal(result.error?.line, 3)
  // Node says where in the line only for some errors ("at position N"): then the column is given.
  assert.ok(result.error?.column === undefined || result.error.column === 12)
  assert.match(result.error?.message ?? '', /^not a Cucumber Messages line: /)
  const truncated = foldMessages(`${shopMessages.split('\n')[0]}\n{"pickle":{"id":"p"`, 'cut.ndjson')
  assert.equal(truncated.error?.line, 2)
})

test('a JSON value that is not an envelope, and a stream without features, are refused', () => {
  assert.equal(foldMessages('{"meta":{}}\n[1,2]\n', 'x').error?.line, 2)
  assert.equal(foldMessages('{"meta":{"protocolVersion":"1"}}\n', 'x').error?.code, 'REPORT_NO_SPECIFICATION')
  assert.equal(foldMessages('', 'x').error?.code, 'REPORT_NO_SPECIFICATION')
})

test('pickles of a run that stopped early are listed as not run', () => {
  const text = shopMessages
    .split('\n')
    .filter((line) => !/^\{"test(Case|Step)/.test(line))
    .join('\n')
  const run = foldMessages(text, 'x').run!
  const scenarios = run.features.flatMap((feature) => feature.scenarios)
  assert.equal(scenarios.length, 11)
  assert.ok(scenarios.every((scenario) => scenario.status === 'unknown' && scenario.attempts === 0))
  assert.ok(scenarios.every((scenario) => scenario.steps.every((step) => step.status === 'unknown' && step.text.length > 0)))
})
