import { exitCodeOf, ExitCode, SpecloopError } from '../errors'
import { generate, GenerateOptions, GenerateResult } from './generate'

export interface GeneratedFreshness {
  planned: GenerateResult
  /** The dry run's. */
  errors: SpecloopError[]
  warnings: SpecloopError[]
  /** Files generate would create, change or remove now, or that were edited by hand. */
  stale: { path: string; why: 'missing' | 'out of date' | 'edited by hand' | 'no longer needed' }[]
  /** 0 fresh, 1 stale (or the specs have problems), 2 the check could not be done. */
  exitCode: ExitCode
}

const WHY = { create: 'missing', update: 'out of date', 'kept-hand-edited': 'edited by hand', remove: 'no longer needed' } as const

/** `generate --check`: a dry run that says whether the generated files are what generate writes now. */
export async function checkGenerated(options: GenerateOptions): Promise<GeneratedFreshness> {
  const planned = await generate({ ...options, dryRun: true })
  const stale = planned.decisions
    .filter((decision): decision is typeof decision & { action: keyof typeof WHY } => decision.action in WHY)
    .map((decision) => ({ path: decision.path, why: WHY[decision.action] }))
  const exitCode = exitCodeOf({ couldNotRun: planned.fatalErrors.length, problems: planned.parseErrors.length + stale.length })
  return { planned, stale, errors: planned.errors, warnings: planned.warnings, exitCode }
}
