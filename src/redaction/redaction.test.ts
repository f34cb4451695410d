import { test } from 'node:test'
import assert from 'node:assert/strict'
import { looksRandom, redact, secretsInDotenv, secretsOf } from './index'

test('secret-named variables are secrets; short values and ordinary names are not', () => {
  const secrets = secretsOf({ OPENAI_API_KEY: 'sk-test-abcdefghijklmnop', NPM_TOKEN: 'abcd1234efgh', HOME: '/root', GITHUB_TOKEN: 'short' })
  assert.deepEqual(secrets.sort(), ['abcd1234efgh', 'sk-test-abcdefghijklmnop'])
})

test('every occurrence of a secret and every well-known key shape is replaced', () => {
  const text =
    'key sk-test-abcdefghijklmnop and again sk-test-abcdefghijklmnop; npm npm_abcdefghijklmnopqrstuvwx; //registry.npmjs.org/:_authToken=deadbeefcafe'
  const clean = redact(text, ['abcd1234efgh'])
  assert.doesNotMatch(clean, /sk-test-abcdefghijklmnop|npm_abcdefghijklmnopqrstuvwx|deadbeefcafe/)
  assert.match(clean, /\/\/registry\.npmjs\.org\/:_authToken=\[redacted\]/)
  assert.equal(redact('a planted value ZXCVBNM123 here', ['ZXCVBNM123']), 'a planted value [redacted] here')
  assert.equal(redact('nothing secret here'), 'nothing secret here')
})

test('a dotenv file gives the values of secret-named keys and any random-looking value, not plain words', () => {
  const secrets = secretsInDotenv(
    [
      '# comment',
      'PAYMENT_API_KEY=pk_live_9fJ2kQ7xLm3Vb8Rt1Zp4Yw',
      'export DATABASE_URL="postgres://shop:Xq7Lp2Vz9Rm4Kt8Bw@db:5432/shop"',
      'GREETING=hello there, how are you today',
      'PORT=8080',
      "SESSION_PASSWORD='correct horse battery'",
      'EMPTY='
    ].join('\n')
  )
  assert.deepEqual(secrets, ['pk_live_9fJ2kQ7xLm3Vb8Rt1Zp4Yw', 'postgres://shop:Xq7Lp2Vz9Rm4Kt8Bw@db:5432/shop', 'correct horse battery'])
  assert.equal(looksRandom('aaaaaaaaaaaaaaaaaaaa'), false)
  assert.equal(looksRandom('Zp4Yw9fJ2kQ7xLm3Vb8Rt1'), true)
})
