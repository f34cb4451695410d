import path from 'node:path'
import { merge, MergeResult } from '../../index'
import { formatError } from '../../errors'
import { formatShard } from '../../trace'
import { fromInvocation, writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'
import { describeCount as plural } from '../../../generated/src/describeCount'
import { RUNS_DIRECTORY } from '../../workspace'
import { formatCountSummary } from '../../messages'

function printMergeResult(result: MergeResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.errors) writeLine(stderr, `specloop merge: ${formatError(error)}`)
  for (const warning of result.warnings) writeLine(stderr, `warning: ${formatError(warning)}`)
  if (!result.runDirectory || !result.trace) return
  const relative = path.relative(result.cwd, result.runDirectory) || '.'
  for (const run of result.merged) {
    writeLine(
      stdout,
      `  ${run.shard ? `shard ${formatShard(run.shard)}` : 'run'} ${path.relative(result.cwd, run.runDirectory) || '.'}: ${plural(run.scenarios, 'scenario')}`
    )
  }
  writeLine(
    stdout,
    `Merged ${plural(result.merged.length, 'run')} into ${relative}: ${formatCountSummary(result.scenarioCounts, 'scenario')}`
  )
  writeLine(
    stdout,
    `Trace: ${plural(result.trace.scenarios, 'scenario')}, ${plural(result.trace.files, 'file')} in ${relative}/trace.json; ` +
      `coverage in ${relative}/coverage/ (lcov.info, html/)`
  )
}

export const registerMerge: RegisterCommand = (program, context) => {
  program
    .command('merge')
    .argument('<runs...>', `run directories (or run ids in ${RUNS_DIRECTORY}) of the shards of one suite, e.g. from several CI machines`)
    .description("combine the runs of a suite's shards (verify --shard i/n) into one run that report and trace read as a single run")
    .option('--out <dir>', `write the merged run here (default: a new run in ${RUNS_DIRECTORY}, which becomes the latest)`)
    .action(async (runs: string[], options: { out?: string }) => {
      const globals = context.globals()
      const { io } = context
      const result = await merge({
        cwd: globals.cwd,
        runs: runs.map((typed) => fromInvocation(globals, typed)),
        out: options.out === undefined ? undefined : fromInvocation(globals, options.out)
      })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printMergeResult(result, io.stdout, io.stderr)
      context.setExitCode(result.exitCode)
    })
}
