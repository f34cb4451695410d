import fs from 'node:fs'
import path from 'node:path'
import { sha256 } from '../../workspace'
import type OpenAI from 'openai'
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions'
import { SpecloopError, specloopError } from '../../errors'
import { ReplayMismatch } from '../replay'
import type { FetchFunction } from '../replay'
import { ANSWER_SCHEMA, ModelAnswer, parseTextAnswer, ParsedAnswer, validateAnswer } from './output'
import type { Prompt } from './prompt'
import { redact } from '../../redaction'
import type { ModelSettings } from './settings'
import { describeEndpoint, EgressRefused } from './egress'

/**
 * How the answer is asked for, best first: a strict JSON schema (`response_format`), else a
 * single forced tool call, else fenced code blocks with a path line. An endpoint that rejects
 * one (HTTP 400/422) is asked again the next way, and the way that worked is kept.
 */
export type OutputMode = 'json-schema' | 'tool-call' | 'fenced-blocks'
const MODES: OutputMode[] = ['json-schema', 'tool-call', 'fenced-blocks']
const TOOL_NAME = 'write_files'

export interface ModelReply {
  answer?: ModelAnswer
  /** Why the answer cannot be used (told to the next round). */
  problem?: string
  /** The endpoint cannot be used (told to the user; the loop stops). */
  fatal?: SpecloopError
  mode: OutputMode
  finishReason?: string
  tokens: { input: number; output: number; estimated: boolean }
  /** sha256 of what the model sent back (its text, or its tool call's arguments): the ledger's record of the answer. */
  answerSha256?: string
  /** Its size in bytes. */
  answerBytes?: number
}

export interface ModelClient {
  client: OpenAI
  model: string
  endpoint: string
  /** Secrets to keep out of every message. */
  secrets: string[]
  mode: OutputMode
}

/**
 * Where the openai SDK (an optional peer dependency) is: beside specloop, else in the project.
 * Undefined when neither has it; nothing is loaded.
 */
export function locateOpenAiSdk(
  cwd: string,
  resolve: (request: string, options?: { paths: string[] }) => string = require.resolve
): string | undefined {
  for (const options of [undefined, { paths: [cwd] }]) {
    try {
      return resolve('openai', options)
    } catch {
      // not there: the next place, or none
    }
  }
  return undefined
}

let sdkEntry: string | undefined

/** Checks, before anything runs, that the SDK can be loaded for a project, and remembers where it is. */
export function requireOpenAiSdk(cwd: string, generator: string): SpecloopError | undefined {
  sdkEntry = sdkEntry ?? locateOpenAiSdk(cwd)
  if (sdkEntry !== undefined) return undefined
  const manifest = fs.existsSync(path.join(cwd, 'package.json')) ? { file: 'package.json' } : {}
  return specloopError(
    'MODEL_SDK_MISSING',
    `--generator ${generator} needs the openai package (6.x, an optional peer dependency of specloop), which the project does not have`,
    manifest,
    'npm i -D openai@6'
  )
}

/** The SDK, loaded when a model is first asked: no other command pays for loading it. */
const sdk = (): typeof OpenAI => (require(sdkEntry ?? 'openai') as { default: typeof OpenAI }).default

const silentLogger = { debug() {}, info() {}, warn() {}, error() {} }

/** `secrets`: besides the key, what the client's messages must never hold (the project's secrets). */
export function createModelClient(
  settings: Omit<ModelSettings, 'endpoints'> & { model: string },
  fetchOverride?: FetchFunction,
  secrets: readonly string[] = []
): ModelClient {
  const client = new (sdk())({
    // Local servers ignore the key, but the SDK wants one.
    apiKey: settings.apiKey ?? 'no-key-needed',
    baseURL: settings.baseURL ?? 'https://api.openai.com/v1',
    organization: null,
    project: null,
    webhookSecret: null,
    timeout: settings.requestTimeoutMs,
    maxRetries: settings.maxRetries,
    fetch: fetchOverride,
    logger: silentLogger,
    logLevel: 'off'
  })
  return {
    client,
    model: settings.model,
    endpoint: describeEndpoint(settings.baseURL),
    secrets: [...(settings.apiKey ? [settings.apiKey] : []), ...secrets],
    mode: 'json-schema'
  }
}

