import path from 'node:path'
import { InvalidArgumentError } from 'commander'
import { verify, VerifyResult } from '../../index'
import { formatError, specloopError } from '../../errors'
import { formatShard, parseShard } from '../../trace'
import type { Shard } from '../../trace'
import { fromInvocation, stoppedBeforeRunning, writeJson, writeLine } from '../io'
import type { CommandContext, RegisterCommand } from '../command'
import { projectOptionsOf } from './project-options'
// specloop's own rule, synthesised from features/rules/plural.feature.
import { describeCount as plural } from '../../../generated/src/describeCount'
import { SPECLOOP_DIRECTORY } from '../../workspace'

const HOLLOW_REASONS = {
  'no-implementation': 'it ran no implementation code, only step definitions',
  'no-assertion': 'its Then steps executed no assertion'
}

function parseWorkers(value: string): number {
  const workers = Number(value)
  if (!Number.isInteger(workers) || workers < 0) throw new InvalidArgumentError('expected a whole number of workers')
  return workers
}

function parseShardOption(value: string): Shard {
  const parsed = parseShard(value)
  if (parsed.error) throw new InvalidArgumentError(`${parsed.error.message.replace(/^--shard \S+: /, '')} (${parsed.error.hint})`)
  return parsed.shard
}

function printVerifyResult(result: VerifyResult, stdout: NodeJS.WritableStream, stderr: NodeJS.WritableStream, strict: boolean): void {
  const { affected } = result
  if (affected) {
    if (!affected.narrowed) writeLine(stdout, `Affected: ${affected.reason}, so every scenario runs (${affected.total})`)
    else if (affected.selected.length === 0)
      writeLine(stdout, `Affected: no scenario (of ${affected.total}) is affected by the changes; the latest trace still holds`)
    else {
      writeLine(stdout, `Affected: ${affected.selected.length} of ${affected.total} scenarios selected:`)
      for (const scenario of affected.selected) {
        const where = scenario.changedLines.length > 0 ? ` (${scenario.changedLines.join(', ')})` : ''
        writeLine(stdout, `  ${scenario.uri}:${scenario.line} ${scenario.name} — ${scenario.reasons.join(', ')}${where}`)
      }
    }
  }
  for (const error of result.errors) writeLine(stderr, formatError(error))
  for (const warning of result.warnings) writeLine(stderr, `warning: ${formatError(warning)}`)
  for (const scenario of result.hollow) {
    writeLine(
      stdout,
      `${strict ? 'error' : 'warning'}: ${scenario.uri}:${scenario.line}: hollow scenario "${scenario.name}": ${HOLLOW_REASONS[scenario.reason]}`
    )
  }
  if (result.runDirectory && result.trace) {
    const relative = path.relative(result.cwd, result.runDirectory)
    if (result.shard)
      writeLine(
        stdout,
        `Shard ${formatShard(result.shard)}: ${plural(result.trace.scenarios, 'scenario')} of the suite ran here; \`specloop merge\` combines the shards' runs`
      )
    writeLine(
      stdout,
      `Trace: ${plural(result.trace.scenarios, 'scenario')}, ${plural(result.trace.files, 'file')} in ${relative}/trace.json; ` +
        `coverage in ${relative}/coverage/ (lcov.info, html/)`
    )
  }
  if (result.coverageSummary && result.trace && result.trace.files > 0) {
    const lines = result.coverageSummary.split('\n').filter((line) => /^(Statements|Branches|Functions|Lines)/.test(line.trim()))
    if (lines.length > 0)
      writeLine(stdout, `Coverage: ${lines.map((line) => line.trim().replace(/\s+/g, ' ').replace(/ : /, ' ')).join('; ')}`)
  }
}

function parseRetry(value: string): number {
  const times = Number(value)
  if (!Number.isInteger(times) || times < 0) throw new InvalidArgumentError('expected a whole number of retries, 0 or more')
  return times
}

interface VerifyCommandOptions {
  sandbox: boolean
  strict: boolean
  ci: boolean
  parallel?: number
  affected: boolean
  base: string
  tags?: string
  name: string[]
  retry?: number
  shard?: Shard
}

export const registerVerify: RegisterCommand = (program, context) => {
  program
    .command('verify')
    .argument('[paths...]', 'feature files, FEATURE:LINE or @rerun.txt, as cucumber-js takes them (default: the configured paths)')
    .description('run the suite as cucumber-js does and trace every scenario to the code lines it ran')
    .option(
      '--no-sandbox',
      `run without Node's permission model (for steps that must spawn processes or write outside ${SPECLOOP_DIRECTORY}/)`
    )
    .option(
      '--strict',
      'hollow scenarios (no implementation code run, or no assertion in their Then steps) and unconfirmed generated code fail the run',
      false
    )
    .option(
      '--ci',
      'apply the policy\'s verify stage: with "stages": { "verify": "require-fresh" } in specloop.json, stale generated code is refused before anything runs',
      false
    )
    .option('--parallel <workers>', 'run scenarios in this many worker processes, as cucumber-js --parallel', parseWorkers)
    .option('--affected', 'run only the scenarios that changes since --base can affect, and merge them into the latest trace', false)
    .option('--base <rev>', 'git revision the changes are measured from (with --affected)', 'HEAD')
    .option('--tags <expression>', "only scenarios whose tags match, as cucumber-js --tags (and-ed with the profile's)")
    .option(
      '--name <regexp>',
      'only scenarios whose name matches, as cucumber-js --name (repeatable)',
      (name: string, names: string[]) => [...names, name],
      [] as string[]
    )
    .option(
      '--shard <index/total>',
      'run only shard INDEX of TOTAL (the INDEX-th of every TOTAL scenarios), as cucumber-js --shard; `specloop merge` combines the runs',
      parseShardOption
    )
    .option('--retry <times>', 'retry a failing scenario up to this many times, as cucumber-js --retry', parseRetry)
    .action((paths: string[], options: VerifyCommandOptions) => runVerify(context, paths, options))
}

async function runVerify(context: CommandContext, paths: string[], options: VerifyCommandOptions): Promise<void> {
  const globals = context.globals()
  const { io } = context
  const json = globals.format === 'json'
  if (options.affected && (paths.length > 0 || options.tags || options.name.length > 0 || options.shard)) {
    const usage = specloopError(
      'USAGE',
      '--affected chooses the scenarios itself: give no feature paths, --tags, --name or --shard with it'
    )
    writeLine(io.stderr, `specloop verify: ${formatError(usage)}`)
    context.setExitCode(stoppedBeforeRunning(usage).exitCode)
    return
  }
  const result = await verify({
    ...projectOptionsOf(globals, io),
    sandbox: options.sandbox,
    strict: options.strict,
    ci: options.ci,
    parallel: options.parallel,
    affected: options.affected,
    base: options.base,
    paths: paths.map((typed) => fromInvocation(globals, typed)),
    filters: { tags: options.tags, names: options.name, retry: options.retry },
    shard: options.shard,
    // cucumber's own formatters print as under cucumber-js; with --format json, stdout is for the JSON.
    stdout: json ? io.stderr : io.stdout,
    stderr: io.stderr
  })
  if (json) writeJson(io.stdout, result)
  else printVerifyResult(result, io.stdout, io.stderr, options.strict)
  context.setExitCode(result.exitCode)
}
