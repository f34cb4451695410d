import path from 'node:path'
import { isReportFormat, REPORT_FORMAT_NAMES, REPORT_FORMATS, report, ReportFormat, formatCountSummary } from '../../index'
import { formatError } from '../../errors'
import { fromInvocation, writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'
import { HISTORY_PATH } from '../../workspace'

export const registerReport: RegisterCommand = (program, context) => {
  program
    .command('report')
    .description(
      `build the living documentation of the latest run (or of any Cucumber Messages ` +
        `stream): ${REPORT_FORMAT_NAMES.map((name) => `${name}, ${REPORT_FORMATS[name].description}`).join('; ')}`
    )
    .option('--from <file>', 'a Cucumber Messages stream (NDJSON) instead of the latest run')
    .option('--trace <file>', 'the trace of that run (default: trace.json beside the messages)')
    .option('-o, --out <path>', 'html: the site directory (default reports); markdown, junit: the file, or - for standard output')
    .option('--title <text>', 'the title of the report', 'Living documentation')
    .option('--no-history', `do not add this run to ${HISTORY_PATH}`)
    .action(async (options: { from?: string; trace?: string; out?: string; title: string; history: boolean }) => {
      const globals = context.globals()
      const { io } = context
      // `--format text` (the default) and `--format json` both build the site; json prints the result as JSON.
      const format: ReportFormat = isReportFormat(globals.format) ? globals.format : 'html'
      const result = await report({
        cwd: globals.cwd,
        from: options.from === undefined ? undefined : fromInvocation(globals, options.from),
        trace: options.trace === undefined ? undefined : fromInvocation(globals, options.trace),
        format,
        outDir: REPORT_FORMATS[format].kind === 'site' && options.out !== undefined ? fromInvocation(globals, options.out) : undefined,
        outFile: REPORT_FORMATS[format].kind === 'site' || options.out === undefined ? undefined : fromInvocation(globals, options.out),
        title: options.title,
        recordHistory: options.history,
        profiles: globals.profile,
        configFile: globals.config,
        env: io.env
      })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else if (result.errors.length > 0) result.errors.forEach((error) => writeLine(io.stderr, formatError(error)))
      else if (result.content !== undefined) io.stdout.write(result.content)
      else {
        for (const warning of result.warnings) writeLine(io.stderr, `warning: ${formatError(warning)}`)
        if (result.counts) {
          writeLine(io.stdout, formatCountSummary(result.counts.scenarios, 'scenario'))
          writeLine(io.stdout, formatCountSummary(result.counts.steps, 'step'))
        }
        const shown = result.output ? path.relative(io.cwd, result.output) || result.output : ''
        writeLine(io.stdout, `Report: ${shown.startsWith('..') ? result.output : shown}`)
      }
      context.setExitCode(result.exitCode)
    })
}
