import { killGroup, spawnInGroup } from './process-groups'

export interface ChildResult {
  exitCode: number | null
  stdout: string
  stderr: string
  timedOut: boolean
  durationMs: number
}

/** Output kept of each stream unless the caller asks for more. */
const OUTPUT_LIMIT = 1024 * 1024

/**
 * Runs a program in its own process group and kills the whole group when the time is up:
 * code under test may start children of its own, and none may outlive the run (nor specloop).
 */
export function runChild(
  executable: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; outputLimit?: number }
): Promise<ChildResult> {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawnInGroup(executable, args, { cwd: options.cwd, env: options.env })
    let stdout = ''
    let stderr = ''
    let timedOut = false
    const limit = options.outputLimit ?? OUTPUT_LIMIT
    const append = (current: string, chunk: Buffer) => (current.length < limit ? current + chunk.toString('utf8') : current)
    child.stdout.on('data', (chunk: Buffer) => (stdout = append(stdout, chunk)))
    child.stderr.on('data', (chunk: Buffer) => (stderr = append(stderr, chunk)))
    const timer = setTimeout(() => {
      timedOut = true
      killGroup(child)
    }, options.timeoutMs)
    const finish = (exitCode: number | null, error?: Error) => {
      clearTimeout(timer)
      resolve({ exitCode, stdout, stderr: error ? `${stderr}${error.message}` : stderr, timedOut, durationMs: Date.now() - started })
    }
    child.on('error', (error) => finish(null, error))
    child.on('close', (code) => finish(code))
  })
}
