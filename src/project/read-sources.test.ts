import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { decodeFeature, firstInvalidUtf8Byte, maxFeatureBytes, readFeatureSources } from './read-sources'

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

test('a binary file is refused at its first control character, which the message names in hex', () => {
  const { error, source } = decodeFeature('features/x.feature', Buffer.from('Feature: a\n  Sce\u001b[31mnario\n', 'utf8'))
  assert.equal(source, undefined)
  assert.equal(error?.code, 'FILE_ENCODING')
  assert.equal(error?.message, 'binary content, not text: unexpected byte 0x1b')
  assert.deepEqual([error?.line, error?.column], [2, 6])
  assert.equal(JSON.stringify(error).includes('\u001b'), false)
})

test('tabs, carriage returns and form feeds are text', () => {
  assert.equal(decodeFeature('a.feature', Buffer.from('Feature: x\r\n\tScenario: y\f\n')).error, undefined)
})

test('a feature file over the size limit is refused before it is read, and the limit can be raised', async () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-read-'))
  const file = path.join(directory, 'big.feature')
  fs.writeFileSync(file, 'Feature: big\n' + '# padding\n'.repeat(300))
  const read = await readFeatureSources([{ uri: 'features/big.feature', absolutePath: file }], { maxBytes: 1024 })
  assert.deepEqual(read.sources, [])
  assert.equal(read.refused[0]?.code, 'FEATURE_TOO_LARGE')
  assert.equal(read.refused[0]?.file, 'features/big.feature')
  assert.match(read.refused[0]?.message ?? '', /^feature file too large: 3 KB, the limit is 1 KB$/)
  assert.equal((await readFeatureSources([{ uri: 'features/big.feature', absolutePath: file }], { maxBytes: 4096 })).sources.length, 1)
  fs.rmSync(directory, { recursive: true, force: true })
})

test('the size limit is 10 MB unless SPECLOOP_MAX_FEATURE_MB says otherwise; a bad setting is an error', () => {
  assert.equal(maxFeatureBytes({}).bytes, 10 * 1024 * 1024)
  assert.equal(maxFeatureBytes({ SPECLOOP_MAX_FEATURE_MB: '0.5' }).bytes, 512 * 1024)
  assert.equal(maxFeatureBytes({ SPECLOOP_MAX_FEATURE_MB: 'lots' }).error?.code, 'CONFIG_INVALID')
  assert.equal(maxFeatureBytes({ SPECLOOP_MAX_FEATURE_MB: '-1' }).error?.code, 'CONFIG_INVALID')
})
