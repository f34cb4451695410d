import { InvalidArgumentError, Option } from 'commander'
import { generate, generateExitCode, GenerateResult } from '../../api/generate'
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
  ['model', '--model'], ['record', '--record'], ['cassette', '--cassette'], ['maxRounds', '--max-rounds'], ['tokenBudget', '--token-budget'], ['timeLimit', '--time-limit'], ['requestTimeout', '--request-timeout']
]

/** Options that cannot go together, found before anything runs. */
function usageProblem(generator: string, options: GenerateCommandOptions): string | undefined {
  if (generator === 'offline') {
    const modelOnly = MODEL_ONLY_OPTIONS.find(([key]) => options[key] !== undefined)
    return modelOnly ? `${modelOnly[1]} needs --generator openai or replay` : undefined
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

export const registerGenerate: RegisterCommand = (program, context) => {
  program
    .command('generate')
    .description('write typed step definitions and, from example tables, the implementation of each operation')
    .option('--steps-only', 'only step definitions, World, support code and operation stubs (no synthesis)', false)
    .option('--dry-run', 'print the files and a diff instead of writing', false)
    .addOption(new Option('--generator <name>', 'offline (default), openai (any OpenAI-compatible model) or replay (a recorded cassette); a model is asked only for what the offline generator could not do').choices(['offline', 'openai', 'replay']))
    .option('--model <name>', 'the model (default: SPECLOOP_MODEL, or "generate.model" in specloop.json)')
    .option('--record <dir>', 'save each request/response pair with the model in DIR (authorisation stripped)')
    .option('--cassette <dir>', 'with --generator replay: replay from DIR, offline')
    .option('--max-rounds <n>', 'stop the repair loop after N rounds (default 5)', positiveInteger)
    .option('--token-budget <n>', 'stop when N tokens (in + out) are spent', positiveInteger)
    .option('--time-limit <seconds>', 'stop the repair loop after this many seconds', positiveNumber)
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
      const result = await generate({ cwd: globals.cwd, env: io.env, profiles: globals.profile, configFile: globals.config, dryRun: options.dryRun, stepsOnly: options.stepsOnly })
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