/** The body of a request exactly as the SDK sends it (it serialises the parameters with JSON.stringify). */
export function requestBodyFor(
  model: Pick<ModelClient, 'model' | 'mode'>,
  prompt: Prompt,
  maxOutputTokens?: number,
  mode: OutputMode = model.mode
): string {
  return JSON.stringify(requestFor(model.model, prompt, mode, maxOutputTokens))
}

function requestFor(model: string, prompt: Prompt, mode: OutputMode, maxOutputTokens?: number): ChatCompletionCreateParamsNonStreaming {
  const request = requestInMode(model, prompt, mode)
  // Only with a token budget: the answer may not take more than what is left of it.
  return maxOutputTokens === undefined ? request : { ...request, max_completion_tokens: maxOutputTokens }
}

function requestInMode(model: string, prompt: Prompt, mode: OutputMode): ChatCompletionCreateParamsNonStreaming {
  const messages = prompt.messages.map((message) => ({ ...message }))
  if (mode === 'json-schema') {
    return {
      model,
      messages,
      temperature: 0,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'specloop_files', strict: true, schema: ANSWER_SCHEMA as unknown as Record<string, unknown> }
      }
    }
  }
  if (mode === 'tool-call') {
    return {
      model,
      messages,
      temperature: 0,
      tools: [
        {
          type: 'function',
          function: {
            name: TOOL_NAME,
            description: 'Write these files (whole contents) into the project.',
            parameters: ANSWER_SCHEMA as unknown as Record<string, unknown>,
            strict: true
          }
        }
      ],
      tool_choice: { type: 'function', function: { name: TOOL_NAME } }
    }
  }
  const fenced = messages.map((message, index) =>
    index === 0 && message.role === 'system'
      ? {
          ...message,
          content: `${message.content}\n\nAnswer format: for each file, a line with its path, then the whole file in a fenced code block. Then a short note.`
        }
      : message
  )
  return { model, messages: fenced, temperature: 0 }
}

function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4)
}

/** Reads a completion into files, whatever way the model answered. Pure. */
export function readCompletion(completion: ChatCompletion, mode: OutputMode, promptCharacters: number): ModelReply {
  const choice = completion.choices?.[0]
  const content = choice?.message?.content ?? ''
  const toolCall = choice?.message?.tool_calls?.find((call) => call.type === 'function')
  const usage = completion.usage
  const tokens = usage
    ? { input: usage.prompt_tokens ?? 0, output: usage.completion_tokens ?? 0, estimated: false }
    : {
        input: estimateTokens('x'.repeat(promptCharacters)),
        output: estimateTokens(content + (toolCall?.type === 'function' ? toolCall.function.arguments : '')),
        estimated: true
      }
  const finishReason = choice?.finish_reason ?? undefined
  const answer = toolCall?.type === 'function' ? toolCall.function.arguments : content
  const reply: ModelReply = {
    mode,
    finishReason,
    tokens,
    ...(choice ? { answerSha256: sha256(answer), answerBytes: Buffer.byteLength(answer) } : {})
  }
  if (!choice) return { ...reply, problem: 'the answer had no choices' }
  if (finishReason === 'length')
    return {
      ...reply,
      problem:
        'the answer was cut off at the output token limit (finish_reason "length"), so none of it was used; answer with fewer or shorter files'
    }
  if (finishReason === 'content_filter')
    return { ...reply, problem: 'the answer was stopped by the content filter (finish_reason "content_filter")' }
  let parsed: ParsedAnswer
  if (toolCall && toolCall.type === 'function') {
    if (toolCall.function.name !== TOOL_NAME)
      return { ...reply, problem: `the answer called an unknown tool ${JSON.stringify(toolCall.function.name)}; call ${TOOL_NAME}` }
    try {
      parsed = validateAnswer(JSON.parse(toolCall.function.arguments))
    } catch (thrown) {
      parsed = { problem: `the ${TOOL_NAME} arguments were not valid JSON (${thrown instanceof Error ? thrown.message : String(thrown)})` }
    }
  } else {
    parsed = parseTextAnswer(content)
  }
  return parsed.answer ? { ...reply, answer: parsed.answer } : { ...reply, problem: parsed.problem }
}

/**
 * Asks the model for files. Retries on 429, 5xx and timeouts are the SDK's (with back-off,
 * honouring Retry-After); a rejected output mode falls back to the next one.
 */
