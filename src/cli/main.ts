import path from 'node:path'
import { Command, CommanderError, Option } from 'commander'
import { check, checkExitCode } from '../api/check'
import { init } from '../api/init'
import { formatError } from '../errors'
import { version } from '../version'
import { printCheckResult } from './format-check'
import { CliIo, GlobalOptions, writeJson, writeLine } from './io'

type CommandAction = (globals: GlobalOptions, args: string[], options: Record<string, unknown>) => Promise<number>

/** The CLI: parses arguments, calls the library, prints, returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let exitCode = 0
  const program = new Command('specloop')
  program
    .description('Spec-driven development on Gherkin: check, generate, verify and document.')
    .version(version, '-v, --version')
    .option('-C, --cwd <dir>', 'run in this project directory', io.cwd)
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--profile <name...>', 'cucumber profile(s) to use', [])
    .option('--config <file>', 'cucumber configuration file')
    .option('--debug', 'show stack traces of internal errors', false)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text)
    })
    .showHelpAfterError('(run specloop --help for usage)')

  const globalsOf = (): GlobalOptions => {
    const options = program.opts()
    return {
      cwd: path.resolve(io.cwd, options.cwd as string),
      format: options.format as GlobalOptions['format'],
      debug: Boolean(options.debug),
      profile: options.profile as string[],
      config: options.config as string | undefined
    }
  }
  const define = (command: Command, action: CommandAction) => {
    command.action(async (...received: unknown[]) => {
      const commandObject = received[received.length - 1] as Command
      const options = commandObject.opts()
      const args = received.slice(0, -2).flat().filter((value): value is string => typeof value === 'string')
      exitCode = await action(globalsOf(), args, options)
    })
    return command
  }

  define(
    program.command('check').description('parse every feature and bind every step: parse errors, undefined, ambiguous and unused steps'),
    async (globals) => {
      const result = await check({ cwd: globals.cwd, env: io.env, profiles: globals.profile, configFile: globals.config })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printCheckResult(result, io.stdout, io.stderr)
      return checkExitCode(result)
    }
  )

  define(
    program.command('init').argument('[dir]', 'directory of the new project', '.').description('scaffold a new spec project that runs with plain `npx cucumber-js`'),
    async (globals, args) => {
      const result = init({ directory: path.resolve(globals.cwd, args[0] ?? '.') })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else {
        for (const error of result.errors) writeLine(io.stderr, formatError(error))
        if (result.conflicts.length > 0) {
          writeLine(io.stderr, `specloop init: ${result.conflicts.length} file(s) already exist; nothing was written:`)
          for (const conflict of result.conflicts) writeLine(io.stderr, `  ${path.join(result.directory, conflict)}`)
        }
        if (result.written.length > 0) {
          writeLine(io.stdout, `Created a spec project in ${result.directory}:`)
          for (const file of result.written) writeLine(io.stdout, `  ${file}`)
          writeLine(io.stdout, `Next: cd ${path.relative(io.cwd, result.directory) || '.'} && npm install && npx cucumber-js`)
        }
      }
      if (result.errors.length > 0) return 2
      return result.conflicts.length > 0 ? 1 : 0
    }
  )

  try {
    await program.parseAsync(argv, { from: 'user' })
  } catch (thrown) {
    if (thrown instanceof CommanderError) {
      // --help and --version "fail" with exit code 0.
      return thrown.exitCode === 0 ? 0 : 2
    }
    const globals = (() => {
      try {
        return globalsOf()
      } catch {
        return undefined
      }
    })()
    writeLine(io.stderr, `specloop: internal error: ${thrown instanceof Error ? thrown.message : String(thrown)}`)
    if (globals?.debug && thrown instanceof Error && thrown.stack) writeLine(io.stderr, thrown.stack)
    else writeLine(io.stderr, '(run again with --debug for the stack trace, and please report it)')
    return 70
  }
  return exitCode
}
