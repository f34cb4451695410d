import fs from 'node:fs'
import path from 'node:path'
import { writeFileAtomic } from '../../workspace'
import { redact } from '../../redaction'

/**
 * A cassette is a directory of recorded request/response pairs, one JSON file per exchange
 * (`0001.json`, ...), in the order they happened. No headers of the request are kept (so no
 * Authorization), and every secret is replaced in what is kept.
 */
export interface Interaction {
  request: { method: string; path: string; body: unknown }
  response: { status: number; headers: Record<string, string>; body: string }
}

export type FetchFunction = (input: string | URL | Request, init?: RequestInit) => Promise<Response>

const KEPT_RESPONSE_HEADERS = ['content-type', 'retry-after', 'retry-after-ms', 'x-should-retry']
const INTERACTION_FILE = /^\d{4,}\.json$/

/** Thrown by a replaying fetch: the request was not in the cassette. */
export class ReplayMismatch extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ReplayMismatch'
  }
}

function urlOf(input: string | URL | Request): URL {
  return new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
}

function parseBody(body: RequestInit['body']): unknown {
  if (typeof body !== 'string') return body == null ? null : '(binary body)'
  try {
    return JSON.parse(body)
  } catch {
    return body
  }
}

/** The path after the base URL's own path, so a cassette does not depend on where the server was. */
function relativePath(url: URL, baseURL: string | undefined): string {
  const basePath = baseURL ? new URL(baseURL).pathname.replace(/\/$/, '') : ''
  return basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname
}

/** A fetch that passes every request on and writes each exchange to `directory`. */
export function recordingFetch(
  directory: string,
  options: { secrets: readonly string[]; baseURL?: string; fetch?: FetchFunction }
): FetchFunction {
  const send = options.fetch ?? fetch
  fs.mkdirSync(directory, { recursive: true })
  // A new recording replaces an old one in the same directory.
  for (const name of fs.readdirSync(directory)) if (INTERACTION_FILE.test(name)) fs.rmSync(path.join(directory, name))
  let count = 0
  return async (input, init) => {
    const response = await send(input, init)
    const body = await response.text()
    const headers: Record<string, string> = {}
    for (const name of KEPT_RESPONSE_HEADERS) {
      const value = response.headers.get(name)
      if (value !== null) headers[name] = value
    }
    const interaction: Interaction = {
      request: {
        method: (init?.method ?? 'GET').toUpperCase(),
        path: relativePath(urlOf(input), options.baseURL),
        body: parseBody(init?.body)
      },
      response: { status: response.status, headers, body }
    }
    count++
    writeFileAtomic(
      path.join(directory, `${String(count).padStart(4, '0')}.json`),
      redact(`${JSON.stringify(interaction, null, 2)}\n`, options.secrets)
    )
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers })
  }
}

export function readCassette(directory: string): Interaction[] {
  if (!fs.existsSync(directory) || !fs.statSync(directory).isDirectory()) throw new ReplayMismatch(`no cassette at ${directory}`)
  const names = fs
    .readdirSync(directory)
    .filter((name) => INTERACTION_FILE.test(name))
    .sort()
  if (names.length === 0) throw new ReplayMismatch(`the cassette ${directory} has no recorded requests`)
  return names.map((name) => JSON.parse(fs.readFileSync(path.join(directory, name), 'utf8')) as Interaction)
}

function isRetried(interaction: Interaction): boolean {
  const { status, headers } = interaction.response
  if (headers['x-should-retry'] === 'false') return false
  return headers['x-should-retry'] === 'true' || status === 408 || status === 409 || status === 429 || status >= 500
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/** Where two request bodies first differ, for a message a person can act on. */
function firstDifference(expected: unknown, actual: unknown, at = 'body'): string {
  if (canonical(expected) === canonical(actual)) return ''
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)])
    for (const key of keys) {
      const difference = firstDifference(
        (expected as Record<string, unknown>)[key],
        (actual as Record<string, unknown>)[key],
        Array.isArray(expected) ? `${at}[${key}]` : `${at}.${key}`
      )
      if (difference) return difference
    }
  }
  const show = (value: unknown) => {
    const text = typeof value === 'string' ? value : JSON.stringify(value)
    return text === undefined ? 'nothing' : JSON.stringify(text.length > 120 ? `${text.slice(0, 120)}…` : text)
  }
  if (typeof expected === 'string' && typeof actual === 'string') {
    let index = 0
    while (index < expected.length && expected[index] === actual[index]) index++
    const line = expected.slice(0, index).split('\n').length
    return `${at} differs at line ${line}: recorded ${show(expected.slice(index, index + 80))}, now ${show(actual.slice(index, index + 80))}`
  }
  return `${at}: recorded ${show(expected)}, now ${show(actual)}`
}

/**
 * A fetch that answers from a cassette, offline and in order, and fails loudly on any request
 * that was not recorded. Exchanges the client retried (429, 5xx) are passed over, so replay
 * needs no retries and no waiting; it is meant for a client with retries off.
 */
export function replayingFetch(directory: string): FetchFunction & { remaining(): number } {
  const interactions = readCassette(directory)
  let next = 0
  let requests = 0
  const replay = (async (input: string | URL | Request, init?: RequestInit) => {
    requests++
    const method = (init?.method ?? 'GET').toUpperCase()
    const body = parseBody(init?.body)
    const url = urlOf(input)
    if (next >= interactions.length)
      throw new ReplayMismatch(
        `request ${requests} (${method} ${url.pathname}) was not recorded: every one of the ${interactions.length} recorded exchanges was used`
      )
    const matches = (interaction: Interaction) =>
      interaction.request.method === method &&
      url.pathname.endsWith(interaction.request.path) &&
      canonical(interaction.request.body) === canonical(body)
    let interaction = interactions[next]
    if (!matches(interaction)) {
      const difference =
        interaction.request.method !== method || !url.pathname.endsWith(interaction.request.path)
          ? `recorded ${interaction.request.method} ${interaction.request.path}, now ${method} ${url.pathname}`
          : firstDifference(interaction.request.body, body)
      throw new ReplayMismatch(`request ${requests} was not recorded (${difference})`)
    }
    while (isRetried(interaction) && next + 1 < interactions.length && matches(interactions[next + 1])) interaction = interactions[++next]
    next++
    return new Response(interaction.response.body, { status: interaction.response.status, headers: interaction.response.headers })
  }) as FetchFunction & { remaining(): number }
  replay.remaining = () => interactions.length - next
  return replay
}

/** The model a cassette was recorded with (from its first request). */
export function recordedModel(directory: string): string | undefined {
  const first = readCassette(directory)[0]
  const model = (first.request.body as { model?: unknown } | null)?.model
  return typeof model === 'string' ? model : undefined
}
