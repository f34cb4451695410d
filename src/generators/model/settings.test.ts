import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describeEndpoint, readGenerateConfig, resolveModelSettings } from './settings'
import { redact } from '../../redaction'

function projectWithConfig(text?: string): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-settings-'))
  if (text !== undefined) fs.writeFileSync(path.join(directory, 'specloop.json'), text)
  return directory
}

test('the model comes from the command line, then SPECLOOP_MODEL, then the config', () => {
  const env = { OPENAI_API_KEY: 'sk-0123456789', SPECLOOP_MODEL: 'from-env' }
  assert.equal(resolveModelSettings(env, { model: 'from-config' }, { model: 'from-cli' }).settings?.model, 'from-cli')
  assert.equal(resolveModelSettings(env, { model: 'from-config' }).settings?.model, 'from-env')
  assert.equal(resolveModelSettings({ OPENAI_API_KEY: 'sk-0123456789' }, { model: 'from-config' }).settings?.model, 'from-config')
  assert.equal(resolveModelSettings({ OPENAI_API_KEY: 'sk-0123456789' }, {}).error?.code, 'MODEL_NOT_SET')
})

test('a key is required by OpenAI itself, not by a local server', () => {
  assert.equal(resolveModelSettings({ SPECLOOP_MODEL: 'gpt' }, {}).error?.code, 'MODEL_KEY_MISSING')
  assert.equal(
    resolveModelSettings({ SPECLOOP_MODEL: 'gpt', OPENAI_BASE_URL: 'https://api.openai.com/v1' }, {}).error?.code,
    'MODEL_KEY_MISSING'
  )
  const local = resolveModelSettings({ SPECLOOP_MODEL: 'llama3.2', OPENAI_BASE_URL: 'http://localhost:11434/v1' }, {})
  assert.equal(local.settings?.apiKey, undefined)
  assert.equal(local.settings?.baseURL, 'http://localhost:11434/v1')
  assert.equal(resolveModelSettings({ SPECLOOP_MODEL: 'm', OPENAI_BASE_URL: 'not a url' }, {}).error?.code, 'MODEL_BASE_URL')
  assert.equal(resolveModelSettings({ SPECLOOP_MODEL: 'm', OPENAI_BASE_URL: 'ftp://host/v1' }, {}).error?.code, 'MODEL_BASE_URL')
  assert.equal(resolveModelSettings({}, {}, { generator: 'replay' }).settings?.generator, 'replay')
  assert.equal(resolveModelSettings({ SPECLOOP_MODEL: 'm', OPENAI_API_KEY: 'k' }, { requestTimeout: 2 }).settings?.requestTimeoutMs, 2000)
})

test('the endpoint is shown without credentials or query', () => {
  assert.equal(describeEndpoint('https://user:secret@example.test/v1/?key=abc'), 'https://example.test/v1')
  assert.equal(describeEndpoint(undefined), 'https://api.openai.com/v1')
})

test('specloop.json: absent, valid, broken JSON, wrong types, and a refused key', () => {
  assert.deepEqual(readGenerateConfig(projectWithConfig()).config, {})
  assert.deepEqual(readGenerateConfig(projectWithConfig('{"other": 1}')).config, {})
  assert.deepEqual(readGenerateConfig(projectWithConfig('{"generate": {"model": "m", "maxRounds": 3}}')).config, {
    model: 'm',
    maxRounds: 3
  })
  const broken = readGenerateConfig(projectWithConfig('{\n  "generate": {,\n}')).error
  assert.equal(broken?.code, 'CONFIG_INVALID')
  assert.equal(broken?.file, 'specloop.json')
  assert.equal(broken?.line, 2)
  assert.match(readGenerateConfig(projectWithConfig('{"generate": []}')).error?.message ?? '', /must be an object/)
  assert.match(
    readGenerateConfig(projectWithConfig('{"generate": {"generator": "claude"}}')).error?.message ?? '',
    /"offline", "openai" or "replay"/
  )
  assert.match(readGenerateConfig(projectWithConfig('{"generate": {"model": 3}}')).error?.message ?? '', /must be a string/)
  assert.match(readGenerateConfig(projectWithConfig('{"generate": {"maxRounds": -1}}')).error?.message ?? '', /non-negative number/)
  const secret = readGenerateConfig(projectWithConfig('{"generate": {"apiKey": "sk-abcdefghijkl"}}')).error
  assert.equal(secret?.code, 'CONFIG_SECRET')
  assert.doesNotMatch(JSON.stringify(secret), /sk-abcdefghijkl/)
})

