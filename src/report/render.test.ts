import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { encodeLines } from '../trace'
import { buildReportModel } from './build'
import { foldMessages } from './fold'
import { renderSite } from './html/site'
import { renderTrendChart } from './html/trend'
import { renderMarkdown } from './markdown'
import { readSiteAssets } from './assets'
import { emptyCounts, formatCountSummary } from '../messages'
import type { ReportModel } from './model'
import type { MutantResult } from '../strength'
import { packageRoot } from '../package-root'

const testdata = path.join(packageRoot, 'src', 'report', 'testdata')
const shopMessages = fs.readFileSync(path.join(testdata, 'shop.ndjson'), 'utf8')
const NOW = new Date('2026-03-01T12:00:00.000Z')
const HOSTILE = '</script><script>alert("x & y")</script> | *bold* `code`'

function shopModel(rename = false): ReportModel {
  const run = foldMessages(shopMessages, 'shop.ndjson').run!
  // A scenario that did not pass, so every renderer shows its name.
  if (rename) run.features[0].scenarios.find((scenario) => scenario.name === 'Invoice archived')!.name = HOSTILE
  const pickleId = run.features[1].scenarios[0].pickleId
  return buildReportModel({
    run,
    now: NOW,
    codeFiles: new Map([['src/cart.js', 'a\nb\n']]),
    trace: {
      version: 1,
      runId: 'r1',
      createdAt: '',
      scenarios: [{ pickleId, name: '', uri: '', line: 1, status: 'passed' }],
      files: [
        {
          path: 'src/cart.js',
          role: 'implementation',
          lineCount: 2,
          executable: encodeLines([1, 2]),
          functions: [],
          hits: { 0: encodeLines([1]) }
        }
      ]
    }
  })
}

/** Runs the data scripts of a site the way the browser does, collecting what they register. */
function loadDataScripts(files: { path: string; content: string | Uint8Array }[]): Map<string, unknown> {
  const received = new Map<string, unknown>()
  const context = vm.createContext({ specloopReport: { receive: (key: string, data: unknown) => received.set(key, data) } })
  for (const file of files) if (file.path.startsWith('data/')) vm.runInContext(String(file.content), context)
  // Plain objects of this realm, so they compare as such.
  return new Map([...received].map(([key, value]) => [key, JSON.parse(JSON.stringify(value))]))
}

test('the site: assets, one data file per feature and per source file, the search index, attachments, index.html last', () => {
  const model = shopModel()
  const files = renderSite(model, readSiteAssets())
  const paths = files.map((file) => file.path)
  assert.equal(paths[paths.length - 1], 'index.html')
  for (const asset of ['assets/app.js', 'assets/app.css', 'assets/tag-expressions.js']) assert.ok(paths.includes(asset), asset)
  assert.deepEqual(
    paths.filter((item) => item.startsWith('data/features/')),
    ['data/features/0.js', 'data/features/1.js']
  )
  assert.deepEqual(
    paths.filter((item) => item.startsWith('data/sources/')),
    ['data/sources/0.js']
  )
  assert.equal(paths.filter((item) => item.startsWith('attachments/')).length, 1)
  const data = loadDataScripts(files)
  const feature = data.get('feature/1') as { uri: string; scenarios: { name: string }[] }
  assert.equal(feature.uri, 'features/cart/cart.feature')
  assert.equal(feature.scenarios.length, 5)
  const index = data.get('scenarios') as unknown[][]
  assert.equal(index.length, 11)
  const adding = index.find((row) => row[2] === 'Adding one item')!
  assert.deepEqual(adding.slice(0, 5), [1, 9, 'Adding one item', 'passed', '@cart'])
  assert.match(String(adding[5]), /the shopper adds 2 "apple" at 0.50 each/)
  const source = data.get('source/0') as { path: string; lines: string[]; hits: Record<string, string> }
  assert.deepEqual(source.lines, ['a', 'b'])
  assert.deepEqual(Object.keys(source.hits), ['6'])
})

