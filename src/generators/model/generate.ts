import path from 'node:path'
import { loadSpecification, Specification } from '../../specification'
import { SpecloopError, specloopError, messageOf } from '../../errors'
import { DEFAULT_ALLOWED_ROOTS } from '../../workspace'
import { LoopSummary, RepairLoopOptions, RoundReport, runRepairLoop } from '../loop'
import { FetchFunction, recordedModel, recordingFetch, replayingFetch, ReplayMismatch } from '../replay'
import { GENERATED_EXTENSIONS } from './output'
import { createModelClient, OutputMode, requireOpenAiSdk } from './provider'
import { confidentialityOf, withholding } from './confidential'
import { guardedFetch, localOnlyProblem } from './egress'
import { GenerateConfig, ModelSettings, readGenerateConfig, resolveModelSettings } from './settings'
import { projectSecrets } from '../../redaction'
import { suiteArguments } from '../../project'
import { specHash } from '../../governance'
import { networkIsolation } from '../../runner'
import { analyseSteps } from '../steps'
import { checkModelProposals, ProposalCheck, rowLookupVet } from './proposals'
import { ModelRun, proposeRound, renderModelFile } from './round'
import { readSkeletons, skeletonVet } from './skeletons'

/** Opts in to running a model's code with network access where no network namespace exists. */
const ALLOW_NETWORK_VARIABLE = 'SPECLOOP_ALLOW_NETWORK'

export interface ModelGenerateOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  profiles?: string[]
  configFile?: string
  generator?: 'openai' | 'replay'
  model?: string
  /** Save each request/response pair here (authorisation stripped). */
  recordDirectory?: string
  /** Replay from here (with generator "replay"). */
  cassetteDirectory?: string
  maxRounds?: number
  tokenBudget?: number
  timeLimitSeconds?: number
  requestTimeoutSeconds?: number
  /** Run the generated code under Node's permission model while the loop evaluates it (default true). */
  sandbox?: boolean
  /** Send prompts only to a host that resolves to loopback or private addresses. */
  localOnly?: boolean
  /** Build the first request, keep it in `shownRequest`, and ask nothing. */
  showPrompt?: boolean
  onStart?(info: { generator: string; model: string; endpoint: string }): void
  onRound?(report: ModelRoundReport): void
}

export interface ModelRoundReport extends RoundReport {
  prompt?: { sha256: string; characters: number; estimatedTokens: number }
  mode?: OutputMode
}

export interface ModelGenerateResult {
  /** Set when nothing could start (configuration, settings, cassette): exit code 2. */
  error?: SpecloopError
  generator?: 'openai' | 'replay'
  model?: string
  endpoint?: string
  summary?: LoopSummary & { roundReports: ModelRoundReport[] }
  /** Each example-table operation the model implemented, held to the synthesised rule (when green). */
  proposals?: ProposalCheck[]
  /** With `showPrompt`: the body of the first request, exactly as it would be sent (absent when the model would not be asked). */
  shownRequest?: string
}

/**
 * Checks everything the model generator needs before anything runs or is written: the
 * configuration, the endpoint, key and model settings, and for a replay its cassette.
 */
function prepareModelRun(
  options: Pick<ModelGenerateOptions, 'cwd' | 'env' | 'generator' | 'model' | 'cassetteDirectory' | 'requestTimeoutSeconds'>
): { config: GenerateConfig; settings: ModelSettings; error?: undefined } | { error: SpecloopError } {
  const read = readGenerateConfig(options.cwd)
  if (read.error) return { error: read.error }
  // The SDK first: without it no setting matters.
  const missingSdk = requireOpenAiSdk(options.cwd, options.generator ?? (read.config.generator === 'replay' ? 'replay' : 'openai'))
  if (missingSdk) return { error: missingSdk }
  const resolved = resolveModelSettings(options.env, read.config, {
    generator: options.generator,
    model: options.model,
    requestTimeoutSeconds: options.requestTimeoutSeconds
  })
  if (resolved.error)
    return {
      error:
        resolved.error.code === 'MODEL_ENDPOINT_REFUSED' && read.endpointsAt ? { ...resolved.error, ...read.endpointsAt } : resolved.error
    }
  const settings = resolved.settings
  if (settings.generator === 'replay') {
    if (!options.cassetteDirectory)
      return { error: specloopError('CASSETTE_MISSING', '--generator replay needs --cassette DIR (a directory recorded with --record)') }
    const directory = path.resolve(options.cwd, options.cassetteDirectory)
    try {
      settings.model = settings.model ?? recordedModel(directory)
    } catch (thrown) {
      return {
        error: specloopError(
          'CASSETTE_INVALID',
          thrown instanceof ReplayMismatch ? thrown.message : `cannot read the cassette ${directory}: ${messageOf(thrown)}`
        )
      }
    }
    if (!settings.model) return { error: specloopError('CASSETTE_INVALID', `the cassette ${directory} does not name a model`) }
    // Recorded retries are passed over by the cassette; replay never waits.
    settings.maxRetries = 0
  }
  return { config: read.config, settings }
}

