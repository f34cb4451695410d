import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * TEST FIXTURE — an OpenAI-compatible HTTP server on 127.0.0.1 (port 0) that serves scripted
 * responses to `POST …/chat/completions`, one per request, in order, and keeps every request
 * for assertions. The real `openai` SDK talks to it over real HTTP.
 */
export type ScriptedResponse =
  | {
      kind: 'answer'
      files: { path: string; content: string }[]
      notes?: string
      via?: 'content' | 'tool-call'
      finishReason?: string
      delayMs?: number
    }
  | { kind: 'text'; content: string; finishReason?: string; delayMs?: number }
  | { kind: 'error'; status: number; message: string; headers?: Record<string, string>; delayMs?: number }
  /** Answers 400 to requests with `response_format` (or `tools`), as servers without that support do; consumes no script entry. */
  | { kind: 'reject'; feature: 'response_format' | 'tools' }

export interface ReceivedRequest {
  method: string
  url: string
  authorization?: string
  body: Record<string, unknown>
  /** The body as it arrived, byte for byte (UTF-8). */
  raw: string
  /** The request's messages joined: what the model was told. */
  text: string
}

export interface FixtureOpenAiServer {
  url: string
  requests: ReceivedRequest[]
  /** Script entries not used yet. */
  remaining(): number
  close(): Promise<void>
}

function completion(body: Record<string, unknown>, message: Record<string, unknown>, finishReason: string) {
  const text = JSON.stringify(message)
  return {
    id: 'chatcmpl-fixture',
    object: 'chat.completion',
    created: 0,
    model: body.model ?? 'fixture-model',
    choices: [{ index: 0, message: { role: 'assistant', refusal: null, ...message }, finish_reason: finishReason, logprobs: null }],
    usage: {
      prompt_tokens: Math.ceil(JSON.stringify(body.messages ?? '').length / 4),
      completion_tokens: Math.ceil(text.length / 4),
      total_tokens: 0
    }
  }
}

export async function startFixtureOpenAiServer(script: ScriptedResponse[]): Promise<FixtureOpenAiServer> {
  const requests: ReceivedRequest[] = []
  const rejections = script.filter((entry): entry is Extract<ScriptedResponse, { kind: 'reject' }> => entry.kind === 'reject')
  const responses = script.filter((entry) => entry.kind !== 'reject')
  let next = 0
  const timers = new Set<NodeJS.Timeout>()
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      let body: Record<string, unknown> = {}
      const raw = Buffer.concat(chunks).toString('utf8')
      try {
        body = JSON.parse(raw)
      } catch {
        body = {}
      }
      const messages = Array.isArray(body.messages) ? (body.messages as { content?: unknown }[]) : []
      requests.push({
        method: request.method ?? '',
        url: request.url ?? '',
        authorization: request.headers.authorization,
        body,
        raw,
        text: messages.map((message) => String(message.content ?? '')).join('\n')
      })
      const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
        if (response.destroyed) return
        response.writeHead(status, { 'content-type': 'application/json', ...headers })
        response.end(JSON.stringify(payload))
      }
      if (request.method !== 'POST' || !/\/chat\/completions$/.test(request.url ?? ''))
        return send(404, { error: { message: `fixture: no route ${request.method} ${request.url}` } })
      const rejected = rejections.find((rejection) => body[rejection.feature] !== undefined)
      if (rejected)
        return send(400, { error: { message: `fixture: this server does not support ${rejected.feature}`, type: 'invalid_request_error' } })
      const entry = responses[next++]
      if (!entry) return send(400, { error: { message: `fixture script exhausted: no response for request ${requests.length}` } })
      const reply = () => {
        if (entry.kind === 'error') {
          // {{authorization}} lets a test make the server echo the key back, as careless servers do.
          return send(
            entry.status,
            { error: { message: entry.message.replace('{{authorization}}', request.headers.authorization ?? '') } },
            entry.headers
          )
        }
        if (entry.kind === 'text') return send(200, completion(body, { content: entry.content }, entry.finishReason ?? 'stop'))
        if (entry.kind === 'answer') {
          // {{authorization}} in a file makes the server echo the key into its answer, as careless servers may.
          const answer = JSON.stringify({ files: entry.files, notes: entry.notes ?? '' })
            .split('{{authorization}}')
            .join(request.headers.authorization ?? '')
          if (entry.via === 'tool-call') {
            return send(
              200,
              completion(
                body,
                {
                  content: null,
                  tool_calls: [{ id: 'call_fixture', type: 'function', function: { name: 'write_files', arguments: answer } }]
                },
                entry.finishReason ?? 'tool_calls'
              )
            )
          }
          return send(200, completion(body, { content: answer }, entry.finishReason ?? 'stop'))
        }
      }
      const delay = 'delayMs' in entry ? entry.delayMs : undefined
      if (delay) {
        const timer = setTimeout(() => {
          timers.delete(timer)
          reply()
        }, delay)
        timers.add(timer)
      } else reply()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    remaining: () => responses.length - next,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer)
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
