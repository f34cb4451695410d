import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { appendLedger, readLedger } from '../ledger'
import { recordingFetch } from '../generators/replay'
import { buildPrompt } from '../generators/model/prompt'
import { createModelClient, describeModelError } from '../generators/model/provider'
import { projectSecrets } from './index'

/**
 * Every writer that could carry a secret goes through this module: each is given text with a
 * secret planted in it, and what it writes must not hold it. A writer that stops calling
 * `redact` (or is handed only some of the secrets) fails here.
 */
const KEY = 'sk-proj-PLANTEDkey0123456789abcdef'
const DOTENV_SECRET = 'pk_live_9fJ2kQ7xLm3Vb8Rt1Zp4Yw'

function project(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-writers-'))
  fs.writeFileSync(path.join(directory, '.env'), `PAYMENT_API_KEY=${DOTENV_SECRET}\n`)
  return directory
}

test('a prompt holds neither the key nor the project secrets it is given', () => {
  const directory = project()
  try {
    const secrets = [KEY, ...projectSecrets(directory, {})]
    const prompt = buildPrompt(
      {
        featureExcerpts: [],
        stepDefinitions: [],
        stepDefinitionsTotal: 0,
        exportedSignatures: [],
        writtenFiles: [{ path: 'generated/src/pay.ts', content: `export const key = '${DOTENV_SECRET}'\n` }],
        conventions: [],
        allowedRoots: ['generated'],
        undefinedSteps: ['a step']
      },
      `error: request with ${KEY} failed`,
      secrets
    )
    const sent = JSON.stringify(prompt.messages)
    assert.doesNotMatch(sent, /PLANTEDkey|pk_live_9fJ2/)
    assert.match(sent, /\[redacted\]/)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})

test('a ledger entry holds no key shape and none of the project secrets', () => {
  const directory = project()
  try {
    appendLedger(directory, { kind: 'model-round', result: { problem: `the endpoint echoed ${KEY} and ${DOTENV_SECRET}` } })
    const text = JSON.stringify(readLedger(directory))
    assert.doesNotMatch(text, /PLANTEDkey|pk_live_9fJ2/)
    assert.match(text, /\[redacted\]/)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})

test('a cassette holds neither the request headers nor any secret in either body', async () => {
  const directory = project()
  try {
    const cassette = path.join(directory, 'cassette')
    const send = recordingFetch(cassette, {
      secrets: projectSecrets(directory, { OPENAI_API_KEY: KEY }),
      fetch: async () => new Response(`{"echo": "${DOTENV_SECRET}"}`, { status: 200 })
    })
    await send('http://127.0.0.1:1/v1/chat/completions', {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}` },
      body: JSON.stringify({ messages: [{ role: 'user', content: `use ${DOTENV_SECRET}` }] })
    })
    const recorded = fs.readFileSync(path.join(cassette, '0001.json'), 'utf8')
    assert.doesNotMatch(recorded, /PLANTEDkey|pk_live_9fJ2|authorization/i)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})

test("a model error, shown and recorded, holds none of the project's secrets", () => {
  const client = createModelClient(
    { generator: 'openai', model: 'm', baseURL: 'http://127.0.0.1:1/v1', apiKey: KEY, requestTimeoutMs: 1000, maxRetries: 0 },
    undefined,
    [DOTENV_SECRET]
  )
  const error = describeModelError(new Error(`upstream said ${DOTENV_SECRET} and ${KEY}`), client)
  assert.doesNotMatch(error.message, /PLANTEDkey|pk_live_9fJ2/)
})
