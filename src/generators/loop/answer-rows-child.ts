/**
 * Runs in a sandboxed child (never in specloop's own process), started in the project's folder
 * (the sandbox refuses chdir): loads one generated module the
 * way the project's suite does (ts-node, transpile only) and calls one exported function on
 * each row of a job file, writing one JSON line of answers to stdout.
 */
import fs from 'node:fs'
import path from 'node:path'

interface Job {
  projectDirectory: string
  modulePath: string
  functionName: string
  rows: unknown[][]
}

function registerTypescript(projectDirectory: string): void {
  try {
    require(require.resolve('ts-node/register/transpile-only', { paths: [projectDirectory] }))
  } catch {
    // A project without ts-node runs JavaScript modules only; a TypeScript one then fails to load, which is reported.
  }
}

function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown)
}

async function main(): Promise<void> {
  const job = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as Job
  registerTypescript(job.projectDirectory)
  let exported: unknown
  try {
    exported = (require(path.resolve(job.projectDirectory, job.modulePath)) as Record<string, unknown>)[job.functionName]
  } catch (thrown) {
    process.stdout.write(JSON.stringify({ loadError: messageOf(thrown) }) + '\n')
    return
  }
  if (typeof exported !== 'function') {
    process.stdout.write(JSON.stringify({ loadError: `${job.modulePath} exports no function ${job.functionName}` }) + '\n')
    return
  }
  const answers: unknown[] = []
  for (const row of job.rows) {
    try {
      answers.push({ value: await (exported as (...args: unknown[]) => unknown)(...row) })
    } catch (thrown) {
      answers.push({ error: messageOf(thrown).slice(0, 200) })
    }
  }
  process.stdout.write(JSON.stringify({ answers }) + '\n')
}

main().catch((thrown) => {
  process.stdout.write(JSON.stringify({ loadError: messageOf(thrown) }) + '\n')
})
