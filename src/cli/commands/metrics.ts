import { metrics } from '../../index'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'
import { formatMetrics } from '../format-metrics'

export const registerMetrics: RegisterCommand = (program, context) => {
  program
    .command('metrics')
    .description(
      'whether it pays: generated and hand-written lines, hand edits of generated code, regenerations, rounds and time ' +
        'to green, questions, red after green, tokens'
    )
    .option(
      '--since <date-or-revision>',
      'only what happened at or after a date (2026-12-01, or a date-time) or since a git revision (a tag, a branch, a commit)'
    )
    .action((options: { since?: string }) => {
      const globals = context.globals()
      const { io } = context
      const result = metrics({ cwd: globals.cwd, since: options.since })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else if (result.errors.length > 0) for (const error of result.errors) writeLine(io.stderr, `specloop metrics: ${formatError(error)}`)
      else for (const line of formatMetrics(result.metrics!)) writeLine(io.stdout, line)
      context.setExitCode(result.exitCode)
    })
}
