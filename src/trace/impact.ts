import { parsePatch, structuredPatch, type StructuredPatchHunk } from 'diff'
import { decodeLines, encodeLines } from './lines'
import type { Trace, TraceScenario, TraceSourceFile } from './format'

/**
 * Impact analysis: which scenarios a change can affect, from the lines each scenario ran.
 * Pure: the caller reads git (the diff, file contents at the base) and passes the results.
 */
export interface Hunk {
  oldStart: number
  oldCount: number
  newStart: number
  newCount: number
}

export interface FileChange {
  /** Project-relative path in the working tree. */
  path: string
  hunks: Hunk[]
  /** Not in the base revision (new or untracked). */
  added: boolean
  deleted: boolean
}

/** Parses `git diff --unified=0` output (paths relative to the project with `--relative`). */
export function parseUnifiedDiff(diff: string): FileChange[] {
  // Entries without `---`/`+++` headers (mode-only or binary changes) have no lines to trace.
  return parsePatch(diff)
    .filter((file) => file.oldHeader !== undefined || file.newHeader !== undefined)
    .map((file) => ({
      path: withoutPrefix(file.newFileName === '/dev/null' ? file.oldFileName : file.newFileName),
      hunks: file.hunks.map(gitHunk),
      added: file.isCreate === true,
      deleted: file.isDelete === true
    }))
}

/** The hunks that turn `before` into `after`, numbered as `git diff --unified=0` numbers them. */
export function lineHunks(before: string, after: string): Hunk[] {
  return structuredPatch('a', 'b', before, after, '', '', { context: 0 }).hunks.map(gitHunk)
}

/** jsdiff numbers a pure insertion (deletion) by the line after it; git by the line before it. */
function gitHunk(hunk: StructuredPatchHunk): Hunk {
  return {
    oldStart: hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart,
    oldCount: hunk.oldLines,
    newStart: hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart,
    newCount: hunk.newLines
  }
}

