import { encodeLines } from './lines'
import type { HollowReason, SourceRole, Trace, TraceBranch, TraceFunction, TraceScenario, TraceSourceFile } from './format'

/** Coverage maps of one instrumented file (istanbul's statementMap/fnMap/branchMap). */
export interface SourceMaps {
  statementMap: Record<string, { start: { line: number }; end: { line: number } }>
  fnMap: Record<
    string,
    { name: string; decl: { start: { line: number } }; loc: { start: { line: number }; end: { line: number } }; line: number }
  >
  branchMap: Record<string, { type: string; line: number; loc: { start: { line: number } }; locations: unknown[] }>
}

export interface TracedSource {
  /** Project-relative, forward slashes. */
  path: string
  absolutePath: string
  role: SourceRole
  sha256: string
  lineCount: number
  maps: SourceMaps
  /** Listed even if the run never loaded it. */
  alwaysTraced: boolean
}

/** Counter ids a scenario (or the run outside scenarios) moved in one file. */
export interface CounterHits {
  s?: Record<string, number>
  f?: Record<string, number>
  b?: Record<string, number[]>
}

export interface ScenarioCoverage {
  pickleId: string
  /** Absolute path → hits; several attempts of a retried scenario are merged. */
  files: Record<string, CounterHits>
  outcomeAssertions: number
}

export interface BuildTraceInput {
  runId: string
  createdAt: string
  scenarios: Omit<TraceScenario, 'hollow' | 'assertions'>[]
  coverage: ScenarioCoverage[]
  outside: Record<string, CounterHits>[]
  sources: TracedSource[]
}

interface FileLayout {
  source: TracedSource
  statementLines: Map<string, number>
  functionIndex: Map<string, number>
  armOffset: Map<string, number>
  functions: TraceFunction[]
  branches: TraceBranch[]
  executable: number[]
}

function layoutOf(source: TracedSource): FileLayout {
  const statementLines = new Map<string, number>()
  for (const [id, statement] of Object.entries(source.maps.statementMap)) statementLines.set(id, statement.start.line)
  const functionIndex = new Map<string, number>()
  const functions: TraceFunction[] = []
  for (const [id, fn] of Object.entries(source.maps.fnMap)) {
    functionIndex.set(id, functions.length)
    functions.push({ name: fn.name, line: fn.decl.start.line ?? fn.line, endLine: fn.loc.end.line })
  }
  const armOffset = new Map<string, number>()
  const branches: TraceBranch[] = []
  let offset = 0
  for (const [id, branch] of Object.entries(source.maps.branchMap)) {
    armOffset.set(id, offset)
    branches.push({ line: branch.loc.start.line ?? branch.line, type: branch.type, arms: branch.locations.length })
    offset += branch.locations.length
  }
  return { source, statementLines, functionIndex, armOffset, functions, branches, executable: [...new Set(statementLines.values())] }
}

function hitSets(layout: FileLayout, hits: CounterHits): { lines: number[]; functions: number[]; arms: number[] } {
  const lines = new Set<number>()
  for (const [id, count] of Object.entries(hits.s ?? {})) {
    const line = layout.statementLines.get(id)
    if (count > 0 && line !== undefined) lines.add(line)
  }
  const functions: number[] = []
  for (const [id, count] of Object.entries(hits.f ?? {})) {
    const index = layout.functionIndex.get(id)
    if (count > 0 && index !== undefined) functions.push(index + 1)
  }
  const arms: number[] = []
  for (const [id, counts] of Object.entries(hits.b ?? {})) {
    const offset = layout.armOffset.get(id)
    if (offset === undefined) continue
    counts.forEach((count, arm) => {
      if (count > 0) arms.push(offset + arm + 1)
    })
  }
  return { lines: [...lines], functions, arms }
}

function mergeHits(into: CounterHits, from: CounterHits): void {
  for (const key of ['s', 'f'] as const) {
    for (const [id, count] of Object.entries(from[key] ?? {})) {
      into[key] ??= {}
      into[key]![id] = (into[key]![id] ?? 0) + count
    }
  }
  for (const [id, counts] of Object.entries(from.b ?? {})) {
    into.b ??= {}
    const target = (into.b[id] ??= new Array(counts.length).fill(0))
    counts.forEach((count, arm) => (target[arm] = (target[arm] ?? 0) + count))
  }
}

