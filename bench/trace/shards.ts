/**
 * Shards benchmark: the 1,000-scenario project of the trace benchmark (`BENCH_SCENARIOS=10000`
 * for ten times as many) verified as one run, then
 * as 4 shards (`verify --shard i/4`, one after another here; on a CI matrix they run at once)
 * merged with `specloop merge`. Prints each wall time and whether the merged run has the same
 * scenario results, trace per scenario and lcov as the single run.
 * `node -r ts-node/register/transpile-only bench/trace/shards.ts` after `npm run build`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { writeProject, SCENARIOS } from './project'

const root = path.resolve(__dirname, '..', '..')
const work = path.join(root, 'bench', '.work', 'shards-project')
const specloopBin = path.join(root, 'bin', 'specloop.js')
const SHARDS = 4
const scenarios = Number(process.env.BENCH_SCENARIOS ?? SCENARIOS)

function timed(args: string[]): number {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, [specloopBin, ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.status !== 0)
    throw new Error(
      `specloop ${args.join(' ')} exited with ${result.status}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`
    )
  return Number(process.hrtime.bigint() - started) / 1e9
}

const latest = () => fs.realpathSync(path.join(work, '.specloop', 'runs', 'latest'))

/** Each scenario's status and, per file, the lines it ran: keyed by the scenario, as ids and indexes differ per run. */
function traceByScenario(directory: string): string {
  const trace = JSON.parse(fs.readFileSync(path.join(directory, 'trace.json'), 'utf8')) as {
    scenarios: { uri: string; line: number; name: string; status: string }[]
    files: { path: string; hits: Record<string, string> }[]
  }
  const key = (index: number) => `${trace.scenarios[index].uri}:${trace.scenarios[index].line} ${trace.scenarios[index].name}`
  const rows = trace.scenarios.map((scenario, index) => `${key(index)} ${scenario.status}`)
  for (const file of trace.files)
    for (const [index, bitmap] of Object.entries(file.hits)) rows.push(`${file.path} ${key(Number(index))} ${bitmap}`)
  return rows.sort().join('\n')
}

function main(): void {
  fs.rmSync(work, { recursive: true, force: true })
  writeProject(work, path.join(root, 'node_modules'), scenarios)
  timed(['verify']) // warms the instrumentation cache, as the other benchmarks do
  const single = timed(['verify'])
  const singleRun = latest()
  const shardTimes: number[] = []
  const shardRuns: string[] = []
  for (let index = 1; index <= SHARDS; index++) {
    shardTimes.push(timed(['verify', '--shard', `${index}/${SHARDS}`]))
    shardRuns.push(latest())
  }
  const merged = path.join(work, 'merged')
  const mergeTime = timed(['merge', ...shardRuns, '--out', merged])
  const sameTrace = traceByScenario(merged) === traceByScenario(singleRun)
  const sameLcov =
    fs.readFileSync(path.join(merged, 'coverage', 'lcov.info'), 'utf8') ===
    fs.readFileSync(path.join(singleRun, 'coverage', 'lcov.info'), 'utf8')
  const slowest = Math.max(...shardTimes)
  const sum = shardTimes.reduce((a, b) => a + b, 0)
  console.log(`${scenarios} scenarios; one verify: ${single.toFixed(2)} s`)
  console.log(
    `${SHARDS} shards: ${shardTimes.map((time) => time.toFixed(2)).join(', ')} s (sum ${sum.toFixed(2)} s); merge ${mergeTime.toFixed(2)} s`
  )
  console.log(
    `one after another on this machine: shards + merge ${(sum + mergeTime).toFixed(2)} s = ${((sum + mergeTime) / single).toFixed(2)} × one verify`
  )
  console.log(
    `on ${SHARDS} machines: slowest shard + merge ${(slowest + mergeTime).toFixed(2)} s = ${((slowest + mergeTime) / single).toFixed(2)} × one verify`
  )
  console.log(`merged run equals the single run: trace per scenario ${sameTrace ? 'yes' : 'NO'}, lcov.info ${sameLcov ? 'yes' : 'NO'}`)
  if (!sameTrace || !sameLcov) process.exitCode = 1
}

main()
