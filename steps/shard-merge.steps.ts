import fs from 'node:fs'
import path from 'node:path'
import { Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { SpecloopWorld } from './support/world'

interface TraceFile {
  path: string
  hits: Record<string, string>
  functionHits?: Record<string, string>
  branchHits?: Record<string, string>
  outside?: unknown
  [field: string]: unknown
}

interface TraceJson {
  scenarios: { uri: string; line: number; name: string; status: string; assertions?: number; hollow?: string }[]
  files: TraceFile[]
  features?: Record<string, string>
}

/**
 * What a trace says that does not change from run to run: each scenario's result, and per file
 * its layout and the lines, functions and branch arms each scenario ran, keyed by the scenario
 * (not by its index, nor by ids and times, which every run makes anew).
 */
function deterministicTrace(trace: TraceJson): unknown {
  const keyOf = trace.scenarios.map((scenario) => `${scenario.uri}:${scenario.line} ${scenario.name}`)
  const byScenario = (record: Record<string, string> | undefined) =>
    Object.fromEntries(
      Object.entries(record ?? {})
        .map(([index, bitmap]) => [keyOf[Number(index)], bitmap])
        .sort(([a], [b]) => a.localeCompare(b))
    )
  return {
    scenarios: trace.scenarios
      .map((scenario, index) => ({ key: keyOf[index], status: scenario.status, assertions: scenario.assertions, hollow: scenario.hollow }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    files: trace.files.map(({ hits, functionHits, branchHits, ...layout }) => ({
      ...layout,
      hits: byScenario(hits),
      functionHits: byScenario(functionHits),
      branchHits: byScenario(branchHits)
    })),
    features: trace.features
  }
}

/** The markdown report without the line that names the run and its wall-clock time. */
function deterministicReport(world: SpecloopWorld, runDirectory: string): string {
  const result = world.runSpecloop([
    'report',
    '--format',
    'markdown',
    '--from',
    path.join(runDirectory, 'messages.ndjson'),
    '--no-history',
    '-o',
    '-'
  ])
  expect(result.exitCode, result.stderr).to.equal(0)
  return result.stdout
    .split('\n')
    .filter((line) => !/ · run `/.test(line))
    .join('\n')
}

Then('the latest run is copied to {string}', function (this: SpecloopWorld, relative: string) {
  // As a CI job keeps a machine's run: an artifact, outside the project's .specloop/.
  const latest = fs.realpathSync(this.pathOf('.specloop/runs/latest'))
  fs.cpSync(latest, this.pathOf(relative), { recursive: true })
})

Then(
  'the run {string} has the same scenario results, trace per scenario and coverage as the latest run',
  function (this: SpecloopWorld, relative: string) {
    const merged = this.pathOf(relative)
    const single = fs.realpathSync(this.pathOf('.specloop/runs/latest'))
    const readTrace = (directory: string) => JSON.parse(fs.readFileSync(path.join(directory, 'trace.json'), 'utf8')) as TraceJson
    const mergedTrace = readTrace(merged)
    expect(mergedTrace.scenarios.length).to.be.greaterThan(0)
    expect(deterministicTrace(mergedTrace)).to.deep.equal(deterministicTrace(readTrace(single)))
    const mergedReport = deterministicReport(this, merged)
    expect(mergedReport).to.include('scenarios')
    expect(mergedReport).to.equal(deterministicReport(this, single))
    for (const file of ['lcov.info', 'coverage.txt', 'coverage-summary.txt']) {
      const coverage = fs.readFileSync(path.join(merged, 'coverage', file), 'utf8')
      expect(coverage, file).to.match(/\S/)
      expect(coverage, file).to.equal(fs.readFileSync(path.join(single, 'coverage', file), 'utf8'))
    }
  }
)
