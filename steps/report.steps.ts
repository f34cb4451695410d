import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { Given, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { repositoryRoot, SpecloopWorld } from './support/world'
import { encodeLines, decodeLines, formatRanges } from '../src/trace'
import type { Trace } from '../src/trace'
import { appendLedger } from '../src/ledger'
import { renderWithProvenance, sha256 } from '../src/workspace'
import { specHash } from '../src/governance'
import { HISTORY_PATH } from '../src/report'

const SHOP_PROJECT = path.join(repositoryRoot, 'src', 'report', 'testdata', 'shop')
const LATEST_RUN = path.join('.specloop', 'runs', 'latest')

/** "4-5, 8-10" → [4, 5, 8, 9, 10] */
function parseRanges(text: string): number[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .flatMap((part) => {
      const [start, end = start] = part.split('-').map(Number)
      return Array.from({ length: end - start + 1 }, (_, offset) => start + offset)
    })
}

function pickleIdsByName(world: SpecloopWorld, messagesFile: string): Map<string, string> {
  const ids = new Map<string, string>()
  for (const line of world.readFile(messagesFile).split('\n')) {
    if (!line.startsWith('{"pickle"')) continue
    const { pickle } = JSON.parse(line)
    ids.set(pickle.name, pickle.id)
  }
  return ids
}

/** What a browser would see: the inline overview and every data script of the site. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the site's JSON, read as a browser would: untyped
export function readSite(world: SpecloopWorld, directory: string): { index: any; data: Map<string, any> } {
  const html = world.readFile(path.join(directory, 'index.html'))
  const inline = /<script id="specloop-index" type="application\/json">([\s\S]*?)<\/script>/.exec(html)
  expect(inline, 'index.html has the overview data').to.not.equal(null)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
  const data = new Map<string, any>()
  const context = vm.createContext({
    specloopReport: { receive: (key: string, value: unknown) => data.set(key, JSON.parse(JSON.stringify(value))) }
  })
  const visit = (relative: string): void => {
    for (const entry of fs.readdirSync(world.pathOf(relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name)
      if (entry.isDirectory()) visit(child)
      else if (entry.name.endsWith('.js')) vm.runInContext(world.readFile(child), context)
    }
  }
  visit(path.join(directory, 'data'))
  return { index: JSON.parse(inline![1]), data }
}

function countLines(world: SpecloopWorld, summaryFile: string): string[] {
  const lines = world
    .readFile(summaryFile)
    .split('\n')
    .filter((line) => /^\d+ (scenario|step)s? /.test(line))
  expect(lines, `cucumber's summary in ${summaryFile}`).to.have.length(2)
  return lines
}

function describe(counts: Record<string, number>, noun: string): string {
  // cucumber's summary order, worst first
  const order = ['failed', 'ambiguous', 'undefined', 'pending', 'skipped', 'passed', 'unknown']
  const total = order.reduce((sum, status) => sum + (counts[status] ?? 0), 0)
  const details = order.filter((status) => counts[status] > 0).map((status) => `${counts[status]} ${status}`)
  return `${total} ${noun}${total === 1 ? '' : 's'}${details.length ? ` (${details.join(', ')})` : ''}`
}

Given('the example shop project', function (this: SpecloopWorld) {
  fs.cpSync(SHOP_PROJECT, this.projectDirectory, { recursive: true })
  this.linkNodeModules()
})

function recordLatestRun(world: SpecloopWorld): void {
  fs.mkdirSync(world.pathOf(LATEST_RUN), { recursive: true })
  world.runCucumber(['--format', `message:${path.join(LATEST_RUN, 'messages.ndjson')}`])
  expect(fs.existsSync(world.pathOf(path.join(LATEST_RUN, 'messages.ndjson'))), world.output).to.equal(true)
}

Given('the latest run of the project', function (this: SpecloopWorld) {
  recordLatestRun(this)
})

Given('the latest run of the project, with a trace where:', function (this: SpecloopWorld, table: { hashes(): Record<string, string>[] }) {
  recordLatestRun(this)
  const ids = pickleIdsByName(this, path.join(LATEST_RUN, 'messages.ndjson'))
  const trace: Trace = { version: 1, runId: 'traced-run', createdAt: new Date().toISOString(), scenarios: [], files: [] }
  for (const row of table.hashes()) {
    const pickleId = ids.get(row.scenario)
    expect(pickleId, `a scenario named ${row.scenario} in the run`).to.be.a('string')
    let scenarioIndex = trace.scenarios.findIndex((scenario) => scenario.pickleId === pickleId)
    if (scenarioIndex < 0) {
      scenarioIndex = trace.scenarios.push({ pickleId: pickleId!, name: row.scenario, uri: '', line: 0, status: 'passed' }) - 1
    }
    let file = trace.files.find((candidate) => candidate.path === row.file)
    if (!file) {
      file = {
        path: row.file,
        role: 'implementation',
        lineCount: this.readFile(row.file).split('\n').length,
        executable: '',
        functions: [],
        hits: {}
      }
      trace.files.push(file)
    }
    file.hits[scenarioIndex] = encodeLines(parseRanges(row.lines))
    // Until told otherwise, the lines that ran are the executable ones.
    file.executable = encodeLines([...decodeLines(file.executable), ...parseRanges(row.lines)])
  }
  this.writeFile(path.join(LATEST_RUN, 'trace.json'), JSON.stringify(trace, null, 2))
})

Given('the executable lines of {string} are {string}', function (this: SpecloopWorld, file: string, lines: string) {
  const tracePath = path.join(LATEST_RUN, 'trace.json')
  const trace: Trace = JSON.parse(this.readFile(tracePath))
  trace.files.find((candidate) => candidate.path === file)!.executable = encodeLines(parseRanges(lines))
  this.writeFile(tracePath, JSON.stringify(trace, null, 2))
})

Given('a generated file {string} made from {string}, recorded in the ledger', function (this: SpecloopWorld, file: string, spec: string) {
  const content = renderWithProvenance("'use strict'\nmodule.exports = { rate: 0.9 }\n", {
    generator: 'offline/synthesis',
    version: '0.1.0',
    sources: [{ path: spec, sha256: specHash(spec, this.readFile(spec)) }]
  })
  this.writeFile(file, content)
  appendLedger(this.projectDirectory, {
    kind: 'generate',
    generator: 'offline/synthesis',
    inputs: [{ path: spec, sha256: sha256(this.readFile(spec)) }],
    files: [{ path: file, sha256: sha256(content) }]
  })
})

Given(
  'a generated file {string} made from {string} with a rule its examples do not decide, recorded in the ledger with the result:',
  function (this: SpecloopWorld, file: string, spec: string, result: string) {
    const content = renderWithProvenance("'use strict'\nmodule.exports = { rate: 0.9 }\n", {
      generator: 'offline/synthesis',
      version: '0.1.0',
      sources: [{ path: spec, sha256: specHash(spec, this.readFile(spec)) }],
      rule: 'unconfirmed'
    })
    this.writeFile(file, content)
    appendLedger(this.projectDirectory, {
      kind: 'generate',
      generator: 'offline/synthesis',
      inputs: [{ path: spec, sha256: sha256(this.readFile(spec)) }],
      files: [{ path: file, sha256: sha256(content) }],
      result: JSON.parse(result) as Record<string, unknown>
    })
  }
)

Then('the output has the scenario and step counts of {string}', function (this: SpecloopWorld, summaryFile: string) {
  for (const line of countLines(this, summaryFile)) expect(this.output.split('\n')).to.include(line)
})

Then(
  'the report in {string} shows the scenario and step counts of {string}',
  function (this: SpecloopWorld, directory: string, summaryFile: string) {
    const { index } = readSite(this, directory)
    expect([describe(index.counts.scenarios, 'scenario'), describe(index.counts.steps, 'step')]).to.deep.equal(
      countLines(this, summaryFile)
    )
  }
)

Then(
  'the report in {string} has a data file for each of its {int} features',
  function (this: SpecloopWorld, directory: string, features: number) {
    const { index, data } = readSite(this, directory)
    expect(index.features).to.have.length(features)
    index.features.forEach((feature: { uri: string }, featureIndex: number) =>
      expect(data.get(`feature/${featureIndex}`)?.uri).to.equal(feature.uri)
    )
    expect(data.get('scenarios')).to.have.length(
      index.features.reduce((sum: number, feature: { scenarios: number }) => sum + feature.scenarios, 0)
    )
  }
)

Then(
  'in the report in {string}, {string} ran the lines {string} of {string}',
  function (this: SpecloopWorld, directory: string, scenarioName: string, lines: string, file: string) {
    const { index, data } = readSite(this, directory)
    const sourceIndex = index.sources.findIndex((source: { path: string }) => source.path === file)
    expect(sourceIndex, `${file} in the report`).to.be.at.least(0)
    const source = data.get(`source/${sourceIndex}`)
    const scenarios: unknown[][] = data.get('scenarios')
    const scenarioIndex = scenarios.findIndex((row) => row[2] === scenarioName)
    expect(formatRanges(decodeLines(source.hits[scenarioIndex]))).to.equal(formatRanges(parseRanges(lines)))
    expect(source.lines.join('\n')).to.equal(this.readFile(file).replace(/\n$/, ''))
  }
)

Then(
  'in the report in {string}, the uncovered lines of {string} are {string}',
  function (this: SpecloopWorld, directory: string, file: string, lines: string) {
    const { index } = readSite(this, directory)
    const sourceIndex = index.sources.findIndex((source: { path: string }) => source.path === file)
    expect(index.trace.uncovered.find((entry: { source: number }) => entry.source === sourceIndex)?.lines).to.equal(lines)
  }
)

Then(
  'in the report in {string}, {string} was generated from {string} and not edited by hand',
  function (this: SpecloopWorld, directory: string, file: string, spec: string) {
    const { index } = readSite(this, directory)
    const row = index.provenance.find((candidate: { path: string }) => candidate.path === file)
    expect(row, `${file} in the provenance`).to.not.equal(undefined)
    expect(row.generator).to.equal('offline/synthesis')
    expect(row.editedByHand).to.equal(false)
    expect(row.sources).to.deep.equal([{ path: spec, sha256: specHash(spec, this.readFile(spec)), state: 'unchanged' }])
    expect(row.ledgerEntries).to.deep.equal([1])
    expect(index.ledger.valid).to.equal(true)
  }
)

Then(
  'in the report in {string}, the metrics have {string} equal to {int}',
  function (this: SpecloopWorld, directory: string, jsonPath: string, expected: number) {
    const metrics = readSite(this, directory).index.metrics
    expect(jsonPath.split('.').reduce((node, key) => node?.[key], metrics)).to.equal(expected)
  }
)

Then('the history of the project has {int} run(s)', function (this: SpecloopWorld, runs: number) {
  expect(this.readFile(path.join('.specloop', 'history.jsonl')).trim().split('\n')).to.have.length(runs)
})

Given('the trace marks {string} hollow because it asserts nothing', function (this: SpecloopWorld, scenarioName: string) {
  const tracePath = path.join(LATEST_RUN, 'trace.json')
  const trace: Trace = JSON.parse(this.readFile(tracePath))
  const scenario = trace.scenarios.find((candidate) => candidate.name === scenarioName)
  expect(scenario, `${scenarioName} in the trace`).to.not.equal(undefined)
  scenario!.hollow = 'no-assertion'
  this.writeFile(tracePath, JSON.stringify(trace, null, 2))
})

Given(
  'an earlier run {string} in the history of the project, on {string}, where {int} scenarios passed and {int}% of the lines ran',
  function (this: SpecloopWorld, runId: string, time: string, passed: number, coverage: number) {
    const scenarios = { passed, failed: 0, pending: 0, undefined: 0, skipped: 0, ambiguous: 0, unknown: 0 }
    this.writeFile(
      HISTORY_PATH,
      JSON.stringify({ runId, time, scenarios, steps: { ...scenarios, passed: passed * 3 }, durationMs: 1200, coverage }) + '\n'
    )
  }
)
