import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { projectReadPaths, realpathOrSelf, sandboxedNode, sandboxEnvironment } from '../../runner'
import { withoutSecrets } from '../../redaction'
import { PROBE_CHILD, runChild } from '../../processes'
import type { ProbeAnswer, ProbeAnswers, ProbeJob } from '../../processes'

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

export type RowAnswer = ProbeAnswer

export type AnswerRowsResult = { answers: RowAnswer[]; problem?: undefined } | { answers?: undefined; problem: string }

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
    // The child starts in the project's folder: the module path stays relative, as the messages show it.
    const job: ProbeJob = {
      modules: [options.modulePath],
      exportName: options.functionName,
      inputs: options.rows,
      typescriptFrom: path.resolve(options.cwd)
    }
    fs.writeFileSync(jobPath, JSON.stringify(job))
    const launch =
      options.sandbox === false
        ? { command: process.execPath, prefix: [] as string[] }
        : sandboxedNode({
            readPaths: [
              ...projectReadPaths(options.cwd, options.cwd, options.env),
              realpathOrSelf(directory),
              path.dirname(PROBE_CHILD),
              realpathOrSelf(path.dirname(PROBE_CHILD))
            ],
            writePaths: [],
            allowChildProcess: false
          })
    const child = await runChild(launch.command, [...launch.prefix, PROBE_CHILD, jobPath], {
      cwd: options.cwd,
      env: sandboxEnvironment({ ...withoutSecrets(options.env), FORCE_COLOR: '0' }),
      timeoutMs: options.timeoutMs
    })
    if (child.timedOut) return { problem: `it did not answer ${options.rows.length} rows within ${Math.round(options.timeoutMs / 1000)} s` }
    const line = child.stdout.trim().split('\n').pop() ?? ''
    let answered: ProbeAnswers[number] | undefined
    try {
      answered = (JSON.parse(line) as ProbeAnswers)[0]
    } catch {
      return {
        problem: `it could not be run: ${(child.stderr || child.stdout).trim().split('\n').slice(-3).join(' ') || `exit code ${child.exitCode}`}`
      }
    }
    if (!answered?.loaded) return { problem: `it could not be loaded: ${answered?.loadError ?? 'no answer'}` }
    return { answers: answered.answers }
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
}
