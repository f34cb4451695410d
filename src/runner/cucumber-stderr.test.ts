import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PassThrough } from 'node:stream'
import { Console } from 'node:console'
import { withoutParseErrors } from './cucumber-stderr'

test("cucumber's parse error lines are dropped (specloop reports them located), the rest of its stderr passes", async () => {
  const target = new PassThrough()
  let written = ''
  target.on('data', (chunk: Buffer) => (written += chunk.toString()))
  const stderr = withoutParseErrors(target)
  // As cucumber's logger writes: a Console on the stream it is given.
  const logger = new Console(stderr)
  logger.error('Parse error in "features/bad.feature" (4:3): expected: #EOF, got \'oops\'')
  logger.warn('a warning a step wrote')
  await new Promise((resolve) => setImmediate(resolve))
  assert.equal(written, 'a warning a step wrote\n')
})
