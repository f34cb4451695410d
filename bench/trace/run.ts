/**
 * Trace benchmark: plain cucumber-js, c8 cucumber-js and specloop verify on a synthetic
 * project of 1,000 scenarios over about 2,000 lines of TypeScript; median of five
 * alternating runs each, and the ratio verify/c8 (goal ≤ 1.15). Then one implementation line
 * changes, and verify --affected is timed against a full verify (goal ≤ 0.1). Prints the
 * trace size per 1,000 scenarios. `npm run bench:trace`; results in bench/results/trace.json.
 */
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { writeCommittedProject, SCENARIOS, MODULES, FUNCTIONS } from './project'

const root = path.resolve(__dirname, '..', '..')
const work = path.join(root, 'bench', '.work', 'trace-project')
const rounds = Number(process.env.BENCH_ROUNDS ?? 5)
const cucumberBin = path.join(root, 'node_modules', '@cucumber', 'cucumber', 'bin', 'cucumber.js')
const c8Bin = path.join(root, 'node_modules', 'c8', 'bin', 'c8.js')
const specloopBin = path.join(root, 'bin', 'specloop.js')

function timed(label: string, args: string[], expectExit = 0): number {
  const started = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', FORCE_COLOR: '0' },
    maxBuffer: 256 * 1024 * 1024
  })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.status !== expectExit)
    throw new Error(`${label} exited with ${result.status}:\n${result.stdout.slice(-2000)}\n${result.stderr.slice(-2000)}`)
  return seconds
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const format = (seconds: number) => `${seconds.toFixed(2)} s`

function main(): void {
  writeCommittedProject(work, path.join(root, 'node_modules'))
  const implementationLines = fs
    .readdirSync(path.join(work, 'src'))
    .reduce((sum, file) => sum + fs.readFileSync(path.join(work, 'src', file), 'utf8').split('\n').length, 0)
  console.log(
    `project: ${SCENARIOS} scenarios, ${MODULES} modules × ${FUNCTIONS} functions, ${implementationLines} lines of TypeScript implementation`
  )

  const cold = timed('verify (cold instrumentation cache)', [specloopBin, 'verify'])
  console.log(`verify with a cold instrumentation cache: ${format(cold)} (not counted below)`)
  const times: Record<'cucumber' | 'c8' | 'verify', number[]> = { cucumber: [], c8: [], verify: [] }
  for (let round = 0; round < rounds; round++) {
    times.cucumber.push(timed('cucumber-js', [cucumberBin]))
    times.c8.push(
      timed('c8 cucumber-js', [
        c8Bin,
        '--reporter=lcovonly',
        '--reporter=text-summary',
        '--report-dir=coverage',
        process.execPath,
        cucumberBin
      ])
    )
    times.verify.push(timed('specloop verify', [specloopBin, 'verify']))
    console.log(
      `round ${round + 1}: cucumber-js ${format(times.cucumber[round])}, c8 ${format(times.c8[round])}, verify ${format(times.verify[round])}`
    )
  }
  const traceBytes = fs.statSync(path.join(work, '.specloop', 'runs', 'latest', 'trace.json')).size

  // One line of implementation changes: the constant in compute3 of module 7.
  const changed = path.join(work, 'src', 'module7.ts')
  const original = fs.readFileSync(changed, 'utf8')
  const changedText = original.replace('  let value = input * 4\n', '  let value = input * 4 + 0\n')
  if (changedText === original) throw new Error('the line to change was not found')
  const full: number[] = []
  const affected: number[] = []
  let selected = ''
  let selectedLocations: string[] = []
  const floor: number[] = []
  for (let round = 0; round < rounds; round++) {
    fs.writeFileSync(changed, original)
    full.push(timed('full verify', [specloopBin, 'verify']))
    fs.writeFileSync(changed, changedText)
    const started = process.hrtime.bigint()
    const result = spawnSync(process.execPath, [specloopBin, 'verify', '--affected'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, CI: 'true' }
    })
    affected.push(Number(process.hrtime.bigint() - started) / 1e9)
    if (result.status !== 0) throw new Error(`verify --affected exited with ${result.status}: ${result.stdout}${result.stderr}`)
    selected = /Affected: (\d+ of \d+) scenarios selected/.exec(result.stdout)?.[1] ?? result.stdout.split('\n')[0]
    selectedLocations = [...result.stdout.matchAll(/^ {2}(\S+\.feature:\d+) /gm)].map((match) => match[1])
    // The floor: plain cucumber-js running only the selected scenarios (Node, cucumber and ts-node start-up).
    floor.push(timed('cucumber-js on the selected scenarios', [cucumberBin, ...selectedLocations]))
    console.log(
      `round ${round + 1}: full verify ${format(full[round])}, verify --affected ${format(affected[round])} (${selected}), plain cucumber-js on those ${format(floor[round])}`
    )
  }
  fs.writeFileSync(changed, original)

  const results = {
    measuredAt: new Date().toISOString(),
    node: process.version,
    rounds,
    scenarios: SCENARIOS,
    implementationLines,
    medianSeconds: {
      cucumber: median(times.cucumber),
      c8: median(times.c8),
      verify: median(times.verify),
      fullVerify: median(full),
      affectedVerify: median(affected),
      cucumberOnSelected: median(floor)
    },
    verifyOverC8: median(times.verify) / median(times.c8),
    affectedOverFull: median(affected) / median(full),
    affectedSelection: selected,
    traceBytesPer1000Scenarios: Math.round((traceBytes * 1000) / SCENARIOS),
    coldInstrumentationSeconds: cold
  }
  console.log(
    `\nmedian of ${rounds}: cucumber-js ${format(results.medianSeconds.cucumber)}, c8 cucumber-js ${format(results.medianSeconds.c8)}, specloop verify ${format(results.medianSeconds.verify)}`
  )
  console.log(`verify/c8 = ${results.verifyOverC8.toFixed(2)} (goal ≤ 1.15)`)
  console.log(
    `verify --affected ${format(results.medianSeconds.affectedVerify)} vs full verify ${format(results.medianSeconds.fullVerify)}: affected/full = ${results.affectedOverFull.toFixed(3)} (goal ≤ 0.1), selected ${selected}`
  )
  console.log(
    `plain cucumber-js running only the ${selectedLocations.length} selected scenarios: ${format(results.medianSeconds.cucumberOnSelected)} (the start-up floor)`
  )
  console.log(`trace size: ${(results.traceBytesPer1000Scenarios / 1024).toFixed(1)} KiB per 1,000 scenarios`)
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  fs.writeFileSync(path.join(root, 'bench', 'results', 'trace.json'), `${JSON.stringify(results, null, 2)}\n`)
}

main()