function mergeFileHits(records: Record<string, CounterHits>[]): Record<string, CounterHits> {
  const merged: Record<string, CounterHits> = {}
  for (const record of records) for (const [file, hits] of Object.entries(record)) mergeHits((merged[file] ??= {}), hits)
  return merged
}

/** Pure: the trace of a run, from its scenarios and the counters each of them moved. */
export function buildTrace(input: BuildTraceInput): Trace {
  const coverageByPickle = new Map<string, ScenarioCoverage>()
  for (const coverage of input.coverage) {
    const known = coverageByPickle.get(coverage.pickleId)
    if (!known) coverageByPickle.set(coverage.pickleId, { ...coverage, files: mergeFileHits([coverage.files]) })
    else {
      // A retried scenario: every attempt ran its lines; the assertions are the last attempt's.
      known.files = mergeFileHits([known.files, coverage.files])
      known.outcomeAssertions = coverage.outcomeAssertions
    }
  }
  const outside = mergeFileHits(input.outside)
  const touched = new Set<string>([...Object.keys(outside), ...input.coverage.flatMap((coverage) => Object.keys(coverage.files))])
  const files: TraceSourceFile[] = []
  const layouts = new Map<string, FileLayout>()
  const fileByPath = new Map<string, TraceSourceFile>()
  for (const source of [...input.sources].sort((a, b) => a.path.localeCompare(b.path))) {
    if (!source.alwaysTraced && !touched.has(source.absolutePath)) continue
    const layout = layoutOf(source)
    layouts.set(source.absolutePath, layout)
    const file: TraceSourceFile = {
      path: source.path,
      role: source.role,
      lineCount: source.lineCount,
      executable: encodeLines(layout.executable),
      functions: layout.functions,
      hits: {},
      sha256: source.sha256,
      functionHits: {},
      branches: layout.branches,
      branchHits: {}
    }
    const outsideHits = outside[source.absolutePath]
    if (outsideHits) {
      const sets = hitSets(layout, outsideHits)
      file.outside = { lines: encodeLines(sets.lines), functions: encodeLines(sets.functions), branches: encodeLines(sets.arms) }
    }
    files.push(file)
    fileByPath.set(source.absolutePath, file)
  }
  const scenarios: TraceScenario[] = input.scenarios.map((scenario, index) => {
    const coverage = coverageByPickle.get(scenario.pickleId)
    for (const [absolutePath, hits] of Object.entries(coverage?.files ?? {})) {
      const layout = layouts.get(absolutePath)
      const file = fileByPath.get(absolutePath)
      if (!layout || !file) continue
      const sets = hitSets(layout, hits)
      if (sets.lines.length > 0) file.hits[index] = encodeLines(sets.lines)
      if (sets.functions.length > 0) file.functionHits![index] = encodeLines(sets.functions)
      if (sets.arms.length > 0) file.branchHits![index] = encodeLines(sets.arms)
    }
    return { ...scenario, ...(coverage ? { assertions: coverage.outcomeAssertions } : {}) }
  })
  return { version: 1, runId: input.runId, createdAt: input.createdAt, scenarios, files }
}

/**
 * A scenario that passed but asserts nothing: it ran no implementation line (only step
 * code; not said when untraced project code ran), or its Then steps executed no assertion.
 * Failing scenarios are failing, not hollow.
 */
function hollowReason(trace: Trace, scenarioIndex: number): HollowReason | undefined {
  const scenario = trace.scenarios[scenarioIndex]
  if (!scenario || scenario.status !== 'passed' || scenario.assertions === undefined) return undefined
  const key = String(scenarioIndex)
  const ranImplementation = trace.files.some((file) => file.role === 'implementation' && file.hits[key] !== undefined)
  // With untraced code in the run, running no traced line proves nothing: the scenario may have run that code.
  if (!ranImplementation && (trace.untraced ?? []).length === 0) return 'no-implementation'
  if (scenario.assertions === 0) return 'no-assertion'
  return undefined
}

export function markHollow(trace: Trace): Trace {
  return {
    ...trace,
    scenarios: trace.scenarios.map((scenario, index) => {
      const hollow = hollowReason(trace, index)
      const { hollow: _previous, ...rest } = scenario
      return hollow ? { ...rest, hollow } : rest
    })
  }
}
