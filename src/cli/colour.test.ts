import { test } from 'node:test'
import assert from 'node:assert/strict'
import { colourise, wantsColour } from './colour'
import type { CliIo } from './io'

const io = (tty: boolean, env: NodeJS.ProcessEnv = {}): CliIo => ({
  cwd: '/',
  env,
  stdout: { write: () => true, isTTY: tty } as unknown as CliIo['stdout'],
  stderr: { write: () => true } as unknown as CliIo['stderr']
})

test('outcome words are coloured; text cucumber coloured already is left alone', () => {
  assert.equal(colourise('6 scenarios (6 passed)'), '6 scenarios (\u001b[32m6 passed\u001b[39m)')
  assert.ok(colourise('1 operation ambiguous').includes('\u001b[33mambiguous'))
  assert.equal(colourise('0 undefined, 0 ambiguous, 0 failed'), '0 undefined, 0 ambiguous, 0 failed')
  assert.equal(colourise('\u001b[32malready\u001b[39m passed'), '\u001b[32malready\u001b[39m passed')
})

test('colour only on a terminal, never in CI, under NO_COLOR or for a machine format', () => {
  assert.equal(wantsColour(io(true), ['verify']), true)
  assert.equal(wantsColour(io(false), ['verify']), false)
  assert.equal(wantsColour(io(true, { CI: 'true' }), ['verify']), false)
  assert.equal(wantsColour(io(true, { NO_COLOR: '' }), ['verify']), false)
  assert.equal(wantsColour(io(true, { FORCE_COLOR: '0' }), ['verify']), false)
  assert.equal(wantsColour(io(false, { CI: 'true', FORCE_COLOR: '1' }), ['verify']), true)
  assert.equal(wantsColour(io(true), ['check', '--format', 'json']), false)
  assert.equal(wantsColour(io(true), ['check', '--format=json']), false)
})
