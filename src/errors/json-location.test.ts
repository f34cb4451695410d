import { test } from 'node:test'
import assert from 'node:assert/strict'
import { jsonErrorLocation } from './json-location'

test('where JSON.parse stopped, as line and column, from its own message', () => {
  const text = '{\n  "name": "shop",\n}\n'
  let message = ''
  try {
    JSON.parse(text)
  } catch (thrown) {
    message = (thrown as Error).message
  }
  assert.deepEqual(jsonErrorLocation(text, message), { line: 3, column: 1 })
  assert.deepEqual(jsonErrorLocation(text, 'Unexpected end of JSON input'), {})
})
