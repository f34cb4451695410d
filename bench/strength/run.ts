/**
 * Strength benchmark: mutation runs on the trace benchmark's project (1,000 scenarios over 20
 * modules of 10 functions), with trace-driven selection (each mutant against the scenarios
 * whose trace ran its line) and without it (each mutant against the whole suite). Both arms run
 * the same first mutants of one module, and must reach the same verdicts; the whole-suite arm
 * runs fewer of them (each takes the whole suite) and its per-mutant figures are extrapolated to
 * the same count. Goal: ≥ 10× fewer scenario runs with selection.
 * `npm run bench:strength`; results in bench/results/strength.json.
 */
import fs from 'node:fs'
import path from 'node:path'
import { writeProject, SCENARIOS } from '../trace/project'
import type { StrengthResult, VerifyResult } from '../../src'

const root = path.resolve(__dirname, '..', '..')
const work = path.join(root, 'bench', '.work', 'strength-project')
const specloop = require(path.join(root, 'dist', 'src', 'index.js')) as {
  verify(options: { cwd: string }): Promise<VerifyResult>
  strength(options: { cwd: string; files?: string[]; maxMutants?: number; wholeSuite?: boolean }): Promise<StrengthResult>
}
/** Mutants each arm runs: the selected arm more, since each of its runs is cheap in scenarios. */
const SELECTED_MUTANTS = Number(process.env.BENCH_SELECTED_MUTANTS ?? 40)
const WHOLE_SUITE_MUTANTS = Number(process.env.BENCH_WHOLE_SUITE_MUTANTS ?? 10)
const MODULE = 'src/module7.ts'

const format = (seconds: number) => `${seconds.toFixed(2)} s`

interface Arm {
  mutants: number
  scenarioRuns: number
  seconds: number
  verdicts: Map<string, string>
}

async function arm(wholeSuite: boolean, maxMutants: number): Promise<Arm> {
  const started = process.hrtime.bigint()
  const result = await specloop.strength({ cwd: work, files: [MODULE], maxMutants, wholeSuite })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (result.errors.length > 0 || !result.record) throw new Error(`strength failed: ${JSON.stringify(result.errors)}`)
  return {
    mutants: result.mutantsRun,
    scenarioRuns: result.scenarioRuns,
    seconds,
    verdicts: new Map(result.record.mutants.map((mutant) => [mutant.id, mutant.status]))
  }
}

async function main(): Promise<void> {
  writeProject(work, path.join(root, 'node_modules'))
  const verified = await specloop.verify({ cwd: work })
  if (verified.exitCode !== 0) throw new Error(`the benchmark project does not pass: ${JSON.stringify(verified.errors)}`)
  console.log(`project: ${SCENARIOS} scenarios; mutants of ${MODULE}`)
  const everything = await specloop.strength({ cwd: work, maxMutants: 1 })
  const planned = everything.mutantsRun + (everything.budget?.notRun ?? 0)
  console.log(`mutants in the whole project: ${planned}`)

  const selected = await arm(false, SELECTED_MUTANTS)
  console.log(`trace-driven: ${selected.mutants} mutants, ${selected.scenarioRuns} scenario runs, ${format(selected.seconds)}`)
  const whole = await arm(true, WHOLE_SUITE_MUTANTS)
  console.log(`whole suite:  ${whole.mutants} mutants, ${whole.scenarioRuns} scenario runs, ${format(whole.seconds)}`)
  const disagreements = [...whole.verdicts].filter(([id, status]) => selected.verdicts.get(id) !== status)
  if (disagreements.length > 0) throw new Error(`selection changed verdicts: ${JSON.stringify(disagreements)}`)

  const perMutant = (run: Arm) => ({ scenarioRuns: run.scenarioRuns / run.mutants, seconds: run.seconds / run.mutants })
  const selectedPer = perMutant(selected)
  const wholePer = perMutant(whole)
  const results = {
    measuredAt: new Date().toISOString(),
    scenarios: SCENARIOS,
    mutantsInProject: planned,
    selected: { mutants: selected.mutants, scenarioRuns: selected.scenarioRuns, seconds: selected.seconds, perMutant: selectedPer },
    wholeSuite: { mutants: whole.mutants, scenarioRuns: whole.scenarioRuns, seconds: whole.seconds, perMutant: wholePer },
    sameVerdicts: whole.mutants,
    scenarioRunRatio: wholePer.scenarioRuns / selectedPer.scenarioRuns,
    timeRatio: wholePer.seconds / selectedPer.seconds,
    projectExtrapolated: {
      selected: { scenarioRuns: Math.round(selectedPer.scenarioRuns * planned), seconds: selectedPer.seconds * planned },
      wholeSuite: { scenarioRuns: Math.round(wholePer.scenarioRuns * planned), seconds: wholePer.seconds * planned }
    }
  }
  console.log(
    `per mutant: ${selectedPer.scenarioRuns.toFixed(1)} vs ${wholePer.scenarioRuns.toFixed(0)} scenario runs (${results.scenarioRunRatio.toFixed(0)}× fewer; goal ≥ 10×), ${format(selectedPer.seconds)} vs ${format(wholePer.seconds)} (${results.timeRatio.toFixed(2)}× faster)`
  )
  console.log(`the ${whole.mutants} mutants both arms ran got the same verdicts`)
  console.log(
    `all ${planned} mutants, extrapolated: ${results.projectExtrapolated.selected.scenarioRuns} scenario runs / ${format(results.projectExtrapolated.selected.seconds)} with selection, ${results.projectExtrapolated.wholeSuite.scenarioRuns} / ${format(results.projectExtrapolated.wholeSuite.seconds)} without`
  )
  fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true })
  fs.writeFileSync(path.join(root, 'bench', 'results', 'strength.json'), JSON.stringify(results, null, 2) + '\n')
}

main().catch((thrown: unknown) => {
  console.error(thrown instanceof Error ? thrown.message : thrown)
  process.exitCode = 1
})
