/**
 * The trace: for every scenario of a run, the lines of the project's own code it executed.
 *
 * Stored as `.specloop/runs/<run-id>/trace.json`. Compact the way coverage.py's dynamic
 * contexts are: per source file, one line bitmap per scenario that touched the file
 * (bit i, least significant first within each byte, is line i + 1), base64-encoded.
 * Scenarios are referred to by their index in `scenarios`.
 */
export const TRACE_FORMAT_VERSION = 1

export type ScenarioStatus = 'passed' | 'failed' | 'pending' | 'undefined' | 'ambiguous' | 'skipped' | 'unknown'

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
}

export interface Trace {
  version: typeof TRACE_FORMAT_VERSION
  runId: string
  createdAt: string
  scenarios: TraceScenario[]
  files: TraceSourceFile[]
}

export function encodeLines(lines: Iterable<number>): string {
  let max = 0
  const list = [...lines]
  for (const line of list) max = Math.max(max, line)
  const bytes = new Uint8Array(Math.ceil(max / 8))
  for (const line of list) {
    if (line >= 1) bytes[(line - 1) >> 3] |= 1 << ((line - 1) & 7)
  }
  return Buffer.from(bytes).toString('base64')
}

export function decodeLines(bitmap: string): number[] {
  const bytes = Buffer.from(bitmap, 'base64')
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
