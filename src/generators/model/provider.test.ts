import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ChatCompletion } from 'openai/resources/chat/completions'
import { askForFiles, createModelClient, describeModelError, locateOpenAiSdk, readCompletion } from './provider'
import { buildPrompt } from './prompt'
import { promptContextWith, startFixtureOpenAiServer, ScriptedResponse } from './testing'

const prompt = buildPrompt(promptContextWith({ undefinedSteps: ['a step'] }), '')
const files = [{ path: 'generated/src/a.ts', content: 'export const a = 1\n' }]
const KEY = 'sk-provider-test-0123456789'

async function withServer(script: ScriptedResponse[], run: (url: string) => Promise<void>) {
  const server = await startFixtureOpenAiServer(script)
  try {
    await run(server.url)
  } finally {
    await server.close()
  }
  return server
}

function client(url: string, overrides: { requestTimeoutMs?: number; maxRetries?: number } = {}) {
  return createModelClient({
    generator: 'openai',
    model: 'fixture-model',
    baseURL: url,
    apiKey: KEY,
    requestTimeoutMs: overrides.requestTimeoutMs ?? 5000,
    maxRetries: overrides.maxRetries ?? 2
  })
}

test('a JSON-schema answer gives files, the real token counts and the mode', async () => {
  const server = await withServer([{ kind: 'answer', files }], async (url) => {
    const reply = await askForFiles(client(url), prompt)
    assert.deepEqual(reply.answer?.files, files)
    assert.equal(reply.mode, 'json-schema')
    assert.equal(reply.tokens.estimated, false)
    assert.ok(reply.tokens.input > 0)
  })
  const body = server.requests[0].body as { response_format: { type: string; json_schema: { strict: boolean } }; temperature: number }
  assert.equal(body.response_format.type, 'json_schema')
  assert.equal(body.response_format.json_schema.strict, true)
  assert.equal(server.requests[0].authorization, `Bearer ${KEY}`)
})

test('an endpoint that rejects response_format gets a tool call, and the mode is kept for the next request', async () => {
  const server = await withServer(
    [
      { kind: 'reject', feature: 'response_format' },
      { kind: 'answer', files, via: 'tool-call' },
      { kind: 'answer', files, via: 'tool-call' }
    ],
    async (url) => {
      const model = client(url)
      assert.deepEqual((await askForFiles(model, prompt)).answer?.files, files)
      assert.equal(model.mode, 'tool-call')
      assert.deepEqual((await askForFiles(model, prompt)).answer?.files, files)
    }
  )
  assert.deepEqual(
    server.requests.map((request) => Object.keys(request.body).filter((key) => key === 'tools' || key === 'response_format')),
    [['response_format'], ['tools'], ['tools']]
  )
})

test('429 and 500 are retried by the SDK; an error after the retries is fatal and key-free', async () => {
  await withServer(
    [
      { kind: 'error', status: 429, message: 'slow down', headers: { 'retry-after-ms': '5' } },
      { kind: 'error', status: 500, message: 'oops', headers: { 'retry-after-ms': '5' } },
      { kind: 'answer', files },
      { kind: 'error', status: 401, message: 'bad key {{authorization}}' }
    ],
    async (url) => {
      const model = client(url)
      assert.deepEqual((await askForFiles(model, prompt)).answer?.files, files)
      const failed = await askForFiles(model, prompt)
      assert.equal(failed.fatal?.code, 'MODEL_HTTP_ERROR')
      assert.match(failed.fatal?.message ?? '', /HTTP 401/)
      assert.doesNotMatch(failed.fatal?.message ?? '', new RegExp(KEY))
      assert.match(failed.fatal?.message ?? '', /\[redacted\]/)
      assert.equal(failed.fatal?.hint, 'check OPENAI_API_KEY')
    }
  )
})

