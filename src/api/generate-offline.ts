import { exitCodeOf, ExitCode, SpecloopError, worstExitCode } from '../errors'
import { appendLedger } from '../ledger'
import { resolveProject, suiteArguments } from '../project'
import { evaluateProject, Evaluation } from '../generators/loop'
import { describeScore } from '../generators/loop'
import { DEFAULT_MAX_ENTRIES, DEFAULT_MAX_LEVEL, DEFAULT_TIME_BUDGET_MS, SynthesisOptions } from '../generators/synthesis'
import { generate, GenerateOptions, GenerateResult, stoppedBeforeWriting } from './generate'
import { storyBudgetMs } from './generate-stories'
import { unloadedGeneratedWarnings } from './verify'

/** Each widening searches this many half-bits deeper. */
const WIDENING_LEVELS = 8

export interface OfflineLoopLimits {
  /** Rounds of generate → tsc → cucumber (default 3). */
  maxRounds?: number
  /** Wall-clock budget of the whole loop (default 120 s). */
  timeLimitMs?: number
}

export type OfflineStopReason = 'green' | 'nothing-to-try' | 'unchanged' | 'max-rounds' | 'time-limit' | 'not-run'

export interface OfflineRound {
  round: number
  /** What this round changed: the widened search bounds. */
  tried: string[]
  written: number
  compiles: boolean
  scenarios: { total: number; passed: number }
  elapsedMs: number
}

export interface OfflineLoopResult {
  /** The last round's generation, except `written`: every file any round wrote, once each. */
  generate: GenerateResult
  rounds: OfflineRound[]
  evaluation?: Evaluation
  green: boolean
  stopReason: OfflineStopReason
  /** With `unchanged`: what the last, unevaluated round tried. */
  unchangedBy?: string[]
  elapsedMs: number
  /** The last round's generation's. */
  errors: SpecloopError[]
  warnings: SpecloopError[]
  /** The generation's exit code, and 1 when the suite ran and is not green. */
  exitCode: ExitCode
}

export interface OfflineLoopOptions extends GenerateOptions, OfflineLoopLimits {
  /** Run the generated code under Node's permission model while the loop evaluates it (default true). */
  sandbox?: boolean
  /** After each round's generation, before the suite runs. */
  onGenerated?(result: GenerateResult): void
  onRound?(round: OfflineRound): void
}

/**
 * The offline generator's loop: generate (steps + synthesis) → tsc --noEmit → run the suite;
 * while operations have no rule yet, widen the search (deeper levels, more expressions) and
 * try again — with the same acceptance and confidence test, so widening never lowers the bar —
 * until green, nothing is left to try, or the budget (rounds, seconds) is spent. A round that
 * could not change anything is not run. Each round is in the ledger.
 */
export async function generateOffline(options: OfflineLoopOptions): Promise<OfflineLoopResult> {
  const loop = await runOfflineLoop(options)
  // Green is not enough: an unconfirmed or missing rule is a problem in the spec, as an undefined step is.
  const exitCode = worstExitCode(
    loop.generate.exitCode,
    exitCodeOf({ couldNotRun: false, problems: loop.stopReason !== 'not-run' && !loop.green })
  )
  // A configuration that never loads what was generated says so (red here, or undefined under plain `npx cucumber-js`).
  const resolved = loop.stopReason === 'not-run' ? undefined : await resolveProject(options)
  const unloaded = resolved?.project === undefined ? [] : unloadedGeneratedWarnings(resolved.project)
  const generated = { ...loop.generate, warnings: [...loop.generate.warnings, ...unloaded] }
  return { ...loop, generate: generated, errors: generated.errors, warnings: generated.warnings, exitCode }
}

type LoopRun = Omit<OfflineLoopResult, 'errors' | 'warnings' | 'exitCode'>

/** The synthesis options with the bounds each round widens always set. */
type SynthesisBounds = SynthesisOptions & Required<Pick<SynthesisOptions, 'maxLevel' | 'maxEntries' | 'timeBudgetMs'>>

