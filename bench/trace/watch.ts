/**
 * Watch benchmark: `specloop watch` on the 1,000-scenario project of the trace benchmark. Twenty
 * one-line edits of implementation code, each in another function; for each, the time from the
 * write to the watch's result (its `ran` event with `--format json`), then a full `specloop
 * verify` of the project as it now is, timed, so each pair runs under the same load. Prints the
 * p50 of each and their ratio (goal ≤ 0.1), the same for CPU time (less moved by other work on
 * the machine), and checks that each edit ran exactly the scenarios
 * that call the edited function. `npm run bench:watch`; results in bench/results/watch.json.
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawn, spawnSync } from 'node:child_process'
import readline from 'node:readline'
import { writeCommittedProject, SCENARIOS, MODULES, FUNCTIONS } from './project'

const root = path.resolve(__dirname, '..', '..')
const work = path.join(root, 'bench', '.work', 'watch-project')
const specloopBin = path.join(root, 'bin', 'specloop.js')
const EDITS = Number(process.env.BENCH_EDITS ?? 20)
const environment = { ...process.env, CI: 'true', FORCE_COLOR: '0' }

/** Wall time, and the CPU time of specloop and the processes it waited for (GNU time's user + system). */
function fullVerify(): { seconds: number; cpuSeconds: number } {
  const started = process.hrtime.bigint()
  const result = spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, specloopBin, 'verify'], {
    cwd: work,
    encoding: 'utf8',
    env: environment,
    maxBuffer: 256 * 1024 * 1024
  })
  if (result.status !== 0)
    throw new Error(`verify exited with ${result.status}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(result.stderr)
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN }
}

/** CPU seconds used so far by a process and its descendants (user + system, from /proc). */
function treeCpuSeconds(pid: number): number {
  const ticks = (process_: number) => {
    try {
      const fields = fs
        .readFileSync(`/proc/${process_}/stat`, 'utf8')
        .replace(/^.*\) /, '')
        .split(' ')
      return Number(fields[11]) + Number(fields[12])
    } catch {
      return 0
    }
  }
  const children = (process_: number): number[] =>
    spawnSync('ps', ['-o', 'pid=', '--ppid', String(process_)], { encoding: 'utf8' })
      .stdout.split('\n')
      .map(Number)
      .filter((child) => child > 0)
  const all = [pid]
  for (let index = 0; index < all.length; index++) all.push(...children(all[index]))
  // Clock ticks: 100 a second on Linux.
  return all.reduce((sum, process_) => sum + ticks(process_), 0) / 100
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]
const format = (seconds: number) => `${seconds.toFixed(3)} s`

interface RanEvent {
  kind: 'ran'
  changed: string[]
  seconds: number
  counts: { total: number; passed: number }
  scenarios: { name: string }[]
}

/** The scenarios of the synthetic suite that call function `fn` of module `module`. */
function callers(module: number, fn: number): string[] {
  const names: string[] = []
  for (let scenario = 0; scenario < SCENARIOS; scenario++) {
    if (scenario % MODULES === module && Math.floor(scenario / MODULES) % FUNCTIONS === fn) names.push(`computation ${scenario}`)
  }
  return names
}

async function main(): Promise<void> {
  writeCommittedProject(work, path.join(root, 'node_modules'))
  fullVerify() // the trace the watch starts from, and a warm instrumentation cache

  const watcher = spawn(process.execPath, [specloopBin, 'watch', '--format', 'json'], {
    cwd: work,
    env: environment,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  const events = readline.createInterface({ input: watcher.stdout })
  const waiting: ((event: { kind: string }) => void)[] = []
  events.on('line', (line) => {
    if (!line.startsWith('{"kind"')) return
    const event = JSON.parse(line) as { kind: string }
    waiting.shift()?.(event)
  })
  const next = (kind: string) =>
    new Promise<{ kind: string }>((resolve) => {
      const take = (event: { kind: string }) => (event.kind === kind ? resolve(event) : waiting.unshift(take))
      waiting.push(take)
    })
  await next('watching')

  const watchSeconds: number[] = []
  const reportedSeconds: number[] = []
  const verifySeconds: number[] = []
  const watchCpu: number[] = []
  const verifyCpu: number[] = []
  const wrong: string[] = []
  for (let edit = 0; edit < EDITS; edit++) {
    const module = (edit * 7) % MODULES
    const fn = edit % FUNCTIONS
    const file = path.join(work, 'src', `module${module}.ts`)
    const text = fs.readFileSync(file, 'utf8')
    const line = `  let value = input * ${fn + 1}\n`
    if (!text.includes(line)) throw new Error(`line not found in module${module}.ts: ${line}`)
    const ran = next('ran') as Promise<RanEvent>
    const written = next('updated')
    const cpuBefore = treeCpuSeconds(watcher.pid!)
    const started = process.hrtime.bigint()
    fs.writeFileSync(file, text.replace(line, `  let value = input * ${fn + 1} + 0 * ${edit}\n`))
    const result = await ran
    watchSeconds.push(Number(process.hrtime.bigint() - started) / 1e9)
    reportedSeconds.push(result.seconds)
    watchCpu.push(treeCpuSeconds(watcher.pid!) - cpuBefore)
    await written
    const expected = callers(module, fn)
    const names = result.scenarios.map((scenario) => scenario.name).sort()
    if (JSON.stringify(names) !== JSON.stringify([...expected].sort()) || result.counts.passed !== expected.length)
      wrong.push(`edit ${edit + 1} (module${module}.ts compute${fn}): ran ${names.join(', ')}`)
    const full = fullVerify()
    verifySeconds.push(full.seconds)
    verifyCpu.push(full.cpuSeconds)
    console.log(
      `edit ${edit + 1}: module${module}.ts compute${fn}: watch ${format(watchSeconds[edit])} (${result.counts.total} scenarios; CPU ${format(watchCpu[edit])}), full verify ${format(verifySeconds[edit])} (CPU ${format(verifyCpu[edit])})`
    )
  }
  watcher.kill('SIGINT')
  await new Promise((resolve) => watcher.on('close', resolve))

  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    scenarios: SCENARIOS,
    edits: EDITS,
    p50Seconds: {
      watchEditToResult: percentile(watchSeconds, 0.5),
      watchReported: percentile(reportedSeconds, 0.5),
      fullVerify: percentile(verifySeconds, 0.5)
    },
    p90Seconds: { watchEditToResult: percentile(watchSeconds, 0.9), fullVerify: percentile(verifySeconds, 0.9) },
    watchOverFull: percentile(watchSeconds, 0.5) / percentile(verifySeconds, 0.5),
    p50CpuSeconds: { watchEditToResult: percentile(watchCpu, 0.5), fullVerify: percentile(verifyCpu, 0.5) },
    watchOverFullCpu: percentile(watchCpu, 0.5) / percentile(verifyCpu, 0.5),
    wrongSelections: wrong
  }
  console.log(
    `\np50 of ${EDITS}: watch edit→result ${format(results.p50Seconds.watchEditToResult)} (first file event→result ${format(results.p50Seconds.watchReported)}), full verify ${format(results.p50Seconds.fullVerify)}`
  )
  console.log(`watch/full = ${results.watchOverFull.toFixed(3)} (goal ≤ 0.1)`)
  console.log(
    `CPU time, p50: watch ${format(results.p50CpuSeconds.watchEditToResult)} (its process and the cucumber process, write to result), full verify ${format(results.p50CpuSeconds.fullVerify)}: ${results.watchOverFullCpu.toFixed(3)}`
  )
  console.log(
    wrong.length === 0 ? 'every edit ran exactly the scenarios that call the edited function' : `WRONG selections:\n${wrong.join('\n')}`
  )
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  fs.writeFileSync(path.join(root, 'bench', 'results', 'watch.json'), `${JSON.stringify(results, null, 2)}\n`)
  if (wrong.length > 0) process.exitCode = 1
}

void main()
