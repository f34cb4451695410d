'use strict'
// Shared helpers for the benchmarks: timing child processes and summarising samples.
const { spawnSync } = require('node:child_process')
const path = require('node:path')

const repositoryRoot = path.resolve(__dirname, '..')
const specloopBin = path.join(repositoryRoot, 'bin', 'specloop.js')
const cucumberBin = path.join(repositoryRoot, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js')

/** Runs a command to completion and returns its wall time in milliseconds. */
function timeCommand(executable, args, options = {}) {
  const started = process.hrtime.bigint()
  const result = spawnSync(executable, args, {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, CI: 'true' },
    ...options
  })
  const milliseconds = Number(process.hrtime.bigint() - started) / 1e6
  if (options.expectExit !== undefined && result.status !== options.expectExit) {
    throw new Error(`${path.basename(args[0] ?? executable)} exited ${result.status}:\n${result.stderr.slice(0, 2000)}`)
  }
  return { milliseconds, result }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]
}

/** Runs each contender `runs` times, alternating, and returns their samples. */
function alternate(contenders, runs) {
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]))
  for (let run = 0; run < runs; run++) {
    for (const [name, contender] of Object.entries(contenders)) samples[name].push(contender())
  }
  return samples
}

/**
 * "met" or "not met": specloop's own rule, specified by example in
 * features/rules/benchmark-goal.feature and synthesised into generated/src/judgeGoal.ts.
 */
function verdict(ratio, goal) {
  const { judgeGoal } = require(path.join(repositoryRoot, 'dist', 'generated', 'src', 'judgeGoal.js'))
  return judgeGoal(ratio, goal) ? 'goal met' : 'goal not met'
}

module.exports = { repositoryRoot, verdict, specloopBin, cucumberBin, timeCommand, median, percentile, alternate }
