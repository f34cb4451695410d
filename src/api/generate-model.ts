import { exitCodeOf, ExitCode, SpecloopError } from '../errors'
import { generateWithModel, ModelGenerateOptions, ModelGenerateResult } from '../generators/model'
import { withScratchCopy } from '../workspace'
import { generate, GenerateResult, stoppedBeforeWriting } from './generate'

export interface ModelAfterOfflineResult {
  offline: GenerateResult
  /** Absent when the offline pass could not run (bad specs, broken support code). */
  model?: ModelGenerateResult
  /** The offline pass's, then the model's when it could not run. */
  errors: SpecloopError[]
  warnings: SpecloopError[]
  /** 0 green, 1 not green, 2 could not run. */
  exitCode: ExitCode
}

/**
 * `generate --generator openai|replay`: the offline generator writes what it can, then the
 * model is asked only for what is still undefined or failing, in the bounded repair loop.
 */
export async function generateWithModelAfterOffline(
  options: ModelGenerateOptions & { strict?: boolean; onOfflineDone?(result: GenerateResult): void }
): Promise<ModelAfterOfflineResult> {
  // --show-prompt: the offline pass and the first round's prompt are made on a copy, so the project is left as it was.
  if (options.showPrompt) {
    const shown = await withScratchCopy(options.cwd, (copy) => modelAfterOffline({ ...options, cwd: copy, recordDirectory: undefined }))
    return {
      ...shown,
      exitCode:
        shown.model?.shownRequest !== undefined || shown.model?.summary?.stopReason === 'not-asked'
          ? exitCodeOf({ couldNotRun: shown.errors.length > 0, problems: false })
          : shown.exitCode
    }
  }
  return modelAfterOffline(options)
}

async function modelAfterOffline(
  options: ModelGenerateOptions & { strict?: boolean; onOfflineDone?(result: GenerateResult): void }
): Promise<ModelAfterOfflineResult> {
  const offline = await generate({ ...options, onlyConfidentStories: true })
  options.onOfflineDone?.(offline)
  if (stoppedBeforeWriting(offline)) return { offline, errors: offline.errors, warnings: offline.warnings, exitCode: offline.exitCode }
  const model = await generateWithModel(options)
  const errors = [...offline.errors, ...(model.error ? [model.error] : [])]
  // Green is not enough: a model's rule the examples do not decide is a problem in the spec, as an unconfirmed synthesised one is.
  const ambiguous = (model.proposals ?? []).some((check) => check.verdict.status === 'ambiguous')
  return {
    offline,
    model,
    errors,
    warnings: offline.warnings,
    exitCode: exitCodeOf({ couldNotRun: model.error !== undefined, problems: !model.summary?.green || ambiguous })
  }
}

// What the CLI needs of the model generator, so that it never reaches below the API layer.
export type { ModelGenerateOptions, ModelGenerateResult, ModelRoundReport } from '../generators/model'
export { describeScore } from '../generators/loop'
