import { InvalidArgumentError, Option } from 'commander'
import { generate, generateExitCode, GenerateResult } from '../../api/generate'
import { generateOffline, OfflineLoopResult, OfflineRound, OfflineStopReason } from '../../api/generate-offline'
import { formatError, SpecloopError } from '../../errors'
import { generateWithModel, prepareModelRun, readGenerateConfig } from '../../generators/model'
import type { ModelGenerateResult } from '../../generators/model'
import { describeRound, describeSummary } from '../format-model'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'

function positiveNumber(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number')
  return number
}

function positiveInteger(value: string): number {
  const number = positiveNumber(value)
  if (!Number.isInteger(number)) throw new InvalidArgumentError('expected a whole number')
  return number
}

interface GenerateCommandOptions {
  stepsOnly: boolean
  dryRun: boolean
  check: boolean
  generator?: 'offline' | 'openai' | 'replay'
  model?: string
  record?: string
  cassette?: string
  maxRounds?: number
  tokenBudget?: number
  timeLimit?: number
  requestTimeout?: number
}

const MODEL_ONLY_OPTIONS: [keyof GenerateCommandOptions, string][] = [
  ['model', '--model'], ['record', '--record'], ['cassette', '--cassette'], ['tokenBudget', '--token-budget'], ['requestTimeout', '--request-timeout']
]

/** Options that cannot go together, found before anything runs. */
function usageProblem(generator: string, options: GenerateCommandOptions): string | undefined {
  if (generator === 'offline') {
    const modelOnly = MODEL_ONLY_OPTIONS.find(([key]) => options[key] !== undefined)
    if (modelOnly) return `${modelOnly[1]} needs --generator openai or replay`
    const loopOption = options.maxRounds !== undefined ? '--max-rounds' : options.timeLimit !== undefined ? '--time-limit' : undefined
    if (loopOption && (options.dryRun || options.stepsOnly)) return `${loopOption} is for the loop; ${options.dryRun ? '--dry-run' : '--steps-only'} does not run the suite`
    return undefined
  }
  if (options.dryRun || options.stepsOnly) return `${options.dryRun ? '--dry-run' : '--steps-only'} is for the offline generator; --generator ${generator} writes code and runs the suite`
  if (options.record && generator === 'replay') return '--record and --generator replay do not go together'
  if (options.cassette && generator !== 'replay') return '--cassette needs --generator replay'
  return undefined
}

const plural = (count: number, word: string, pluralWord = `${word}s`) => `${count} ${count === 1 ? word : pluralWord}`

const ACTION_LABEL: Record<string, string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  'kept-hand-edited': 'kept (edited by hand)',
  'kept-hand-written': 'kept (written by hand)',
  refused: 'refused'
}

function printGenerateResult(result: GenerateResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.fatalErrors) writeLine(stderr, formatError(error))
  for (const error of result.parseErrors) writeLine(stdout, formatError(error))
  if (result.fatalErrors.length > 0) return
  if (result.parseErrors.length > 0) {
    writeLine(stdout, `specloop generate: ${plural(result.parseErrors.length, 'problem')} in the specification; nothing was written`)
    return
  }
  const { counts } = result
  if (counts.undefinedTexts === 0 && result.decisions.length === 0) {
    writeLine(stdout, 'Nothing to generate: every step has a definition.')
    return
  }
  writeLine(
    stdout,
    `${plural(counts.stepDefinitions, 'step definition')} for ${plural(counts.undefinedTexts, 'undefined step text')}` +
      `${counts.exactTextDefinitions > 0 ? ` (${counts.exactTextDefinitions} kept to their exact text)` : ''}, ${plural(counts.operations, 'operation')}`
  )
  const implementations = new Map(result.implementations.map((outcome) => [outcome.name, outcome]))
  for (const operation of result.operations) {
    const note = operation.stateful ? `stateful, needs a model provider: ${operation.reason}` : `${plural(operation.examples, 'example')}`
    writeLine(stdout, `  operation ${operation.signature} in ${operation.module} (${note})`)
    const outcome = implementations.get(operation.name)
    if (outcome?.status === 'synthesised') {
      for (const rule of outcome.rules ?? []) writeLine(stdout, `    synthesised (size ${outcome.size}${outcome.candidate > 0 ? `, candidate ${outcome.candidate + 1}` : ''}): ${rule}`)
    } else if (outcome?.status === 'no-rule') writeLine(stdout, `    ${outcome.message}`)
  }
  for (const decision of result.decisions) {
    if (decision.action === 'unchanged') continue
    writeLine(stdout, `  ${(result.dryRun && (decision.action === 'create' || decision.action === 'update') ? `would ${decision.action}` : ACTION_LABEL[decision.action]).padEnd(22)} ${decision.path}${decision.reason ? ` — ${decision.reason}` : ''}`)
  }
  const unchanged = result.decisions.filter((decision) => decision.action === 'unchanged').length
  const changing = result.decisions.filter((decision) => decision.action === 'create' || decision.action === 'update').length
  if (result.dryRun) {
    if (result.diff) stdout.write(result.diff)
    writeLine(stdout, `Dry run: ${plural(changing, 'file')} would be written, nothing was.`)
  } else if (result.written.length === 0) {
    writeLine(stdout, `Nothing to write: ${plural(unchanged, 'generated file')} already up to date.`)
  } else {
    writeLine(stdout, `Wrote ${plural(result.written.length, 'file')}${unchanged > 0 ? `; ${unchanged} unchanged` : ''}.`)
  }
}

