import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chooseGenerateMode, GenerateModeRequest, resolveGenerator } from './generate-mode'

const modeOf = (request: GenerateModeRequest) => {
  const chosen = chooseGenerateMode(request)
  return chosen.error ? `USAGE: ${chosen.error.message}` : chosen.mode
}

test('the generate variant follows from the generator and the options', () => {
  assert.equal(modeOf({ generator: 'offline' }), 'offline-loop')
  assert.equal(modeOf({ generator: 'offline', maxRounds: 2, timeLimit: 10 }), 'offline-loop')
  assert.equal(modeOf({ generator: 'offline', dryRun: true }), 'offline-pass')
  assert.equal(modeOf({ generator: 'offline', stepsOnly: true }), 'offline-pass')
  assert.equal(modeOf({ generator: 'offline', check: true }), 'check')
  assert.equal(modeOf({ generator: 'offline', check: true, stepsOnly: true }), 'check')
  assert.equal(modeOf({ generator: 'openai' }), 'model')
  assert.equal(modeOf({ generator: 'replay', maxRounds: 3 }), 'model')
})

test('options that cannot go together are usage errors, found before anything runs', () => {
  assert.equal(
    modeOf({ generator: 'offline', dryRun: true, maxRounds: 2 }),
    'USAGE: --max-rounds is for the loop; --dry-run does not run the suite'
  )
  assert.equal(
    modeOf({ generator: 'offline', stepsOnly: true, timeLimit: 5 }),
    'USAGE: --time-limit is for the loop; --steps-only does not run the suite'
  )
  assert.equal(
    modeOf({ generator: 'offline', check: true, dryRun: true }),
    'USAGE: --check is a dry run of the offline generator on its own'
  )
  assert.equal(modeOf({ generator: 'openai', check: true }), 'USAGE: --check is a dry run of the offline generator on its own')
  assert.equal(
    modeOf({ generator: 'replay', stepsOnly: true }),
    'USAGE: --steps-only is for the offline generator; --generator replay writes code and runs the suite'
  )
})

test('the generator is the flag, else specloop.json, else offline; model settings need a model generator', async () => {
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-generate-mode-'))
  try {
    assert.equal((await resolveGenerator({ cwd, env: {} }, {})).generator, 'offline')
    assert.deepEqual((await resolveGenerator({ cwd, env: {} }, { model: 'm' })).error, {
      code: 'USAGE',
      message: '--model needs --generator openai or replay'
    })
    assert.deepEqual((await resolveGenerator({ cwd, env: {} }, { generator: 'openai', cassette: 'c' })).error, {
      code: 'USAGE',
      message: '--cassette needs --generator replay'
    })
    fs.writeFileSync(path.join(cwd, 'specloop.json'), JSON.stringify({ generate: { generator: 'replay' } }))
    assert.deepEqual((await resolveGenerator({ cwd, env: {} }, { record: 'r' })).error, {
      code: 'USAGE',
      message: '--record and --generator replay do not go together'
    })
    assert.equal((await resolveGenerator({ cwd, env: {} }, { generator: 'offline' })).generator, 'offline')
  } finally {
    fs.rmSync(cwd, { recursive: true, force: true })
  }
})
