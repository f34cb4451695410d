import path from 'node:path'
import { watch, WatchEvent, WatchRun } from '../../index'
import { formatError } from '../../errors'
import { isInteractive, writeJson, writeLine } from '../io'
import type { CliIo } from '../io'
import type { RegisterCommand } from '../command'
import { stopOnInterrupt } from '../child-cleanup'
// specloop's own rule, synthesised from features/rules/plural.feature.
import { describeCount as plural } from '../../../generated/src/describeCount'
import { SPECLOOP_DIRECTORY } from '../../workspace'
import { pluralForm } from '../../text'

/** Each scenario of a run is listed up to this many; beyond, only those that did not pass. */
const LISTED_SCENARIOS = 10

const seconds = (value: number) => `${value.toFixed(2)} s`

function describeChange(changed: string[]): string {
  if (changed.length === 0) return 'Start'
  return changed.length <= 3 ? changed.join(', ') : `${changed.slice(0, 3).join(', ')} and ${changed.length - 3} more`
}

/** `src/shapes.ts: 3 of 120 scenarios ran: 2 passed, 1 failed (0.08 s)`, then the scenarios. */
function printRun(run: WatchRun, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  const counts = Object.entries(run.counts)
    .filter(([status, count]) => status !== 'total' && count > 0)
    .map(([status, count]) => `${count} ${status}`)
  const ran = run.selected
    ? `${run.counts.total} of ${plural(run.total, 'scenario')} ran`
    : `${plural(run.counts.total, 'scenario')} ran (no earlier trace)`
  writeLine(stdout, `${describeChange(run.changed)}: ${ran}: ${counts.join(', ') || 'nothing'} (${seconds(run.seconds)})`)
  const listed = run.scenarios.length <= LISTED_SCENARIOS ? run.scenarios : run.scenarios.filter((scenario) => scenario.status !== 'passed')
  for (const scenario of listed) {
    const error = scenario.errorMessage ? `: ${scenario.errorMessage.split('\n')[0]}` : ''
    writeLine(stdout, `  ${scenario.status} ${scenario.uri}:${scenario.line} ${scenario.name}${error}`)
  }
  for (const error of run.errors) writeLine(stderr, `error: ${formatError(error)}`)
}

/** One event as plain lines: results on stdout, errors on stderr, progress only on a terminal. */
function printEvent(event: WatchEvent, io: CliIo, cwd: string, interactive: boolean): void {
  const { stdout, stderr } = io
  // A progress line is overwritten by what follows.
  if (interactive) stderr.write('\r\x1b[K')
  switch (event.kind) {
    case 'watching':
      for (const warning of event.warnings) writeLine(stderr, `warning: ${formatError(warning)}`)
      writeLine(stdout, `Watching ${plural(event.scenarios, 'scenario')} in ${cwd}: each save runs the scenarios it affects (Ctrl-C stops)`)
      break
    case 'running':
      if (interactive) stderr.write(`running ${plural(event.scenarios, 'scenario')} (${describeChange(event.changed)})…`)
      break
    case 'ran':
      printRun(event, stdout, stderr)
      break
    case 'unaffected':
      writeLine(stdout, `${describeChange(event.changed)}: no scenario affected (of ${event.total})`)
      break
    case 'problem':
      for (const error of event.errors) writeLine(stderr, `error: ${formatError(error)}`)
      writeLine(stdout, `${describeChange(event.changed)}: not run, fix the ${pluralForm(event.errors.length, 'error')} above and save`)
      break
    case 'updated':
      writeLine(stdout, `  trace and messages: ${path.relative(cwd, event.runDirectory)} (${seconds(event.seconds)})`)
      break
  }
}

export const registerWatch: RegisterCommand = (program, context) => {
  program
    .command('watch')
    .description('keep the suite loaded and, on each save, run the scenarios the change affects; the trace and report stay current')
    .option(
      '--no-sandbox',
      `run without Node's permission model (for steps that must spawn processes or write outside ${SPECLOOP_DIRECTORY}/)`
    )
    .action(async (options: { sandbox: boolean }) => {
      const globals = context.globals()
      const { io } = context
      const json = globals.format === 'json'
      const interactive = !json && isInteractive(io)
      const controller = new AbortController()
      const restoreSignals = stopOnInterrupt(() => controller.abort())
      try {
        const result = await watch({
          cwd: globals.cwd,
          env: io.env,
          profiles: globals.profile,
          configFile: globals.config,
          sandbox: options.sandbox,
          signal: controller.signal,
          // What the scenarios print goes to stderr: stdout is the watch's own lines.
          output: io.stderr,
          onEvent: (event) => (json ? io.stdout.write(`${JSON.stringify(event)}\n`) : printEvent(event, io, globals.cwd, interactive))
        })
        if (json) writeJson(io.stdout, result)
        else {
          for (const error of result.errors) writeLine(io.stderr, formatError(error))
          if (result.exitCode === 0) writeLine(io.stdout, `Stopped watching after ${plural(result.runs, 'run')}`)
        }
        context.setExitCode(result.exitCode)
      } finally {
        restoreSignals()
      }
    })
}
