import path from 'node:path'
import { REPORT_FORMAT_NAMES, ReportFormat } from '../index'
import { inCi } from '../processes'
import { exitCodeOf, ExitCode, SpecloopError } from '../errors'

/** What the CLI may touch of its surroundings; tests pass their own. */
export interface CliIo {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: NodeJS.WritableStream & { isTTY?: boolean }
  stderr: NodeJS.WritableStream & { isTTY?: boolean }
}

export const OUTPUT_FORMATS = ['text', 'json'] as const
/** Document formats only `specloop report` writes: the report's format registry. */
export const REPORT_FORMATS: readonly ReportFormat[] = REPORT_FORMAT_NAMES

/** Tables only `specloop trace --matrix` writes. */
export const TABLE_FORMATS = ['csv'] as const

export type OutputFormat = (typeof OUTPUT_FORMATS)[number] | ReportFormat | (typeof TABLE_FORMATS)[number]

export interface GlobalOptions {
  /** The project: -C, or the project around the folder specloop was started in. */
  cwd: string
  /** The folder paths on the command line are relative to (where specloop was started, or -C). */
  invokedFrom: string
  format: OutputFormat
  debug: boolean
  profile: string[]
  config?: string
}

/**
 * A path typed on the command line, made relative to the project: typed from a subfolder, it
 * means that subfolder's file. `FILE:LINE` keeps its line, `@rerun.txt` its @, `-` stays `-`.
 */
export function fromInvocation(globals: Pick<GlobalOptions, 'cwd' | 'invokedFrom'>, typed: string): string {
  if (globals.invokedFrom === globals.cwd || typed === '-' || path.isAbsolute(typed.replace(/^@/, ''))) return typed
  const at = typed.startsWith('@') ? '@' : ''
  const match = /^(.*?)((?::\d+)*)$/.exec(typed.slice(at.length))!
  return `${at}${path.relative(globals.cwd, path.resolve(globals.invokedFrom, match[1]!)).split(path.sep).join('/')}${match[2]}`
}

export function writeLine(stream: NodeJS.WritableStream, text = ''): void {
  stream.write(`${text}\n`)
}

export function writeJson(stream: NodeJS.WritableStream, value: unknown): void {
  stream.write(`${JSON.stringify(value, null, 2)}\n`)
}

/** Plain output in CI and when piped; progress and colour only on an interactive terminal. */
export function isInteractive(io: CliIo): boolean {
  return Boolean(io.stderr.isTTY) && !inCi(io.env)
}

/** The result of a command stopped before it ran (options that do not go together): the shape every command's result has. */
export function stoppedBeforeRunning(error: SpecloopError): { errors: SpecloopError[]; warnings: SpecloopError[]; exitCode: ExitCode } {
  return { errors: [error], warnings: [], exitCode: exitCodeOf({ couldNotRun: true, problems: false }) }
}
