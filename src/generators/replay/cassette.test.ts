import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readCassette, recordedModel, recordingFetch, replayingFetch, ReplayMismatch } from './cassette'
import { startFixtureOpenAiServer } from '../model/testing'

const KEY = 'sk-cassette-test-0123456789'

function post(fetcher: (input: string, init?: RequestInit) => Promise<Response>, url: string, body: unknown) {
  return fetcher(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify(body)
  })
}

test('a recording keeps request bodies and responses, no authorisation, no key; a replay answers the same, in order', async () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-cassette-'))
  fs.writeFileSync(path.join(directory, '0009.json'), '{}')
  const server = await startFixtureOpenAiServer([
    { kind: 'error', status: 429, message: `busy, key {{authorization}}`, headers: { 'retry-after-ms': '1' } },
    { kind: 'text', content: 'first' },
    { kind: 'text', content: 'second' }
  ])
  const record = recordingFetch(directory, { secrets: [KEY], baseURL: server.url })
  const url = `${server.url}/chat/completions`
  const recorded = [
    await post(record, url, { model: 'm', n: 1 }),
    await post(record, url, { model: 'm', n: 1 }),
    await post(record, url, { model: 'm', n: 2 })
  ]
  const recordedBodies = await Promise.all(recorded.map((response) => response.text()))
  await server.close()
  // An old recording in the same directory is replaced.
  assert.deepEqual(fs.readdirSync(directory).sort(), ['0001.json', '0002.json', '0003.json'])
  const stored = fs
    .readdirSync(directory)
    .map((name) => fs.readFileSync(path.join(directory, name), 'utf8'))
    .join('\n')
  assert.doesNotMatch(stored, new RegExp(KEY))
  assert.doesNotMatch(stored, /authorization/i)
  assert.equal(readCassette(directory)[0].request.path, '/chat/completions')
  assert.equal(recordedModel(directory), 'm')

  // The client retried the 429 with the same body: replay passes over it, so no retry is needed.
  const replay = replayingFetch(directory)
  const first = await post(replay, 'http://anywhere.invalid/v1/chat/completions', { n: 1, model: 'm' })
  assert.equal(first.status, 200)
  assert.equal(await first.text(), recordedBodies[1])
  assert.equal(await (await post(replay, 'http://anywhere.invalid/v1/chat/completions', { model: 'm', n: 2 })).text(), recordedBodies[2])
  assert.equal(replay.remaining(), 0)
  await assert.rejects(
    post(replay, 'http://anywhere.invalid/v1/chat/completions', { model: 'm', n: 3 }),
    /request 3 .* was not recorded: every one of the 3 recorded exchanges was used/
  )
})

test('a request that differs from the recording fails loudly, saying where', async () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-cassette-'))
  fs.writeFileSync(
    path.join(directory, '0001.json'),
    JSON.stringify({
      request: {
        method: 'POST',
        path: '/chat/completions',
        body: { model: 'm', messages: [{ role: 'user', content: 'line one\nthe balance is 70' }] }
      },
      response: { status: 200, headers: {}, body: '{}' }
    })
  )
  const replay = replayingFetch(directory)
  await assert.rejects(
    post(replay, 'http://x.invalid/v1/chat/completions', {
      model: 'm',
      messages: [{ role: 'user', content: 'line one\nthe balance is 71' }]
    }),
    (error: Error) =>
      error instanceof ReplayMismatch &&
      /request 1 was not recorded \(body\.messages\[0\]\.content differs at line 2: recorded "0", now "1"\)/.test(error.message)
  )
  await assert.rejects(
    post(replayingFetch(directory), 'http://x.invalid/v1/embeddings', {}),
    /recorded POST \/chat\/completions, now POST \/v1\/embeddings/
  )
  assert.throws(() => replayingFetch(path.join(directory, 'missing')), /no cassette at/)
  assert.throws(() => replayingFetch(fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-empty-'))), /has no recorded requests/)
})