function withoutPrefix(fileName: string | undefined): string {
  return (fileName ?? '').replace(/^[ab]\//, '')
}

/**
 * Lines of the base version a change touches: the ones removed or rewritten and, for a pure
 * insertion, the lines on either side of it (code inserted between two lines runs when they do).
 */
export function changedBaseLines(hunks: Hunk[]): Set<number> {
  const lines = new Set<number>()
  for (const hunk of hunks) {
    if (hunk.oldCount === 0) {
      lines.add(hunk.oldStart)
      lines.add(hunk.oldStart + 1)
    } else for (let line = hunk.oldStart; line < hunk.oldStart + hunk.oldCount; line++) lines.add(line)
  }
  return lines
}

/** Where a line of the base version is now; undefined when the change removed or rewrote it. */
export function mapBaseLine(hunks: Hunk[], line: number): number | undefined {
  let shift = 0
  for (const hunk of [...hunks].sort((a, b) => a.oldStart - b.oldStart)) {
    const firstOld = hunk.oldCount === 0 ? hunk.oldStart + 1 : hunk.oldStart
    if (line < firstOld) break
    if (hunk.oldCount > 0 && line < hunk.oldStart + hunk.oldCount) return undefined
    shift += hunk.newCount - hunk.oldCount
  }
  return line + shift
}

export type SelectionReason =
  'traced lines changed' | 'file changed since the trace' | 'feature file changed' | 'no trace yet' | 'did not pass in the trace'

export interface SelectedScenario {
  uri: string
  line: number
  name: string
  reasons: SelectionReason[]
  /** For 'traced lines changed': where, e.g. "src/tax.ts:12". */
  changedLines: string[]
}

export interface CurrentScenario {
  uri: string
  line: number
  name: string
}

export interface ImpactInput {
  trace: Trace
  changes: FileChange[]
  /** The scenarios the feature files define now. */
  scenarios: CurrentScenario[]
  /** SHA-256 of each changed file now and at the base revision (absent when it does not exist there). */
  currentSha256: Record<string, string | undefined>
  baseSha256: Record<string, string | undefined>
}

export const scenarioKey = (scenario: { uri: string; line: number; name: string }): string =>
  `${scenario.uri}:${scenario.line}:${scenario.name}`

/**
 * Files that differ from the versions the trace was made from but not from the base revision:
 * changes committed since the trace. Their line numbers cannot be trusted (no base hunks), so
 * they count as changed as a whole. `now` is each traced file's and feature file's SHA-256 now
 * (undefined when it no longer exists). Pure.
 */
export function changesSinceTrace(trace: Trace, alreadyChanged: FileChange[], now: Record<string, string | undefined>): FileChange[] {
  const known = new Set(alreadyChanged.map((change) => change.path))
  const recorded: [string, string | undefined][] = [
    ...trace.files.map((file) => [file.path, file.sha256] as [string, string | undefined]),
    ...Object.entries(trace.features ?? {})
  ]
  return recorded
    .filter(([path, sha256]) => sha256 !== undefined && !known.has(path) && now[path] !== sha256)
    .map(([path]) => ({ path, hunks: [], added: false, deleted: now[path] === undefined }))
}

/**
 * The scenarios to run: those whose traced lines intersect the changed lines, every
 * scenario of a new or changed feature file, every scenario the trace does not know, and
 * every scenario that did not pass in the trace.
 * Trace line numbers are trusted only when the traced file is the base version; a file that
 * changed in between selects every scenario that ran it (the safe answer).
 */
export function selectAffected(input: ImpactInput): SelectedScenario[] {
  const { trace } = input
  const selected = new Map<string, SelectedScenario>()
  const select = (scenario: CurrentScenario, reason: SelectionReason, where?: string) => {
    const key = scenarioKey(scenario)
    const entry = selected.get(key) ?? { uri: scenario.uri, line: scenario.line, name: scenario.name, reasons: [], changedLines: [] }
    if (!entry.reasons.includes(reason)) entry.reasons.push(reason)
    if (where && !entry.changedLines.includes(where)) entry.changedLines.push(where)
    selected.set(key, entry)
  }
  const current = new Set(input.scenarios.map(scenarioKey))
  const tracedIndex = new Map(trace.scenarios.map((scenario, index) => [scenarioKey(scenario), index]))
  const filesByPath = new Map(trace.files.map((file) => [file.path, file]))
  const changedFeatures = new Set(input.changes.filter((change) => change.path.endsWith('.feature')).map((change) => change.path))
  for (const scenario of input.scenarios) {
    const index = tracedIndex.get(scenarioKey(scenario))
    if (changedFeatures.has(scenario.uri)) select(scenario, 'feature file changed')
    else if (index === undefined) select(scenario, 'no trace yet')
    // A failure stays a failure until it is run again: --affected must not turn a red suite green.
    else if (trace.scenarios[index].status !== 'passed') select(scenario, 'did not pass in the trace')
  }
  for (const change of input.changes) {
    const file = filesByPath.get(change.path)
    if (!file) continue
    if (file.sha256 !== undefined && file.sha256 === input.currentSha256[change.path]) continue
    const trustLines = file.sha256 !== undefined && file.sha256 === input.baseSha256[change.path] && !change.deleted
    const changedLines = trustLines ? changedBaseLines(change.hunks) : undefined
    for (const [index, bitmap] of Object.entries(file.hits)) {
      const scenario = trace.scenarios[Number(index)]
      if (!scenario || !current.has(scenarioKey(scenario))) continue
      if (!changedLines) {
        select(scenario, 'file changed since the trace')
        continue
      }
      const hit = decodeLines(bitmap).filter((line) => changedLines.has(line))
      if (hit.length > 0) select(scenario, 'traced lines changed', `${change.path}:${hit[0]}`)
    }
    // Code that ran while loading (imports, constants) is shared by all: changing it affects every scenario that loaded the file.
    if (file.outside && changedLines && decodeLines(file.outside.lines).some((line) => changedLines.has(line))) {
      for (const [index] of Object.entries(file.hits)) {
        const scenario = trace.scenarios[Number(index)]
        if (scenario && current.has(scenarioKey(scenario)))
          select(
            scenario,
            'traced lines changed',
            `${change.path}:${decodeLines(file.outside.lines).find((line) => changedLines.has(line))}`
          )
      }
    }
  }
  return [...selected.values()].sort((a, b) => a.uri.localeCompare(b.uri) || a.line - b.line)
}

/**
 * The trace after an `--affected` run: the fresh results of the scenarios that ran, and the
 * earlier results of the others, their line numbers moved through the diff where the file
 * changed (they did not run a changed line, or they would have been selected).
 */
export function mergeTraces(previous: Trace, fresh: Trace, changes: FileChange[], currentScenarios: CurrentScenario[]): Trace {
  const rerun = new Set(fresh.scenarios.map(scenarioKey))
  const current = new Set(currentScenarios.map(scenarioKey))
  const keptIndexes: number[] = []
  previous.scenarios.forEach((scenario, index) => {
    if (current.has(scenarioKey(scenario)) && !rerun.has(scenarioKey(scenario))) keptIndexes.push(index)
  })
  const scenarios: TraceScenario[] = [
    ...fresh.scenarios,
    ...keptIndexes.map((index) => ({ ...previous.scenarios[index], runId: previous.scenarios[index].runId ?? previous.runId }))
  ]
  const hunksByPath = new Map(changes.map((change) => [change.path, change.hunks]))
  const previousFiles = new Map(previous.files.map((file) => [file.path, file]))
  const files = fresh.files.map((file): TraceSourceFile => {
    const old = previousFiles.get(file.path)
    if (!old) return file
    const mapping = indexMapping(old, file, hunksByPath.get(file.path) ?? [])
    return mergeSourceFile(old, file, mapping, keptIndexes, fresh.scenarios.length)
  })
  return { ...fresh, scenarios, files }
}

/** How lines, functions and branch arms of the previous version of a file are numbered in the fresh one. */
interface IndexMapping {
  moveLines(lines: number[]): number[]
  moveFunctions(functions: number[]): number[]
  moveArms(arms: number[]): number[]
}

function indexMapping(old: TraceSourceFile, fresh: TraceSourceFile, hunks: Hunk[]): IndexMapping {
  const unchanged = old.sha256 !== undefined && old.sha256 === fresh.sha256
  const moveLine = unchanged ? (line: number) => line : (line: number) => mapBaseLine(hunks, line)
  const functionIndex = (oldIndex: number): number | undefined => {
    const fn = old.functions[oldIndex - 1]
    const line = fn && moveLine(fn.line)
    const found = fresh.functions.findIndex((candidate) => candidate.name === fn?.name && candidate.line === line)
    return found >= 0 ? found + 1 : undefined
  }
  const armIndex = armMapper(old, fresh, moveLine)
  return {
    moveLines: (lines) => definedOnly(lines.map(moveLine)),
    moveFunctions: (functions) => definedOnly(functions.map(functionIndex)),
    moveArms: (arms) => definedOnly(arms.map(armIndex))
  }
}

function definedOnly(values: (number | undefined)[]): number[] {
  return values.filter((value): value is number => value !== undefined)
}

/** The fresh file's hits plus those of the kept scenarios, which take the indexes after the fresh ones. */
function mergeSourceFile(
  old: TraceSourceFile,
  file: TraceSourceFile,
  mapping: IndexMapping,
  keptIndexes: number[],
  freshScenarioCount: number
): TraceSourceFile {
  const merged: TraceSourceFile = {
    ...file,
    hits: { ...file.hits },
    functionHits: { ...file.functionHits },
    branchHits: { ...file.branchHits }
  }
  if (!file.outside && old.outside) {
    // Only kept scenarios loaded this file: what ran while loading it then still holds.
    merged.outside = {
      lines: encodeLines(mapping.moveLines(decodeLines(old.outside.lines))),
      functions: encodeLines(mapping.moveFunctions(decodeLines(old.outside.functions ?? ''))),
      branches: encodeLines(mapping.moveArms(decodeLines(old.outside.branches ?? '')))
    }
  }
  keptIndexes.forEach((oldIndex, position) => {
    const newIndex = String(freshScenarioCount + position)
    const lines = old.hits[oldIndex] ? mapping.moveLines(decodeLines(old.hits[oldIndex])) : []
    if (lines.length > 0) merged.hits[newIndex] = encodeLines(lines)
    const functions = mapping.moveFunctions(decodeLines(old.functionHits?.[oldIndex] ?? ''))
    if (functions.length > 0) merged.functionHits![newIndex] = encodeLines(functions)
    const arms = mapping.moveArms(decodeLines(old.branchHits?.[oldIndex] ?? ''))
    if (arms.length > 0) merged.branchHits![newIndex] = encodeLines(arms)
  })
  return merged
}

/** Branch arms are found again by the line of their branch point, its type and their order on that line. */
function armMapper(
  old: TraceSourceFile,
  fresh: TraceSourceFile,
  moveLine: (line: number) => number | undefined
): (oldArm: number) => number | undefined {
  const offsets = (file: TraceSourceFile) => {
    const result: { line: number; type: string; ordinal: number; offset: number; arms: number }[] = []
    let offset = 0
    const seen = new Map<string, number>()
    for (const branch of file.branches ?? []) {
      const key = `${branch.line}:${branch.type}`
      const ordinal = seen.get(key) ?? 0
      seen.set(key, ordinal + 1)
      result.push({ line: branch.line, type: branch.type, ordinal, offset, arms: branch.arms })
      offset += branch.arms
    }
    return result
  }
  const oldBranches = offsets(old)
  const freshBranches = offsets(fresh)
  return (oldArm) => {
    const flat = oldArm - 1
    const branch = oldBranches.find((candidate) => flat >= candidate.offset && flat < candidate.offset + candidate.arms)
    if (!branch) return undefined
    const line = moveLine(branch.line)
    const target = freshBranches.find(
      (candidate) => candidate.line === line && candidate.type === branch.type && candidate.ordinal === branch.ordinal
    )
    return target && flat - branch.offset < target.arms ? target.offset + (flat - branch.offset) + 1 : undefined
  }
}
