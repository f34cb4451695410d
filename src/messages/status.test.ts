import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { getWorstTestStepResult, TestStepResultStatus } from '@cucumber/messages'
import { emptyCounts, formatCountSummary, STATUSES, toStatus, worstStatus } from './status'

const messageStatuses = Object.values(TestStepResultStatus)

test('the worst status is the one cucumber picks for a scenario', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...messageStatuses)), (statuses) => {
      const cucumber = getWorstTestStepResult(statuses.map((status) => ({ status, duration: { seconds: 0, nanos: 0 } }))).status
      assert.equal(worstStatus(statuses.map(toStatus)), toStatus(cucumber))
    })
  )
})

test('a scenario with a failed step failed; with no steps, its status is unknown', () => {
  assert.equal(worstStatus(['passed', 'failed', 'skipped']), 'failed')
  assert.equal(worstStatus(['passed', 'undefined', 'pending']), 'undefined')
  assert.equal(worstStatus([]), 'unknown')
})

test('every status of the messages protocol has a name in the report; anything else is unknown', () => {
  for (const status of messageStatuses) assert.ok(STATUSES.includes(toStatus(status)), status)
  assert.equal(toStatus('passed'), 'passed')
  assert.equal(toStatus('constructor'), 'unknown')
  assert.equal(toStatus(undefined), 'unknown')
})

test('the summary line has cucumber’s shape', () => {
  const counts = { ...emptyCounts(), passed: 5, failed: 2, skipped: 1 }
  assert.equal(formatCountSummary(counts, 'scenario'), '8 scenarios (2 failed, 1 skipped, 5 passed)')
  assert.equal(formatCountSummary({ ...emptyCounts(), passed: 1 }, 'step'), '1 step (1 passed)')
  assert.equal(formatCountSummary(emptyCounts(), 'scenario'), '0 scenarios')
})