/**
 * Why a model run cannot start: its settings (prepareModelRun), or, with `--local-only`, an
 * endpoint that does not resolve to loopback or private addresses. Checked before anything runs
 * or is written (and the endpoint again before each request, by the guarded fetch).
 */
export async function modelRunRefusal(
  options: Pick<ModelGenerateOptions, 'cwd' | 'env' | 'generator' | 'model' | 'cassetteDirectory' | 'requestTimeoutSeconds' | 'localOnly'>
): Promise<SpecloopError | undefined> {
  const prepared = prepareModelRun(options)
  if (prepared.error) return prepared.error
  return options.localOnly && prepared.settings.generator !== 'replay' ? localOnlyProblem(prepared.settings.baseURL) : undefined
}

/**
 * The model generator: asks an OpenAI-compatible model for what is undefined or failing and
 * runs the repair loop until the suite is green or a limit is reached.
 */
export async function generateWithModel(options: ModelGenerateOptions): Promise<ModelGenerateResult> {
  const prepared = prepareModelRun(options)
  if (prepared.error) return { error: prepared.error }
  const refused = await runEnvironmentRefusal(options, prepared.settings)
  if (refused) return { error: refused }
  const loaded = await loadSpecification(
    { cwd: options.cwd, env: options.env, profiles: options.profiles, configFile: options.configFile },
    false
  )
  if (loaded.error) return { error: loaded.error }
  const run = startModelRun(options, prepared.config, prepared.settings, loaded.specification)
  options.onStart?.({ generator: run.settings.generator, model: run.client.model, endpoint: run.endpoint })
  const started = Date.now()
  const summary = await runRepairLoop(repairLoopOptions(run))
  return finishModelRun(run, summary, started)
}

/**
 * Why the model's code may not run here: without a network namespace it could send what it reads
 * anywhere; with `--local-only`, an endpoint that resolves elsewhere.
 */
async function runEnvironmentRefusal(options: ModelGenerateOptions, settings: ModelSettings): Promise<SpecloopError | undefined> {
  if (options.sandbox !== false && networkIsolation() === undefined && options.env[ALLOW_NETWORK_VARIABLE] !== '1') {
    return specloopError(
      'SANDBOX_NETWORK',
      'this system gives no network namespace (unshare -rn): code the model writes would run with network access',
      {},
      `set ${ALLOW_NETWORK_VARIABLE}=1 to accept that, or run where unprivileged user namespaces are allowed`
    )
  }
  const refused = options.localOnly ? await localOnlyProblem(settings.baseURL) : undefined
  return refused && settings.generator !== 'replay' ? refused : undefined
}

/** The client (behind the allow-list, or a cassette), the secrets it must never send, and the run's budgets and ledger. */
function startModelRun(
  options: ModelGenerateOptions,
  config: GenerateConfig,
  settings: ModelSettings,
  specification: Specification
): ModelRun {
  const { cwd, env } = options
  const { project, features, support } = specification
  // The key, every secret-named variable's value and the project's dotenv secrets: kept out of prompts, cassettes, files and messages.
  const secrets = [...(settings.apiKey ? [settings.apiKey] : []), ...projectSecrets(path.resolve(cwd), env)]
  const client = createModelClient({ ...settings, model: settings.model! }, requestFetch(options, settings, secrets), secrets)
  const confidentiality = confidentialityOf(features, config)
  const featureHashes = new Map(features.map((feature) => [feature.uri, specHash(feature.uri, feature.source, feature.gherkinDocument)]))
  const timeLimit = options.timeLimitSeconds ?? config.timeLimit
  return {
    options,
    settings,
    secrets,
    client,
    endpoint: settings.generator === 'replay' ? `cassette ${options.cassetteDirectory}` : client.endpoint,
    features,
    operations: analyseSteps(features, support.definitions).operations,
    confidentiality,
    withheld: withholding(confidentiality),
    featureHashes,
    prompts: new Map(),
    supportGlobs: [...(project.runConfiguration.support.requirePaths ?? []), ...(project.runConfiguration.support.importPaths ?? [])],
    limits: {
      maxRounds: options.maxRounds ?? config.maxRounds,
      tokenBudget: options.tokenBudget ?? config.tokenBudget,
      timeLimitMs: timeLimit !== undefined ? timeLimit * 1000 : undefined
    },
    skeletons: readSkeletons(cwd),
    ledger: { generator: 'openai', inputs: features.map((feature) => ({ path: feature.uri, sha256: featureHashes.get(feature.uri)! })) },
    mode: client.mode
  }
}