test('a request that takes too long times out (after its retries)', async () => {
  await withServer(
    [
      { kind: 'answer', files, delayMs: 2000 },
      { kind: 'answer', files, delayMs: 2000 }
    ],
    async (url) => {
      const reply = await askForFiles(client(url, { requestTimeoutMs: 200, maxRetries: 1 }), prompt)
      assert.equal(reply.fatal?.code, 'MODEL_TIMEOUT')
    }
  )
})

test('an unreachable endpoint is a located message, not a stack', async () => {
  const reply = await askForFiles(client('http://127.0.0.1:9/v1', { maxRetries: 0 }), prompt)
  assert.equal(reply.fatal?.code, 'MODEL_UNREACHABLE')
  assert.match(reply.fatal?.message ?? '', /cannot reach the model at http:\/\/127\.0\.0\.1:9\/v1/)
  assert.equal(
    describeModelError(new Error(`boom ${KEY}`), { endpoint: 'e', model: 'm', secrets: [KEY] }).message,
    'the model request failed: boom [redacted]'
  )
})

function completion(choice: Partial<ChatCompletion.Choice> | undefined, usage?: ChatCompletion['usage']): ChatCompletion {
  return {
    id: 'x',
    object: 'chat.completion',
    created: 0,
    model: 'm',
    choices: choice
      ? [
          {
            index: 0,
            finish_reason: 'stop',
            logprobs: null,
            message: { role: 'assistant', content: null, refusal: null },
            ...choice
          } as ChatCompletion.Choice
        ]
      : [],
    usage
  }
}

test('cut-off, filtered and empty answers are problems; missing usage is estimated', () => {
  assert.match(
    readCompletion(
      completion({ finish_reason: 'length', message: { role: 'assistant', content: '{"files": [', refusal: null } }),
      'json-schema',
      400
    ).problem ?? '',
    /finish_reason "length"/
  )
  assert.match(readCompletion(completion({ finish_reason: 'content_filter' }), 'json-schema', 400).problem ?? '', /content filter/)
  assert.match(readCompletion(completion(undefined), 'json-schema', 400).problem ?? '', /no choices/)
  const estimated = readCompletion(
    completion({ message: { role: 'assistant', content: JSON.stringify({ files, notes: '' }), refusal: null } }),
    'json-schema',
    400
  )
  assert.equal(estimated.tokens.estimated, true)
  assert.equal(estimated.tokens.input, 100)
  const wrongTool = readCompletion(
    completion({
      message: {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [{ id: '1', type: 'function', function: { name: 'other', arguments: '{}' } }]
      }
    }),
    'tool-call',
    4
  )
  assert.match(wrongTool.problem ?? '', /unknown tool "other"/)
  const badArguments = readCompletion(
    completion({
      message: {
        role: 'assistant',
        content: null,
        refusal: null,
        tool_calls: [{ id: '1', type: 'function', function: { name: 'write_files', arguments: '{' } }]
      }
    }),
    'tool-call',
    4
  )
  assert.match(badArguments.problem ?? '', /arguments were not valid JSON/)
})

test('the openai SDK is looked for beside specloop, then in the project, and its absence is an answer, not a throw', () => {
  const asked: (string[] | undefined)[] = []
  const nowhere = (request: string, options?: { paths: string[] }): string => {
    asked.push(options?.paths)
    throw Object.assign(new Error(`Cannot find module '${request}'`), { code: 'MODULE_NOT_FOUND' })
  }
  assert.equal(locateOpenAiSdk('/project', nowhere), undefined)
  assert.deepEqual(asked, [undefined, ['/project']])
  const inProject = (request: string, options?: { paths: string[] }): string => {
    if (!options) throw new Error('not beside specloop')
    return `${options.paths[0]}/node_modules/${request}/index.js`
  }
  assert.equal(locateOpenAiSdk('/project', inProject), '/project/node_modules/openai/index.js')
  assert.match(locateOpenAiSdk(process.cwd()) ?? '', /node_modules\/openai\//)
})
