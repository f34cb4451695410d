/**
 * One round of the model generator: the prompt for what is still failing, the request within
 * what is left of the budgets, and the answer as files the repair loop writes.
 */
import type { ParsedFeature } from '../../gherkin'
import { redact } from '../../redaction'
import { DEFAULT_ALLOWED_ROOTS, PlannedFile, readProvenance, renderWithProvenance } from '../../workspace'
import { version } from '../../version'
import type { LoopLimits, RoundProposal, RoundRequest } from '../loop'
import type { PlannedOperation } from '../steps'
import { Confidentiality, confidentialDefinitions, onlyConfidentialLeft, withholding } from './confidential'
import { collectPromptContext, targetScenarios } from './context'
import { buildPrompt, Prompt } from './prompt'
import { askForFiles, ModelClient, ModelReply, OutputMode, requestBodyFor } from './provider'
import type { ModelSettings } from './settings'
import type { ModelGenerateOptions } from './generate'
import type { GivenSkeleton } from './skeletons'

/** Fewer tokens than this left for an answer: no answer worth a round would fit. */
const MIN_ANSWER_TOKENS = 256

/** What every round of one model run shares, and what the rounds leave for the run's result. */
export interface ModelRun {
  options: ModelGenerateOptions
  settings: ModelSettings
  secrets: string[]
  client: ModelClient
  endpoint: string
  features: ParsedFeature[]
  operations: PlannedOperation[]
  confidentiality: Confidentiality
  withheld: ReturnType<typeof withholding>
  featureHashes: Map<string, string>
  /** Each round's prompt: its hash and size, and the features it showed (for the provenance of what the round wrote). */
  prompts: Map<number, { sha256: string; characters: number; estimatedTokens: number; sources: { path: string; sha256: string }[] }>
  supportGlobs: string[]
  limits: LoopLimits
  /** The class skeletons the offline pass left for the model to fill, as they were when the run started. */
  skeletons: GivenSkeleton[]
  ledger: { generator: string; inputs: { path: string; sha256: string }[] }
  /** How the last answer was asked for (the endpoint may refuse a mode). */
  mode: OutputMode
  /** With `showPrompt`: the first request's body. */
  shownRequest?: string
}

/** A round: not asked (confidential, over budget, --show-prompt), or the model's answer as files. */
export async function proposeRound(run: ModelRun, request: RoundRequest): Promise<RoundProposal> {
  const notAsked = onlyConfidentialLeft(run.confidentiality, targetScenarios(run.features, request.evaluation.suite.scenarios))
  if (notAsked) return { files: [], tokens: { input: 0, output: 0 }, notAsked }
  const prompt = promptForRound(run, request)
  // The token budget is a hard limit: the prompt and the longest answer allowed must fit in what is left.
  const answerTokens = request.remainingTokens === undefined ? undefined : request.remainingTokens - prompt.estimatedTokens
  if (answerTokens !== undefined && answerTokens < MIN_ANSWER_TOKENS) {
    return {
      files: [],
      tokens: { input: 0, output: 0 },
      overBudget:
        `the next prompt (about ${prompt.estimatedTokens} tokens) and an answer do not fit ` +
        `in the ${request.remainingTokens} tokens left of the budget`
    }
  }
  if (run.options.showPrompt) {
    run.shownRequest = requestBodyFor(run.client, prompt, answerTokens)
    return { files: [], tokens: { input: 0, output: 0 }, notAsked: 'its first request was shown (--show-prompt); nothing was sent' }
  }
  const timeoutMs =
    request.remainingMs !== undefined ? Math.max(1000, Math.min(run.settings.requestTimeoutMs, request.remainingMs)) : undefined
  const reply = await askForFiles(run.client, prompt, {
    timeoutMs,
    deadline: request.remainingMs === undefined ? undefined : Date.now() + request.remainingMs,
    ...(answerTokens !== undefined ? { maxOutputTokens: answerTokens } : {})
  })
  run.mode = reply.mode
  return replyAsProposal(run, reply, prompt, answerTokens)
}

/** The round's prompt from what the last evaluation says, kept (hash, size, sources) for the round's files and report. */
function promptForRound(run: ModelRun, request: RoundRequest): Prompt {
  const { confidentiality, withheld } = run
  const context = collectPromptContext({
    cwd: run.options.cwd,
    features: confidentiality.visibleFeatures,
    scenarios: request.evaluation.suite.scenarios,
    stepDefinitions: request.evaluation.suite.stepDefinitions,
    writtenFiles: request.writtenFiles,
    allowedRoots: DEFAULT_ALLOWED_ROOTS,
    supportGlobs: run.supportGlobs,
    withheldFile: withheld.file,
    withheldScenario: withheld.scenario,
    withheldDefinitions: confidentialDefinitions(confidentiality, request.evaluation.suite.stepDefinitions),
    skeletons: run.skeletons
  })
  // What only confidential scenarios say is removed wherever else it might turn up (in code, in a message), as secrets are.
  const prompt = buildPrompt(context, request.feedback, [...run.secrets, ...confidentiality.texts], confidentiality.words)
  const sources = context.featureExcerpts.map((excerpt) => ({ path: excerpt.uri, sha256: run.featureHashes.get(excerpt.uri) ?? '' }))
  run.prompts.set(request.round, { sha256: prompt.sha256, characters: prompt.characters, estimatedTokens: prompt.estimatedTokens, sources })
  return prompt
}

/** The answer's files, redacted, and the round's ledger record (hashes and sizes, never the text). */
function replyAsProposal(run: ModelRun, reply: ModelReply, prompt: Prompt, answerTokens: number | undefined): RoundProposal {
  const { client, secrets } = run
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
      provider: run.settings.generator,
      endpoint: run.endpoint,
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
}

/** A file the model wrote, with its provenance: the model, the round, the prompt and the features it showed, and the skeleton it filled. */
export function renderModelFile(run: ModelRun, file: PlannedFile, round: number): string {
  const prompt = run.prompts.get(round)
  const skeleton = run.skeletons.find((given) => given.path === file.path)
  return renderWithProvenance(file.content, {
    generator: 'openai',
    version,
    sources: prompt?.sources ?? [],
    model: run.client.model,
    round,
    promptSha256: prompt?.sha256,
    ...(skeleton ? { skeleton: { path: skeleton.path, sha256: skeleton.sha256 } } : {})
  })
}
