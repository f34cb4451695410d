import fs from 'node:fs'
import path from 'node:path'
import { decodeLines } from './lines'
import type { Trace } from './format'
import type { SourceMaps, TracedSource } from './build'

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
    const add = (counts: Map<number, number>, values: number[]) =>
      values.forEach((value) => counts.set(value, (counts.get(value) ?? 0) + 1))
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

/** What a run's `coverage-final.json` holds per file: istanbul's maps (and counts), keyed by the absolute path it ran at. */
export type CoverageFinal = Record<string, Partial<SourceMaps> & { path?: string }>

/**
 * The traced sources of a run written elsewhere (another machine's checkout), rebuilt from its
 * `coverage-final.json`, placed in `projectDirectory`: its keys are absolute paths under the
 * run's project folder, found as the folder most of the trace's paths lie in. Files it has no
 * maps for are left out. Pure.
 */
export function sourcesFromCoverage(trace: Trace, coverage: CoverageFinal, projectDirectory: string): TracedSource[] {
  const keys = Object.keys(coverage).map((key) => ({ key, normal: key.split('\\').join('/') }))
  const votes = new Map<string, number>()
  for (const file of trace.files) {
    for (const { normal } of keys)
      if (normal.endsWith(`/${file.path}`))
        votes.set(normal.slice(0, -file.path.length - 1), (votes.get(normal.slice(0, -file.path.length - 1)) ?? 0) + 1)
  }
  const root = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0]
  if (root === undefined) return []
  const byNormal = new Map(keys.map(({ key, normal }) => [normal, coverage[key]]))
  return trace.files.flatMap((file): TracedSource[] => {
    const entry = byNormal.get(`${root}/${file.path}`)
    if (!entry?.statementMap || !entry.fnMap || !entry.branchMap) return []
    const maps: SourceMaps = { statementMap: entry.statementMap, fnMap: entry.fnMap, branchMap: entry.branchMap }
    return [
      {
        path: file.path,
        absolutePath: path.join(projectDirectory, ...file.path.split('/')),
        role: file.role,
        sha256: file.sha256 ?? '',
        lineCount: file.lineCount,
        maps,
        alwaysTraced: true
      }
    ]
  })
}

/** Writes lcov.info, an HTML report, coverage-final.json and a text table into `directory`; returns the text summary. */
export function writeCoverageReports(trace: Trace, sources: TracedSource[], directory: string, projectDirectory: string): string {
  const libCoverage = require('istanbul-lib-coverage') as typeof import('istanbul-lib-coverage')
  const libReport = require('istanbul-lib-report') as typeof import('istanbul-lib-report')
  const reports = require('istanbul-reports') as typeof import('istanbul-reports')
  const coverageMap = libCoverage.createCoverageMap(coverageDataFromTrace(trace, sources) as never)
  fs.mkdirSync(directory, { recursive: true })
  const context = libReport.createContext({
    dir: directory,
    coverageMap,
    defaultSummarizer: 'nested',
    sourceFinder: (file: string) => fs.readFileSync(path.resolve(projectDirectory, file), 'utf8')
  })
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
