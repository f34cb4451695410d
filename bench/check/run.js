'use strict'
// bench/check: `specloop check` against `cucumber-js --dry-run` on the synthetic suite,
// five runs each, alternating; prints the medians and their ratio (goal: ≤ 0.5).
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { specloopBin, cucumberBin, timeCommand, median, alternate, verdict } = require('../lib')
const { writeSyntheticProject } = require('./synthetic')

const runs = Number(process.env.BENCH_RUNS ?? 5)
const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'specloop-bench-check-'))
const shape = writeSyntheticProject(directory)
console.log(`synthetic suite: ${shape.scenarios} scenarios, ${shape.features} feature files, ${shape.stepDefinitions} step definitions`)

const samples = alternate(
  {
    'specloop check': () => timeCommand(process.execPath, [specloopBin, 'check'], { cwd: directory, expectExit: 0 }).milliseconds,
    'cucumber-js --dry-run': () =>
      timeCommand(process.execPath, [cucumberBin, '--dry-run', '--format', 'summary'], { cwd: directory, expectExit: 0 }).milliseconds
  },
  runs
)
const specloop = median(samples['specloop check'])
const cucumber = median(samples['cucumber-js --dry-run'])
console.log(
  `specloop check:        median ${(specloop / 1000).toFixed(2)} s  (${samples['specloop check'].map((ms) => (ms / 1000).toFixed(2)).join(', ')})`
)
console.log(
  `cucumber-js --dry-run: median ${(cucumber / 1000).toFixed(2)} s  (${samples['cucumber-js --dry-run'].map((ms) => (ms / 1000).toFixed(2)).join(', ')})`
)
console.log(`ratio check/dry-run: ${(specloop / cucumber).toFixed(2)} (goal ≤ 0.5: ${verdict(specloop / cucumber, 0.5)})`)
fs.rmSync(directory, { recursive: true, force: true })
