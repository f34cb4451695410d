import { killAllGroups } from '../processes'

const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP']

let installed = false
/** What the running command says when a signal stops it (one line on stderr), if anything. */
let interruptionNote: ((signal: NodeJS.Signals) => string) | undefined

/** A command that writes files says, when a signal stops it, that it stopped and in what state it leaves them. */
export function sayWhenInterrupted(note: (signal: NodeJS.Signals) => string): void {
  interruptionNote = note
}

/**
 * Makes the process groups specloop started die with it. Each child leads a group of its own
 * (so a terminal's Ctrl-C no longer reaches it directly): on exit, and on SIGINT, SIGTERM or
 * SIGHUP, every group still running is killed, then the signal ends specloop as it would have
 * (exit status 128 + the signal's number). SIGKILL cannot be caught: the cucumber process
 * notices its parent is gone and kills its own group (src/runner/child.ts).
 */
export function killChildrenWithSpecloop(): void {
  if (installed) return
  installed = true
  process.on('exit', () => killAllGroups())
  for (const signal of FORWARDED_SIGNALS) {
    process.once(signal, () => {
      killAllGroups()
      if (interruptionNote) process.stderr.write(`${interruptionNote(signal)}\n`)
      for (const other of FORWARDED_SIGNALS) process.removeAllListeners(other)
      process.kill(process.pid, signal)
    })
  }
}

/**
 * For a command that runs until interrupted (`specloop watch`): SIGINT, SIGTERM and SIGHUP call
 * `stop` instead, which ends the command cleanly (its groups are killed as specloop exits);
 * a second signal ends specloop at once, as before. Returns the function that puts the usual handling back.
 */
export function stopOnInterrupt(stop: () => void): () => void {
  const saved = FORWARDED_SIGNALS.map((signal) => [signal, process.listeners(signal)] as const)
  for (const signal of FORWARDED_SIGNALS) process.removeAllListeners(signal)
  const restore = () => {
    for (const signal of FORWARDED_SIGNALS) process.removeListener(signal, onSignal)
    for (const [signal, listeners] of saved) for (const listener of listeners) process.on(signal, listener as () => void)
  }
  const onSignal = () => {
    restore()
    stop()
  }
  for (const signal of FORWARDED_SIGNALS) process.once(signal, onSignal)
  return restore
}
