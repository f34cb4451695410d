/**
 * Entry point of the sandboxed process that calls one exported function of generated modules on
 * rows of arguments: `specloop strength`'s killing rows (the current code and each mutant) and
 * the repair loop's answers on rows no example shows. Generated code is untrusted: it runs here,
 * under Node's permission model, never in specloop's own process. Imports nothing of specloop; a
 * process edge, it may touch `process`. Started in the project's folder (the sandbox refuses chdir).
 */
import fs from 'node:fs'
import path from 'node:path'

export interface ProbeJob {
  /** CommonJS or TypeScript modules, absolute or relative to the working folder. */
  modules: string[]
  exportName: string
  /** Arguments, one list per probe. */
  inputs: unknown[][]
  /** Registers ts-node (transpile only) as this project resolves it, so TypeScript modules load. */
  typescriptFrom?: string
}

/** The answer to one probe: its value (awaited), or what it threw. */
export type ProbeAnswer = { value: unknown } | { error: string }

/** Per module: its answers, one per probe, or (not loaded, no answers) why it could not be loaded. */
export type ProbeAnswers = { loaded: boolean; answers: ProbeAnswer[]; loadError?: string }[]

function messageOf(thrown: unknown): string {
  return thrown instanceof Error ? thrown.message : String(thrown)
}

function registerTypescript(projectDirectory: string): void {
  try {
    require(require.resolve('ts-node/register/transpile-only', { paths: [projectDirectory] }))
  } catch {
    // A project without ts-node runs JavaScript modules only; a TypeScript one then fails to load, which is reported.
  }
}

async function answersOf(modulePath: string, job: ProbeJob): Promise<ProbeAnswers[number]> {
  let operation: unknown
  try {
    operation = (require(path.resolve(modulePath)) as Record<string, unknown>)[job.exportName]
  } catch (thrown) {
    return { loaded: false, answers: [], loadError: messageOf(thrown) }
  }
  if (typeof operation !== 'function')
    return { loaded: false, answers: [], loadError: `${modulePath} exports no function ${job.exportName}` }
  const answers: ProbeAnswer[] = []
  for (const inputs of job.inputs) {
    try {
      answers.push({ value: await (operation as (...values: unknown[]) => unknown)(...inputs) })
    } catch (thrown) {
      answers.push({ error: messageOf(thrown).slice(0, 200) })
    }
  }
  return { loaded: true, answers }
}

async function main(): Promise<void> {
  const job = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as ProbeJob
  if (job.typescriptFrom !== undefined) registerTypescript(job.typescriptFrom)
  const answers: ProbeAnswers = []
  for (const modulePath of job.modules) answers.push(await answersOf(modulePath, job))
  process.stdout.write(JSON.stringify(answers) + '\n')
}

main().catch((thrown) => {
  process.stdout.write(JSON.stringify([{ loaded: false, answers: [], loadError: messageOf(thrown) }]) + '\n')
})