test('the data of a source file carries the lines that ran while its code was loaded, which the source view marks', () => {
  const model = shopModel()
  model.sources[0].loaded = encodeLines([2])
  const source = loadDataScripts(renderSite(model, readSiteAssets())).get('source/0') as { loaded?: string }
  assert.equal(source.loaded, encodeLines([2]))
})

test('plain scenarios leave their template steps out of the page data; outlines keep them', () => {
  const files = renderSite(shopModel(), readSiteAssets())
  const feature = loadDataScripts(files).get('feature/1') as { children: { scenario?: { name: string; steps: unknown[] } }[] }
  const byName = new Map(
    feature.children.filter((child) => child.scenario).map((child) => [child.scenario!.name, child.scenario!.steps.length])
  )
  assert.equal(byName.get('Adding one item'), 0)
  assert.equal(byName.get('Totals of several items'), 2)
})

test('the tag-expression parser is cucumber’s own, wrapped for the browser', () => {
  const { tagExpressionsJs } = readSiteAssets()
  const context = vm.createContext({ window: {} as Record<string, unknown> })
  vm.runInContext(tagExpressionsJs, context)
  const parse = (context.window as { specloopTagExpressions: { parse(text: string): { evaluate(tags: string[]): boolean } } })
    .specloopTagExpressions.parse
  assert.equal(parse('@billing and not @wip').evaluate(['@billing']), true)
  assert.equal(parse('@billing and not @wip').evaluate(['@billing', '@wip']), false)
  assert.throws(() => parse('@billing and'))
  assert.match(tagExpressionsJs, /MIT License/)
})

test('text from the specs cannot break out of the page', () => {
  const html = String(renderSite(shopModel(true), readSiteAssets()).find((file) => file.path === 'index.html')!.content)
  const inline = /<script id="specloop-index" type="application\/json">([\s\S]*?)<\/script>/.exec(html)!
  assert.ok(!inline[1].includes('</script'))
  assert.equal(JSON.parse(inline[1]).features.length, 2)
  assert.equal(html.match(/<script/g)?.length, 3)
})

test('the trend chart has one bar per run, at most forty, and escapes what it shows', () => {
  const runs = Array.from({ length: 45 }, (_, index) => ({
    runId: `<run ${index}>`,
    time: new Date(Date.UTC(2026, 0, 1 + index)).toISOString(),
    scenarios: { ...emptyCounts(), passed: index, failed: 1 },
    steps: emptyCounts()
  }))
  const svg = renderTrendChart(runs)
  assert.equal(svg.match(/<g class="run">/g)?.length, 40)
  assert.ok(!svg.includes('<run'))
  assert.match(svg, /&lt;run 44&gt;/)
  assert.match(renderTrendChart([]), /^<svg[\s\S]*<\/svg>$/)
})

