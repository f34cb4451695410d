import { test } from 'node:test'
import assert from 'node:assert/strict'
import { killAllGroups, runningGroupCount, spawnInGroup } from './process-groups'
import { processIsAlive as isAlive } from '../workspace'

/** A leader that starts a grandchild (as cucumber starts workers), prints its pid, and lives `leaderMs`. */
const LEADER = (leaderMs: number) => `
  const { spawn } = require('node:child_process')
  const grandchild = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
  grandchild.unref()
  console.log(grandchild.pid)
  setTimeout(() => {}, ${leaderMs})
`

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (condition()) return true
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return condition()
}

function startLeader(leaderMs: number): Promise<{ leader: number; grandchild: number; exited: Promise<void> }> {
  const child = spawnInGroup(process.execPath, ['-e', LEADER(leaderMs)], { cwd: process.cwd(), env: process.env })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  return new Promise((resolve) => {
    child.stdout.once('data', (chunk: Buffer) => resolve({ leader: child.pid!, grandchild: Number(chunk.toString().trim()), exited }))
  })
}

test('killing all groups kills the children specloop started and what they started', { timeout: 20_000 }, async () => {
  const started = await startLeader(60_000)
  assert.equal(isAlive(started.grandchild), true)
  assert.equal(runningGroupCount(), 1)
  assert.equal(killAllGroups(), 1)
  await started.exited
  assert.equal(await waitUntil(() => !isAlive(started.grandchild)), true, 'the grandchild outlived its group')
  assert.equal(isAlive(started.leader), false)
  assert.equal(runningGroupCount(), 0)
})

test('a child that exits takes what it started with it', { timeout: 20_000 }, async () => {
  const started = await startLeader(100)
  await started.exited
  assert.equal(await waitUntil(() => !isAlive(started.grandchild)), true, 'the grandchild outlived its leader')
  assert.equal(runningGroupCount(), 0)
})

test('specloop killed with SIGKILL: the watchdog kills the groups it had started', { timeout: 20_000 }, async () => {
  const modulePath = require.resolve('./process-groups')
  const script = `
    const { spawnInGroup } = require(${JSON.stringify(modulePath)})
    const child = spawnInGroup('sleep', ['60'], { cwd: process.cwd(), env: process.env })
    console.log(child.pid)
    setTimeout(() => {}, 60000)
  `
  const { spawn } = await import('node:child_process')
  const specloop = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] })
  const sleeper = await new Promise<number>((resolve) =>
    specloop.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())))
  )
  assert.equal(isAlive(sleeper), true)
  specloop.kill('SIGKILL')
  assert.equal(await waitUntil(() => !isAlive(sleeper)), true, 'a process specloop started outlived it')
})
