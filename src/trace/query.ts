import { decodeLines, Trace, TraceScenario } from './format'

/** Pure queries over a trace; the CLI's `trace` command and the report both use these. */

export function scenariosForLine(trace: Trace, path: string, line?: number): TraceScenario[] {
  const file = trace.files.find((candidate) => candidate.path === path)
  if (!file) return []
  return Object.entries(file.hits)
    .filter(([, bitmap]) => line === undefined || decodeLines(bitmap).includes(line))
    .map(([index]) => trace.scenarios[Number(index)])
    .filter((scenario): scenario is TraceScenario => scenario !== undefined)
}

export function linesForScenario(trace: Trace, scenarioIndex: number): { path: string; role: string; lines: number[] }[] {
  const key = String(scenarioIndex)
  return trace.files
    .filter((file) => file.hits[key] !== undefined)
    .map((file) => ({ path: file.path, role: file.role, lines: decodeLines(file.hits[key]) }))
    .filter((entry) => entry.lines.length > 0)
}

/** For each line of a file, the indices of the scenarios that ran it. */
export function scenariosByLine(trace: Trace, path: string): Map<number, number[]> {
  const byLine = new Map<number, number[]>()
  const file = trace.files.find((candidate) => candidate.path === path)
  if (!file) return byLine
  for (const [index, bitmap] of Object.entries(file.hits)) {
    for (const line of decodeLines(bitmap)) {
      const list = byLine.get(line) ?? []
      list.push(Number(index))
      byLine.set(line, list)
    }
  }
  return byLine
}

export function uncoveredLines(trace: Trace): { path: string; lines: number[]; functions: string[] }[] {
  return trace.files
    .map((file) => {
      const covered = new Set(Object.values(file.hits).flatMap(decodeLines))
      const lines = decodeLines(file.executable).filter((line) => !covered.has(line))
      const functions = file.functions.filter((fn) => !covered.has(fn.line)).map((fn) => fn.name)
      return { path: file.path, lines, functions }
    })
    .filter((entry) => entry.lines.length > 0 || entry.functions.length > 0)
}
