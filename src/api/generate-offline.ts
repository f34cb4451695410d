import { appendLedger } from '../ledger'
import { evaluateProject, Evaluation } from '../generators/loop'
import { describeScore } from '../generators/loop'
import { DEFAULT_MAX_SIZE, DEFAULT_TIME_BUDGET_MS } from '../generators/synthesis'
import { generate, GenerateOptions, GenerateResult } from './generate'

export interface OfflineLoopLimits {
  /** Rounds of generate → tsc → cucumber (default 3). */
  maxRounds?: number
  /** Wall-clock budget of the whole loop (default 120 s). */
  timeLimitMs?: number
}

export type OfflineStopReason = 'green' | 'nothing-to-try' | 'max-rounds' | 'time-limit' | 'not-run'

export interface OfflineRound {
  round: number
  /** Operations written from a later candidate, and the widened search bounds, this round. */
  tried: string[]
  written: number
  compiles: boolean
  scenarios: { total: number; passed: number }
  elapsedMs: number
}

export interface OfflineLoopResult {
  /** The last round's generation. */
  generate: GenerateResult
  rounds: OfflineRound[]
  evaluation?: Evaluation
  green: boolean
  stopReason: OfflineStopReason
  elapsedMs: number
}

export interface OfflineLoopOptions extends GenerateOptions, OfflineLoopLimits {
  /** Run the generated code under Node's permission model while the loop evaluates it (default true). */
  sandbox?: boolean
  /** After each round's generation, before the suite runs. */
  onGenerated?(result: GenerateResult): void
  onRound?(round: OfflineRound): void
}

/** The operations whose examples failed: a consistent program can still be the wrong one. */
function operationsBehindFailures(result: GenerateResult, evaluation: Evaluation): string[] {
  const failing = evaluation.suite.scenarios.filter((scenario) => scenario.status !== 'passed')
  const failingSources = new Set(failing.map((scenario) => `${scenario.uri}:${scenario.line}`))
  const frames = failing.map((scenario) => scenario.topStackFrame ?? '')
  const synthesised = new Set(result.implementations.filter((outcome) => outcome.status === 'synthesised').map((outcome) => outcome.name))
  return result.operations
    .filter((operation) => synthesised.has(operation.name))
    .filter((operation) => operation.exampleSources.some((source) => failingSources.has(source)) || frames.some((frame) => frame.includes(operation.module)))
    .map((operation) => operation.name)
}

/**
 * The offline generator's loop: generate (steps + synthesis) → tsc --noEmit → run the suite;
 * while scenarios fail, write the next consistent candidate of the operations behind the
 * failures, and widen the search bounds for operations with no rule yet — until green, nothing
 * is left to try, or the budget (rounds, seconds) is spent. Each round is in the ledger.
 */
export async function generateOffline(options: OfflineLoopOptions): Promise<OfflineLoopResult> {
  const started = Date.now()
  const maxRounds = options.maxRounds ?? 3
  const timeLimitMs = options.timeLimitMs ?? 120_000
  const candidates = new Map(options.candidates ?? [])
  let synthesis = { maxSize: DEFAULT_MAX_SIZE, timeBudgetMs: DEFAULT_TIME_BUDGET_MS, ...options.synthesis }
  const rounds: OfflineRound[] = []
  let tried: string[] = []
  // The suite runs with the configuration generate read, so both see the same scenarios.
  const suiteArgs = [...(options.configFile ? ['--config', options.configFile] : []), ...(options.profiles ?? []).flatMap((profile) => ['--profile', profile])]
  for (let round = 1; ; round++) {
    const roundStarted = Date.now()
    const result = await generate({ ...options, candidates, synthesis, round })
    options.onGenerated?.(result)
    if (options.dryRun || options.stepsOnly || result.fatalErrors.length > 0 || result.parseErrors.length > 0) {
      return { generate: result, rounds, green: false, stopReason: 'not-run', elapsedMs: Date.now() - started }
    }
    const evaluation = await evaluateProject({ cwd: result.cwd, env: options.env ?? {}, suiteArgs, sandbox: options.sandbox })
    const report: OfflineRound = {
      round,
      tried,
      written: result.written.length,
      compiles: evaluation.typeCheck.compiles,
      scenarios: { total: evaluation.suite.counts.total, passed: evaluation.suite.counts.passed },
      elapsedMs: Date.now() - roundStarted
    }
    rounds.push(report)
    options.onRound?.(report)
    appendLedger(result.cwd, {
      kind: 'offline-round',
      generator: 'offline',
      result: { round, tried, score: describeScore(evaluation.score), compiles: report.compiles, scenarios: report.scenarios, green: evaluation.suite.green }
    })
    const finish = (stopReason: OfflineStopReason): OfflineLoopResult => ({ generate: result, rounds, evaluation, green: evaluation.suite.green && evaluation.typeCheck.compiles, stopReason, elapsedMs: Date.now() - started })
    if (evaluation.suite.green && evaluation.typeCheck.compiles) return finish('green')
    // What the next round can change: later candidates for failing operations, wider bounds for missing rules.
    tried = []
    for (const name of operationsBehindFailures(result, evaluation)) {
      candidates.set(name, (candidates.get(name) ?? 0) + 1)
      tried.push(`${name}: candidate ${(candidates.get(name) ?? 0) + 1}`)
    }
    if (result.implementations.some((outcome) => outcome.status === 'no-rule')) {
      synthesis = { ...synthesis, maxSize: Math.ceil(synthesis.maxSize * 1.5), timeBudgetMs: synthesis.timeBudgetMs * 2 }
      tried.push(`search widened to size ${synthesis.maxSize}, ${synthesis.timeBudgetMs / 1000} s`)
    }
    if (tried.length === 0) return finish('nothing-to-try')
    if (round >= maxRounds) return finish('max-rounds')
    if (Date.now() - started >= timeLimitMs) return finish('time-limit')
  }
}
