import { generate, generateExitCode, GenerateResult, generateOffline, checkGenerated, generateWithModelAfterOffline } from '../../index'
import { exitCodeOf, formatError, SpecloopError, worstExitCode } from '../../errors'
import { addGeneratorOptions, GeneratorCommandOptions, resolveGenerator } from '../model-options'
import { describeRound, describeSummary } from '../format-model'
import { describeFreshness, describeOfflineRound, describeOfflineSummary, printGenerateResult } from '../format-generate'
import { writeJson, writeLine } from '../io'
import { startProgress } from '../progress'
import type { RegisterCommand } from '../command'

interface GenerateCommandOptions extends GeneratorCommandOptions {
  sandbox: boolean
  stepsOnly: boolean
  dryRun: boolean
  check: boolean
  strict: boolean
}

/** Offline options that cannot go together, found before anything runs. */
function offlineUsageProblem(options: GenerateCommandOptions): string | undefined {
  const loopOption = options.maxRounds !== undefined ? '--max-rounds' : options.timeLimit !== undefined ? '--time-limit' : undefined
  if (loopOption && (options.dryRun || options.stepsOnly)) return `${loopOption} is for the loop; ${options.dryRun ? '--dry-run' : '--steps-only'} does not run the suite`
  return undefined
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
  addGeneratorOptions(command)
  command
    .action(async (options: GenerateCommandOptions) => {
      const globals = context.globals()
      const { io } = context
      const json = globals.format === 'json'
      const fail = (error: SpecloopError | string) => {
        const message = typeof error === 'string' ? error : formatError(error)
        if (json) writeJson(io.stdout, { error: typeof error === 'string' ? { code: 'USAGE', message } : error })
        else writeLine(io.stderr, `specloop generate: ${message}`)
        context.setExitCode(2)
      }
      const resolved = resolveGenerator(globals, io.env, options)
      if (resolved.error !== undefined) return fail(resolved.error)
      const { generator } = resolved
      if (generator !== 'offline' && (options.dryRun || options.stepsOnly)) return fail(`${options.dryRun ? '--dry-run' : '--steps-only'} is for the offline generator; --generator ${generator} writes code and runs the suite`)
      const problem = generator === 'offline' ? offlineUsageProblem(options) : undefined
      if (problem) return fail(problem)
      const projectOptions = { cwd: globals.cwd, env: io.env, profiles: globals.profile, configFile: globals.config, strict: options.strict }
      if (options.check) {
        if (generator !== 'offline' || options.dryRun) return fail('--check is a dry run of the offline generator on its own')
        const freshness = await checkGenerated({ ...projectOptions, stepsOnly: options.stepsOnly })
        if (json) writeJson(io.stdout, { ...freshness.planned, stale: freshness.stale })
        else if (freshness.planned.fatalErrors.length > 0 || freshness.planned.parseErrors.length > 0) printGenerateResult(freshness.planned, io.stdout, io.stderr)
        else describeFreshness(freshness, globals.profile).forEach((line) => writeLine(io.stdout, line))
        context.setExitCode(freshness.exitCode)
        return
      }
      if (generator === 'offline' && !options.dryRun && !options.stepsOnly) {
        // The offline loop: generate → tsc → cucumber, wider bounds for missing rules, until green or the budget is spent.
        let firstGeneration: GenerateResult | undefined
        // The live line says the round and what is being worked on; each round's plain line stays.
        const progress = json ? undefined : startProgress(io, 'generating')
        let round = 1
        const loop = await generateOffline({
          ...projectOptions,
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
        if (json) writeJson(io.stdout, { ...loop.generate, loop: { rounds: loop.rounds, stopReason: loop.stopReason, green: loop.green, elapsedMs: loop.elapsedMs } })
        else if (loop.stopReason === 'not-run') printGenerateResult(loop.generate, io.stdout, io.stderr)
        else describeOfflineSummary(loop).forEach((line) => writeLine(io.stdout, line))
        // Green is not enough: an unconfirmed or missing rule is a problem in the spec, as an undefined step is.
        context.setExitCode(worstExitCode(generateExitCode(loop.generate), exitCodeOf({ couldNotRun: false, problems: loop.stopReason !== 'not-run' && !loop.green })))
        return
      }
      if (generator === 'offline') {
        const result = await generate({ ...projectOptions, dryRun: options.dryRun, stepsOnly: options.stepsOnly })
        if (json) writeJson(io.stdout, result)
        else printGenerateResult(result, io.stdout, io.stderr)
        context.setExitCode(generateExitCode(result))
        return
      }
      const outcome = await generateWithModelAfterOffline({
        ...resolved.model!,
        sandbox: options.sandbox,
        strict: options.strict,
        onOfflineDone: (offline) => !json && printGenerateResult(offline, io.stdout, io.stderr),
        onStart: (info) => !json && writeLine(io.stdout, `model generator: ${info.generator}, model ${info.model}, ${info.endpoint}`),
        onRound: (report) => !json && describeRound(report).forEach((line) => writeLine(io.stdout, line))
      })
      const { model } = outcome
      if (json) writeJson(io.stdout, model ? { ...outcome.offline, model } : outcome.offline)
      else if (model?.error) return fail(model.error)
      else if (model) {
        if (model.summary!.error) writeLine(io.stderr, `specloop generate: ${formatError(model.summary!.error)}`)
        describeSummary(model).forEach((line) => writeLine(io.stdout, line))
      }
      context.setExitCode(outcome.exitCode)
    })
}
