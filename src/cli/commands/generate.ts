import { generate, generateExitCode, GenerateResult } from '../../api/generate'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'

const plural = (count: number, word: string, pluralWord = `${word}s`) => `${count} ${count === 1 ? word : pluralWord}`

const ACTION_LABEL: Record<string, string> = {
  create: 'create',
  update: 'update',
  unchanged: 'unchanged',
  'kept-hand-edited': 'kept (edited by hand)',
  'kept-hand-written': 'kept (written by hand)',
  refused: 'refused'
}

function printGenerateResult(result: GenerateResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.fatalErrors) writeLine(stderr, formatError(error))
  for (const error of result.parseErrors) writeLine(stdout, formatError(error))
  if (result.fatalErrors.length > 0) return
  if (result.parseErrors.length > 0) {
    writeLine(stdout, `specloop generate: ${plural(result.parseErrors.length, 'problem')} in the specification; nothing was written`)
    return
  }
  const { counts } = result
  if (counts.undefinedTexts === 0 && result.decisions.length === 0) {
    writeLine(stdout, 'Nothing to generate: every step has a definition.')
    return
  }
  writeLine(
    stdout,
    `${plural(counts.stepDefinitions, 'step definition')} for ${plural(counts.undefinedTexts, 'undefined step text')}` +
      `${counts.exactTextDefinitions > 0 ? ` (${counts.exactTextDefinitions} kept to their exact text)` : ''}, ${plural(counts.operations, 'operation')}`
  )
  const implementations = new Map(result.implementations.map((outcome) => [outcome.name, outcome]))
  for (const operation of result.operations) {
    const note = operation.stateful ? `stateful, needs a model provider: ${operation.reason}` : `${plural(operation.examples, 'example')}`
    writeLine(stdout, `  operation ${operation.signature} in ${operation.module} (${note})`)
    const outcome = implementations.get(operation.name)
    if (outcome?.status === 'synthesised') {
      for (const rule of outcome.rules ?? []) writeLine(stdout, `    synthesised (size ${outcome.size}${outcome.candidate > 0 ? `, candidate ${outcome.candidate + 1}` : ''}): ${rule}`)
    } else if (outcome?.status === 'no-rule') writeLine(stdout, `    ${outcome.message}`)
  }
  for (const decision of result.decisions) {
    if (decision.action === 'unchanged') continue
    writeLine(stdout, `  ${(result.dryRun && (decision.action === 'create' || decision.action === 'update') ? `would ${decision.action}` : ACTION_LABEL[decision.action]).padEnd(22)} ${decision.path}${decision.reason ? ` — ${decision.reason}` : ''}`)
  }
  const unchanged = result.decisions.filter((decision) => decision.action === 'unchanged').length
  const changing = result.decisions.filter((decision) => decision.action === 'create' || decision.action === 'update').length
  if (result.dryRun) {
    if (result.diff) stdout.write(result.diff)
    writeLine(stdout, `Dry run: ${plural(changing, 'file')} would be written, nothing was.`)
  } else if (result.written.length === 0) {
    writeLine(stdout, `Nothing to write: ${plural(unchanged, 'generated file')} already up to date.`)
  } else {
    writeLine(stdout, `Wrote ${plural(result.written.length, 'file')}${unchanged > 0 ? `; ${unchanged} unchanged` : ''}.`)
  }
}

export const registerGenerate: RegisterCommand = (program, context) => {
  program
    .command('generate')
    .description('write typed step definitions and, from example tables, the implementation of each operation')
    .option('--steps-only', 'only step definitions, World, support code and operation stubs (no synthesis)', false)
    .option('--dry-run', 'print the files and a diff instead of writing', false)
    .action(async (options: { stepsOnly: boolean; dryRun: boolean }) => {
      const globals = context.globals()
      const { io } = context
      const result = await generate({ cwd: globals.cwd, env: io.env, profiles: globals.profile, configFile: globals.config, dryRun: options.dryRun, stepsOnly: options.stepsOnly })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printGenerateResult(result, io.stdout, io.stderr)
      context.setExitCode(generateExitCode(result))
    })
}
