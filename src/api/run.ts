import path from 'node:path'
import type { ProjectOptions } from '../project'
import { check, checkExitCode, CheckResult } from './check'
import { generate, generateExitCode, GenerateResult } from './generate'
import { verify, VerifyResult } from './verify'
import { report, ReportResult } from './report'

export type RunPhase = 'check' | 'generate' | 'verify' | 'report'

export interface RunOptions extends ProjectOptions {
  /** Run generated code under Node's permission model (default true). */
  sandbox?: boolean
  /** Where the HTML report goes (default `reports/`). */
  reportDirectory?: string
  /** Called as each phase ends, so the CLI can show progress. */
  onPhase?: (phase: RunPhase, result: CheckResult | GenerateResult | VerifyResult | ReportResult) => void
}

export interface RunResult {
  cwd: string
  check: CheckResult
  generate?: GenerateResult
  verify?: VerifyResult
  report?: ReportResult
  /** The phase that stopped the run, when one did. */
  stoppedAt?: RunPhase
  exitCode: number
}

/**
 * `specloop run`: check → generate → verify → report. A specification that does not parse
 * stops at check (nothing is generated from it); otherwise every phase runs, so the report
 * shows what is green and what still needs work.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const checked = await check(options)
  options.onPhase?.('check', checked)
  const cwd = checked.cwd
  const checkCode = checkExitCode(checked)
  // Undefined steps are what generate is for; parse errors and broken support code are not.
  if (checked.fatalErrors.length > 0 || checked.parseErrors.length > 0) {
    return { cwd, check: checked, stoppedAt: 'check', exitCode: checkCode }
  }
  const generated = await generate(options)
  options.onPhase?.('generate', generated)
  if (generated.fatalErrors.length > 0 || generated.parseErrors.length > 0) {
    return { cwd, check: checked, generate: generated, stoppedAt: 'generate', exitCode: generateExitCode(generated) }
  }
  const verified = await verify({ ...options, sandbox: options.sandbox ?? true })
  options.onPhase?.('verify', verified)
  const reported = await report({ cwd, format: 'html', outDir: options.reportDirectory ?? path.join(cwd, 'reports') })
  options.onPhase?.('report', reported)
  const exitCode = Math.max(verified.exitCode, generateExitCode(generated), reported.error ? 2 : 0)
  return { cwd, check: checked, generate: generated, verify: verified, report: reported, exitCode }
}
