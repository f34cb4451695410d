import fs from 'node:fs'
import path from 'node:path'
import { spawn, spawnSync, ChildProcess } from 'node:child_process'
import { After, When, Then } from '@cucumber/cucumber'
import { expect } from 'chai'
import { SpecloopWorld, repositoryRoot } from './support/world'
import { processIsAlive as isAlive } from '../src/workspace'

/** `specloop watch` running in the background while the scenario edits the project. */
interface Watching {
  child: ChildProcess
  stdout: string
  stderr: string
  /** How much of stdout the scenario has already waited past. */
  seen: number
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  /** The process groups the watch started (its cucumber process), found while it runs. */
  groups: number[]
}

type WatchWorld = SpecloopWorld & { watching?: Watching; stoppedGroups?: number[] }

const WAIT_MS = 60_000

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
  return condition()
}

/** Waits for `text` in what the watch printed since the last wait, and moves past it. */
async function waitForOutput(watching: Watching, text: string): Promise<void> {
  const found = await waitFor(() => watching.stdout.indexOf(text, watching.seen) >= 0, WAIT_MS)
  expect(
    found,
    `the watch never printed ${JSON.stringify(text)}; it printed:\n${watching.stdout.slice(watching.seen)}\n--- stderr\n${watching.stderr}`
  ).to.equal(true)
  watching.seen = watching.stdout.indexOf(text, watching.seen) + text.length
}

function watchingOf(world: WatchWorld): Watching {
  if (!world.watching) throw new Error('no watch was started in this scenario')
  return world.watching
}

/** Process groups of the warm cucumber processes `pid` started (specloop starts each as a group leader). */
function childGroups(pid: number): number[] {
  const listed = spawnSync('ps', ['-o', 'pid=,pgid=,args=', '--ppid', String(pid)], { encoding: 'utf8' })
  return listed.stdout
    .split('\n')
    .filter((line) => line.includes('watch-child.js'))
    .map((line) => line.trim().split(/\s+/).slice(0, 2).map(Number))
    .filter(([child, group]) => child > 0 && child === group)
    .map(([group]) => group)
}

const groupIsAlive = (group: number) => {
  try {
    process.kill(-group, 0)
    return true
  } catch {
    return false
  }
}

When('I start {string} and it says {string}', async function (this: WatchWorld, commandLine: string, text: string) {
  const args = commandLine.split(/\s+/)
  if (args.shift() !== 'specloop') throw new Error(`not a specloop command: ${commandLine}`)
  const child = spawn(process.execPath, [path.join(repositoryRoot, 'bin', 'specloop.js'), ...args], {
    cwd: this.projectDirectory,
    env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const watching: Watching = {
    child,
    stdout: '',
    stderr: '',
    seen: 0,
    groups: [],
    ended: new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })))
  }
  child.stdout!.on('data', (chunk: Buffer) => (watching.stdout += chunk.toString('utf8')))
  child.stderr!.on('data', (chunk: Buffer) => (watching.stderr += chunk.toString('utf8')))
  this.watching = watching
  await waitForOutput(watching, text)
  watching.groups = childGroups(child.pid!)
  expect(watching.groups, 'the watch keeps a cucumber process').to.have.length.greaterThan(0)
})

Then('the watch prints {string}', async function (this: WatchWorld, text: string) {
  await waitForOutput(watchingOf(this), text)
})

Then('the output of the watch contains {string}', async function (this: WatchWorld, text: string) {
  const watching = watchingOf(this)
  const found = await waitFor(() => watching.stderr.includes(text) || watching.stdout.includes(text), WAIT_MS)
  expect(found, `the watch never printed ${JSON.stringify(text)}:\n${watching.stdout}\n--- stderr\n${watching.stderr}`).to.equal(true)
})

When('the file {string} gets the lines:', function (this: WatchWorld, relative: string, lines: string) {
  fs.appendFileSync(this.pathOf(relative), `${lines}\n`)
})

When(
  '{string} is saved as an editor saves it, through a temporary file renamed over it, with line {int} as {string}',
  function (this: WatchWorld, relative: string, lineNumber: number, replacement: string) {
    const lines = this.readFile(relative).split('\n')
    lines[lineNumber - 1] = replacement
    const temporary = this.pathOf(`${relative}.swp`)
    fs.writeFileSync(temporary, lines.join('\n'))
    fs.renameSync(temporary, this.pathOf(relative))
  }
)

When('I stop the watch with {word}', async function (this: WatchWorld, signal: NodeJS.Signals) {
  const watching = watchingOf(this)
  // The cucumber process running now (an ES-module project gets a fresh one after a save), and those seen before.
  const running = childGroups(watching.child.pid!)
  expect(running, 'a cucumber process runs while the watch does').to.have.length.greaterThan(0)
  this.stoppedGroups = [...new Set([...watching.groups, ...running])]
  watching.child.kill(signal)
  const end = await watching.ended
  // The generic output steps read what the watch printed, as of any command run.
  this.lastRun = { command: 'specloop watch', exitCode: end.code ?? -1, stdout: watching.stdout, stderr: watching.stderr }
  this.watching = undefined
})

Then('no process the watch started is left running', async function (this: WatchWorld) {
  const groups = this.stoppedGroups ?? []
  expect(groups, 'the watch was stopped').to.have.length.greaterThan(0)
  const ended = await waitFor(() => groups.every((group) => !groupIsAlive(group)), 5_000)
  expect(ended, `process groups still running: ${groups.filter(groupIsAlive).join(', ')}`).to.equal(true)
})

After(function (this: WatchWorld) {
  const watching = this.watching
  if (watching?.child.pid !== undefined && isAlive(watching.child.pid)) {
    for (const group of watching.groups) if (groupIsAlive(group)) process.kill(-group, 'SIGKILL')
    watching.child.kill('SIGKILL')
  }
})
