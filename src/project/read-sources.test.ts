import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { decodeFeature, firstInvalidUtf8Byte } from './read-sources'

test('valid UTF-8 of any text has no invalid byte', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      assert.equal(firstInvalidUtf8Byte(Buffer.from(text, 'utf8')), -1)
    })
  )
})

test('the first invalid byte agrees with a strict decoder', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
      let strictOk = true
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      } catch {
        strictOk = false
      }
      assert.equal(firstInvalidUtf8Byte(bytes) === -1, strictOk)
    }),
    { numRuns: 2000 }
  )
})

test('a Latin-1 byte is located by line and column', () => {
  const bytes = Buffer.concat([Buffer.from('Feature: a\n  Scenario: caf'), Buffer.from([0xe9]), Buffer.from('\n')])
  const { error } = decodeFeature('features/x.feature', bytes)
  assert.equal(error?.code, 'FILE_ENCODING')
  assert.equal(error?.line, 2)
  assert.equal(error?.column, 16)
})

test('a byte order mark is dropped', () => {
  const { source } = decodeFeature('a.feature', Buffer.from('\ufeffFeature: x\n', 'utf8'))
  assert.equal(source?.data, 'Feature: x\n')
})
