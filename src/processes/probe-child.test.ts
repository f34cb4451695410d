import { test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PROBE_CHILD } from './probe'
import type { ProbeAnswers, ProbeJob } from './probe'
import { runChild } from './run-child'

async function probe(directory: string, job: ProbeJob): Promise<ProbeAnswers> {
  const jobPath = path.join(directory, 'job.json')
  fs.writeFileSync(jobPath, JSON.stringify(job))
  const child = await runChild(process.execPath, [PROBE_CHILD, jobPath], { cwd: directory, env: process.env, timeoutMs: 20_000 })
  return JSON.parse(child.stdout) as ProbeAnswers
}

test('the probe child calls one export of each module on every row: values (awaited), errors, modules that do not load', async () => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-probe-'))
  try {
    fs.writeFileSync(
      path.join(directory, 'current.js'),
      "exports.days = (weight) => { if (weight < 0) throw new Error('no negative weight'); return weight > 10 ? 3 : 1 }\n"
    )
    fs.writeFileSync(path.join(directory, 'mutant.js'), 'exports.days = async (weight) => (weight >= 10 ? 3 : 1)\n')
    fs.writeFileSync(path.join(directory, 'other.js'), 'exports.hours = () => 1\n')
    const answers = await probe(directory, {
      modules: ['current.js', path.join(directory, 'mutant.js'), 'other.js', 'missing.js'],
      exportName: 'days',
      inputs: [[10], [11], [-1]]
    })
    assert.deepEqual(answers.slice(0, 3), [
      { loaded: true, answers: [{ value: 1 }, { value: 3 }, { error: 'no negative weight' }] },
      { loaded: true, answers: [{ value: 3 }, { value: 3 }, { value: 1 }] },
      { loaded: false, answers: [], loadError: 'other.js exports no function days' }
    ])
    assert.equal(answers[3]!.loaded, false)
    assert.match(answers[3]!.loadError!, /Cannot find module/)
  } finally {
    fs.rmSync(directory, { recursive: true, force: true })
  }
})
