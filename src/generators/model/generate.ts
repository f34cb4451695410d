import path from 'node:path'
import { loadSpecification } from '../../specification'
import { SpecloopError, specloopError, messageOf } from '../../errors'
import { DEFAULT_ALLOWED_ROOTS, readProvenance, renderWithProvenance } from '../../workspace'
import { version } from '../../version'
import { LoopLimits, LoopSummary, RoundReport, runRepairLoop } from '../loop'
import { FetchFunction, recordedModel, recordingFetch, replayingFetch, ReplayMismatch } from '../replay'
import { collectPromptContext, targetScenarios } from './context'
import { buildPrompt } from './prompt'
import { GENERATED_EXTENSIONS } from './output'
import { askForFiles, createModelClient, OutputMode, requestBodyFor, requireOpenAiSdk } from './provider'
import { confidentialDefinitions, confidentialityOf, onlyConfidentialLeft, withholding } from './confidential'
import { guardedFetch, localOnlyProblem } from './egress'
import { GenerateConfig, ModelSettings, readGenerateConfig, resolveModelSettings } from './settings'
import { projectSecrets, redact } from '../../redaction'
import { suiteArguments } from '../../project'
import { specHash } from '../../governance'
import { networkIsolation } from '../../runner'
import { analyseSteps } from '../steps'
import { checkModelProposals, ProposalCheck, rowLookupVet } from './proposals'

/** Opts in to running a model's code with network access where no network namespace exists. */
/** Fewer tokens than this left for an answer: no answer worth a round would fit. */
const MIN_ANSWER_TOKENS = 256