export async function askForFiles(
  model: ModelClient,
  prompt: Prompt,
  options: { timeoutMs?: number; deadline?: number; maxOutputTokens?: number } = {}
): Promise<ModelReply> {
  for (let index = MODES.indexOf(model.mode); index < MODES.length; index++) {
    const mode = MODES[index]
    try {
      const completion = await withinDeadline(
        (signal) =>
          model.client.chat.completions.create(requestFor(model.model, prompt, mode, options.maxOutputTokens), {
            ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
            signal
          }),
        options.deadline
      )
      if (completion === undefined) {
        return {
          mode,
          tokens: { input: 0, output: 0, estimated: true },
          fatal: specloopError(
            'MODEL_TIME_LIMIT',
            `the model at ${model.endpoint} did not answer within the time limit (waits and retries included)`,
            {},
            'raise --time-limit, or check the server'
          )
        }
      }
      model.mode = mode
      return readCompletion(completion, mode, prompt.characters)
    } catch (thrown) {
      const rejectsMode = thrown instanceof sdk().APIError && (thrown.status === 400 || thrown.status === 422) && index < MODES.length - 1
      if (rejectsMode) continue
      return { mode, tokens: { input: 0, output: 0, estimated: true }, fatal: describeModelError(thrown, model) }
    }
  }
  /* istanbul ignore next -- the last mode either answers or returns a fatal error */
  return {
    mode: 'fenced-blocks',
    tokens: { input: 0, output: 0, estimated: true },
    fatal: specloopError('MODEL_ERROR', 'no output mode worked')
  }
}

/**
 * Every wait for the model — the request, the SDK's retries, a Retry-After — draws on one
 * deadline: at the deadline the request is aborted and undefined comes back at once, whatever
 * the SDK was waiting for.
 */
async function withinDeadline<T>(request: (signal: AbortSignal) => Promise<T>, deadline: number | undefined): Promise<T | undefined> {
  const controller = new AbortController()
  if (deadline === undefined) return request(controller.signal)
  const remaining = deadline - Date.now()
  if (remaining <= 0) return undefined
  let timer: NodeJS.Timeout | undefined
  const expired = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => {
      controller.abort()
      resolve(undefined)
    }, remaining)
  })
  const pending = request(controller.signal)
  // The aborted request rejects later: nobody is waiting for it then.
  pending.catch(() => undefined)
  try {
    return await Promise.race([pending, expired])
  } finally {
    clearTimeout(timer)
  }
}

/** An SDK error as a located, key-free message. */
export function describeModelError(thrown: unknown, model: Pick<ModelClient, 'endpoint' | 'secrets' | 'model'>): SpecloopError {
  const clean = (text: string) => redact(text, model.secrets)
  const cause = (thrown as { cause?: unknown })?.cause
  if (thrown instanceof EgressRefused) return thrown.error
  if (cause instanceof EgressRefused) return cause.error
  if (thrown instanceof ReplayMismatch || cause instanceof ReplayMismatch) {
    const mismatch = (thrown instanceof ReplayMismatch ? thrown : cause) as ReplayMismatch
    return specloopError(
      'REPLAY_NOT_RECORDED',
      clean(mismatch.message),
      {},
      'the specs, the code or the prompt changed since the cassette was recorded: record it again with --record'
    )
  }
  if (thrown instanceof sdk().APIConnectionTimeoutError)
    return specloopError(
      'MODEL_TIMEOUT',
      `the model at ${model.endpoint} did not answer in time (request timed out, retries included)`,
      {},
      'raise --request-timeout, or check the server'
    )
  if (thrown instanceof sdk().APIConnectionError)
    return specloopError(
      'MODEL_UNREACHABLE',
      `cannot reach the model at ${model.endpoint}: ${clean(String((cause as Error | undefined)?.message ?? thrown.message))}`,
      {},
      'check OPENAI_BASE_URL and that the server is running'
    )
  if (thrown instanceof sdk().APIError) {
    const hint =
      thrown.status === 401 || thrown.status === 403
        ? 'check OPENAI_API_KEY'
        : thrown.status === 404
          ? `check the model name (${model.model}) and OPENAI_BASE_URL`
          : thrown.status === 429
            ? 'rate limited after retries: wait, or lower the request rate'
            : undefined
    return specloopError(
      'MODEL_HTTP_ERROR',
      clean(`the model at ${model.endpoint} answered HTTP ${thrown.status}: ${thrown.message}`),
      {},
      hint
    )
  }
  return specloopError('MODEL_ERROR', clean(`the model request failed: ${thrown instanceof Error ? thrown.message : String(thrown)}`))
}
