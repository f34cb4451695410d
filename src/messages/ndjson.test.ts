import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Envelope } from '@cucumber/messages'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { readMessageFile, readMessages, readMessageStream } from './ndjson'

const lines = (...values: unknown[]) => values.map((value) => JSON.stringify(value)).join('\n')

test('reads each envelope in order, through a byte-order mark, CRLF and blank lines', () => {
  const seen: Envelope[] = []
  const text = '\ufeff' + lines({ meta: { protocolVersion: '1' } }) + '\r\n\n' + lines({ testRunFinished: { success: true } }) + '\n'
  const outcome = readMessages(text, (envelope) => seen.push(envelope))
  assert.equal(outcome.malformed, undefined)
  assert.equal(outcome.envelopes, 2)
  assert.deepEqual(
    seen.map((envelope) => Object.keys(envelope)[0]),
    ['meta', 'testRunFinished']
  )
})

test('a malformed line is located (line and column) and stops the reading', () => {
  const seen: Envelope[] = []
  const text = lines({ meta: {} }) + '\n{"pickle": 1 x}\n' + lines({ testRunFinished: {} })
  const outcome = readMessages(text, (envelope) => seen.push(envelope))
  assert.equal(seen.length, 1)
  assert.equal(outcome.malformed?.line, 2)
  assert.equal(outcome.malformed?.column, 14)
  assert.match(outcome.malformed!.message, /not a Cucumber Messages line/)
  assert.equal(readMessages('[1, 2]', () => {}).malformed?.message, 'not a Cucumber Messages envelope: expected a JSON object')
})

test('a torn tail is read past when tolerated; skipped prefixes are counted, not parsed', () => {
  const seen: Envelope[] = []
  const text = lines({ meta: {} }, { testStepStarted: { id: 'x' } }) + '\n{"testCaseFinished": {"te'
  const outcome = readMessages(text, (envelope) => seen.push(envelope), { tolerateMalformed: true, skipPrefixes: ['{"testStepStarted":'] })
  assert.equal(outcome.malformed, undefined)
  assert.equal(outcome.envelopes, 2)
  assert.deepEqual(
    seen.map((envelope) => Object.keys(envelope)[0]),
    ['meta']
  )
})

test('a malformed line after blank lines is located at its line in the file', async () => {
  const text = lines({ meta: {} }) + '\n\n   \n{"pickle": 1 x}\n'
  assert.equal(readMessages(text, () => {}).malformed?.line, 4)
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-ndjson-'))
  try {
    const file = path.join(directory, 'messages.ndjson')
    fs.writeFileSync(file, text)
    const outcome = await readMessageFile(file, () => {})
    assert.deepEqual(outcome.malformed && [outcome.malformed.line, outcome.malformed.column], [4, 14])
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})

test('streamed, an envelope split between chunks (and inside a character) arrives whole', async () => {
  const seen: Envelope[] = []
  const text = lines({ meta: { protocolVersion: 'é' } }, { testRunFinished: { success: true } })
  const bytes = Buffer.from(text, 'utf8')
  const split = bytes.indexOf(Buffer.from('é')) + 1
  const decoded = Readable.from([bytes.subarray(0, split), bytes.subarray(split)]).setEncoding('utf8')
  const outcome = await readMessageStream(decoded, (envelope) => seen.push(envelope))
  assert.equal(outcome.envelopes, 2)
  assert.equal(seen[0]?.meta?.protocolVersion, 'é')
})

test("an error thrown while visiting is the caller's, not a malformed line", () => {
  assert.throws(
    () =>
      readMessages(lines({ meta: {} }), () => {
        throw new Error('visitor failed')
      }),
    /visitor failed/
  )
})

test('a run larger than a chunk reads the same from its text and from its bytes, characters across chunk ends intact', () => {
  // About 3 MB: several of the reader's chunks, with two-byte characters everywhere.
  const envelopes = Array.from({ length: 30_000 }, (_, index) => ({ attachment: { body: `é ${index} ${'ü'.repeat(index % 90)}` } }))
  const text = `${lines(...envelopes)}\n`
  assert.ok(Buffer.byteLength(text) > 3 * (1 << 20))
  const fromText: Envelope[] = []
  const fromBytes: Envelope[] = []
  assert.deepEqual(
    readMessages(text, (envelope) => fromText.push(envelope)),
    { envelopes: envelopes.length }
  )
  assert.deepEqual(
    readMessages(new Uint8Array(Buffer.from(text)), (envelope) => fromBytes.push(envelope)),
    { envelopes: envelopes.length }
  )
  assert.deepEqual(fromText, envelopes)
  assert.deepEqual(fromBytes, envelopes)
})

test('a malformed line past the first chunk of bytes is located at its line in the file', () => {
  const text = `${lines(...Array.from({ length: 20_000 }, (_, index) => ({ attachment: { body: 'x'.repeat(60), index } })))}\n\n{"pickle": 1 x}\n`
  const outcome = readMessages(Buffer.from(text), () => {})
  assert.deepEqual(outcome.malformed && [outcome.malformed.line, outcome.malformed.column], [20_002, 14])
})