async function runOfflineLoop(options: OfflineLoopOptions): Promise<LoopRun> {
  const started = Date.now()
  const maxRounds = options.maxRounds ?? 3
  const timeLimitMs = options.timeLimitMs ?? 120_000
  let synthesis: SynthesisBounds = {
    maxLevel: DEFAULT_MAX_LEVEL,
    maxEntries: DEFAULT_MAX_ENTRIES,
    timeBudgetMs: DEFAULT_TIME_BUDGET_MS,
    ...options.synthesis
  }
  const rounds: OfflineRound[] = []
  let tried: string[] = []
  const writtenByAnyRound = new Set<string>()
  let previous: { result: GenerateResult; evaluation: Evaluation } | undefined
  let lastRoundMs = 0
  // Stopped with the project as the last round evaluated it.
  const unchanged = (last: NonNullable<typeof previous>, generated: GenerateResult, stopReason: OfflineStopReason): LoopRun => ({
    generate: generated,
    rounds,
    evaluation: last.evaluation,
    green: false,
    stopReason,
    ...(stopReason === 'unchanged' ? { unchangedBy: tried } : {}),
    elapsedMs: Date.now() - started
  })
  for (let round = 1; ; round++) {
    // A wider round takes longer than the last one did: one that could not be checked in the
    // time left is not started, so the project stays as the last round checked it.
    if (previous && !fitsInTime(lastRoundMs, Date.now() - started, timeLimitMs)) return unchanged(previous, previous.result, 'time-limit')
    const roundStarted = Date.now()
    const roundResult = await generate({ ...options, synthesis, round })
    options.onGenerated?.(roundResult)
    for (const file of roundResult.written) writtenByAnyRound.add(file)
    // What the loop reports as written must match what the ledger recorded over all its rounds.
    const result: GenerateResult = { ...roundResult, written: [...writtenByAnyRound] }
    if (options.dryRun || options.stepsOnly || stoppedBeforeWriting(result)) {
      return { generate: result, rounds, green: false, stopReason: 'not-run', elapsedMs: Date.now() - started }
    }
    // A wider search that wrote no file leaves the project as the last round evaluated it: its
    // suite would fail the same way. A story no model reproduced is searched again with twice the
    // time while rounds and time remain; otherwise every later round would fail the same way too.
    if (previous && roundResult.written.length === 0 && searchesStories(result)) {
      lastRoundMs = Math.max(lastRoundMs, Date.now() - roundStarted)
      // Reported and recorded as the project stands: unchanged, as the last round evaluated it.
      const report = roundReport(round, tried, 0, previous.evaluation, Date.now() - roundStarted)
      rounds.push(report)
      options.onRound?.(report)
      recordRound(result.cwd, report, previous.evaluation, Date.now() - started)
      ;({ synthesis, tried } = widenSearch(synthesis, result))
      if (round >= maxRounds) return unchanged(previous, result, 'max-rounds')
      if (!fitsInTime(lastRoundMs, Date.now() - started, timeLimitMs)) return unchanged(previous, result, 'time-limit')
      continue
    }
    if (previous && roundResult.written.length === 0) return unchanged(previous, result, 'unchanged')
    const evaluation = await evaluateRound(options, result.cwd, Math.max(1, timeLimitMs - (Date.now() - started)))
    previous = { result, evaluation }
    lastRoundMs = Date.now() - roundStarted
    const report = roundReport(round, tried, roundResult.written.length, evaluation, lastRoundMs)
    rounds.push(report)
    options.onRound?.(report)
    recordRound(result.cwd, report, evaluation, Date.now() - started)
    const green = evaluation.suite.green && evaluation.typeCheck.compiles
    if (!green) ({ synthesis, tried } = widenSearch(synthesis, result))
    const stopReason = stopAfterRound(green, tried, round >= maxRounds, () => Date.now() - started >= timeLimitMs)
    if (stopReason) return { generate: result, rounds, evaluation, green, stopReason, elapsedMs: Date.now() - started }
  }
}