function describeOfflineRound(round: OfflineRound): string {
  const tried = round.tried.length > 0 ? ` (${round.tried.join('; ')})` : ''
  return `round ${round.round}${tried}: ${round.compiles ? 'compiles' : 'does not compile'}, ${round.scenarios.passed}/${round.scenarios.total} scenarios pass — ${(round.elapsedMs / 1000).toFixed(1)} s`
}

const STOP_REASONS: Record<OfflineStopReason, string> = {
  green: 'every scenario passes',
  'nothing-to-try': 'nothing left to try offline',
  'max-rounds': 'the round limit is reached',
  'time-limit': 'the time limit is reached',
  'not-run': 'the suite was not run'
}

function describeOfflineSummary(loop: OfflineLoopResult): string[] {
  const synthesised = loop.generate.implementations.filter((outcome) => outcome.status === 'synthesised')
  const missing = loop.generate.implementations.filter((outcome) => outcome.status !== 'synthesised')
  const suite = loop.evaluation?.suite
  const lines = [
    `Summary: ${plural(loop.rounds.length, 'round')}, ${suite ? `${suite.counts.passed}/${suite.counts.total} scenarios green` : 'suite not run'}, ${plural(synthesised.length, 'operation')} synthesised` +
      `${synthesised.length > 0 ? ` (${synthesised.map((outcome) => `${outcome.name}, size ${outcome.size}`).join('; ')})` : ''}, ${(loop.elapsedMs / 1000).toFixed(1)} s: ${STOP_REASONS[loop.stopReason]}.`
  ]
  for (const outcome of missing) lines.push(`  needs work: ${outcome.message}`)
  if (!loop.green && missing.some((outcome) => outcome.status === 'stateful' || outcome.status === 'no-rule')) lines.push('  To go further: specloop generate --generator openai (see README: generating with a model).')
  return lines
}

