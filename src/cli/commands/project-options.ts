import type { CliIo, GlobalOptions } from '../io'

/** The project a command works on, as the global options and the environment give it (the library's `ProjectOptions`). */
export function projectOptionsOf(
  globals: GlobalOptions,
  io: CliIo
): { cwd: string; env: NodeJS.ProcessEnv; profiles: string[]; configFile?: string } {
  return { cwd: globals.cwd, env: io.env, profiles: globals.profile, configFile: globals.config }
}