/** Every request passes the allow-list (and --local-only) again, and may not be redirected; a replay sends nothing. */
function requestFetch(options: ModelGenerateOptions, settings: ModelSettings, secrets: string[]): FetchFunction | undefined {
  const fetchOverride: FetchFunction | undefined =
    settings.generator === 'replay'
      ? replayingFetch(path.resolve(options.cwd, options.cassetteDirectory!))
      : options.recordDirectory
        ? recordingFetch(path.resolve(options.cwd, options.recordDirectory), { secrets, baseURL: settings.baseURL })
        : undefined
  return settings.generator === 'replay'
    ? fetchOverride
    : guardedFetch({ allowList: settings.endpoints, localOnly: options.localOnly === true, fetch: fetchOverride })
}

function repairLoopOptions(run: ModelRun): RepairLoopOptions {
  const { cwd, env } = run.options
  const suite = suiteArguments(cwd, run.options.configFile, run.options.profiles)
  return {
    cwd,
    env,
    limits: run.limits,
    suiteArgs: suite.args,
    suiteReadPaths: suite.readPaths,
    sandbox: run.options.sandbox,
    writePolicy: { allowedRoots: DEFAULT_ALLOWED_ROOTS, allowedExtensions: GENERATED_EXTENSIONS },
    ledger: run.ledger,
    vet: vetProposedFile(run),
    withhold: run.withheld,
    propose: (request) => proposeRound(run, request),
    render: (file, round) => renderModelFile(run, file, round),
    onRound(report) {
      run.options.onRound?.({ ...report, prompt: promptReport(run, report.round), mode: run.mode })
    }
  }
}

/** A proposed file refused before it is written: a lookup of the example rows, or a skeleton not kept. */
function vetProposedFile(run: ModelRun): RepairLoopOptions['vet'] {
  const rowLookup = rowLookupVet(run.operations)
  const skeleton = skeletonVet(run.skeletons)
  return (file) => skeleton(file) ?? rowLookup(file)
}

function promptReport(run: ModelRun, round: number): ModelRoundReport['prompt'] {
  const prompt = run.prompts.get(round)
  return prompt && { sha256: prompt.sha256, characters: prompt.characters, estimatedTokens: prompt.estimatedTokens }
}

/** The loop's summary with each round's prompt; once green, the model's rules held to the examples. */
async function finishModelRun(run: ModelRun, summary: LoopSummary, started: number): Promise<ModelGenerateResult> {
  const { cwd, env } = run.options
  const roundReports: ModelRoundReport[] = summary.roundReports.map((report) => ({ ...report, prompt: promptReport(run, report.round) }))
  const reported = { generator: run.settings.generator, model: run.client.model, endpoint: run.endpoint }
  if (run.options.showPrompt) return { ...reported, summary: { ...summary, roundReports }, shownRequest: run.shownRequest }
  // Green says the model's code passes the examples; the probes say whether it is the rule they decide.
  const proposals = summary.green
    ? await checkModelProposals({
        cwd,
        env,
        operations: run.operations,
        ledger: run.ledger,
        ...(run.limits.timeLimitMs !== undefined ? { deadline: started + run.limits.timeLimitMs } : {}),
        ...(run.options.sandbox !== undefined ? { sandbox: run.options.sandbox } : {})
      })
    : []
  return { ...reported, summary: { ...summary, roundReports }, proposals }
}
