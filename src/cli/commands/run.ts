import path from 'node:path'
import { resolveGenerator, run, RunPhase } from '../../index'
import type {
  CheckResult,
  GenerateResult,
  VerifyResult,
  ReportResult,
  ModelGenerateResult,
  OperationOutcome,
  RunOptions,
  RunResult
} from '../../index'
import { formatError } from '../../errors'
import { CliIo, stoppedBeforeRunning, writeJson, writeLine } from '../io'
import { startProgress } from '../progress'
import { addGeneratorOptions, GeneratorCommandOptions } from '../model-options'
import { describeRound, describeSummary } from '../format-model'
import { describeGeneratedParts, describeOfflineRound, describeOutcome } from '../format-generate'
import type { CommandContext, RegisterCommand } from '../command'
// specloop's own rule, synthesised from features/rules/plural.feature: "1 scenario", "2 scenarios".
import { describeCount as plural } from '../../../generated/src/describeCount'

function countsText(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([status, count]) => status !== 'total' && count > 0)
    .map(([status, count]) => `${count} ${status}`)
  return parts.join(', ')
}

/** One plain line per phase: readable in CI logs and on a terminal alike. */
function describePhase(phase: RunPhase, result: unknown, cwd: string): string[] {
  if (phase === 'check') {
    const checked = result as CheckResult
    const { counts } = checked
    const lines = [
      `check     ${plural(counts.features, 'feature')}, ${plural(counts.scenarios, 'scenario')}, ` +
        `${checked.bound ? `${counts.undefinedSteps} undefined step texts` : 'steps not bound'}, ${plural(counts.parseErrors, 'parse error')}`
    ]
    for (const error of checked.errors) lines.push(`          ${formatError(error)}`)
    return lines
  }
  if (phase === 'generate') {
    const generated = result as GenerateResult
    const lines = [
      `generate  ${plural(generated.counts.stepDefinitions, 'step definition')}, ${describeGeneratedParts(generated)}, ` +
        `${plural(generated.written.length, 'file')} written`
    ]
    for (const outcome of generated.implementations) {
      const [first, ...rest] = describeOutcome(outcome)
      if (first !== undefined) lines.push(`          ${outcome.name}: ${first}`, ...rest.map((line) => `          ${line}`))
    }
    for (const warning of generated.warnings) lines.push(`          warning: ${formatError(warning)}`)
    for (const error of generated.errors) lines.push(`          ${formatError(error)}`)
    return lines
  }
  if (phase === 'model') {
    const model = result as ModelGenerateResult
    if (model.error) return [`model     ${formatError(model.error)}`]
    return [
      ...(model.summary?.error ? [`model     ${formatError(model.summary.error)}`] : []),
      ...describeSummary(model).map((line) => `model     ${line}`)
    ]
  }
  if (phase === 'verify') {
    const verified = result as VerifyResult
    const byStatus = countsText(verified.scenarioCounts as unknown as Record<string, number>) || 'none'
    const traced = verified.trace ? `, traced to ${plural(verified.trace.files, 'file')}` : ''
    const lines = [`verify    ${plural(verified.scenarioCounts.total, 'scenario')} (${byStatus})${traced}`]
    for (const error of verified.errors) lines.push(`          ${formatError(error)}`)
    // Which scenarios did not pass, located, so a red run never needs a second command to say why.
    for (const scenario of (verified.failing ?? []).slice(0, SHOWN_FAILING)) {
      const message = scenario.errorMessage ? `: ${scenario.errorMessage.split('\n')[0]!.slice(0, 200)}` : ''
      lines.push(`          ${scenario.status}: ${scenario.uri}:${scenario.line} ${scenario.name}${message}`)
    }
    if ((verified.failing?.length ?? 0) > SHOWN_FAILING) lines.push(`          … ${verified.failing!.length - SHOWN_FAILING} more`)
    for (const scenario of verified.hollow)
      lines.push(`          warning: ${scenario.uri}:${scenario.line}: hollow scenario "${scenario.name}" (${scenario.reason})`)
    return lines
  }
  const reported = result as ReportResult
  if (reported.errors.length > 0) return reported.errors.map((error) => `report    ${formatError(error)}`)
  return [
    `report    ${reported.output ? path.relative(cwd, reported.output) || reported.output : 'written'} (${plural(reported.files, 'file')})`
  ]
}

/** Failing scenarios listed under verify's line; the rest are counted. */
const SHOWN_FAILING = 10

const UNDONE: Record<Exclude<OperationOutcome['status'], 'synthesised'>, string> = {
  ambiguous: 'ambiguous (the examples do not decide the rule)',
  'no-rule': 'without a rule',
  stateful: 'needing a model provider'
}

