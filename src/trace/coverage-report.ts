import fs from 'node:fs'
import path from 'node:path'
import { decodeLines } from './lines'
import type { Trace } from './format'
import type { TracedSource } from './build'

/**
 * Whole-run coverage rebuilt from the trace, so no second coverage tool has to run (counters
 * are process-wide: c8 and specloop cannot both own them). A count is the number of
 * scenarios that executed the statement, function or branch arm (plus one if it ran outside
 * any scenario, e.g. while loading), not the number of executions: c8's line *sets* are the
 * same, its counts are not.
 */
export function coverageDataFromTrace(trace: Trace, sources: TracedSource[]): Record<string, unknown> {
  const byPath = new Map(sources.map((source) => [source.path, source]))
  const data: Record<string, unknown> = {}
  for (const file of trace.files) {
    const source = byPath.get(file.path)
    if (!source) continue
    const lineCounts = new Map<number, number>()
    const functionCounts = new Map<number, number>()
    const armCounts = new Map<number, number>()
    const add = (counts: Map<number, number>, values: number[]) => values.forEach((value) => counts.set(value, (counts.get(value) ?? 0) + 1))
    for (const bitmap of Object.values(file.hits)) add(lineCounts, decodeLines(bitmap))
    for (const bitmap of Object.values(file.functionHits ?? {})) add(functionCounts, decodeLines(bitmap))
    for (const bitmap of Object.values(file.branchHits ?? {})) add(armCounts, decodeLines(bitmap))
    if (file.outside) {
      add(lineCounts, decodeLines(file.outside.lines))
      add(functionCounts, decodeLines(file.outside.functions ?? ''))
      add(armCounts, decodeLines(file.outside.branches ?? ''))
    }
    const s: Record<string, number> = {}
    for (const [id, statement] of Object.entries(source.maps.statementMap)) s[id] = lineCounts.get(statement.start.line) ?? 0
    const f: Record<string, number> = {}
    Object.keys(source.maps.fnMap).forEach((id, index) => (f[id] = functionCounts.get(index + 1) ?? 0))
    const b: Record<string, number[]> = {}
    let offset = 0
    for (const [id, branch] of Object.entries(source.maps.branchMap)) {
      b[id] = branch.locations.map((_location, arm) => armCounts.get(offset + arm + 1) ?? 0)
      offset += branch.locations.length
    }
    data[source.absolutePath] = { path: source.absolutePath, ...source.maps, s, f, b }
  }
  return data
}

/** Writes lcov.info, an HTML report, coverage-final.json and a text table into `directory`; returns the text summary. */
export function writeCoverageReports(trace: Trace, sources: TracedSource[], directory: string, projectDirectory: string): string {
  const libCoverage = require('istanbul-lib-coverage') as typeof import('istanbul-lib-coverage')
  const libReport = require('istanbul-lib-report') as typeof import('istanbul-lib-report')
  const reports = require('istanbul-reports') as typeof import('istanbul-reports')
  const coverageMap = libCoverage.createCoverageMap(coverageDataFromTrace(trace, sources) as never)
  fs.mkdirSync(directory, { recursive: true })
  const context = libReport.createContext({ dir: directory, coverageMap, defaultSummarizer: 'nested', sourceFinder: (file: string) => fs.readFileSync(path.resolve(projectDirectory, file), 'utf8') })
  for (const [name, options] of [
    ['lcovonly', { file: 'lcov.info', projectRoot: projectDirectory }],
    ['html', { subdir: 'html' }],
    ['json', { file: 'coverage-final.json' }],
    ['text', { file: 'coverage.txt' }],
    ['text-summary', { file: 'coverage-summary.txt' }]
  ] as const) {
    reports.create(name as never, options as never).execute(context)
  }
  return fs.readFileSync(path.join(directory, 'coverage-summary.txt'), 'utf8')
}
