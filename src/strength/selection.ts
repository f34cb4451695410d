import crypto from 'node:crypto'
import { decodeLines } from '../trace'
import type { Trace, TraceScenario, TraceSourceFile } from '../trace'

/**
 * Which scenarios a mutant needs: the trace says which scenarios ran each line, so a mutant
 * runs against those alone. Pure over the trace.
 */

/** Implementation files the scenarios ran (not step definitions, not support code). */
export function implementationFiles(trace: Trace): TraceSourceFile[] {
  return trace.files.filter((file) => file.role === 'implementation' && Object.keys(file.hits).length > 0)
}

/**
 * For each line of a file a passing scenario ran, those scenarios (indices into the trace).
 * A line that ran only while the module loaded (a constant, a table) is needed by every
 * scenario that ran the file: those are its scenarios.
 */
export function scenariosByCoveredLine(trace: Trace, file: TraceSourceFile): Map<number, number[]> {
  const passing = (index: number) => trace.scenarios[index]?.status === 'passed'
  const byLine = new Map<number, number[]>()
  const ranFile: number[] = []
  for (const [key, bitmap] of Object.entries(file.hits)) {
    const index = Number(key)
    if (!passing(index)) continue
    ranFile.push(index)
    for (const line of decodeLines(bitmap)) byLine.set(line, [...(byLine.get(line) ?? []), index])
  }
  for (const line of decodeLines(file.outside?.lines ?? '')) {
    if (!byLine.has(line) && ranFile.length > 0)
      byLine.set(
        line,
        [...ranFile].sort((a, b) => a - b)
      )
  }
  return byLine
}

export function scenarioLocation(scenario: Pick<TraceScenario, 'uri' | 'line'>): string {
  return `${scenario.uri}:${scenario.line}`
}

/** cucumber's paths for the scenarios: `feature:line:line…`, one per feature file. */
export function selectionPaths(scenarios: readonly Pick<TraceScenario, 'uri' | 'line'>[]): string[] {
  const byUri = new Map<string, number[]>()
  for (const scenario of scenarios) byUri.set(scenario.uri, [...(byUri.get(scenario.uri) ?? []), scenario.line])
  return [...byUri].map(([uri, lines]) => [uri, ...[...new Set(lines)].sort((a, b) => a - b)].join(':'))
}

/** Changes when the scenarios run or their feature files' text do: the mutant's earlier verdict no longer stands. */
export function selectionKey(
  scenarios: readonly Pick<TraceScenario, 'uri' | 'line'>[],
  featureHashes: Readonly<Record<string, string>>
): string {
  const locations = scenarios.map(scenarioLocation).sort()
  const uris = [...new Set(scenarios.map((scenario) => scenario.uri))].sort()
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([locations, uris.map((uri) => featureHashes[uri] ?? '')]))
    .digest('hex')
    .slice(0, 16)
}
