import { spawn, ChildProcess, ChildProcessByStdio, SpawnOptionsWithStdioTuple, StdioNull, StdioPipe } from 'node:child_process'
import type { Readable } from 'node:stream'

/** Process groups specloop started whose leader still runs. */
const runningGroups = new Set<number>()

export type GroupChild = ChildProcessByStdio<null, Readable, Readable>

/**
 * Starts a program as the leader of a process group of its own. Whatever it starts in turn
 * (cucumber's workers, code under test spawning servers) joins the group, so one signal stops
 * them all: when the leader exits its group is killed (nothing it started outlives it), and
 * `killAllGroups` kills every group still running when specloop exits or is interrupted.
 * Every child process specloop spawns asynchronously goes through here.
 */
export function spawnInGroup(
  command: string,
  args: readonly string[],
  options: Omit<SpawnOptionsWithStdioTuple<StdioNull, StdioPipe, StdioPipe>, 'detached' | 'stdio'> & { ipc?: boolean }
): GroupChild {
  const { ipc, ...spawnOptions } = options
  // With `ipc`, a channel for `send`/'message' as well (a warm process that takes requests).
  const child = spawn(command, args, {
    ...spawnOptions,
    detached: true,
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe']
  }) as GroupChild
  const group = child.pid
  if (group !== undefined) {
    runningGroups.add(group)
    tellWatchdog(`${group}\n`)
    child.once('exit', () => {
      runningGroups.delete(group)
      signalGroup(group, 'SIGKILL')
      tellWatchdog(`-${group}\n`)
    })
  }
  return child
}

/**
 * SIGKILL cannot be caught, so specloop cannot kill its groups when it dies of it. A watchdog
 * in a group of its own is told every group specloop starts; its stdin is a pipe from specloop,
 * which the system closes however specloop ends, and at that end it kills the groups still
 * running. It keeps nothing alive: specloop exits as if it were not there.
 */
const WATCHDOG = `
const groups = new Set()
let pending = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => {
  pending += chunk
  const lines = pending.split('\\n')
  pending = lines.pop()
  for (const line of lines) {
    const group = Number(line)
    if (group > 0) groups.add(group)
    else groups.delete(-group)
  }
})
process.stdin.on('end', () => {
  for (const group of groups) {
    try { process.kill(-group, 'SIGKILL') } catch {}
  }
  process.exit(0)
})
`

let watchdog: ChildProcess | undefined | null

function tellWatchdog(message: string): void {
  if (watchdog === undefined) {
    try {
      watchdog = spawn(process.execPath, ['-e', WATCHDOG], { detached: true, stdio: ['pipe', 'ignore', 'ignore'], env: {} })
      watchdog.unref()
      watchdog.on('error', () => (watchdog = null))
      watchdog.stdin?.on('error', () => (watchdog = null))
      ;(watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.()
    } catch {
      watchdog = null
    }
  }
  if (watchdog) watchdog.stdin?.write(message)
}

/** Sends a signal to a whole group; false when no process of it is left. */
function signalGroup(group: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-group, signal)
    return true
  } catch {
    return false
  }
}

/** Kills a child and every process of its group. */
export function killGroup(child: GroupChild, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined || !signalGroup(child.pid, signal)) child.kill(signal)
}

/** Kills every group specloop started that still runs. Synchronous: it works in an 'exit' handler. */
export function killAllGroups(signal: NodeJS.Signals = 'SIGKILL'): number {
  let killed = 0
  for (const group of runningGroups) if (signalGroup(group, signal)) killed++
  runningGroups.clear()
  return killed
}

/** The groups still running (for tests). */
export function runningGroupCount(): number {
  return runningGroups.size
}