/** Why a run that did not stop is not green, counted: what the exit code stands for, in words. */
function whyNotGreen(result: RunResult): string[] {
  const reasons: string[] = []
  const scenarios = result.verify?.scenarioCounts
  if (scenarios && scenarios.total > scenarios.passed) reasons.push(`${plural(scenarios.total - scenarios.passed, 'scenario')} not passing`)
  const ours = (result.generate?.implementations ?? []).filter((outcome) => !outcome.keptByHand)
  for (const [status, words] of Object.entries(UNDONE)) {
    const undone = ours.filter((outcome) => outcome.status === status)
    if (undone.length > 0) reasons.push(`${undone.length} ${words}: ${undone.map((outcome) => outcome.name).join(', ')}`)
  }
  const modelAmbiguous = (result.model?.proposals ?? []).filter((proposal) => proposal.verdict.status === 'ambiguous').length
  if (modelAmbiguous > 0) reasons.push(`${modelAmbiguous} of the model's rules ambiguous`)
  const errors = result.errors.length
  if (errors > 0) reasons.push(`${plural(errors, 'error')} above`)
  return reasons
}

interface RunCommandOptions extends GeneratorCommandOptions {
  sandbox: boolean
  strict: boolean
  out: string
}

export const registerRun: RegisterCommand = (program, context) => {
  const command = program
    .command('run')
    .description('check → generate → verify → report (offline by default)')
    .option('--no-sandbox', "run generated code without Node's permission model")
    .option('-o, --out <dir>', 'directory of the HTML report', 'reports')
    .option('--strict', 'a ledger that no longer verifies stops the run before anything is written; hollow scenarios fail verify', false)
  addGeneratorOptions(command)
  command.action((options: RunCommandOptions) => runCommand(options, context))
}

async function runCommand(options: RunCommandOptions, context: CommandContext): Promise<void> {
  const globals = context.globals()
  const { io } = context
  const json = globals.format === 'json'
  const project = { cwd: globals.cwd, env: io.env, profiles: globals.profile, configFile: globals.config }
  const resolved = await resolveGenerator(project, options)
  if (resolved.error !== undefined) {
    const stopped = stoppedBeforeRunning(resolved.error)
    if (json) writeJson(io.stdout, stopped)
    else writeLine(io.stderr, `specloop run: ${formatError(resolved.error)}`)
    context.setExitCode(stopped.exitCode)
    return
  }
  const progress = runProgress(io, globals.cwd, json)
  const started = Date.now()
  const model = resolved.model && {
    ...resolved.model,
    onStart: (info: { generator: string; model: string; endpoint: string }) =>
      !json && writeLine(io.stdout, `model     ${info.generator}, model ${info.model}, ${info.endpoint}`),
    onRound: (report: Parameters<typeof describeRound>[0]) =>
      !json && describeRound(report).forEach((line) => writeLine(io.stdout, `          ${line}`))
  }
  const result = await run({
    ...project,
    sandbox: options.sandbox,
    strict: options.strict,
    reportDirectory: path.resolve(globals.cwd, options.out),
    maxRounds: model ? undefined : options.maxRounds,
    timeLimitMs: !model && options.timeLimit !== undefined ? options.timeLimit * 1000 : undefined,
    model,
    ...progress.hooks
  })
  progress.stop()
  if (json) writeJson(io.stdout, result)
  else {
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const verdict = result.exitCode === 0 ? 'green' : result.stoppedAt ? `stopped at ${result.stoppedAt}` : 'not green'
    const reasons = result.exitCode === 0 ? [] : whyNotGreen(result)
    writeLine(io.stdout, `run       ${verdict} in ${seconds} s${reasons.length > 0 ? `: ${reasons.join(', ')}` : ''}`)
  }
  context.setExitCode(result.exitCode)
}

/** What the live line says once a phase is done. */
const NEXT: Record<RunPhase, string | undefined> = {
  check: 'generating',
  generate: 'verifying',
  model: 'verifying',
  verify: 'writing the report',
  report: undefined
}

/**
 * A live line on a terminal (phase, round, elapsed); plain lines only in CI. The live line says
 * what is being worked on; each round and each phase also gets plain lines that stay (the log in CI).
 * With --format json nothing is printed.
 */
function runProgress(io: CliIo, cwd: string, json: boolean) {
  let progress = json ? undefined : startProgress(io, 'checking')
  let round = 1
  const hooks: Pick<RunOptions, 'onOperation' | 'onGenerated' | 'onRound' | 'onPhase'> = {
    onOperation: (name, index, total) => progress?.update(`round ${round}: synthesising ${name} (${index}/${total})`),
    onGenerated: () => progress?.update(`round ${round}: tsc and the suite`),
    onRound: (report) => {
      round = report.round + 1
      progress?.above(() => writeLine(io.stdout, `generate  ${describeOfflineRound(report)}`))
      progress?.update(`round ${round}: a wider search`)
    },
    onPhase: json
      ? undefined
      : (phase, phaseResult) => {
          progress?.stop()
          for (const line of describePhase(phase, phaseResult, cwd)) writeLine(io.stdout, line)
          const next = NEXT[phase]
          progress = next ? startProgress(io, next) : undefined
        }
  }
  return { hooks, stop: () => progress?.stop() }
}
