/**
 * Entry point of the cucumber process `verify` starts (possibly under Node's permission
 * model): runs cucumber through its API with the configuration specloop resolved, writes
 * the Cucumber Messages as they come and, at the end, whether the run succeeded.
 * Like the CLI, it is a process edge: it may touch `process`.
 */
import fs from 'node:fs'
import { withoutParseErrors } from './cucumber-stderr'
import type { ChildJob, ChildResult } from './protocol'

/** Set by the runtime once cucumber loaded it: it takes each scenario's coverage as its messages go by. */
const observe = () => (globalThis as Record<symbol, ((envelope: unknown) => void) | undefined>)[Symbol.for('specloop.observeEnvelope')]

/** Until specloop has instrumented the project (it started this process first, so both work at once). */
async function waitFor(file: string): Promise<void> {
  const parent = process.ppid
  while (!fs.existsSync(file)) {
    // Orphaned (specloop was killed): nothing will come.
    if (process.ppid !== parent) throw new Error('specloop stopped before the project was instrumented')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

/**
 * specloop kills this process's group when it exits or is interrupted; killed with SIGKILL it
 * cannot, so this process (the group's leader) watches for being orphaned and then kills its
 * group itself: cucumber's workers and whatever the scenarios started go with it.
 */
function dieWithParent(): void {
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid === parent) return
    try {
      process.kill(-process.pid, 'SIGKILL')
    } catch {
      process.exit(2)
    }
  }, 200).unref()
}

async function main(jobPath: string): Promise<number> {
  dieWithParent()
  const job = JSON.parse(fs.readFileSync(jobPath, 'utf8')) as ChildJob
  const api = require(job.cucumberApi) as typeof import('@cucumber/cucumber/api')
  if (job.runtimeJobPath) await waitFor(job.runtimeJobPath)
  const messages = fs.openSync(job.messagesPath, 'w')
  const writeResult = (result: ChildResult) => fs.writeFileSync(job.resultPath, JSON.stringify(result))
  try {
    const { success } = await api.runCucumber(
      job.runConfiguration as import('@cucumber/cucumber/api').IRunConfiguration,
      { cwd: job.cwd, stdout: process.stdout, stderr: withoutParseErrors(process.stderr), env: process.env },
      (envelope) => {
        fs.writeSync(messages, `${JSON.stringify(envelope)}\n`)
        if (job.observeScenarios) observe()?.(envelope)
      }
    )
    writeResult({ success })
    return success ? 0 : 1
  } catch (thrown) {
    const error = thrown instanceof Error ? { message: thrown.message, stack: thrown.stack } : { message: String(thrown) }
    writeResult({ success: false, error })
    return 2
  } finally {
    fs.closeSync(messages)
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code
  },
  (thrown) => {
    process.stderr.write(`specloop: the cucumber process failed: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`)
    process.exitCode = 2
  }
)
