import { test } from 'node:test'
import assert from 'node:assert/strict'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

test('worker lock: once taken away, Worker refuses through require and import alike, as Node refuses it without --allow-worker', () => {
  // In a process of its own: the lock cannot be undone.
  const probe = `
    require(${JSON.stringify(path.join(__dirname, 'worker-lock.js'))}).refuseWorkerThreads()
    const attempt = (Worker) => {
      try {
        new Worker('1', { eval: true, execArgv: [] })
        return 'started'
      } catch (error) {
        return error.code + ' ' + error.permission
      }
    }
    import('node:worker_threads').then((esm) => {
      const attempts = [attempt(require('node:worker_threads').Worker), attempt(esm.Worker), attempt(esm.default.Worker)]
      console.log(attempts.join('|'))
    })
  `
  const run = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' })
  assert.equal(run.stderr, '')
  assert.equal(run.stdout.trim(), 'ERR_ACCESS_DENIED WorkerThreads|ERR_ACCESS_DENIED WorkerThreads|ERR_ACCESS_DENIED WorkerThreads')
})
