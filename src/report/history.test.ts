import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { HISTORY_LIMIT, mergeHistory, parseHistory, serialiseHistory } from './history'
import { emptyCounts } from '../messages'
import type { HistoryEntry } from './model'

const entry = (runId: string, time: string, passed = 1): HistoryEntry => ({
  runId,
  time,
  scenarios: { ...emptyCounts(), passed },
  steps: emptyCounts()
})

test('history round-trips and skips lines that are not entries', () => {
  const entries = [
    entry('a', '2026-01-01T00:00:00.000Z'),
    { ...entry('b', '2026-01-02T00:00:00.000Z', 3), durationMs: 12.5, coverage: 87.5 }
  ]
  const text = `${serialiseHistory(entries)}not json\n{"runId":1}\n[]\n`
  assert.deepEqual(parseHistory(text), entries)
})

test('a run reported again replaces its entry; entries stay in time order and bounded', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 9 }))), (runs) => {
      let history: HistoryEntry[] = []
      for (const [runId, day] of runs) history = mergeHistory(history, entry(runId, `2026-01-0${day}T00:00:00.000Z`, day))
      const ids = history.map((item) => item.runId)
      assert.equal(new Set(ids).size, ids.length)
      assert.deepEqual(
        history.map((item) => item.time),
        [...history.map((item) => item.time)].sort()
      )
      for (const id of new Set(runs.map(([runId]) => runId))) {
        const last = [...runs].reverse().find(([runId]) => runId === id)!
        assert.equal(history.find((item) => item.runId === id)?.scenarios.passed, last[1])
      }
    })
  )
  let long: HistoryEntry[] = []
  for (let index = 0; index < HISTORY_LIMIT + 5; index++)
    long = mergeHistory(long, entry(`run-${index}`, new Date(Date.UTC(2026, 0, 1) + index * 1000).toISOString()))
  assert.equal(long.length, HISTORY_LIMIT)
  assert.equal(long[long.length - 1].runId, `run-${HISTORY_LIMIT + 4}`)
})