export const registerGenerate: RegisterCommand = (program, context) => {
  program
    .command('generate')
    .description('write typed step definitions and, from example tables, the implementation of each operation')
    .option('--steps-only', 'only step definitions, World, support code and operation stubs (no synthesis)', false)
    .option('--dry-run', 'print the files and a diff instead of writing', false)
    .option('--check', 'write nothing; exit 1 when the generated files are not what generate would write now (for CI)', false)
    .addOption(new Option('--generator <name>', 'offline (default), openai (any OpenAI-compatible model) or replay (a recorded cassette); a model is asked only for what the offline generator could not do').choices(['offline', 'openai', 'replay']))
    .option('--model <name>', 'the model (default: SPECLOOP_MODEL, or "generate.model" in specloop.json)')
    .option('--record <dir>', 'save each request/response pair with the model in DIR (authorisation stripped)')
    .option('--cassette <dir>', 'with --generator replay: replay from DIR, offline')
    .option('--max-rounds <n>', 'stop the loop after N rounds (default 3 offline, 5 with a model)', positiveInteger)
    .option('--token-budget <n>', 'stop when N tokens (in + out) are spent', positiveInteger)
    .option('--time-limit <seconds>', 'stop the loop after this many seconds (default 120 offline)', positiveNumber)
    .option('--request-timeout <seconds>', 'give up on one model request after this many seconds (default 300; retried)', positiveNumber)
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
      const config = readGenerateConfig(globals.cwd)
      if (config.error) return fail(config.error)
      const generator = options.generator ?? config.config.generator ?? 'offline'
      const problem = usageProblem(generator, options)
      if (problem) return fail(problem)
      const modelOptions = {
        cwd: globals.cwd,
        env: io.env,
        profiles: globals.profile,
        configFile: globals.config,
        generator: generator === 'replay' ? ('replay' as const) : ('openai' as const),
        model: options.model,
        recordDirectory: options.record,
        cassetteDirectory: options.cassette,
        maxRounds: options.maxRounds,
        tokenBudget: options.tokenBudget,
        timeLimitSeconds: options.timeLimit,
        requestTimeoutSeconds: options.requestTimeout
      }
      // Settings that cannot work stop the command before the offline generator writes anything.
      if (generator !== 'offline') {
        const prepared = prepareModelRun(modelOptions)
        if (prepared.error) return fail(prepared.error)
      }
      const projectOptions = { cwd: globals.cwd, env: io.env, profiles: globals.profile, configFile: globals.config }
      if (options.check) {
        if (generator !== 'offline' || options.dryRun) return fail('--check is a dry run of the offline generator on its own')
        const planned = await generate({ ...projectOptions, dryRun: true, stepsOnly: options.stepsOnly })
        const stale = planned.decisions.filter((decision) => decision.action === 'create' || decision.action === 'update' || decision.action === 'kept-hand-edited')
        if (json) writeJson(io.stdout, { ...planned, stale: stale.map((decision) => decision.path) })
        else if (planned.fatalErrors.length > 0 || planned.parseErrors.length > 0) printGenerateResult(planned, io.stdout, io.stderr)
        else if (stale.length === 0) writeLine(io.stdout, `Generated files are fresh: ${plural(planned.decisions.length, 'file')} match what generate writes now.`)
        else {
          writeLine(io.stdout, `Generated files are stale (${stale.length}): run specloop generate${globals.profile.map((profile) => ` --profile ${profile}`).join('')}`)
          for (const decision of stale) writeLine(io.stdout, `  ${decision.action === 'create' ? 'missing' : decision.action === 'update' ? 'out of date' : 'edited by hand'}: ${decision.path}`)
        }
        context.setExitCode(planned.fatalErrors.length > 0 ? 2 : planned.parseErrors.length > 0 || stale.length > 0 ? 1 : 0)
        return
      }
      if (generator === 'offline' && !options.dryRun && !options.stepsOnly) {
        // The offline loop: generate → tsc → cucumber, next candidates or wider bounds, until green or the budget is spent.
        let firstGeneration: GenerateResult | undefined
        const loop = await generateOffline({
          ...projectOptions,
          maxRounds: options.maxRounds,
          timeLimitMs: options.timeLimit !== undefined ? options.timeLimit * 1000 : undefined,
          onRound: (round) => {
            if (json) return
            if (round.round === 1 && firstGeneration) printGenerateResult(firstGeneration, io.stdout, io.stderr)
            writeLine(io.stdout, describeOfflineRound(round))
          },
          onGenerated: (generated) => {
            firstGeneration ??= generated
          }
        })
        if (json) writeJson(io.stdout, { ...loop.generate, loop: { rounds: loop.rounds, stopReason: loop.stopReason, green: loop.green, elapsedMs: loop.elapsedMs } })
        else if (loop.stopReason === 'not-run') printGenerateResult(loop.generate, io.stdout, io.stderr)
        else describeOfflineSummary(loop).forEach((line) => writeLine(io.stdout, line))
        context.setExitCode(loop.stopReason === 'not-run' ? generateExitCode(loop.generate) : loop.green ? 0 : 1)
        return
      }
      const result = await generate({ ...projectOptions, dryRun: options.dryRun, stepsOnly: options.stepsOnly })
      if (!json) printGenerateResult(result, io.stdout, io.stderr)
      const offlineExitCode = generateExitCode(result)
      if (generator === 'offline' || result.fatalErrors.length > 0 || result.parseErrors.length > 0) {
        if (json) writeJson(io.stdout, result)
        context.setExitCode(offlineExitCode)
        return
      }
      // The model is asked only for what is still undefined or failing after the offline pass.
      const model: ModelGenerateResult = await generateWithModel({
        ...modelOptions,
        onStart: (info) => !json && writeLine(io.stdout, `model generator: ${info.generator}, model ${info.model}, ${info.endpoint}`),
        onRound: (report) => !json && describeRound(report).forEach((line) => writeLine(io.stdout, line))
      })
      if (json) {
        writeJson(io.stdout, { ...result, model })
        context.setExitCode(model.error ? 2 : model.summary!.green ? 0 : 1)
        return
      }
      if (model.error) return fail(model.error)
      if (model.summary!.error) writeLine(io.stderr, `specloop generate: ${formatError(model.summary!.error)}`)
      describeSummary(model).forEach((line) => writeLine(io.stdout, line))
      context.setExitCode(model.summary!.green ? 0 : 1)
    })
}
