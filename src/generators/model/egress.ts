import dns from 'node:dns'
import net from 'node:net'
import { SpecloopError, specloopError } from '../../errors'
import type { FetchFunction } from '../replay'

/**
 * Where prompts may be sent. An entry is `scheme://host[:port][/path]`: the host may start with
 * `*.` (any subdomain), the port may be `*` (any port), and the path is a prefix on segment
 * boundaries. Without a configured list, the default is OpenAI's endpoint and loopback, which
 * does not leave the machine.
 */
export const OPENAI_ENDPOINT = 'https://api.openai.com/v1'
export const DEFAULT_ENDPOINTS: readonly string[] = [OPENAI_ENDPOINT, 'http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*']

interface EndpointPattern {
  protocol: string
  /** Lower case; `*.example.com` matches its subdomains. */
  host: string
  /** undefined: the scheme's default port; '*': any. */
  port?: string
  /** Without a trailing slash; '' matches every path. */
  path: string
}

const PATTERN = /^(https?):\/\/(\*\.[^/:[\]]+|\[[0-9a-fA-F:.]+\]|[^/:[\]*]+)(?::(\d{1,5}|\*))?(\/[^?#*]*)?$/

/** An allow-list entry, or why it is not one. */
export function parseEndpointPattern(
  entry: string
): { pattern: EndpointPattern; problem?: undefined } | { pattern?: undefined; problem: string } {
  const match = PATTERN.exec(entry.trim())
  if (!match)
    return {
      problem: `${JSON.stringify(entry)} is not an endpoint: expected scheme://host[:port][/path], e.g. "https://llm.example.com/v1" or "http://127.0.0.1:*"`
    }
  const [, protocol, host, port, pathPrefix] = match
  return { pattern: { protocol: `${protocol}:`, host: host.toLowerCase(), port, path: (pathPrefix ?? '').replace(/\/+$/, '') } }
}

const DEFAULT_PORTS: Record<string, string> = { 'http:': '80', 'https:': '443' }

function matches(pattern: EndpointPattern, url: URL): boolean {
  if (url.protocol !== pattern.protocol) return false
  const host = url.hostname.toLowerCase()
  const hostMatches = pattern.host.startsWith('*.') ? host.endsWith(pattern.host.slice(1)) : host === pattern.host
  if (!hostMatches) return false
  const port = url.port || DEFAULT_PORTS[url.protocol]
  if (pattern.port !== '*' && port !== (pattern.port ?? DEFAULT_PORTS[pattern.protocol])) return false
  const pathname = url.pathname.replace(/\/+$/, '')
  return pattern.path === '' || pathname === pattern.path || pathname.startsWith(`${pattern.path}/`)
}

/** Whether a URL (an endpoint, or a request under one) is on the allow-list. */
export function isAllowedEndpoint(url: string | URL, allowList: readonly string[]): boolean {
  const parsed = typeof url === 'string' ? new URL(url) : url
  if (parsed.username !== '' || parsed.password !== '') parsed.username = parsed.password = ''
  return allowList.some((entry) => {
    const { pattern } = parseEndpointPattern(entry)
    return pattern !== undefined && matches(pattern, parsed)
  })
}

/** The endpoint as it may be shown and recorded: no user, password or query. */
export function describeEndpoint(baseURL: string | undefined): string {
  if (!baseURL) return OPENAI_ENDPOINT
  try {
    const url = new URL(baseURL)
    return `${url.protocol}//${url.host}${url.pathname.replace(/\/$/, '')}`
  } catch {
    return '(invalid URL)'
  }
}

/** Thrown by the guarded fetch: the request was refused before it was sent. */
export class EgressRefused extends Error {
  constructor(readonly error: SpecloopError) {
    super(error.message)
    this.name = 'EgressRefused'
  }
}

/** The refusal of an endpoint that is not on the allow-list: it names the URL and where to allow it. */
export function endpointRefused(
  baseURL: string | undefined,
  configured: boolean,
  location: { file?: string; line?: number; column?: number }
): SpecloopError {
  const endpoint = describeEndpoint(baseURL)
  return specloopError(
    'MODEL_ENDPOINT_REFUSED',
    `the model endpoint ${endpoint} is not on the allow-list of model ` +
      `endpoints (${configured ? '"generate.endpoints" in specloop.json' : `the default: ${OPENAI_ENDPOINT} and loopback`}); nothing was sent`,
    location,
    `if the specs and code may be sent there, add "${endpoint}" to "generate.endpoints" in specloop.json`
  )
}

/** Loopback and private ranges: what `--local-only` accepts (IPv4, IPv6, and IPv4 mapped into IPv6). */
const LOCAL_ADDRESSES = (() => {
  const list = new net.BlockList()
  for (const [address, prefix] of [
    ['127.0.0.0', 8],
    ['10.0.0.0', 8],
    ['172.16.0.0', 12],
    ['192.168.0.0', 16]
  ] as const)
    list.addSubnet(address, prefix, 'ipv4')
  list.addAddress('::1', 'ipv6')
  list.addSubnet('fc00::', 7, 'ipv6')
  return list
})()

export function isLocalAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  if (mapped) return LOCAL_ADDRESSES.check(mapped[1], 'ipv4')
  const family = net.isIP(address)
  return family === 4 ? LOCAL_ADDRESSES.check(address, 'ipv4') : family === 6 ? LOCAL_ADDRESSES.check(address, 'ipv6') : false
}

export type Resolver = (hostname: string) => Promise<string[]>

const systemResolver: Resolver = async (hostname) =>
  (await dns.promises.lookup(hostname, { all: true, verbatim: true })).map((found) => found.address)

/**
 * `--local-only`: the endpoint's host must resolve (as the request will: the system resolver)
 * only to loopback or private addresses. Undefined when it does.
 */
export async function localOnlyProblem(
  baseURL: string | undefined,
  resolve: Resolver = systemResolver
): Promise<SpecloopError | undefined> {
  const endpoint = describeEndpoint(baseURL)
  const hostname = new URL(baseURL ?? OPENAI_ENDPOINT).hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = net.isIP(hostname) ? [hostname] : await resolve(hostname)
  } catch (thrown) {
    return specloopError(
      'MODEL_ENDPOINT_REFUSED',
      `--local-only: cannot resolve ${hostname} (the host of ${endpoint}): ${(thrown as Error).message}; nothing was sent`,
      {},
      'check OPENAI_BASE_URL'
    )
  }
  const remote = addresses.filter((address) => !isLocalAddress(address))
  if (addresses.length > 0 && remote.length === 0) return undefined
  return specloopError(
    'MODEL_ENDPOINT_REFUSED',
    `--local-only: the model endpoint ${endpoint} resolves to ${remote.join(', ') || 'no address'}, not a loopback or private address; nothing was sent`,
    {},
    'point OPENAI_BASE_URL at a model on this machine or the local network, or drop --local-only'
  )
}

/**
 * The fetch every model request goes through: a request outside the allow-list (or, with
 * `--local-only`, to a host that now resolves elsewhere) is refused before it is sent, and
 * redirects are errors, so an allowed endpoint cannot forward a prompt elsewhere.
 */
export function guardedFetch(options: {
  allowList: readonly string[]
  localOnly: boolean
  fetch?: FetchFunction
  resolve?: Resolver
}): FetchFunction {
  const send = options.fetch ?? fetch
  return async (input, init) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url)
    if (!isAllowedEndpoint(url, options.allowList)) throw new EgressRefused(endpointRefused(url.href, true, {}))
    if (options.localOnly) {
      const problem = await localOnlyProblem(url.href, options.resolve)
      if (problem) throw new EgressRefused(problem)
    }
    return send(input, { ...init, redirect: 'error' })
  }
}
