import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { packageRoot } from '../../package-root'
import { projectReadPaths, realpathOrSelf, sandboxedNode, sandboxEnvironment } from '../../runner'
import { withoutSecrets } from '../../redaction'
import { runChild } from '../../processes'

export interface AnswerRowsOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** The module, relative to the project: `generated/src/shippingDays.ts`. */
  modulePath: string
  functionName: string
  /** Arguments of each call, in the function's parameter order. */
  rows: unknown[][]
  timeoutMs: number
  /** Under the sandbox the suite runs in (default true). */
  sandbox?: boolean
}

export type RowAnswer = { value: unknown } | { error: string }

export type AnswerRowsResult = { answers: RowAnswer[]; problem?: undefined } | { answers?: undefined; problem: string }

/** The compiled child (when specloop runs from src/ through ts-node, dist/ has it). */
const CHILD = fs.existsSync(path.join(__dirname, 'answer-rows-child.js'))
  ? path.join(__dirname, 'answer-rows-child.js')
  : path.join(packageRoot, 'dist', 'src', 'generators', 'loop', 'answer-rows-child.js')

/**
 * What a generated function answers on rows no example shows: it is called in a child process
 * under the suite's sandbox (reads only the project and its dependencies, writes nothing, no
 * network where the system allows), killed at the time limit. Code a generator wrote never runs
 * in specloop's own process.
 */
export async function answerRows(options: AnswerRowsOptions): Promise<AnswerRowsResult> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-rows-'))
  try {
    const jobPath = path.join(directory, 'job.json')
    fs.writeFileSync(
      jobPath,
      JSON.stringify({
        projectDirectory: path.resolve(options.cwd),
        modulePath: options.modulePath,
        functionName: options.functionName,
        rows: options.rows
      })
    )
    const launch =
      options.sandbox === false
        ? { command: process.execPath, prefix: [] as string[] }
        : sandboxedNode({
            readPaths: [
              ...projectReadPaths(options.cwd, options.cwd, options.env),
              realpathOrSelf(directory),
              path.dirname(CHILD),
              realpathOrSelf(path.dirname(CHILD))
            ],
            writePaths: [],
            allowChildProcess: false
          })
    const child = await runChild(launch.command, [...launch.prefix, CHILD, jobPath], {
      cwd: options.cwd,
      env: sandboxEnvironment({ ...withoutSecrets(options.env), FORCE_COLOR: '0' }),
      timeoutMs: options.timeoutMs
    })
    if (child.timedOut) return { problem: `it did not answer ${options.rows.length} rows within ${Math.round(options.timeoutMs / 1000)} s` }
    const line = child.stdout.trim().split('\n').pop() ?? ''
    let parsed: { answers?: RowAnswer[]; loadError?: string }
    try {
      parsed = JSON.parse(line)
    } catch {
      return {
        problem: `it could not be run: ${(child.stderr || child.stdout).trim().split('\n').slice(-3).join(' ') || `exit code ${child.exitCode}`}`
      }
    }
    if (parsed.loadError !== undefined) return { problem: `it could not be loaded: ${parsed.loadError}` }
    return { answers: parsed.answers ?? [] }
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}
