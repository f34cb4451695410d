import type { Command } from 'commander'
import type { CliIo, GlobalOptions } from './io'

/** What every command gets: its parsed global options and the process's surroundings. */
export interface CommandContext {
  io: CliIo
  globals(): GlobalOptions
  setExitCode(code: number): void
}

/** A command module adds its subcommand to the program; main.ts lists the modules. */
export type RegisterCommand = (program: Command, context: CommandContext) => void