/** Each wider round doubles the search's budget: the next round is expected to take twice the last. */
const NEXT_ROUND_FACTOR = 2

/** Whether a round like the last, widened, still fits in what is left of the time limit. */
export function fitsInTime(lastRoundMs: number, elapsedMs: number, timeLimitMs: number): boolean {
  return elapsedMs + lastRoundMs * NEXT_ROUND_FACTOR <= timeLimitMs
}

/** Why the loop stops after a round it evaluated, if it does: green, nothing left to widen, or a limit reached. */
function stopAfterRound(green: boolean, tried: string[], lastRound: boolean, outOfTime: () => boolean): OfflineStopReason | undefined {
  if (green) return 'green'
  if (tried.length === 0) return 'nothing-to-try'
  if (lastRound) return 'max-rounds'
  if (outOfTime()) return 'time-limit'
  return undefined
}

/** Type-checks the project and runs its suite, within what is left of the loop's time budget. */
function evaluateRound(options: OfflineLoopOptions, cwd: string, remainingMs: number): Promise<Evaluation> {
  // The suite runs with the configuration generate read (or, with none, the layout it assumes), so both see the same scenarios.
  const suite = suiteArguments(cwd, options.configFile, options.profiles)
  return evaluateProject({
    cwd,
    env: options.env ?? {},
    suiteArgs: suite.args,
    suiteReadPaths: suite.readPaths,
    sandbox: options.sandbox,
    remainingMs
  })
}

function roundReport(round: number, tried: string[], written: number, evaluation: Evaluation, elapsedMs: number): OfflineRound {
  return {
    round,
    tried,
    written,
    compiles: evaluation.typeCheck.compiles,
    scenarios: { total: evaluation.suite.counts.total, passed: evaluation.suite.counts.passed },
    elapsedMs
  }
}

/** `loopElapsedMs`: since the loop began, on the clock of its summary, so `metrics` measures time to green as generate reports it. */
function recordRound(cwd: string, report: OfflineRound, evaluation: Evaluation, loopElapsedMs: number): void {
  appendLedger(cwd, {
    kind: 'offline-round',
    generator: 'offline',
    result: {
      round: report.round,
      tried: report.tried,
      score: describeScore(evaluation.score),
      compiles: report.compiles,
      scenarios: report.scenarios,
      green: evaluation.suite.green,
      loopElapsedMs
    }
  })
}

/**
 * Whether a story no state model reproduced is among the operations with no rule: its commands, or
 * its class written for all but one scenario (its rules). Its search has twice a table's time (generate.ts).
 */
function searchesStories(result: GenerateResult): boolean {
  return result.implementations.some(
    (outcome) => outcome.reason === 'no-rule' && (outcome.status === 'stateful' || outcome.rules !== undefined)
  )
}

/**
 * What the next round can change offline: a wider search for the operations with no rule yet.
 * Nothing tried (an empty list) means another round would fail the same way.
 */
function widenSearch(synthesis: SynthesisBounds, result: GenerateResult): { synthesis: SynthesisBounds; tried: string[] } {
  const missing = result.implementations.filter((outcome) => outcome.reason === 'no-rule')
  if (missing.length === 0) return { synthesis, tried: [] }
  const wider = {
    ...synthesis,
    maxLevel: synthesis.maxLevel + WIDENING_LEVELS,
    maxEntries: synthesis.maxEntries * 2,
    timeBudgetMs: synthesis.timeBudgetMs * 2
  }
  const names = missing.map((outcome) => outcome.name).join(', ')
  const stories = searchesStories(result) ? `, state models for ${storyBudgetMs(wider.timeBudgetMs) / 1000} s` : ''
  return {
    synthesis: wider,
    tried: [`search widened for ${names} (${wider.maxLevel / 2} bits, ${wider.maxEntries} expressions${stories})`]
  }
}
