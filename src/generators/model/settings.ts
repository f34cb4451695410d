import fs from 'node:fs'
import path from 'node:path'
import { lineAndColumn, SpecloopError, specloopError, parseJson } from '../../errors'
import { DEFAULT_ENDPOINTS, endpointRefused, OPENAI_ENDPOINT as OPENAI_DEFAULT, isAllowedEndpoint, parseEndpointPattern } from './egress'

export { describeEndpoint } from './egress'

/** The `generate` section of `specloop.json`: settings a team commits. Never an API key. */
export interface GenerateConfig {
  generator?: 'offline' | 'openai' | 'replay'
  model?: string
  baseURL?: string
  maxRounds?: number
  tokenBudget?: number
  /** Seconds. */
  timeLimit?: number
  /** Seconds per model request. */
  requestTimeout?: number
  /** Retries of a request on 429, 5xx, timeouts. */
  maxRetries?: number
  /** The model endpoints prompts may be sent to (see egress.ts); absent: OpenAI's and loopback. */
  endpoints?: string[]
  /** What never enters a prompt: scenarios with these tags (default @confidential), files matching these globs. */
  confidential?: { tags?: string[]; files?: string[] }
}

const CONFIG_FILE = 'specloop.json'

const NUMBER_FIELDS = ['maxRounds', 'tokenBudget', 'timeLimit', 'requestTimeout', 'maxRetries'] as const
const GENERATE_KEYS: readonly string[] = ['generator', 'model', 'baseURL', ...NUMBER_FIELDS, 'endpoints', 'confidential']

/** Where in specloop.json a key is. */
type ConfigLocation = { file: string; line?: number; column?: number }

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string')

/** The egress settings: the endpoint allow-list and what is confidential; a problem is located at its key. */
function egressProblem(config: Record<string, unknown>, at: (key: string) => ConfigLocation): SpecloopError | undefined {
  if (config.endpoints !== undefined) {
    if (!isStringList(config.endpoints))
      return specloopError(
        'CONFIG_INVALID',
        '"generate.endpoints" must be a list of endpoint URLs',
        at('endpoints'),
        'e.g. "endpoints": ["https://api.openai.com/v1", "http://127.0.0.1:*"]'
      )
    for (const entry of config.endpoints) {
      const parsed = parseEndpointPattern(entry)
      if (parsed.problem) return specloopError('CONFIG_INVALID', `"generate.endpoints": ${parsed.problem}`, at('endpoints'))
    }
  }
  const confidential = config.confidential
  if (confidential === undefined) return undefined
  if (typeof confidential !== 'object' || confidential === null || Array.isArray(confidential))
    return specloopError(
      'CONFIG_INVALID',
      '"generate.confidential" must be an object: { "tags": [...], "files": [...] }',
      at('confidential')
    )
  const fields = confidential as Record<string, unknown>
  const unknown = Object.keys(fields).find((key) => key !== 'tags' && key !== 'files')
  if (unknown !== undefined)
    return specloopError('CONFIG_INVALID', `unknown key "generate.confidential.${unknown}"; expected tags, files`, at(unknown))
  for (const key of ['tags', 'files'] as const) {
    if (fields[key] !== undefined && !isStringList(fields[key]))
      return specloopError(
        'CONFIG_INVALID',
        `"generate.confidential.${key}" must be a list of ${key === 'tags' ? 'tags (@name)' : 'path globs'}`,
        at(key)
      )
  }
  const untagged = ((fields.tags as string[] | undefined) ?? []).find((tag) => !/^@\S+$/.test(tag))
  if (untagged !== undefined)
    return specloopError(
      'CONFIG_INVALID',
      `"generate.confidential.tags": ${JSON.stringify(untagged)} is not a tag; a tag starts with @`,
      at('tags')
    )
  return undefined
}

/** Unknown keys, secrets, and fields of the wrong type; a problem is located at its key. */
function fieldProblem(config: Record<string, unknown>, at: (key: string) => ConfigLocation): SpecloopError | undefined {
  const unknown = Object.keys(config).find((key) => !GENERATE_KEYS.includes(key) && !/key|token$|secret|password/i.test(key))
  if (unknown !== undefined)
    return specloopError('CONFIG_INVALID', `unknown key "generate.${unknown}"; expected ${GENERATE_KEYS.join(', ')}`, at(unknown))
  const secret = Object.keys(config).find((key) => /key|token$|secret|password/i.test(key) && key !== 'tokenBudget')
  if (secret !== undefined)
    return specloopError(
      'CONFIG_SECRET',
      `"generate.${secret}": secrets are refused in ${CONFIG_FILE}`,
      at(secret),
      'set OPENAI_API_KEY in the environment instead; keys are read only from there'
    )
  if (config.generator !== undefined && !['offline', 'openai', 'replay'].includes(config.generator as string))
    return specloopError(
      'CONFIG_INVALID',
      `"generate.generator" must be "offline", "openai" or "replay", found ${JSON.stringify(config.generator)}`,
      at('generator')
    )
  const notString = (['model', 'baseURL'] as const).find((key) => config[key] !== undefined && typeof config[key] !== 'string')
  if (notString !== undefined) return specloopError('CONFIG_INVALID', `"generate.${notString}" must be a string`, at(notString))
  const notCount = NUMBER_FIELDS.find((key) => {
    const value = config[key]
    return value !== undefined && (typeof value !== 'number' || !(value >= 0))
  })
  if (notCount !== undefined) return specloopError('CONFIG_INVALID', `"generate.${notCount}" must be a non-negative number`, at(notCount))
  return undefined
}

