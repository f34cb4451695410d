import { newFeature, templates } from '../../index'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'

export const registerTemplates: RegisterCommand = (program, context) => {
  program
    .command('new')
    .description('write a new spec from a template: specloop new feature NAME --template rule-table')
    .command('feature <name>')
    .description(
      'a well-formed feature (Background, Rules, a Scenario Outline with boundary rows, a refusal) in ' +
        'features/NAME.feature; an existing file is never overwritten'
    )
    .option('-t, --template <name>', 'the template (specloop templates lists them)')
    .action((name: string, options: { template?: string }) => {
      const globals = context.globals()
      const { io } = context
      const result = newFeature({ cwd: globals.cwd, name, template: options.template })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else {
        for (const error of result.errors) writeLine(io.stderr, formatError(error))
        if (result.file && result.template) {
          writeLine(
            io.stdout,
            `Created ${result.file} from the template ${result.template.name}${result.template.source === 'built-in' ? '' : ` (${result.template.source})`}.`
          )
          writeLine(io.stdout, 'Next: edit its steps and examples to your domain, then: npx specloop run')
        }
      }
      context.setExitCode(result.exitCode)
    })
  program
    .command('templates')
    .description("the spec templates `specloop new feature` writes from: specloop's own and the project's")
    .action(() => {
      const globals = context.globals()
      const { io } = context
      const result = templates({ cwd: globals.cwd })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else {
        for (const error of result.errors) writeLine(io.stderr, formatError(error))
        const width = Math.max(0, ...result.templates.map((template) => template.name.length))
        for (const template of result.templates) {
          const source =
            template.source === 'built-in' ? 'built-in' : `${template.source}${template.overrides ? ', replaces the built-in' : ''}`
          writeLine(
            io.stdout,
            `${template.name.padEnd(width)}  ${template.description || 'no description (its first line: # template: NAME — what it is for)'} (${source})`
          )
        }
        writeLine(
          io.stdout,
          `Your own: ${result.folder}/NAME.feature (a feature with {{name}} for its name). Use one: specloop new feature NAME --template NAME`
        )
      }
      context.setExitCode(result.exitCode)
    })
}
