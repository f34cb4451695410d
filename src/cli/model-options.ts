import { Command, InvalidArgumentError, Option } from 'commander'
import { prepareModelRun, readGenerateConfig } from '../index'
import type { ModelGenerateOptions } from '../index'
import type { SpecloopError } from '../errors'
import type { GlobalOptions } from './io'

export type GeneratorName = 'offline' | 'openai' | 'replay'

/** The generator options `generate` and `run` share. */
export interface GeneratorCommandOptions {
  generator?: GeneratorName
  model?: string
  record?: string
  cassette?: string
  maxRounds?: number
  tokenBudget?: number
  timeLimit?: number
  requestTimeout?: number
}

export function positiveNumber(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number')
  return number
}

export function positiveInteger(value: string): number {
  const number = positiveNumber(value)
  if (!Number.isInteger(number)) throw new InvalidArgumentError('expected a whole number')
  return number
}

export function addGeneratorOptions(command: Command): Command {
  return command
    .addOption(new Option('--generator <name>', 'offline (default), openai (any OpenAI-compatible model) or replay (a recorded cassette); a model is asked only for what the offline generator could not do').choices(['offline', 'openai', 'replay']))
    .option('--model <name>', 'the model (default: SPECLOOP_MODEL, or "generate.model" in specloop.json)')
    .option('--record <dir>', 'save each request/response pair with the model in DIR (authorisation stripped)')
    .option('--cassette <dir>', 'with --generator replay: replay from DIR, offline')
    .option('--max-rounds <n>', 'stop the loop after N rounds (default 3 offline, 5 with a model)', positiveInteger)
    .option('--token-budget <n>', 'stop when N tokens (in + out) are spent', positiveInteger)
    .option('--time-limit <seconds>', 'stop the loop after this many seconds (default 120 offline)', positiveNumber)
    .option('--request-timeout <seconds>', 'give up on one model request after this many seconds (default 300; retried)', positiveNumber)
}

const MODEL_ONLY_OPTIONS: [keyof GeneratorCommandOptions, string][] = [
  ['model', '--model'], ['record', '--record'], ['cassette', '--cassette'], ['tokenBudget', '--token-budget'], ['requestTimeout', '--request-timeout']
]

export type ModelRunOptions = Omit<ModelGenerateOptions, 'onStart' | 'onRound'>

export type ResolvedGenerator =
  | { generator: 'offline'; model?: undefined; error?: undefined }
  | { generator: 'openai' | 'replay'; model: ModelRunOptions; error?: undefined }
  | { error: SpecloopError | string }

/**
 * Which generator runs (the flag, else "generate.generator" in specloop.json, else offline),
 * and for a model its settings, checked before anything runs or is written.
 */
export function resolveGenerator(globals: GlobalOptions, env: NodeJS.ProcessEnv, options: GeneratorCommandOptions): ResolvedGenerator {
  const config = readGenerateConfig(globals.cwd)
  if (config.error) return { error: config.error }
  const generator = options.generator ?? config.config.generator ?? 'offline'
  if (generator === 'offline') {
    const modelOnly = MODEL_ONLY_OPTIONS.find(([key]) => options[key] !== undefined)
    return modelOnly ? { error: `${modelOnly[1]} needs --generator openai or replay` } : { generator }
  }
  if (options.record && generator === 'replay') return { error: '--record and --generator replay do not go together' }
  if (options.cassette && generator !== 'replay') return { error: '--cassette needs --generator replay' }
  const model: ModelRunOptions = {
    cwd: globals.cwd,
    env,
    profiles: globals.profile,
    configFile: globals.config,
    generator,
    model: options.model,
    recordDirectory: options.record,
    cassetteDirectory: options.cassette,
    maxRounds: options.maxRounds,
    tokenBudget: options.tokenBudget,
    timeLimitSeconds: options.timeLimit,
    requestTimeoutSeconds: options.requestTimeout
  }
  const prepared = prepareModelRun(model)
  return prepared.error ? { error: prepared.error } : { generator, model }
}
