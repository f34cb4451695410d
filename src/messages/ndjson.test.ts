import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Envelope } from '@cucumber/messages'
import { readMessages } from './ndjson'

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