test('markdown: the counts, what did not pass, and names that cannot break the table or the list', () => {
  const markdown = renderMarkdown(shopModel(true))
  const model = shopModel()
  assert.ok(markdown.includes(formatCountSummary(model.counts.scenarios, 'scenario')))
  assert.match(markdown, /^## Living documentation: 5 of 11 scenarios did not pass$/m)
  assert.match(markdown, /^\| scenarios \| 11 \| 2 \| 1 \| 1 \| 1 \| 1 \| 5 \|$/m)
  assert.match(
    markdown,
    /^- \*\*failed\*\* Invoices › Invoice in another currency \(`features\/billing\/invoice.feature:15`\): no exchange rate for EUR$/m
  )
  // A message of several lines stays whole, on one line: which definitions an ambiguous step matched.
  assert.match(
    markdown,
    new RegExp(
      String.raw`\*\*ambiguous\*\*.*: Multiple step definitions match: the invoice is archived - steps/cart\.steps\.js:54 ` +
        String.raw`/\^the invoice is \(archived\)\$/ - steps/cart\.steps\.js:55$`,
      'm'
    )
  )
  assert.match(markdown, /\\<\/script\\>/)
  assert.match(markdown, /\\\| \\\*bold\\\*/)
  assert.match(markdown, /Trace: 50.0% of executable lines run by the scenarios \(1\/2\)/)
})

test('markdown: a headline over passing scenarios says when generated code rests on a rule the examples do not decide', () => {
  const model = shopModel()
  const row = { generator: 'specloop synthesis', version: '1', editedByHand: false, sources: [], ledgerEntries: [] }
  model.provenance.push(
    { ...row, path: 'generated/src/fee.ts', rule: 'unconfirmed' },
    { ...row, path: 'generated/src/tax.ts', rule: 'confirmed' }
  )
  assert.match(
    renderMarkdown(model),
    /^## Living documentation: 5 of 11 scenarios did not pass; 1 generated file rests on a rule the examples do not decide$/m
  )
  model.provenance.pop()
  model.provenance.pop()
  assert.match(renderMarkdown(model), /^## Living documentation: 5 of 11 scenarios did not pass$/m)
})

test('strength: the score per feature and the survivors with their killing rows, in markdown and in the site index', () => {
  const run = foldMessages(shopMessages, 'shop.ndjson').run!
  const survivor: MutantResult = {
    id: 'm1',
    file: 'src/cart.ts',
    line: 4,
    column: 12,
    statementLine: 4,
    operator: 'boundary',
    original: '>=',
    replacement: '>',
    status: 'survived',
    scenarios: ['features/cart.feature:3'],
    killedBy: [],
    features: ['features/cart.feature'],
    selectionKey: 'k',
    killingRow: { uri: 'features/cart.feature', line: 9, header: '| total | free |', row: '| 50    | true |', expectedFrom: 'current-code' }
  }
  const killed: MutantResult = { ...survivor, id: 'm2', status: 'killed', killedBy: ['features/cart.feature:3'], killingRow: undefined }
  const model = buildReportModel({
    run,
    now: NOW,
    strength: {
      version: 1,
      createdAt: '2026-03-01T11:00:00.000Z',
      traceRunId: 'r1',
      score: 50,
      mutants: [survivor, killed],
      features: [{ uri: 'features/cart.feature', mutants: 2, killed: 1, survived: 1, score: 50 }]
    }
  })
  const markdown = renderMarkdown(model)
  assert.match(markdown, /^### Spec strength: mutation score 50%$/m)
  assert.match(markdown, /^\| `features\/cart.feature` \| 50% \| 1 of 2 \|$/m)
  assert.match(
    markdown,
    new RegExp(
      '^- `src/cart.ts:4:12` `>=` → `>` survives; a row that kills it, for `features/cart.feature` ' +
        String.raw`\(expected = the code's answer now\): \`\| 50 {4}\| true \|\`$`,
      'm'
    )
  )
  const index = renderSite(model, readSiteAssets())
    .find((file) => file.path === 'index.html')!
    .content.toString()
  assert.ok(index.includes('"strength":{"createdAt":"2026-03-01T11:00:00.000Z","score":50'), 'the site index carries the strength summary')
  assert.equal(renderMarkdown(shopModel()).includes('Spec strength'), false)
})

test('a feature written from a spec template names it, from its @template tag, in the markdown and the site', () => {
  const cartTag = '{"location":{"line":1,"column":1},"name":"@cart","id":"638c7928-b91d-4ad7-9d3d-3703d66b4c45"}'
  const messages = shopMessages.replace(
    cartTag,
    `${cartTag},{"location":{"line":1,"column":7},"name":"@template:rule-table","id":"tag-template"}`
  )
  assert.notEqual(messages, shopMessages, 'the test data tags its cart feature @cart')
  const run = foldMessages(messages, 'shop.ndjson').run!
  const model = buildReportModel({ run, now: NOW, codeFiles: new Map() })
  const templated = model.features.filter((feature) => feature.template)
  assert.deepEqual(
    templated.map((feature) => feature.template),
    ['rule-table']
  )
  assert.ok(renderMarkdown(model).includes(`- ${templated[0]!.name} (\`${templated[0]!.uri}\`): template rule-table`))
  const index = renderSite(model, readSiteAssets()).find((file) => file.path === 'index.html')!
  assert.ok(String(index.content).includes('"template":"rule-table"'))
})
