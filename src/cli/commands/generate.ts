import {
  chooseGenerateMode,
  checkGenerated,
  generate,
  GenerateResult,
  generateOffline,
  generateWithModelAfterOffline,
  resolveGenerator
} from '../../index'
import type { ModelRunOptions } from '../../index'
import { formatError, SpecloopError } from '../../errors'
import { addGeneratorOptions, GeneratorCommandOptions } from '../model-options'
import { describeRound, describeSummary } from '../format-model'
import { describeFreshness, describeOfflineRound, describeOfflineSummary, printGenerateResult } from '../format-generate'
import { stoppedBeforeRunning, writeJson, writeLine } from '../io'
import { startProgress } from '../progress'
import type { CommandContext, RegisterCommand } from '../command'
import { sayWhenInterrupted } from '../child-cleanup'

interface GenerateCommandOptions extends GeneratorCommandOptions {
  sandbox: boolean
  stepsOnly: boolean
  dryRun: boolean
  check: boolean
  strict: boolean
  showPrompt?: boolean
}

/** What each mode's printer needs: where to write, in which format, the options and the project. */
interface GenerateRun {
  context: CommandContext
  json: boolean
  options: GenerateCommandOptions
  project: { cwd: string; env: NodeJS.ProcessEnv; profiles: string[]; configFile?: string; strict: boolean }
}

function printError({ context, json }: GenerateRun, error: SpecloopError): void {
  const stopped = stoppedBeforeRunning(error)
  if (json) writeJson(context.io.stdout, stopped)
  else writeLine(context.io.stderr, `specloop generate: ${formatError(error)}`)
  context.setExitCode(stopped.exitCode)
}

/** `--check`: whether the generated files are what generate would write now. */
async function runCheck({ context, json, options, project }: GenerateRun): Promise<void> {
  const { io } = context
  const freshness = await checkGenerated({ ...project, stepsOnly: options.stepsOnly })
  // The JSON's exit code is the command's: the check's, not its dry run's.
  if (json) writeJson(io.stdout, { ...freshness.planned, stale: freshness.stale, exitCode: freshness.exitCode })
  else if (freshness.planned.fatalErrors.length > 0 || freshness.planned.parseErrors.length > 0)
    printGenerateResult(freshness.planned, io.stdout, io.stderr)
  else describeFreshness(freshness, project.profiles).forEach((line) => writeLine(io.stdout, line))
  context.setExitCode(freshness.exitCode)
}

/** The offline loop: generate → tsc → cucumber, wider bounds for missing rules, until green or the budget is spent. */
async function runOfflineLoop({ context, json, options, project }: GenerateRun): Promise<void> {
  const { io } = context
  let firstGeneration: GenerateResult | undefined
  // The live line says the round and what is being worked on; each round's plain line stays.
  const progress = json ? undefined : startProgress(io, 'generating')
  let round = 1
  const loop = await generateOffline({
    ...project,
    sandbox: options.sandbox,
    maxRounds: options.maxRounds,
    timeLimitMs: options.timeLimit !== undefined ? options.timeLimit * 1000 : undefined,
    onOperation: (name, index, total) => progress?.update(`round ${round}: synthesising ${name} (${index}/${total})`),
    onRound: (report) => {
      round = report.round + 1
      progress?.above(() => {
        if (report.round === 1 && firstGeneration) printGenerateResult(firstGeneration, io.stdout, io.stderr)
        writeLine(io.stdout, describeOfflineRound(report))
      })
      progress?.update(`round ${round}: a wider search`)
    },
    onGenerated: (generated) => {
      firstGeneration ??= generated
      progress?.update(`round ${round}: tsc and the suite`)
    }
  })
  progress?.stop()
  if (json)
    writeJson(io.stdout, {
      ...loop.generate,
      exitCode: loop.exitCode,
      loop: { rounds: loop.rounds, stopReason: loop.stopReason, green: loop.green, elapsedMs: loop.elapsedMs }
    })
  else if (loop.stopReason === 'not-run') printGenerateResult(loop.generate, io.stdout, io.stderr)
  else {
    describeOfflineSummary(loop, firstGeneration?.implementations).forEach((line) => writeLine(io.stdout, line))
    // What the loop found after the rounds were printed (the configuration loads none of the generated code).
    for (const warning of loop.warnings.filter((found) => !firstGeneration?.warnings.includes(found)))
      writeLine(io.stdout, `warning: ${formatError(warning)}`)
  }
  context.setExitCode(loop.exitCode)
}

/** One offline pass that does not run the suite: `--dry-run`, `--steps-only`. */
async function runOfflinePass({ context, json, options, project }: GenerateRun): Promise<void> {
  const { io } = context
  const result = await generate({ ...project, dryRun: options.dryRun, stepsOnly: options.stepsOnly })
  if (json) writeJson(io.stdout, result)
  else printGenerateResult(result, io.stdout, io.stderr)
  context.setExitCode(result.exitCode)
}

