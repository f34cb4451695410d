import { SpecloopError, specloopError } from '../errors'
import { modelRunRefusal, readGenerateConfig } from '../generators/model'
import type { ModelGenerateOptions } from '../generators/model'
import type { ProjectOptions } from '../project'

/**
 * Which generator and which of its variants a `generate` or `run` runs, decided from the flags
 * and specloop.json before anything runs or is written: the offline loop, one offline pass
 * (`--dry-run`, `--steps-only`), the freshness check (`--check`), or a model after the offline pass.
 */
export type GeneratorName = 'offline' | 'openai' | 'replay'

/** The generator settings `generate` and `run` share (seconds where a flag takes seconds). */
export interface GeneratorChoice {
  generator?: GeneratorName
  model?: string
  record?: string
  cassette?: string
  maxRounds?: number
  tokenBudget?: number
  timeLimit?: number
  requestTimeout?: number
  /** Send prompts only to loopback or private addresses. */
  localOnly?: boolean
  /** Print the first request and ask nothing. */
  showPrompt?: boolean
}

export type ModelRunOptions = Omit<ModelGenerateOptions, 'onStart' | 'onRound'>

export type ResolvedGenerator =
  | { generator: 'offline'; model?: undefined; error?: undefined }
  | { generator: 'openai' | 'replay'; model: ModelRunOptions; error?: undefined }
  | { generator?: undefined; model?: undefined; error: SpecloopError }

const MODEL_ONLY_SETTINGS: [keyof GeneratorChoice, string][] = [
  ['model', '--model'],
  ['record', '--record'],
  ['cassette', '--cassette'],
  ['tokenBudget', '--token-budget'],
  ['requestTimeout', '--request-timeout'],
  ['localOnly', '--local-only'],
  ['showPrompt', '--show-prompt']
]

const usage = (message: string): { error: SpecloopError } => ({ error: specloopError('USAGE', message) })

/**
 * Which generator runs (the choice, else "generate.generator" in specloop.json, else offline),
 * and for a model its settings and where its prompts may go, checked before anything runs or is written.
 */
export async function resolveGenerator(
  project: ProjectOptions & { env: NodeJS.ProcessEnv },
  choice: GeneratorChoice
): Promise<ResolvedGenerator> {
  const config = readGenerateConfig(project.cwd)
  if (config.error) return { error: config.error }
  const generator = choice.generator ?? config.config.generator ?? 'offline'
  if (generator === 'offline') {
    const modelOnly = MODEL_ONLY_SETTINGS.find(([key]) => choice[key] !== undefined)
    return modelOnly ? usage(`${modelOnly[1]} needs --generator openai or replay`) : { generator }
  }
  if (choice.record && generator === 'replay') return usage('--record and --generator replay do not go together')
  if (choice.cassette && generator !== 'replay') return usage('--cassette needs --generator replay')
  const model: ModelRunOptions = {
    cwd: project.cwd,
    env: project.env,
    profiles: project.profiles,
    configFile: project.configFile,
    generator,
    model: choice.model,
    recordDirectory: choice.record,
    cassetteDirectory: choice.cassette,
    maxRounds: choice.maxRounds,
    tokenBudget: choice.tokenBudget,
    timeLimitSeconds: choice.timeLimit,
    requestTimeoutSeconds: choice.requestTimeout,
    localOnly: choice.localOnly,
    showPrompt: choice.showPrompt
  }
  if (choice.showPrompt && choice.record) return usage('--show-prompt sends nothing, so there is nothing to --record')
  const refused = await modelRunRefusal(model)
  return refused ? { error: refused } : { generator, model }
}

/** `generateWithModelAfterOffline`, `generateOffline`, `generate` (one pass) or `checkGenerated`. */
export type GenerateMode = 'model' | 'offline-loop' | 'offline-pass' | 'check'

export interface GenerateModeRequest {
  generator: GeneratorName
  /** `--check`: is what is generated what generate writes now. */
  check?: boolean
  dryRun?: boolean
  stepsOnly?: boolean
  maxRounds?: number
  timeLimit?: number
}

/** The variant of `generate` a request asks for, or why the options cannot go together. */
export function chooseGenerateMode(
  request: GenerateModeRequest
): { mode: GenerateMode; error?: undefined } | { mode?: undefined; error: SpecloopError } {
  const onePass = request.dryRun ? '--dry-run' : request.stepsOnly ? '--steps-only' : undefined
  if (request.generator !== 'offline') {
    if (onePass) return usage(`${onePass} is for the offline generator; --generator ${request.generator} writes code and runs the suite`)
    if (request.check) return usage('--check is a dry run of the offline generator on its own')
    return { mode: 'model' }
  }
  const loopOption = request.maxRounds !== undefined ? '--max-rounds' : request.timeLimit !== undefined ? '--time-limit' : undefined
  if (loopOption && onePass) return usage(`${loopOption} is for the loop; ${onePass} does not run the suite`)
  if (request.check) return request.dryRun ? usage('--check is a dry run of the offline generator on its own') : { mode: 'check' }
  return { mode: onePass ? 'offline-pass' : 'offline-loop' }
}
