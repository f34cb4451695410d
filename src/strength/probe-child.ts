/**
 * Entry point of the sandboxed process that calls an operation, as it is and as each mutant
 * makes it, on probe inputs (`specloop strength`'s killing rows). Generated code is untrusted:
 * it runs here, under Node's permission model, never in specloop's own process. Imports
 * nothing of specloop; a process edge, it may touch `process`.
 */
import fs from 'node:fs'

export interface ProbeJob {
  /** CommonJS modules: the current code first, then one per mutant. */
  modules: string[]
  exportName: string
  /** Arguments, one list per probe. */
  inputs: unknown[][]
}

/** Per module, per probe: the answer, or that it threw (or could not load: then `loaded` is false). */
export type ProbeAnswers = { loaded: boolean; answers: ({ value: unknown } | { threw: true })[] }[]

function answersOf(modulePath: string, job: ProbeJob): ProbeAnswers[number] {
  let operation: unknown
  try {
    operation = (require(modulePath) as Record<string, unknown>)[job.exportName]
  } catch {
    return { loaded: false, answers: [] }
  }
  if (typeof operation !== 'function') return { loaded: false, answers: [] }
  return {
    loaded: true,
    answers: job.inputs.map((inputs) => {
      try {
        return { value: (operation as (...values: unknown[]) => unknown)(...inputs) }
      } catch {
        return { threw: true as const }
      }
    })
  }
}

const job = JSON.parse(fs.readFileSync(process.argv[2]!, 'utf8')) as ProbeJob
process.stdout.write(JSON.stringify(job.modules.map((modulePath) => answersOf(modulePath, job))))
