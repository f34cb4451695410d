import { test } from 'node:test'
import assert from 'node:assert/strict'
import os from 'node:os'
import { PassThrough } from 'node:stream'
import { formatsAcceptedBy, runCli } from './main'

async function run(argv: string[]): Promise<{ code: number; stderr: string }> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let errors = ''
  stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  stdout.resume()
  const code = await runCli(argv, { cwd: os.tmpdir(), env: {}, stdout, stderr })
  return { code, stderr: errors }
}

test('a format a command does not write is refused with the formats it does write', async () => {
  const report = await run(['--format', 'csv', 'report'])
  assert.equal(report.code, 2)
  assert.match(report.stderr, /\(report writes html, markdown or junit, or json for its result\)/)
  const check = await run(['--format', 'junit', 'check'])
  assert.equal(check.code, 2)
  assert.match(check.stderr, /\(check writes text or json\)/)
})

test('an unknown format is refused with exactly the formats the command accepts', async () => {
  const check = await run(['check', '--format', 'xml'])
  assert.equal(check.code, 2)
  assert.match(check.stderr, /--format xml is not an output format \(check writes text or json\)/)
  assert.doesNotMatch(check.stderr, /html|junit|csv/)
  const matrix = await run(['trace', '--matrix', '--format', 'xml'])
  assert.match(matrix.stderr, /\(trace writes csv, text or json\)/)
})

test('every format a command is said to accept, it accepts', async () => {
  for (const [command, matrix] of [
    ['check', false],
    ['report', false],
    ['trace', true],
    ['trace', false]
  ] as const)
    for (const format of formatsAcceptedBy(command, matrix)) {
      const refused = await run(['--format', format, command, ...(matrix ? ['--matrix'] : [])])
      assert.doesNotMatch(refused.stderr, /--format/, `${command} --format ${format}`)
    }
})
