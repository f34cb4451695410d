import { formatError, SpecloopFailure } from '../errors'
import path from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { version } from '../version'
import { enclosingProject } from '../project'
import type { CommandContext, RegisterCommand } from './command'
import { registerCheck } from './commands/check'
import { registerInit } from './commands/init'
import { registerGenerate } from './commands/generate'
import { registerVerify } from './commands/verify'
import { registerStrength } from './commands/strength'
import { registerWatch } from './commands/watch'
import { registerMerge } from './commands/merge'
import { registerTrace } from './commands/trace'
import { registerReport } from './commands/report'
import { registerRun } from './commands/run'
import { registerLedger } from './commands/ledger'
import { registerGovernance } from './commands/governance'
import { registerMetrics } from './commands/metrics'
import { registerTemplates } from './commands/templates'
import { CliIo, GlobalOptions, OUTPUT_FORMATS, REPORT_FORMATS, TABLE_FORMATS, writeLine } from './io'
import { colouring, wantsColour } from './colour'

/** One line per command; each module registers its own subcommand. */
const COMMANDS: RegisterCommand[] = [
  registerCheck,
  registerInit,
  registerGenerate,
  registerVerify,
  registerStrength,
  registerWatch,
  registerMerge,
  registerTrace,
  registerReport,
  registerRun,
  registerLedger,
  registerGovernance,
  registerMetrics,
  registerTemplates
]

/** The CLI: parses arguments, calls the library, prints, returns the exit code. */
export async function runCli(argv: string[], terminal: CliIo): Promise<number> {
  const io: CliIo = wantsColour(terminal, argv) ? { ...terminal, stdout: colouring(terminal.stdout) } : terminal
  let exitCode = 0
  const program = programWithGlobalOptions(io)
  const globals = () => globalOptionsOf(program, io)
  const context: CommandContext = { io, globals, setExitCode: (code) => (exitCode = code) }
  program.hook('preAction', (_program, command) => refuseForeignFormat(program, command, globals().format))
  for (const register of COMMANDS) register(program, context)
  // Subcommands share the program's output and error handling.
  for (const command of program.commands) command.exitOverride().configureOutput(outputTo(io))
  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (thrown) {
    return exitCodeOfThrown(thrown, io, globals)
  }
  return exitCode
}

/** Commander's help and errors go to the CLI's streams. */
const outputTo = (io: CliIo) => ({ writeOut: (text: string) => io.stdout.write(text), writeErr: (text: string) => io.stderr.write(text) })

/** The program and the options every command takes. */
function programWithGlobalOptions(io: CliIo): Command {
  return (
    new Command('specloop')
      .description('Spec-driven development on Gherkin: check, generate, verify and document.')
      .version(version, '-v, --version')
      .option('-C, --cwd <dir>', 'run in this project directory', io.cwd)
      .addOption(
        new Option(
          '--format <format>',
          `output format: ${OUTPUT_FORMATS.join(', ')} (report also: ${REPORT_FORMATS.join(', ')}; trace --matrix also: ${TABLE_FORMATS.join(', ')})`
        )
          // No commander choices: they are the union over all commands, so an unknown format's
          // message would list formats this command refuses. `refuseForeignFormat` judges per command.
          .default('text')
      )
      // One name per flag, repeatable, as cucumber-js takes it: a variadic option would swallow the command.
      .option(
        '-p, --profile <name>',
        'cucumber profile to use (repeat for several)',
        (name: string, names: string[]) => [...names, name],
        [] as string[]
      )
      .option('--config <file>', 'cucumber configuration file')
      .option('--debug', 'show stack traces of internal errors', false)
      .enablePositionalOptions(false)
      .exitOverride()
      .configureOutput(outputTo(io))
      .showHelpAfterError('(run specloop --help for usage)')
  )
}

function globalOptionsOf(program: Command, io: CliIo): GlobalOptions {
  const options = program.opts()
  // Run from a subfolder (features/billing), a command works on the project around it, as git
  // does; `-C DIR` is taken as given, and `init` makes a project where it is asked to.
  const given = path.resolve(io.cwd, options.cwd as string)
  const walkUp = program.getOptionValueSource('cwd') !== 'cli' && program.args[0] !== 'init'
  return {
    cwd: walkUp ? (enclosingProject(given) ?? given) : given,
    invokedFrom: given,
    format: options.format as GlobalOptions['format'],
    debug: Boolean(options.debug),
    profile: options.profile as string[],
    config: options.config as string | undefined
  }
}

/**
 * A format the command does not write is refused, with the formats it does write, from
 * `formatsAcceptedBy` (the one registry): the report's document formats and the matrix's tables
 * are named as such, anything else is unknown.
 */
function refuseForeignFormat(program: Command, command: Command, format: GlobalOptions['format']): void {
  const name = command.name()
  const matrix = name === 'trace' && Boolean(command.opts().matrix)
  if ((formatsAcceptedBy(name, matrix) as readonly string[]).includes(format)) return
  const writes = `${name}${name === 'trace' && !matrix ? ' without --matrix' : ''} writes ${formatsWrittenBy(name, matrix)}`
  if ((REPORT_FORMATS as readonly string[]).includes(format))
    program.error(`error: --format ${format} is only for \`specloop report\` (${writes})`, { exitCode: 2 })
  if ((TABLE_FORMATS as readonly string[]).includes(format))
    program.error(`error: --format ${format} is only for \`specloop trace --matrix\` (${writes})`, { exitCode: 2 })
  program.error(`error: --format ${format} is not an output format (${writes})`, { exitCode: 2 })
}

/** The formats a command accepts: the registry `--format` is judged by and its messages are written from. */
export function formatsAcceptedBy(commandName: string, matrix = false): readonly string[] {
  // report: `text` (the default) builds the html site, `json` prints its result.
  if (commandName === 'report') return [...REPORT_FORMATS, ...OUTPUT_FORMATS]
  if (matrix) return [...TABLE_FORMATS, ...OUTPUT_FORMATS]
  return OUTPUT_FORMATS
}

/** The formats a command writes, said: what `formatsAcceptedBy` accepts. */
function formatsWrittenBy(commandName: string, matrix = false): string {
  if (commandName === 'report') return `${orList(REPORT_FORMATS)}, or json for its result`
  return orList(formatsAcceptedBy(commandName, matrix))
}

function orList(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
}

/** What escaped a command: a usage error (2), a located problem of the project (2), else a bug (70). */
function exitCodeOfThrown(thrown: unknown, io: CliIo, globals: () => GlobalOptions): number {
  if (thrown instanceof CommanderError) return thrown.exitCode === 0 ? 0 : 2
  // A located problem of the project carried out of deep code: said as such, never as a bug.
  if (thrown instanceof SpecloopFailure) {
    writeLine(io.stderr, `specloop: ${formatError(thrown.error)}`)
    return 2
  }
  writeLine(io.stderr, `specloop: internal error: ${thrown instanceof Error ? thrown.message : String(thrown)}`)
  const debug = (() => {
    try {
      return globals().debug
    } catch {
      return false
    }
  })()
  if (debug && thrown instanceof Error && thrown.stack) writeLine(io.stderr, thrown.stack)
  else writeLine(io.stderr, '(run again with --debug for the stack trace, and please report it)')
  return 70
}
