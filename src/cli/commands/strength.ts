import { InvalidArgumentError } from 'commander'
import { strength, StrengthResult } from '../../index'
import { describeMutant } from '../../strength'
import { formatError } from '../../errors'
import { fromInvocation, writeJson, writeLine } from '../io'
import { startProgress } from '../progress'
import type { RegisterCommand } from '../command'
// specloop's own rule, synthesised from features/rules/plural.feature.
import { describeCount as plural } from '../../../generated/src/describeCount'

function positiveNumber(what: string): (value: string) => number {
  return (value) => {
    const number = Number(value)
    if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError(`expected a positive number of ${what}`)
    return number
  }
}

export function parseScore(value: string): number {
  const score = Number(value)
  if (!Number.isFinite(score) || score < 0 || score > 100) throw new InvalidArgumentError('expected a percentage from 0 to 100')
  return score
}

const scoreText = (score: number | null) => (score === null ? 'no mutant' : `${score}%`)

function printStrengthResult(result: StrengthResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.errors.filter((error) => error.code !== 'STRENGTH_LOW_SCORE')) writeLine(stderr, formatError(error))
  for (const warning of result.warnings.filter((warning) => warning.code !== 'STRENGTH_SURVIVOR'))
    writeLine(stderr, `warning: ${formatError(warning)}`)
  const record = result.record
  if (!record) return
  if (result.verified) writeLine(stdout, 'No trace of the sources as they are: `specloop verify` ran first')
  const survivors = record.mutants.filter((mutant) => mutant.status === 'survived')
  for (const mutant of survivors) {
    writeLine(
      stdout,
      `${mutant.file}:${mutant.line}:${mutant.column}: surviving mutant: ${describeMutant(mutant)} (${mutant.operator}); ` +
        `ran ${plural(mutant.scenarios.length, 'scenario')}, none failed`
    )
    const row = mutant.killingRow
    if (row) {
      writeLine(
        stdout,
        `  a row that kills it, for the Examples of ${row.uri}${row.line ? `:${row.line}` : ''} (expected = what the ` +
          `code answers now: confirm it is the intended behaviour):`
      )
      writeLine(stdout, `    ${row.header}`)
      writeLine(stdout, `    ${row.row}`)
    }
  }
  for (const feature of record.features)
    writeLine(
      stdout,
      `${feature.uri}: mutation score ${scoreText(feature.score)} (${feature.killed} of ${plural(feature.mutants, 'mutant')} killed)`
    )
  const reused = result.mutantsReused > 0 ? `, ${result.mutantsReused} kept from the last run` : ''
  writeLine(
    stdout,
    `Strength: ${scoreText(record.score)}; ${plural(result.mutantsRun, 'mutant')} run (${plural(result.scenarioRuns, 'scenario run')})${reused}, ` +
      `${plural(survivors.length, 'survivor')}, ${(result.elapsedMs / 1000).toFixed(1)} s`
  )
  for (const error of result.errors.filter((error) => error.code === 'STRENGTH_LOW_SCORE')) writeLine(stderr, formatError(error))
}

export const registerStrength: RegisterCommand = (program, context) => {
  program
    .command('strength')
    .argument('[files...]', 'implementation files to mutate (default: every one the scenarios ran)')
    .description(
      'mutate the code the scenarios run, rerun only the scenarios that ran each mutated line, and report the mutants ' +
        'no scenario notices, with a row that would'
    )
    .option(
      '--affected',
      'only mutants on lines changed since the last strength run, or whose scenarios changed; the others keep their verdict',
      false
    )
    .option('--budget-seconds <seconds>', 'start no mutant after this many seconds', positiveNumber('seconds'))
    .option('--max-mutants <count>', 'run at most this many mutants', positiveNumber('mutants'))
    .option('--min-score <percent>', "fail (exit 1) when a feature's mutation score is below this", parseScore)
    .action(async (files: string[], options: { affected: boolean; budgetSeconds?: number; maxMutants?: number; minScore?: number }) => {
      const globals = context.globals()
      const { io } = context
      const json = globals.format === 'json'
      const progress = json ? undefined : startProgress(io, 'mutants')
      const result = await strength({
        cwd: globals.cwd,
        env: io.env,
        profiles: globals.profile,
        configFile: globals.config,
        files: files.map((typed) => fromInvocation(globals, typed)),
        affected: options.affected,
        budgetSeconds: options.budgetSeconds,
        maxMutants: options.maxMutants,
        minScore: options.minScore,
        onProgress: (done, total) => progress?.update(`${done}/${total}`)
      })
      progress?.stop()
      if (json) writeJson(io.stdout, result)
      else printStrengthResult(result, io.stdout, io.stderr)
      context.setExitCode(result.exitCode)
    })
}
