import path from 'node:path'
import { report, ReportFormat } from '../../api/report'
import { formatError } from '../../errors'
import { formatCountSummary } from '../../report'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'

export const registerReport: RegisterCommand = (program, context) => {
  program
    .command('report')
    .description('build the living documentation of the latest run (or of any Cucumber Messages stream): an HTML site, or --format markdown / junit')
    .option('--from <file>', 'a Cucumber Messages stream (NDJSON) instead of the latest run')
    .option('--trace <file>', 'the trace of that run (default: trace.json beside the messages)')
    .option('-o, --out <path>', 'html: the site directory (default reports); markdown, junit: the file, or - for standard output')
    .option('--title <text>', 'the title of the report', 'Living documentation')
    .option('--no-history', 'do not add this run to .specloop/history.jsonl')
    .action(async (options: { from?: string; trace?: string; out?: string; title: string; history: boolean }) => {
      const globals = context.globals()
      const { io } = context
      // `--format text` (the default) and `--format json` both build the site; json prints the result as JSON.
      const format: ReportFormat = globals.format === 'markdown' || globals.format === 'junit' ? globals.format : 'html'
      const result = await report({
        cwd: globals.cwd,
        from: options.from,
        trace: options.trace,
        format,
        outDir: format === 'html' ? options.out : undefined,
        outFile: format === 'html' ? undefined : options.out,
        title: options.title,
        recordHistory: options.history
      })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else if (result.error) writeLine(io.stderr, formatError(result.error))
      else if (result.content !== undefined) io.stdout.write(result.content)
      else {
        for (const warning of result.warnings) writeLine(io.stderr, `warning: ${warning}`)
        if (result.counts) {
          writeLine(io.stdout, formatCountSummary(result.counts.scenarios, 'scenario'))
          writeLine(io.stdout, formatCountSummary(result.counts.steps, 'step'))
        }
        const shown = result.output ? path.relative(io.cwd, result.output) || result.output : ''
        writeLine(io.stdout, `Report: ${shown.startsWith('..') ? result.output : shown}`)
      }
      context.setExitCode(result.error ? 2 : 0)
    })
}