test('secrets are redacted; short strings are left alone', () => {
  assert.equal(redact('key sk-0123456789 and sk-0123456789', ['sk-0123456789']), 'key [redacted] and [redacted]')
  assert.equal(redact('a b c', ['a', undefined]), 'a b c')
})

test('an endpoint off the allow-list is refused, naming the URL and where to allow it; a replay sends nothing, so it has none', () => {
  const env = { SPECLOOP_MODEL: 'm', OPENAI_API_KEY: 'sk-0123456789', OPENAI_BASE_URL: 'https://user:pw@llm.example.test/v1?x=1' }
  const byDefault = resolveModelSettings(env, {}).error
  assert.equal(byDefault?.code, 'MODEL_ENDPOINT_REFUSED')
  assert.match(
    byDefault?.message ?? '',
    /https:\/\/llm\.example\.test\/v1 is not on the allow-list of model endpoints \(the default: https:\/\/api\.openai\.com\/v1 and loopback\)/
  )
  assert.match(byDefault?.hint ?? '', /add "https:\/\/llm\.example\.test\/v1" to "generate\.endpoints" in specloop\.json/)
  assert.doesNotMatch(JSON.stringify(byDefault), /pw|x=1/)
  assert.equal(resolveModelSettings(env, { endpoints: ['https://llm.example.test/v1'] }).settings?.baseURL, env.OPENAI_BASE_URL)
  const configured = resolveModelSettings(
    { SPECLOOP_MODEL: 'm', OPENAI_BASE_URL: 'http://localhost:11434/v1' },
    { endpoints: ['https://llm.example.test/v1'] }
  ).error
  assert.equal(configured?.file, 'specloop.json')
  assert.match(configured?.message ?? '', /"generate\.endpoints" in specloop\.json/)
  assert.equal(resolveModelSettings({}, { endpoints: [] }, { generator: 'replay' }).settings?.generator, 'replay')
})

test('endpoints and confidential settings are checked where they are written', () => {
  const cases: [string, RegExp][] = [
    ['{ "generate": {\n  "endpoints": "https://a.test" } }', /specloop\.json:2:3.*"generate\.endpoints" must be a list/],
    ['{ "generate": {\n  "endpoints": ["a.test/v1"] } }', /specloop\.json:2:3.*"a\.test\/v1" is not an endpoint/],
    ['{ "generate": { "confidential": { "tag": ["@x"] } } }', /unknown key "generate\.confidential\.tag"; expected tags, files/],
    ['{ "generate": { "confidential": { "tags": ["secret"] } } }', /"secret" is not a tag; a tag starts with @/],
    ['{ "generate": { "confidential": { "files": "src/**" } } }', /"generate\.confidential\.files" must be a list of path globs/]
  ]
  for (const [text, expected] of cases) {
    const directory = projectWithConfig(text)
    try {
      const error = readGenerateConfig(directory).error
      assert.ok(error, text)
      assert.match(`${error.file}:${error.line}:${error.column}: ${error.message}`, expected)
    } finally {
      fs.rmSync(directory, { recursive: true, force: true })
    }
  }
  const directory = projectWithConfig(
    '{ "generate": { "endpoints": ["http://127.0.0.1:*"], "confidential": { "tags": ["@board"], "files": ["src/secret/**"] } } }'
  )
  try {
    assert.deepEqual(readGenerateConfig(directory).config, {
      endpoints: ['http://127.0.0.1:*'],
      confidential: { tags: ['@board'], files: ['src/secret/**'] }
    })
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})
