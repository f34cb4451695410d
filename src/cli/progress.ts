import { CliIo, isInteractive } from './io'

export interface Progress {
  /** What is being worked on now ("round 2: 15/16 scenarios green"). */
  update(detail: string): void
  /** Writes lines that stay (`print` does the writing) above the live line, which is then redrawn. */
  above(print: () => void): void
  /** Clears the line; later output starts clean. */
  stop(): void
}

const TICK_MS = 250

/**
 * One live status line on an interactive terminal: what, the latest detail, and the time since
 * it started, redrawn in place. In CI and when piped it writes nothing: the plain lines each
 * command prints as work finishes are the whole log there.
 */
export function startProgress(io: CliIo, what: string, now: () => number = Date.now): Progress {
  if (!isInteractive(io)) return { update() {}, above: (print) => print(), stop() {} }
  const started = now()
  let detail = ''
  let shown = 0
  const clear = () => {
    io.stderr.write(`\r${' '.repeat(shown)}\r`)
    shown = 0
  }
  const draw = () => {
    const line = `… ${what}${detail ? `: ${detail}` : ''} (${((now() - started) / 1000).toFixed(0)} s)`
    io.stderr.write(`\r${line}${' '.repeat(Math.max(0, shown - line.length))}`)
    shown = line.length
  }
  draw()
  const timer = setInterval(draw, TICK_MS)
  timer.unref()
  return {
    update(text) {
      detail = text
      draw()
    },
    above(print) {
      clear()
      print()
      draw()
    },
    stop() {
      clearInterval(timer)
      clear()
    }
  }
}
