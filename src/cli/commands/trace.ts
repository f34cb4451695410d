import { traceQuery, TraceQueryResult } from '../../api/trace'
import { formatError } from '../../errors'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'

const ranges = (list: { start: number; end: number }[]) => list.map(({ start, end }) => (start === end ? `${start}` : `${start}-${end}`)).join(', ')
/** "line 21", "lines 3-5, 9". */
const linesText = (list: { start: number; end: number }[]) => `${list.length === 1 && list[0].start === list[0].end ? 'line' : 'lines'} ${ranges(list)}`

function printTraceResult(result: TraceQueryResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream): void {
  if (result.error) writeLine(stderr, formatError(result.error))
  if (result.executedBy) {
    const { path, line, scenarios } = result.executedBy
    const target = line === undefined ? path : `${path}:${line}`
    if (scenarios.length === 0 && result.executedBy.executable === false) writeLine(stdout, `${target} has no statement (a comment, a blank line or a declaration): no scenario can run it`)
    else if (scenarios.length === 0) writeLine(stdout, `No scenario executed ${target}`)
    else writeLine(stdout, `${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} executed ${target}:`)
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
      const functions = file.functions.map((fn) => `${fn.name} (${fn.line === fn.endLine ? fn.line : `${fn.line}-${fn.endLine}`})`).join(', ')
      writeLine(stdout, `  ${file.path} (${file.role}): ${file.ranges.length > 0 ? linesText(file.ranges) : 'lines none'}${functions ? `; functions ${functions}` : ''}`)
    }
  }
}

export const registerTrace: RegisterCommand = (program, context) => {
  program
    .command('trace')
    .argument('[file]', 'FILE or FILE:LINE: the scenarios that executed it')
    .description('query the latest trace: which scenarios ran a line, what a scenario ran, what no scenario runs')
    .option('--scenario <scenario>', 'a scenario name or FEATURE:LINE: the files and lines it executed')
    .option('--uncovered', 'functions and lines of the project that no scenario executes', false)
    .option('--run <run-id>', 'query this run instead of the latest')
    .action((file: string | undefined, options: { scenario?: string; uncovered: boolean; run?: string }) => {
      const globals = context.globals()
      const { io } = context
      const result = traceQuery({ cwd: globals.cwd, target: file, scenario: options.scenario, uncovered: options.uncovered, run: options.run })
      if (globals.format === 'json') writeJson(io.stdout, result)
      else printTraceResult(result, io.stdout, io.stderr)
      context.setExitCode(result.exitCode)
    })
}
