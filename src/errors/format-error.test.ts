import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatError, printable } from './index'

test("a message quoting a binary file's bytes prints them escaped, never raw", () => {
  const line = formatError({
    code: 'NOT_TRACED',
    message: "not traced: Unexpected character '\u0000'",
    file: 'steps/a.ts',
    line: 3,
    column: 1,
    hint: 'see \u001b[31mred'
  })
  assert.equal(line, "steps/a.ts:3:1: not traced: Unexpected character '\\x00' (see \\x1b[31mred)")
  assert.equal(printable('tab\tand\nline feed, DEL\u007f, CSI\u009b'), 'tab\tand\nline feed, DEL\\x7f, CSI\\x9b')
})
