import type { Trace, TraceScenario } from './format'
import { decodeLines } from './lines'

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

/**
 * Executable lines and functions that no scenario ran: code no specification asks for.
 * Lines that ran while loading (declarations, constants) are not listed: loading ran them.
 * A function counts as run when it was called (function hits), or, in traces without
 * function hits, when its first line ran.
 */
export function uncoveredLines(trace: Trace): { path: string; lines: number[]; functions: string[] }[] {
  return trace.files
    .map((file) => {
      const covered = new Set([...Object.values(file.hits), file.outside?.lines ?? ''].flatMap(decodeLines))
      const lines = decodeLines(file.executable).filter((line) => !covered.has(line))
      const calledFunctions = file.functionHits
        ? new Set([...Object.values(file.functionHits), file.outside?.functions ?? ''].flatMap(decodeLines))
        : undefined
      const functions = file.functions
        .filter((fn, index) => (calledFunctions ? !calledFunctions.has(index + 1) : !covered.has(fn.line)))
        .map((fn) => fn.name)
      return { path: file.path, lines, functions }
    })
    .filter((entry) => entry.lines.length > 0 || entry.functions.length > 0)
}

/** Uncovered functions with where they are, for listing. */
export function uncoveredFunctions(trace: Trace): { path: string; name: string; line: number; endLine: number }[] {
  return trace.files.flatMap((file) => {
    const called = new Set([...Object.values(file.functionHits ?? {}), file.outside?.functions ?? ''].flatMap(decodeLines))
    return file.functions
      .map((fn, index) => ({ fn, index }))
      .filter(({ index }) => !called.has(index + 1))
      .map(({ fn }) => ({ path: file.path, name: fn.name, line: fn.line, endLine: fn.endLine }))
  })
}

/**
 * Finds scenarios by "FEATURE:LINE" (the scenario's line, or any line inside it up to the
 * next scenario of that file) or by name (exact, else every name containing it).
 */
export function findScenarios(trace: Trace, query: string): number[] {
  const location = /^(.+\.feature):(\d+)$/.exec(query)
  if (location) {
    const [, uri, lineText] = location
    const line = Number(lineText)
    const inFile = trace.scenarios
      .map((scenario, index) => ({ scenario, index }))
      .filter(({ scenario }) => scenario.uri === uri || uri.endsWith(`/${scenario.uri}`))
    const exact = inFile.filter(({ scenario }) => scenario.line === line)
    if (exact.length > 0) return exact.map(({ index }) => index)
    const before = inFile.filter(({ scenario }) => scenario.line <= line).sort((a, b) => b.scenario.line - a.scenario.line)
    return before.length > 0 ? [before[0].index] : []
  }
  const exact = trace.scenarios.map((scenario, index) => ({ scenario, index })).filter(({ scenario }) => scenario.name === query)
  if (exact.length > 0) return exact.map(({ index }) => index)
  return trace.scenarios
    .map((scenario, index) => ({ scenario, index }))
    .filter(({ scenario }) => scenario.name.includes(query))
    .map(({ index }) => index)
}

/**
 * A function as a reader knows it. A step definition is an anonymous function to the coverage
 * tools (`(anonymous_2)`); it is better named by its step, `Then "the cart holds {int} books"`,
 * read from the line that defines it. Other names are kept.
 */
export function functionDisplayName(name: string, definingLine: string | undefined): string {
  if (!name.startsWith('(anonymous')) return name
  const step = /\b(Given|When|Then|defineStep)\s*\(\s*(['"`])((?:\\.|(?!\2).)*)\2/.exec(definingLine ?? '')
  return step ? `${step[1]} "${step[3]}"` : name
}
