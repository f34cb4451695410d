import { traceQuery, TraceQueryResult, traceMatrix } from '../../index'
import { matrixCsv } from '../../governance'
import type { MatrixRow } from '../../governance'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'
import { plural } from '../../text'

const ranges = (list: { start: number; end: number }[]) =>
  list.map(({ start, end }) => (start === end ? `${start}` : `${start}-${end}`)).join(', ')
/** "line 21", "lines 3-5, 9". */
const linesText = (list: { start: number; end: number }[]) =>
  `${list.length === 1 && list[0].start === list[0].end ? 'line' : 'lines'} ${ranges(list)}`

function printTraceResult(result: TraceQueryResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  for (const error of result.errors) writeLine(stderr, formatError(error))
  if (result.executedBy) {
    const { path, line, scenarios } = result.executedBy
    const target = line === undefined ? path : `${path}:${line}`
    if (scenarios.length === 0 && result.executedBy.executable === false)
      writeLine(stdout, `${target} has no statement (a comment, a blank line or a declaration): no scenario can run it`)
    else if (scenarios.length === 0) writeLine(stdout, `No scenario executed ${target}`)
    else writeLine(stdout, `${plural(scenarios.length, 'scenario')} executed ${target}:`)
    for (const scenario of scenarios) {
      const lines = scenario.lines ? ` ${linesText(scenario.lines)}` : ''
      writeLine(stdout, `  ${scenario.uri}:${scenario.line} ${scenario.name} (${scenario.status})${lines}`)
    }
  }
  for (const entry of result.scenarios ?? []) {
    const { scenario } = entry
    writeLine(stdout, `${scenario.uri}:${scenario.line} ${scenario.name} (${scenario.status}) executed:`)
    if (entry.files.length === 0) writeLine(stdout, '  no line of the project')
    for (const file of entry.files) writeLine(stdout, `  ${file.path} (${file.role}): ${ranges(file.ranges)}`)
  }
  if (result.uncovered) {
    if (result.uncovered.length === 0) writeLine(stdout, 'Every traced line and function is executed by some scenario')
    else writeLine(stdout, 'Executed by no scenario:')
    for (const file of result.uncovered) {
      const functions = file.functions
        .map((fn) => `${fn.name} (${fn.line === fn.endLine ? fn.line : `${fn.line}-${fn.endLine}`})`)
        .join(', ')
      writeLine(
        stdout,
        `  ${file.path} (${file.role}): ${file.ranges.length > 0 ? linesText(file.ranges) : 'lines none'}${functions ? `; functions ${functions}` : ''}`
      )
    }
  }
}

function printMatrix(rows: readonly MatrixRow[], stdout: NodeJS.WritableStream): void {
  for (const row of rows) {
    const approval =
      row.approval.state === 'new'
        ? 'not approved'
        : `${row.approval.state === 'changed' ? 'changed since approved' : 'approved'} by ${row.approval.by} ` +
          `${row.approval.at?.slice(0, 10)}${row.approval.ticket ? ` (${row.approval.ticket})` : ''}`
    writeLine(
      stdout,
      `${row.feature}:${row.line} ${row.scenario}${row.tags.length ? ` ${row.tags.join(' ')}` : ''} — ${row.result}; ${approval}`
    )
    for (const step of row.stepDefinitions) writeLine(stdout, `  step      ${step.pattern} (${step.uri}:${step.line})`)
    for (const generated of row.generatedFiles)
      writeLine(
        stdout,
        `  generated ${generated.path}: ${plural(generated.lines, 'line')} ` +
          `(${generated.generator}${generated.model ? `, ${generated.model}` : ''}, ${generated.bodySha256.slice(0, 12)})`
      )
    for (const written of row.handWrittenFiles) writeLine(stdout, `  code      ${written.path}: ${plural(written.lines, 'line')}`)
  }
  writeLine(stdout, `${plural(rows.length, 'scenario')}; --format csv or --format json for the full matrix`)
}

export const registerTrace: RegisterCommand = (program, context) => {
  program
    .command('trace')
    .argument('[file]', 'FILE or FILE:LINE: the scenarios that executed it')
    .description('query the latest trace: which scenarios ran a line, what a scenario ran, what no scenario runs')
    .option('--scenario <scenario>', 'a scenario name or FEATURE:LINE: the files and lines it executed')
    .option('--uncovered', 'functions and lines of the project that no scenario executes', false)
    .option('--run <run-id>', 'query this run instead of the latest')
    .option(
      '--matrix',
      'the traceability matrix: each scenario → approval → step definitions → generated files → lines → last result (--format csv or json for auditors)',
      false
    )
    .action(async (file: string | undefined, options: { scenario?: string; uncovered: boolean; run?: string; matrix: boolean }) => {
      const globals = context.globals()
      const { io } = context
      if (options.matrix) {
        const result = await traceMatrix({
          cwd: globals.cwd,
          env: io.env,
          profiles: globals.profile,
          configFile: globals.config,
          run: options.run
        })
        if (globals.format === 'json') writeJson(io.stdout, result)
        else if (result.errors.length > 0) for (const error of result.errors) writeLine(io.stderr, formatError(error))
        else if (globals.format === 'csv') io.stdout.write(matrixCsv(result.rows))
        else printMatrix(result.rows, io.stdout)
        context.setExitCode(result.exitCode)
        return
      }
      // trace finds the run above the folder it is asked from, and reads FILE from there.
      const result = traceQuery({
        cwd: globals.invokedFrom,
        target: file,
        scenario: options.scenario,
        uncovered: options.uncovered,
        run: options.run
      })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printTraceResult(result, io.stdout, io.stderr)
      context.setExitCode(result.exitCode)
    })
}
