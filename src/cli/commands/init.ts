import path from 'node:path'
import { init } from '../../api/init'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'

export const registerInit: RegisterCommand = (program, context) => {
  program
    .command('init')
    .argument('[dir]', 'directory of the new project', '.')
    .description('scaffold a new spec project that runs with plain `npx cucumber-js`')
    .action(async (directory: string) => {
      const globals = context.globals()
      const { io } = context
      const result = init({ directory: path.resolve(globals.cwd, directory) })
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
          const relative = path.relative(io.cwd, result.directory)
          // Quoted for the shell when it needs to be, so the line can be pasted as it is.
          const where = /^[\w./-]+$/.test(relative) ? relative : `'${relative.replace(/'/g, `'\\''`)}'`
          writeLine(io.stdout, `Next: ${relative ? `cd ${where} && ` : ''}npm install && npx cucumber-js`)
        }
      }
      context.setExitCode(result.errors.length > 0 ? 2 : result.conflicts.length > 0 ? 1 : 0)
    })
}