/** Reads `specloop.json` if there is one; a broken file is a located error. */
export function readGenerateConfig(
  cwd: string
):
  | { config: GenerateConfig; error?: undefined; endpointsAt?: { file: string; line?: number; column?: number } }
  | { config?: undefined; error: SpecloopError } {
  const file = path.join(cwd, CONFIG_FILE)
  if (!fs.existsSync(file)) return { config: {} }
  const text = fs.readFileSync(file, 'utf8')
  const parsed = parseJson(text, CONFIG_FILE, 'CONFIG_INVALID', (message) => `invalid JSON: ${message}`)
  if (parsed.error) return { error: parsed.error }
  const section = (parsed.value as { generate?: unknown })?.generate
  if (section === undefined) return { config: {} }
  if (typeof section !== 'object' || section === null || Array.isArray(section))
    return { error: specloopError('CONFIG_INVALID', '"generate" must be an object', { file: CONFIG_FILE }) }
  const config = section as Record<string, unknown>
  const at = (key: string) => ({ file: CONFIG_FILE, ...lineAndColumn(text, Math.max(0, text.indexOf(`"${key}"`))) })
  const problem = fieldProblem(config, at) ?? egressProblem(config, at)
  if (problem) return { error: problem }
  // Where the allow-list is written: a refused endpoint points there.
  return { config: config as GenerateConfig, ...(config.endpoints !== undefined ? { endpointsAt: at('endpoints') } : {}) }
}

/** How to reach the model. `apiKey` is only ever read from the environment. */
export interface ModelSettings {
  generator: 'openai' | 'replay'
  model?: string
  baseURL?: string
  apiKey?: string
  requestTimeoutMs: number
  maxRetries: number
  /** The endpoints prompts may be sent to. */
  endpoints: readonly string[]
}

export interface ModelOverrides {
  generator?: 'openai' | 'replay'
  model?: string
  requestTimeoutSeconds?: number
}

/**
 * Endpoint from OPENAI_BASE_URL (or the config), key from OPENAI_API_KEY, model from the
 * command line, SPECLOOP_MODEL or the config. Local servers (Ollama, vLLM, llama.cpp) need no key.
 */
export function resolveModelSettings(
  env: NodeJS.ProcessEnv,
  config: GenerateConfig,
  overrides: ModelOverrides = {}
): { settings: ModelSettings; error?: undefined } | { settings?: undefined; error: SpecloopError } {
  const generator = overrides.generator ?? (config.generator === 'replay' ? 'replay' : 'openai')
  const model = overrides.model ?? (env.SPECLOOP_MODEL || undefined) ?? config.model
  const baseURL = (env.OPENAI_BASE_URL || undefined) ?? config.baseURL
  const settings: ModelSettings = {
    generator,
    model,
    baseURL,
    apiKey: env.OPENAI_API_KEY || undefined,
    requestTimeoutMs: Math.round((overrides.requestTimeoutSeconds ?? config.requestTimeout ?? 300) * 1000),
    maxRetries: config.maxRetries ?? 2,
    endpoints: config.endpoints ?? DEFAULT_ENDPOINTS
  }
  if (generator === 'replay') return { settings }
  if (!model)
    return {
      error: specloopError('MODEL_NOT_SET', 'no model to ask: set SPECLOOP_MODEL, pass --model, or set "generate.model" in specloop.json')
    }
  if (baseURL !== undefined) {
    let url: URL
    try {
      url = new URL(baseURL)
    } catch {
      return {
        error: specloopError(
          'MODEL_BASE_URL',
          `OPENAI_BASE_URL is not a URL: ${JSON.stringify(baseURL)}`,
          {},
          'e.g. http://localhost:11434/v1 for Ollama'
        )
      }
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      return { error: specloopError('MODEL_BASE_URL', `OPENAI_BASE_URL must be http or https, found ${url.protocol}`) }
  }
  // Before anything is sent: an endpoint nobody allowed is refused, whatever OPENAI_BASE_URL says.
  if (!isAllowedEndpoint(baseURL ?? OPENAI_DEFAULT, settings.endpoints))
    return { error: endpointRefused(baseURL, config.endpoints !== undefined, config.endpoints !== undefined ? { file: CONFIG_FILE } : {}) }
  const officialEndpoint = baseURL === undefined || /(^|\.)openai\.com$/.test(new URL(baseURL).hostname)
  if (!settings.apiKey && officialEndpoint)
    return {
      error: specloopError(
        'MODEL_KEY_MISSING',
        'OPENAI_API_KEY is not set',
        {},
        'export OPENAI_API_KEY=...; or set OPENAI_BASE_URL to a local server that needs no key'
      )
    }
  return { settings }
}
