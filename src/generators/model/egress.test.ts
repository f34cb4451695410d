import { test } from 'node:test'
import assert from 'node:assert/strict'
import {
  DEFAULT_ENDPOINTS,
  describeEndpoint,
  EgressRefused,
  guardedFetch,
  isAllowedEndpoint,
  isLocalAddress,
  localOnlyProblem,
  parseEndpointPattern
} from './egress'

test('the default allow-list is OpenAI and loopback: any other endpoint must be listed', () => {
  for (const allowed of [
    'https://api.openai.com/v1',
    'https://api.openai.com/v1/chat/completions',
    'https://user:pw@api.openai.com/v1',
    'http://localhost:11434/v1',
    'http://127.0.0.1:8000/v1',
    'http://[::1]:1234/v1'
  ]) {
    assert.equal(isAllowedEndpoint(allowed, DEFAULT_ENDPOINTS), true, allowed)
  }
  for (const refused of [
    'http://api.openai.com/v1',
    'https://api.openai.com/v2',
    'https://api.openai.com/v10',
    'https://api.openai.com.evil.test/v1',
    'https://evil.test/v1',
    'http://10.0.0.5:8000/v1',
    'http://localhost.evil.test/v1'
  ]) {
    assert.equal(isAllowedEndpoint(refused, DEFAULT_ENDPOINTS), false, refused)
  }
})

test('an entry matches by scheme, host (or its subdomains with *.), port (or any with *) and path prefix on / boundaries', () => {
  const list = ['https://*.openai.azure.com/openai/v1', 'http://llm.internal:8000', 'https://models.example.test/v1']
  assert.equal(isAllowedEndpoint('https://team.openai.azure.com/openai/v1', list), true)
  assert.equal(isAllowedEndpoint('https://openai.azure.com/openai/v1', list), false)
  assert.equal(isAllowedEndpoint('https://team.openai.azure.com/other/v1', list), false)
  assert.equal(isAllowedEndpoint('http://llm.internal:8000/anything', list), true)
  assert.equal(isAllowedEndpoint('http://llm.internal:8001/v1', list), false)
  assert.equal(isAllowedEndpoint('https://models.example.test:443/v1/chat/completions', list), true)
  assert.equal(isAllowedEndpoint('https://MODELS.example.test/v1', list), true)
})

test('an entry that is not scheme://host[:port][/path] is a problem, said with an example', () => {
  for (const bad of [
    'api.openai.com/v1',
    'ftp://host/v1',
    'https://host:port/v1',
    'https://host/v1?key=1',
    'https://*/v1',
    'https://a*b.test/v1'
  ]) {
    assert.match(parseEndpointPattern(bad).problem ?? '', /expected scheme:\/\/host\[:port\]\[\/path\]/, bad)
  }
  assert.deepEqual(parseEndpointPattern('http://[::1]:*/v1/').pattern, { protocol: 'http:', host: '[::1]', port: '*', path: '/v1' })
})

test('the endpoint shown and recorded has no user, password or query', () => {
  assert.equal(describeEndpoint('https://user:secret@example.test/v1/?key=abc'), 'https://example.test/v1')
})

test('local addresses are loopback and private ranges, IPv4, IPv6 and IPv4 mapped into IPv6', () => {
  for (const local of [
    '127.0.0.1',
    '127.9.9.9',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.10',
    '::1',
    'fd12:3456::1',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:192.168.0.2'
  ])
    assert.equal(isLocalAddress(local), true, local)
  for (const remote of [
    '8.8.8.8',
    '172.32.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '2001:db8::1',
    'fe80::1',
    '::ffff:8.8.8.8',
    'localhost',
    ''
  ])
    assert.equal(isLocalAddress(remote), false, remote)
})

test('--local-only refuses a host that resolves to any address outside them, naming it', async () => {
  assert.equal(await localOnlyProblem('http://gpu-box.lan:8000/v1', async () => ['10.0.0.5', 'fd00::5']), undefined)
  const mixed = await localOnlyProblem('http://gpu-box.lan:8000/v1', async () => ['10.0.0.5', '203.0.113.9'])
  assert.match(
    mixed?.message ?? '',
    /http:\/\/gpu-box\.lan:8000\/v1 resolves to 203\.0\.113\.9, not a loopback or private address; nothing was sent/
  )
  assert.equal(mixed?.code, 'MODEL_ENDPOINT_REFUSED')
  const unresolved = await localOnlyProblem('http://nowhere.invalid/v1', async () => {
    throw new Error('getaddrinfo ENOTFOUND nowhere.invalid')
  })
  assert.match(unresolved?.message ?? '', /cannot resolve nowhere\.invalid/)
  // An address in the URL is not looked up.
  assert.match((await localOnlyProblem('http://203.0.113.7/v1', async () => ['127.0.0.1']))?.message ?? '', /resolves to 203\.0\.113\.7/)
  assert.equal(
    await localOnlyProblem(undefined, async () => ['162.159.140.245']).then((problem) => problem?.code),
    'MODEL_ENDPOINT_REFUSED'
  )
})

test('the guarded fetch refuses a request off the list without sending it, and forbids redirects', async () => {
  const sent: { url: string; redirect?: RequestInit['redirect'] }[] = []
  const inner = async (input: string | URL | Request, init?: RequestInit) => {
    sent.push({ url: String(input), redirect: init?.redirect })
    return new Response('{}')
  }
  const guarded = guardedFetch({ allowList: ['http://127.0.0.1:*/v1'], localOnly: false, fetch: inner })
  await guarded('http://127.0.0.1:9999/v1/chat/completions', { method: 'POST', body: '{}' })
  assert.deepEqual(sent, [{ url: 'http://127.0.0.1:9999/v1/chat/completions', redirect: 'error' }])
  await assert.rejects(
    guarded('http://203.0.113.7/v1/chat/completions', { method: 'POST' }),
    (thrown: unknown) => thrown instanceof EgressRefused && /not on the allow-list/.test(thrown.message)
  )
  const localOnly = guardedFetch({ allowList: ['http://*.lan:*'], localOnly: true, fetch: inner, resolve: async () => ['203.0.113.9'] })
  await assert.rejects(localOnly('http://gpu.lan:8000/v1/chat/completions'), EgressRefused)
  assert.equal(sent.length, 1)
})
