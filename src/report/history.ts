import type { HistoryEntry } from './model'
import { emptyCounts, STATUSES, StatusCounts } from '../messages'
import { HISTORY_PATH } from '../workspace'

/**
 * The trend over past runs: `.specloop/history.jsonl`, one line per run, kept by `report`.
 * A run reported twice (the same run id) keeps one entry, the latest.
 */
export { HISTORY_PATH }

/** How many runs the history keeps: enough for a trend, never an ever-growing file. */
export const HISTORY_LIMIT = 200

function countsFrom(value: unknown): StatusCounts {
  const counts = emptyCounts()
  if (value && typeof value === 'object') {
    for (const status of STATUSES) {
      const count = (value as Record<string, unknown>)[status]
      if (typeof count === 'number' && Number.isFinite(count)) counts[status] = count
    }
  }
  return counts
}

/** Lines that are not history entries are skipped: the history is a convenience, not a record. */
export function parseHistory(text: string): HistoryEntry[] {
  const entries: HistoryEntry[] = []
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      continue
    }
    if (!value || typeof value !== 'object') continue
    const record = value as Record<string, unknown>
    if (typeof record.runId !== 'string' || typeof record.time !== 'string') continue
    const entry: HistoryEntry = {
      runId: record.runId,
      time: record.time,
      scenarios: countsFrom(record.scenarios),
      steps: countsFrom(record.steps)
    }
    if (typeof record.durationMs === 'number') entry.durationMs = record.durationMs
    if (typeof record.coverage === 'number') entry.coverage = record.coverage
    entries.push(entry)
  }
  return entries
}

/** The history with `current` in it: replacing an entry of the same run, ordered by time. */
export function mergeHistory(previous: HistoryEntry[], current: HistoryEntry): HistoryEntry[] {
  const merged = previous.filter((entry) => entry.runId !== current.runId)
  merged.push(current)
  merged.sort((a, b) => a.time.localeCompare(b.time))
  return merged.slice(-HISTORY_LIMIT)
}

export function serialiseHistory(entries: HistoryEntry[]): string {
  return entries.map((entry) => JSON.stringify(entry)).join('\n') + (entries.length > 0 ? '\n' : '')
}