/**
 * `--show-prompt`: the body of the first request, exactly as it would be sent, alone on stdout
 * (what was done to get it, and why nothing would be asked, on stderr).
 */
async function showPrompt(run: GenerateRun, model: ModelRunOptions): Promise<void> {
  const { context, json } = run
  const { io } = context
  const outcome = await generateWithModelAfterOffline({ ...model, sandbox: run.options.sandbox, strict: run.options.strict })
  const result = outcome.model
  if (json)
    writeJson(io.stdout, {
      errors: outcome.errors,
      warnings: outcome.warnings,
      exitCode: outcome.exitCode,
      ...(result?.shownRequest !== undefined ? { request: JSON.parse(result.shownRequest) } : {}),
      ...(result?.summary ? { stopDetail: result.summary.stopDetail } : {})
    })
  else if (result?.error) return printError(run, result.error)
  else if (result?.shownRequest !== undefined) {
    writeLine(io.stdout, result.shownRequest)
    writeLine(
      io.stderr,
      `specloop generate: the first request to ${result.endpoint} (model ${result.model}), as it would be sent; nothing ` +
        `was sent and the project was not changed`
    )
  } else if (result?.summary) writeLine(io.stderr, `specloop generate: nothing would be sent: ${result.summary.stopDetail}`)
  context.setExitCode(outcome.exitCode)
}

/** The offline generator first, then a model for what it could not do. */
async function runModel(run: GenerateRun, model: ModelRunOptions): Promise<void> {
  const { context, json, options } = run
  const { io } = context
  if (model.showPrompt) return showPrompt(run, model)
  const outcome = await generateWithModelAfterOffline({
    ...model,
    sandbox: options.sandbox,
    strict: options.strict,
    onOfflineDone: (offline) => !json && printGenerateResult(offline, io.stdout, io.stderr),
    onStart: (info) => !json && writeLine(io.stdout, `model generator: ${info.generator}, model ${info.model}, ${info.endpoint}`),
    onRound: (report) => !json && describeRound(report).forEach((line) => writeLine(io.stdout, line))
  })
  const result = outcome.model
  if (json)
    writeJson(io.stdout, { ...outcome.offline, errors: outcome.errors, exitCode: outcome.exitCode, ...(result ? { model: result } : {}) })
  else if (result?.error) return printError(run, result.error)
  else if (result) {
    if (result.summary!.error) writeLine(io.stderr, `specloop generate: ${formatError(result.summary!.error)}`)
    describeSummary(result).forEach((line) => writeLine(io.stdout, line))
  }
  context.setExitCode(outcome.exitCode)
}

export const registerGenerate: RegisterCommand = (program, context) => {
  const command = program
    .command('generate')
    .description('write typed step definitions and, from example tables, the implementation of each operation')
    .option('--steps-only', 'only step definitions, World, support code and operation stubs (no synthesis)', false)
    .option('--dry-run', 'print the files and a diff instead of writing', false)
    .option('--check', 'write nothing; exit 1 when the generated files are not what generate would write now (for CI)', false)
    .option('--no-sandbox', "run the generated code without Node's permission model while the loop evaluates it")
    .option('--strict', 'a ledger that no longer verifies stops generate before it writes anything (exit 1), instead of a warning', false)
    .option(
      '--show-prompt',
      'with a model: print the first request exactly as it would be sent, and exit 0 without sending it or changing the project'
    )
  addGeneratorOptions(command)
  command.action(async (options: GenerateCommandOptions) => {
    // Each file is written whole or not at all (a temporary file renamed into place): stopping loses no file, and may leave them older.
    sayWhenInterrupted(
      (signal) =>
        `specloop generate: stopped by ${signal}; every file is whole, as it was or as written ` +
        '(each is written to a temporary file, then renamed): specloop generate --check says whether they are up to date'
    )
    const globals = context.globals()
    const project = { cwd: globals.cwd, env: context.io.env, profiles: globals.profile, configFile: globals.config, strict: options.strict }
    const run: GenerateRun = { context, json: globals.format === 'json', options, project }
    // Which generator, and which variant of it, is the api's choice; the command prints what it did.
    const resolved = await resolveGenerator(project, options)
    if (resolved.error) return printError(run, resolved.error)
    const chosen = chooseGenerateMode({ ...options, generator: resolved.generator })
    if (chosen.error) return printError(run, chosen.error)
    if (chosen.mode === 'check') return runCheck(run)
    if (chosen.mode === 'offline-loop') return runOfflineLoop(run)
    if (chosen.mode === 'offline-pass') return runOfflinePass(run)
    return runModel(run, resolved.model!)
  })
}
