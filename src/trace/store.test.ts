import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRunDirectory, markLatest, newRunId, pruneRuns, readTrace, latestRunDirectory } from './store'

test('runs: ids sort by time, latest follows the last run, old runs are pruned but never latest', () => {
  const project = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-store-'))
  try {
    const ids = [0, 1, 2, 3].map((second) => newRunId(new Date(Date.UTC(2025, 0, 1, 12, 0, second))))
    assert.deepEqual([...ids].sort(), ids)
    for (const id of ids) createRunDirectory(project, id)
    markLatest(project, ids[0])
    assert.equal(readTrace(latestRunDirectory(project)).error, 'missing')
    fs.writeFileSync(path.join(latestRunDirectory(project), 'trace.json'), '{"version":1,"scenarios":[],"files":[]}')
    assert.deepEqual(readTrace(latestRunDirectory(project)).trace?.scenarios, [])
    assert.deepEqual(pruneRuns(project, 2).sort(), [ids[1]])
    assert.deepEqual(fs.readdirSync(path.join(project, '.specloop', 'runs')).sort(), [ids[0], ids[2], ids[3], 'latest'].sort())
  } finally {
    fs.rmSync(project, { recursive: true, force: true })
  }
})
