import type { Status } from '../messages/status'
import type { Shard } from './shard'
/**
 * The trace: for every scenario of a run, the lines of the project's own code it executed.
 *
 * Stored as `.specloop/runs/<run-id>/trace.json`. Compact the way coverage.py's dynamic
 * contexts are: per source file, one line bitmap per scenario that touched the file
 * (bit i, least significant first within each byte, is line i + 1), base64-encoded.
 * Scenarios are referred to by their index in `scenarios`.
 *
 * A line "ran" when a statement starting on it ran (istanbul's line coverage). Functions and
 * branch arms are bitmaps too, over their index in `functions` and over the arms of
 * `branches` laid end to end (bit i is index i - 1, as for lines). What ran outside any
 * scenario (loading modules, BeforeAll/AfterAll hooks) is kept apart in `outside`. Every
 * field added after version 1 is optional, so a version 1 reader still reads the file.
 */
export const TRACE_FORMAT_VERSION = 1

/** A scenario's status in the trace: the one status model of Cucumber Messages. */
export type ScenarioStatus = Status

export type HollowReason = 'no-implementation' | 'no-assertion'

export interface TraceScenario {
  /** Pickle id in the run's messages. */
  pickleId: string
  name: string
  /** Feature file, project-relative. */
  uri: string
  /** Line of the scenario (or of the Examples row, for an outline). */
  line: number
  status: ScenarioStatus
  durationMs?: number
  hollow?: HollowReason
  /** Assertions (node:assert, chai) executed in the scenario's Then steps. */
  assertions?: number
  /** The run that last executed it, when not this trace's own run (an `--affected` run keeps the others' results). */
  runId?: string
}

export type SourceRole = 'implementation' | 'step-definition' | 'support'

export interface TraceFunction {
  name: string
  line: number
  endLine: number
}

export interface TraceSourceFile {
  /** Project-relative, forward slashes: the TypeScript file, after source maps. */
  path: string
  role: SourceRole
  lineCount: number
  /** Bitmap of the lines that can execute (statements), so uncovered lines can be listed. */
  executable: string
  functions: TraceFunction[]
  /** Scenario index → bitmap of the lines it executed in this file. */
  hits: Record<string, string>
  /** SHA-256 of the file's content when it was traced (impact analysis trusts line numbers only then). */
  sha256?: string
  /** Scenario index → bitmap of the functions (index + 1) it called. */
  functionHits?: Record<string, string>
  /** Each branch point (if, ?:, &&, switch, default value) and its number of arms. */
  branches?: TraceBranch[]
  /** Scenario index → bitmap of the branch arms (flat index + 1) it took. */
  branchHits?: Record<string, string>
  /** What ran outside any scenario: lines, functions, branch arms. */
  outside?: { lines: string; functions?: string; branches?: string }
}

export interface TraceBranch {
  line: number
  type: string
  arms: number
}

export interface Trace {
  version: typeof TRACE_FORMAT_VERSION
  runId: string
  createdAt: string
  scenarios: TraceScenario[]
  files: TraceSourceFile[]
  /** SHA-256 of each feature file as it ran: a feature committed since then is a change too. */
  features?: Record<string, string>
  /** The project's own modules that ran without a trace (JavaScript), project-relative. */
  untraced?: string[]
  /** The share of the suite this run ran (`verify --shard`). */
  shard?: Shard
  /** The runs `specloop merge` combined into this one, in order. */
  mergedFrom?: { runId: string; shard?: Shard }[]
  /** The git commit it ran, when the working tree was that commit (for `gate --promote`). */
  commit?: string
}

/**
 * The bit layout of a line bitmap, without its base64 (Node reads that with Buffer, in
 * `lines.ts`; the report's browser app with atob): this module stays free of Node, so the
 * browser app shares it.
 */
export function bitmapOfLines(lines: Iterable<number>): Uint8Array {
  let max = 0
  const list = [...lines]
  for (const line of list) max = Math.max(max, line)
  const bytes = new Uint8Array(Math.ceil(max / 8))
  for (const line of list) {
    if (line >= 1) bytes[(line - 1) >> 3] |= 1 << ((line - 1) & 7)
  }
  return bytes
}

export function linesOfBitmap(bytes: ArrayLike<number>): number[] {
  const lines: number[] = []
  for (let index = 0; index < bytes.length; index++) {
    const byte = bytes[index]
    if (byte === 0) continue
    for (let bit = 0; bit < 8; bit++) if (byte & (1 << bit)) lines.push(index * 8 + bit + 1)
  }
  return lines
}

/** [1,2,3,7,9,10] → "1-3, 7, 9-10": how line sets are shown to people. */
export function toRanges(lines: number[]): { start: number; end: number }[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b)
  const ranges: { start: number; end: number }[] = []
  for (const line of sorted) {
    const last = ranges[ranges.length - 1]
    if (last && line === last.end + 1) last.end = line
    else ranges.push({ start: line, end: line })
  }
  return ranges
}

export function formatRanges(lines: number[]): string {
  return toRanges(lines)
    .map(({ start, end }) => (start === end ? `${start}` : `${start}-${end}`))
    .join(', ')
}
