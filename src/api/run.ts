import { ExitCode, SpecloopError, worstExitCode } from '../errors'
import path from 'node:path'
import type { ProjectOptions } from '../project'
import { check, CheckResult } from './check'
import { GenerateResult, isRewritableGeneratedFile, stoppedBeforeWriting } from './generate'
import { generateOffline, OfflineLoopLimits, OfflineRound } from './generate-offline'
import { generateWithModelAfterOffline } from './generate-model'
import type { ModelGenerateOptions, ModelGenerateResult } from '../generators/model'
import { verify, VerifyResult } from './verify'
import { report, ReportResult } from './report'

export type RunPhase = 'check' | 'generate' | 'model' | 'verify' | 'report'

/** What the model generator needs beyond the project: `generate --generator openai|replay`. */
export type RunModelOptions = Omit<ModelGenerateOptions, 'cwd' | 'env' | 'profiles' | 'configFile'>

export interface RunOptions extends ProjectOptions, OfflineLoopLimits {
  /** Generate with a model (after the offline generator) instead of the offline loop alone. */
  model?: RunModelOptions
  /** Run generated code under Node's permission model, in the generate loop and in verify (default true). */
  sandbox?: boolean
  /** A ledger that does not verify stops the run before generate writes anything; hollow scenarios fail verify. */
  strict?: boolean
  /** Where the HTML report goes (default `reports/`). */
  reportDirectory?: string
  /** Called as each round of the offline loop ends (its number, whether it compiles, scenarios green). */
  onRound?: (round: OfflineRound) => void
  /** Called before each operation is synthesised, in every round of the offline loop. */
  onOperation?: (name: string, index: number, total: number) => void
  /** Called when a round of the offline loop has written its files, before tsc and the suite. */
  onGenerated?: (result: GenerateResult) => void
  /** Called as each phase ends, so the CLI can show progress. */
  onPhase?: (phase: RunPhase, result: CheckResult | GenerateResult | ModelGenerateResult | VerifyResult | ReportResult) => void
}

export interface RunResult {
  cwd: string
  check: CheckResult
  generate?: GenerateResult
  /** The model generator's rounds, when a model was used. */
  model?: ModelGenerateResult
  verify?: VerifyResult
  report?: ReportResult
  /** The phase that stopped the run, when one did. */
  stoppedAt?: RunPhase
  /** The errors and warnings of every phase that ran, in order (each phase's result has its own too). */
  errors: SpecloopError[]
  warnings: SpecloopError[]
  exitCode: ExitCode
}

/**
 * `specloop run`: check → generate (offline, or offline then a model) → verify → report. A specification that does not parse
 * stops at check (nothing is generated from it); otherwise every phase runs, so the report
 * shows what is green and what still needs work.
 */
export async function run(options: RunOptions): Promise<RunResult> {
  const phases = await runPhases(options)
  const { check: checked, generate: generated, model, verify: verified, report: reported } = phases
  const errors = [checked.errors, generated?.errors, model?.error ? [model.error] : [], verified?.errors, reported?.errors].flatMap(
    (list) => list ?? []
  )
  const warnings = [checked.warnings, generated?.warnings, verified?.warnings, reported?.warnings].flatMap((list) => list ?? [])
  return { ...phases, errors, warnings }
}

async function runPhases(options: RunOptions): Promise<Omit<RunResult, 'errors' | 'warnings'>> {
  const checked = await check(options)
  options.onPhase?.('check', checked)
  const cwd = checked.cwd
  // Undefined steps are what generate is for; parse errors and broken support code are not, unless
  // the broken code is a file specloop wrote and may write again (a step file whose class was deleted).
  const unmendable = checked.fatalErrors.filter((error) => !isRewritableGeneratedFile(cwd, error.file))
  if (unmendable.length > 0 || checked.parseErrors.length > 0) {
    return { cwd, check: checked, stoppedAt: 'check', exitCode: checked.exitCode }
  }
  let generated: GenerateResult
  let model: ModelGenerateResult | undefined
  if (options.model) {
    // The offline generator writes what it can; the model is asked only for the rest.
    const outcome = await generateWithModelAfterOffline({
      ...options.model,
      cwd,
      env: options.env ?? {},
      profiles: options.profiles,
      configFile: options.configFile,
      sandbox: options.sandbox,
      strict: options.strict,
      onOfflineDone: (offline) => options.onPhase?.('generate', offline)
    })
    generated = outcome.offline
    model = outcome.model
    if (model) options.onPhase?.('model', model)
    // --show-prompt asks nothing and changes nothing: there is nothing to verify.
    if (options.model.showPrompt)
      return { cwd, check: checked, generate: generated, model, stoppedAt: 'generate', exitCode: outcome.exitCode }
  } else {
    // The offline loop: steps, synthesised operations, tsc and the suite, a wider search if a rule is missing.
    generated = (await generateOffline(options)).generate
    options.onPhase?.('generate', generated)
  }
  if (stoppedBeforeWriting(generated)) {
    return { cwd, check: checked, generate: generated, model, stoppedAt: 'generate', exitCode: generated.exitCode }
  }
  if (model?.error) return { cwd, check: checked, generate: generated, model, stoppedAt: 'generate', exitCode: 2 }
  const verified = await verify({ ...options, sandbox: options.sandbox ?? true })
  options.onPhase?.('verify', verified)
  // Support code that does not load leaves no run: reporting the one before would show another run as this one.
  if (verified.runId === undefined && verified.errors.length > 0) {
    return { cwd, check: checked, generate: generated, model, verify: verified, stoppedAt: 'verify', exitCode: verified.exitCode }
  }
  const reported = await report({
    cwd,
    format: 'html',
    outDir: options.reportDirectory ?? path.join(cwd, 'reports'),
    profiles: options.profiles,
    configFile: options.configFile,
    env: options.env
  })
  options.onPhase?.('report', reported)
  // With a model, what the offline generator left undone is the model's to do: the suite decides,
  // and a model's rule the examples do not decide is a problem in the spec.
  const generateCode = model ? ((model.proposals ?? []).some((check) => check.verdict.status === 'ambiguous') ? 1 : 0) : generated.exitCode
  const exitCode = worstExitCode(verified.exitCode, generateCode, reported.exitCode)
  return { cwd, check: checked, generate: generated, model, verify: verified, report: reported, exitCode }
}
