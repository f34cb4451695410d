import { InvalidArgumentError, Option } from 'commander'
import { formatError } from '../../errors'
import { generateWithModel } from '../../generators/model'
import type { ModelGenerateResult, ModelRoundReport } from '../../generators/model'
import { describeScore } from '../../generators/loop'
import { writeJson, writeLine } from '../io'
import type { RegisterCommand } from '../command'

function positiveNumber(value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new InvalidArgumentError('expected a positive number')
  return number
}

function positiveInteger(value: string): number {
  const number = positiveNumber(value)
  if (!Number.isInteger(number)) throw new InvalidArgumentError('expected a whole number')
  return number
}

export function describeRound(report: ModelRoundReport): string[] {
  const lines: string[] = []
  const wrote = report.written.length > 0 ? `wrote ${report.written.join(', ')}` : 'wrote nothing'
  const outcome =
    report.outcome === 'rolled-back' ? 'worse: rolled back to the best version so far' : report.outcome === 'improved' ? 'better' : report.outcome === 'no-progress' ? 'no progress' : report.outcome === 'unusable-answer' ? 'answer not usable' : 'model error'
  lines.push(`round ${report.round}: ${wrote}${report.score ? `; ${describeScore(report.score)}` : ''} (${outcome})`)
  if (report.problem) lines.push(`  ${report.problem}`)
  for (const file of report.notWritten) lines.push(`  not written: ${file.path}: ${file.reason ?? file.action}`)
  return lines
}

export function describeSummary(result: ModelGenerateResult): string[] {
  const summary = result.summary!
  const lines = [`stopped: ${summary.stopReason} (${summary.stopDetail})`]
  lines.push(`${summary.rounds} round${summary.rounds === 1 ? '' : 's'}, tokens ${summary.tokens.input} in / ${summary.tokens.output} out, scenarios green ${summary.best.passed}/${summary.best.total}`)
  return lines
}

/**
 * `specloop model-generate`: the model generator and its repair loop on their own, until
 * `specloop generate --generator openai` runs the offline generator first and then this.
 */
export const registerModelGenerate: RegisterCommand = (program, context) => {
  program
    .command('model-generate')
    .description('ask an OpenAI-compatible model for the undefined or failing steps, and repair until the suite is green')
    .addOption(new Option('--generator <name>', 'openai (a live endpoint) or replay (a recorded cassette)').choices(['openai', 'replay']))
    .option('--model <name>', 'the model (default: SPECLOOP_MODEL, or "generate.model" in specloop.json)')
    .option('--record <dir>', 'save each request/response pair in DIR (authorisation stripped)')
    .option('--cassette <dir>', 'with --generator replay: replay from DIR, offline')
    .option('--max-rounds <n>', 'stop after N rounds (default 5)', positiveInteger)
    .option('--token-budget <n>', 'stop when N tokens (in + out) are spent', positiveInteger)
    .option('--time-limit <seconds>', 'stop after this many seconds', positiveNumber)
    .option('--request-timeout <seconds>', 'give up on one model request after this many seconds (default 300; retried)', positiveNumber)
    .action(async (options: { generator?: 'openai' | 'replay'; model?: string; record?: string; cassette?: string; maxRounds?: number; tokenBudget?: number; timeLimit?: number; requestTimeout?: number }) => {
      const globals = context.globals()
      const { io } = context
      const text = globals.format === 'text'
      if (options.record && options.generator === 'replay') {
        writeLine(io.stderr, 'specloop: --record and --generator replay do not go together')
        context.setExitCode(2)
        return
      }
      const result = await generateWithModel({
        cwd: globals.cwd,
        env: io.env,
        profiles: globals.profile,
        configFile: globals.config,
        generator: options.generator,
        model: options.model,
        recordDirectory: options.record,
        cassetteDirectory: options.cassette,
        maxRounds: options.maxRounds,
        tokenBudget: options.tokenBudget,
        timeLimitSeconds: options.timeLimit,
        requestTimeoutSeconds: options.requestTimeout,
        onStart: (info) => text && writeLine(io.stdout, `model generator: ${info.generator}, model ${info.model}, ${info.endpoint}`),
        onRound: (report) => text && describeRound(report).forEach((line) => writeLine(io.stdout, line))
      })
      if (result.error) {
        if (text) writeLine(io.stderr, `specloop: ${formatError(result.error)}`)
        else writeJson(io.stdout, { error: result.error })
        context.setExitCode(2)
        return
      }
      const summary = result.summary!
      if (text) {
        if (summary.error) writeLine(io.stderr, `specloop: ${formatError(summary.error)}`)
        describeSummary(result).forEach((line) => writeLine(io.stdout, line))
      } else {
        writeJson(io.stdout, result)
      }
      context.setExitCode(summary.green ? 0 : 1)
    })
}
