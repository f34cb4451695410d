import path from 'node:path'
import { init } from '../../index'
import type { InitResult } from '../../index'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { CliIo } from '../io'
import { EDITOR_SETTINGS } from '../../project/init-templates'
import type { RegisterCommand } from '../command'

export const registerInit: RegisterCommand = (program, context) => {
  program
    .command('init')
    .argument('[dir]', 'the project: a new directory, or an existing project that gains what it lacks', '.')
    .description(
      'scaffold a spec project that runs with plain `npx cucumber-js`, or add specloop to an existing one (nothing is overwritten)'
    )
    .action(async (directory: string) => {
      const globals = context.globals()
      const { io } = context
      const result = init({ directory: path.resolve(globals.cwd, directory) })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else {
        for (const error of result.errors) writeLine(io.stderr, formatError(error))
        if (result.errors.length === 0) printInit(result, io)
      }
      context.setExitCode(result.exitCode)
    })
}

/** What init wrote, merged and kept, then the command to run next. */
function printInit(result: InitResult, io: CliIo): void {
  const existing = result.merged !== undefined || result.kept.length > 0
  writeLine(
    io.stdout,
    existing ? `Added specloop to the project in ${result.directory}:` : `Created a spec project in ${result.directory}:`
  )
  for (const file of result.written) writeLine(io.stdout, `  created  ${file}`)
  if (result.merged) printPackageMerge(result.merged, io.stdout)
  if (result.kept.length > 0) writeLine(io.stdout, `  kept as they are (yours): ${result.kept.join(', ')}`)
  if (result.gitignore !== undefined)
    writeLine(io.stdout, `  .gitignore is yours: add ${result.gitignore.add.join(', ')} to it (what specloop writes that is not source)`)
  if (result.cucumberConfig !== undefined && result.cucumberConfig.add.length === 0)
    writeLine(io.stdout, `  ${result.cucumberConfig.file} is your cucumber configuration, and it loads the code specloop generates`)
  else if (result.cucumberConfig !== undefined)
    writeLine(
      io.stdout,
      `  ${result.cucumberConfig.file} is your cucumber configuration: no cucumber.js was written (cucumber-js would read it first). ` +
        `Add ${result.cucumberConfig.add.map((glob) => JSON.stringify(glob)).join(' and ')} to its "require" ("import" for ESM steps) ` +
        'so cucumber-js loads the code specloop generates, and a TypeScript loader if it has none ' +
        '("requireModule": ["ts-node/register/transpile-only"]; "loader" for ESM)'
    )
  printEditorSettings(result.editor, io.stdout)
  printTsconfigTarget(result.tsconfig, io.stdout)
  printNxPlugin(result.nx, io)
  const relative = path.relative(io.cwd, result.directory)
  const where = shellPath(relative)
  writeLine(io.stdout, `Next: ${nextCommands(result, io.cwd)}`)
  printSpecloopDependency(result, relative ? where : '', io.stdout)
}

/** Quoted for the shell when it needs to be, so the line can be pasted as it is. */
const shellPath = (relative: string) => (/^[\w./-]+$/.test(relative) ? relative : `'${relative.replace(/'/g, `'\\''`)}'`)

/** Install, then run: in an npm workspace the install belongs at the monorepo's root, the run in the project. */
function nextCommands(result: InitResult, cwd: string): string {
  const installAt = result.workspaceRoot ?? result.directory
  const steps: string[] = []
  const toInstall = path.relative(cwd, installAt)
  if (toInstall) steps.push(`cd ${shellPath(toInstall)}`)
  steps.push('npm install')
  const toProject = path.relative(installAt, result.directory)
  if (toProject) steps.push(`cd ${shellPath(toProject)}`)
  steps.push('npx cucumber-js')
  return `${steps.join(' && ')}${result.workspaceRoot ? ' (the project is an npm workspace: npm installs at the root)' : ''}`
}

/** What package.json gained, the placeholder replaced, and the scripts of the project's own that were kept. */
function printPackageMerge(merged: NonNullable<InitResult['merged']>, stdout: NodeJS.WritableStream): void {
  if (merged.added.length > 0) writeLine(stdout, `  package.json: added ${merged.added.join(', ')}`)
  for (const key of merged.replaced) writeLine(stdout, `  package.json: replaced npm's placeholder ${key} (it only fails) with specloop's`)
  if (merged.added.length + merged.replaced.length === 0) writeLine(stdout, '  package.json: already has everything specloop needs')
  for (const kept of merged.keptScripts)
    writeLine(stdout, `  package.json: kept your ${kept.key}; specloop's would be ${JSON.stringify(kept.command)}`)
}

/** How the project's package.json names specloop, or the command that adds it when init could not tell. */
function printSpecloopDependency(result: InitResult, where: string, stdout: NodeJS.WritableStream): void {
  const { specloop } = result
  if (specloop.spec === undefined) {
    writeLine(stdout, `specloop is not in its package.json (${specloop.reason}); to add it${where ? ` in ${where}` : ''}:`)
    writeLine(stdout, `  ${specloop.command}`)
  } else if (specloop.source !== 'package.json') {
    writeLine(stdout, `Its package.json names specloop ${specloop.spec}, as it is installed here (from ${specloop.source}).`)
  }
}

/** The target init added to the project's tsconfig.json, or the one to set by hand. */
function printTsconfigTarget(tsconfig: InitResult['tsconfig'], stdout: NodeJS.WritableStream): void {
  const why = "cucumber-js's World class needs ES2015 or later; tsc's default is ES5"
  if (tsconfig?.action === 'target-added')
    writeLine(stdout, `  ${tsconfig.file}: added compilerOptions.target ${JSON.stringify(tsconfig.target)} (${why})`)
  if (tsconfig?.action === 'by-hand')
    writeLine(
      stdout,
      `  ${tsconfig.file} is left as it is (it has comments, or a target of its own): ` +
        `set compilerOptions.target to ${JSON.stringify(tsconfig.target)} or later by hand (${why})`
    )
}

function printEditorSettings(editor: InitResult['editor'], stdout: NodeJS.WritableStream): void {
  if (editor?.action === 'created')
    writeLine(stdout, `  created  ${editor.file} (where the Cucumber extension for VS Code finds the steps)`)
  if (editor?.action === 'merged') writeLine(stdout, `  ${editor.file}: added ${editor.added.join(', ')}`)
  if (editor?.action === 'by-hand' && editor.added.length > 0)
    writeLine(
      stdout,
      `  ${editor.file} has comments, so it is left as it is: ` +
        `add ${editor.added.map((key) => `"${key}": ${JSON.stringify(EDITOR_SETTINGS[key])}`).join(', ')} for the Cucumber extension`
    )
}

function printNxPlugin(nx: InitResult['nx'], io: CliIo): void {
  const nxJson = nx ? path.relative(io.cwd, nx.file) || nx.file : ''
  if (nx?.action === 'registered')
    writeLine(
      io.stdout,
      `  ${nxJson}: registered the Nx plugin ${nx.plugin} (targets spec-check, spec-generate, spec-verify, spec-report, spec-verify-ci)`
    )
  if (nx?.action === 'complete') writeLine(io.stdout, `  ${nxJson}: the Nx plugin ${nx.plugin} is registered already`)
}
