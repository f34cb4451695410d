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
  assert.equal(resolveModelSettings({ SPECLOOP_MODEL: 'gpt', OPENAI_BASE_URL: 'https://api.openai.com/v1' }, {}).error?.code, 'MODEL_KEY_MISSING')
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
  assert.deepEqual(readGenerateConfig(projectWithConfig('{"generate": {"model": "m", "maxRounds": 3}}')).config, { model: 'm', maxRounds: 3 })
  const broken = readGenerateConfig(projectWithConfig('{\n  "generate": {,\n}')).error
  assert.equal(broken?.code, 'CONFIG_INVALID')
  assert.equal(broken?.file, 'specloop.json')
  assert.equal(broken?.line, 2)
  assert.match(readGenerateConfig(projectWithConfig('{"generate": []}')).error?.message ?? '', /must be an object/)
  assert.match(readGenerateConfig(projectWithConfig('{"generate": {"generator": "claude"}}')).error?.message ?? '', /"offline", "openai" or "replay"/)
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
