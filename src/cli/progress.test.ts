import { test } from 'node:test'
import assert from 'node:assert/strict'
import { PassThrough } from 'node:stream'
import { startProgress } from './progress'
import type { CliIo } from './io'

function ioWith(tty: boolean, env: NodeJS.ProcessEnv): { io: CliIo; written: () => string } {
  const stderr = Object.assign(new PassThrough(), { isTTY: tty })
  let text = ''
  stderr.on('data', (chunk) => (text += String(chunk)))
  return { io: { cwd: '.', env, stdout: new PassThrough(), stderr }, written: () => text }
}

test('on a terminal: what, the detail and the elapsed time, redrawn in place and cleared at the end', async () => {
  let clock = 0
  const { io, written } = ioWith(true, {})
  const progress = startProgress(io, 'generating', () => clock)
  clock = 3000
  progress.update('round 2 compiles, 15/16 scenarios green')
  progress.stop()
  await new Promise((resolve) => setImmediate(resolve))
  assert.match(written(), /\r… generating \(0 s\)/)
  assert.match(written(), /\r… generating: round 2 compiles, 15\/16 scenarios green \(3 s\)/)
  assert.ok(written().endsWith('\r'), 'the line is cleared')
})

test('in CI and when piped: nothing at all', async () => {
  for (const { tty, env } of [
    { tty: true, env: { CI: 'true' } },
    { tty: false, env: {} }
  ]) {
    const { io, written } = ioWith(tty, env)
    const progress = startProgress(io, 'generating')
    progress.update('round 1')
    progress.stop()
    await new Promise((resolve) => setImmediate(resolve))
    assert.equal(written(), '')
  }
})

test(
  'a line printed above the live one: the live line is cleared, the line written, the live line redrawn with its ' +
    'elapsed time; in CI just the line',
  async () => {
    let clock = 0
    const { io, written } = ioWith(true, {})
    const progress = startProgress(io, 'generating', () => clock)
    progress.update('round 1: synthesising checkFreeDelivery (2/3)')
    clock = 5000
    progress.above(() => io.stderr.write('round 1: compiles\n'))
    progress.stop()
    await new Promise((resolve) => setImmediate(resolve))
    assert.match(
      written(),
      /\(2\/3\) \(0 s\)\r {40,}\rround 1: compiles\n\r… generating: round 1: synthesising checkFreeDelivery \(2\/3\) \(5 s\)/
    )
    const plain = ioWith(false, { CI: 'true' })
    let called = 0
    startProgress(plain.io, 'generating').above(() => called++)
    assert.equal(called, 1)
    assert.equal(plain.written(), '')
  }
)
