import { check } from '../../index'
import { printCheckResult } from '../format-check'
import { fromInvocation, writeJson } from '../io'
import type { RegisterCommand } from '../command'

export const registerCheck: RegisterCommand = (program, context) => {
  program
    .command('check')
    .description('parse every feature and bind every step: parse errors, undefined, ambiguous and unused steps')
    .argument('[paths...]', 'feature files or folders to report on (default: every feature of the project)')
    .action(async (paths: string[]) => {
      const globals = context.globals()
      const { io } = context
      const result = await check({
        cwd: globals.cwd,
        env: io.env,
        profiles: globals.profile,
        configFile: globals.config,
        paths: paths.map((typed) => fromInvocation(globals, typed))
      })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printCheckResult(result, io.stdout, io.stderr)
      context.setExitCode(result.exitCode)
    })
}
