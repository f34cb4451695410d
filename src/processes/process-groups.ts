import { spawn, ChildProcessByStdio, SpawnOptionsWithStdioTuple, StdioNull, StdioPipe } from 'node:child_process'
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
export function spawnInGroup(command: string, args: readonly string[], options: Omit<SpawnOptionsWithStdioTuple<StdioNull, StdioPipe, StdioPipe>, 'detached' | 'stdio'>): GroupChild {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const group = child.pid
  if (group !== undefined) {
    runningGroups.add(group)
    child.once('exit', () => {
      runningGroups.delete(group)
      signalGroup(group, 'SIGKILL')
    })
  }
  return child
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