export const ALLOW_NETWORK_VARIABLE = 'SPECLOOP_ALLOW_NETWORK'

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
export function prepareModelRun(
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
  const { cwd, env } = options
  const prepared = prepareModelRun(options)
  if (prepared.error) return { error: prepared.error }
  const { config, settings } = prepared
  // The key, every secret-named variable's value and the project's dotenv secrets: kept out of prompts, cassettes, files and messages.
  const secrets = [...(settings.apiKey ? [settings.apiKey] : []), ...projectSecrets(path.resolve(cwd), env)]
  const fetchOverride: FetchFunction | undefined =
    settings.generator === 'replay'
      ? replayingFetch(path.resolve(cwd, options.cassetteDirectory!))
      : options.recordDirectory
        ? recordingFetch(path.resolve(cwd, options.recordDirectory), { secrets, baseURL: settings.baseURL })
        : undefined

  // Code a model wrote is run to evaluate it: without a network namespace it could send what it reads anywhere.
  if (options.sandbox !== false && networkIsolation() === undefined && env[ALLOW_NETWORK_VARIABLE] !== '1') {
    return {
      error: specloopError(
        'SANDBOX_NETWORK',
        'this system gives no network namespace (unshare -rn): code the model writes would run with network access',
        {},
        `set ${ALLOW_NETWORK_VARIABLE}=1 to accept that, or run where unprivileged user namespaces are allowed`
      )
    }
  }
  const refused = options.localOnly ? await localOnlyProblem(settings.baseURL) : undefined
  if (refused && settings.generator !== 'replay') return { error: refused }
  const loaded = await loadSpecification({ cwd, env, profiles: options.profiles, configFile: options.configFile }, false)
  if (loaded.error) return { error: loaded.error }
  const { project, features, support } = loaded.specification
  const operations = analyseSteps(features, support.definitions).operations
  // Every request passes the allow-list (and --local-only) again, and may not be redirected; a replay sends nothing.
  const client = createModelClient(
    { ...settings, model: settings.model! },
    settings.generator === 'replay'
      ? fetchOverride
      : guardedFetch({ allowList: settings.endpoints, localOnly: options.localOnly === true, fetch: fetchOverride }),
    secrets
  )
  const confidentiality = confidentialityOf(features, config)
  const withheld = withholding(confidentiality)
  let shownRequest: string | undefined
  const endpoint = settings.generator === 'replay' ? `cassette ${options.cassetteDirectory}` : client.endpoint
  options.onStart?.({ generator: settings.generator, model: client.model, endpoint })

  const featureHashes = new Map(features.map((feature) => [feature.uri, specHash(feature.uri, feature.source, feature.gherkinDocument)]))
  const prompts = new Map<
    number,
    { sha256: string; characters: number; estimatedTokens: number; sources: { path: string; sha256: string }[] }
  >()
  const supportGlobs = [...(project.runConfiguration.support.requirePaths ?? []), ...(project.runConfiguration.support.importPaths ?? [])]
  const suite = suiteArguments(cwd, options.configFile, options.profiles)
  const limits: LoopLimits = {
    maxRounds: options.maxRounds ?? config.maxRounds,
    tokenBudget: options.tokenBudget ?? config.tokenBudget,
    timeLimitMs:
      (options.timeLimitSeconds ?? config.timeLimit) !== undefined ? (options.timeLimitSeconds ?? config.timeLimit)! * 1000 : undefined
  }
  let mode: OutputMode = client.mode
  const ledger = {
    generator: 'openai',
    inputs: features.map((feature) => ({ path: feature.uri, sha256: featureHashes.get(feature.uri)! }))
  }

  const started = Date.now()
  const summary = await runRepairLoop({
    cwd,
    env,
    limits,
    suiteArgs: suite.args,
    suiteReadPaths: suite.readPaths,
    sandbox: options.sandbox,
    writePolicy: { allowedRoots: DEFAULT_ALLOWED_ROOTS, allowedExtensions: GENERATED_EXTENSIONS },
    ledger,
    vet: rowLookupVet(operations),
    withhold: withheld,
    async propose(request) {
      const notAsked = onlyConfidentialLeft(confidentiality, targetScenarios(features, request.evaluation.suite.scenarios))
      if (notAsked) return { files: [], tokens: { input: 0, output: 0 }, notAsked }
      const context = collectPromptContext({
        cwd,
        features: confidentiality.visibleFeatures,
        scenarios: request.evaluation.suite.scenarios,
        stepDefinitions: request.evaluation.suite.stepDefinitions,
        writtenFiles: request.writtenFiles,
        allowedRoots: DEFAULT_ALLOWED_ROOTS,
        supportGlobs,
        withheldFile: withheld.file,
        withheldScenario: withheld.scenario,
        withheldDefinitions: confidentialDefinitions(confidentiality, request.evaluation.suite.stepDefinitions)
      })
      // What only confidential scenarios say is removed wherever else it might turn up (in code, in a message), as secrets are.
      const prompt = buildPrompt(context, request.feedback, [...secrets, ...confidentiality.texts], confidentiality.words)
      const sources = context.featureExcerpts.map((excerpt) => ({ path: excerpt.uri, sha256: featureHashes.get(excerpt.uri) ?? '' }))
      prompts.set(request.round, { sha256: prompt.sha256, characters: prompt.characters, estimatedTokens: prompt.estimatedTokens, sources })
      // The token budget is a hard limit: the prompt and the longest answer allowed must fit in what is left.
      const answerTokens = request.remainingTokens === undefined ? undefined : request.remainingTokens - prompt.estimatedTokens
      if (answerTokens !== undefined && answerTokens < MIN_ANSWER_TOKENS) {
        return {
          files: [],
          tokens: { input: 0, output: 0 },
          overBudget: `the next prompt (about ${prompt.estimatedTokens} tokens) and an answer do not fit in the ${request.remainingTokens} tokens left of the budget`
        }
      }
      if (options.showPrompt) {
        shownRequest = requestBodyFor(client, prompt, answerTokens)
        return { files: [], tokens: { input: 0, output: 0 }, notAsked: 'its first request was shown (--show-prompt); nothing was sent' }
      }
      const timeoutMs =
        request.remainingMs !== undefined ? Math.max(1000, Math.min(settings.requestTimeoutMs, request.remainingMs)) : undefined
      const reply = await askForFiles(client, prompt, {
        timeoutMs,
        deadline: request.remainingMs === undefined ? undefined : Date.now() + request.remainingMs,
        ...(answerTokens !== undefined ? { maxOutputTokens: answerTokens } : {})
      })
      mode = reply.mode
      return {
        // A model that copies a provenance header back gets it replaced, not doubled.
        // What a model wrote is redacted before anything keeps it: an endpoint that echoes the key must not put it in a file.
        files: (reply.answer?.files ?? []).map((file) => ({
          path: file.path,
          content: redact(readProvenance(file.content).provenance ? readProvenance(file.content).body : file.content, secrets)
        })),
        tokens: { input: reply.tokens.input, output: reply.tokens.output },
        problem: reply.problem === undefined ? undefined : redact(reply.problem, secrets),
        fatal: reply.fatal,
        ledger: {
          provider: settings.generator,
          endpoint,
          model: client.model,
          promptSha256: prompt.sha256,
          promptCharacters: prompt.characters,
          promptBytes: Buffer.byteLength(requestBodyFor(client, prompt, answerTokens, reply.mode)),
          answerBytes: reply.answerBytes ?? null,
          included: prompt.included,
          answerSha256: reply.answerSha256 ?? null,
          outputMode: reply.mode,
          finishReason: reply.finishReason ?? null,
          tokensEstimated: reply.tokens.estimated
        }
      }
    },
    render(file, round) {
      const prompt = prompts.get(round)
      return renderWithProvenance(file.content, {
        generator: 'openai',
        version,
        sources: prompt?.sources ?? [],
        model: client.model,
        round,
        promptSha256: prompt?.sha256
      })
    },
    onRound(report) {
      const prompt = prompts.get(report.round)
      options.onRound?.({
        ...report,
        prompt: prompt && { sha256: prompt.sha256, characters: prompt.characters, estimatedTokens: prompt.estimatedTokens },
        mode
      })
    }
  })
  const roundReports: ModelRoundReport[] = summary.roundReports.map((report) => {
    const prompt = prompts.get(report.round)
    return {
      ...report,
      prompt: prompt && { sha256: prompt.sha256, characters: prompt.characters, estimatedTokens: prompt.estimatedTokens }
    }
  })
  if (options.showPrompt)
    return { generator: settings.generator, model: client.model, endpoint, summary: { ...summary, roundReports }, shownRequest }
  // Green says the model's code passes the examples; the probes say whether it is the rule they decide.
  const proposals = summary.green
    ? await checkModelProposals({
        cwd,
        env,
        operations,
        ledger,
        ...(limits.timeLimitMs !== undefined ? { deadline: started + limits.timeLimitMs } : {}),
        ...(options.sandbox !== undefined ? { sandbox: options.sandbox } : {})
      })
    : []
  return { generator: settings.generator, model: client.model, endpoint, summary: { ...summary, roundReports }, proposals }
}
