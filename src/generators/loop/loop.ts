import fs from 'node:fs'
import path from 'node:path'
import { SpecloopError } from '../../errors'
import { appendLedger } from '../../ledger'
import { applyWrites, confinePath, planWrites, PlannedFile, readProvenance, sha256, WritePolicy, writeFileAtomic } from '../../workspace'
import { buildFeedback } from './feedback'
import { runGeneratedSuite, SuiteResult } from './run-suite'
import { compareScores, describeScore, Score, scoreOf } from './score'
import { typeCheck, TypeCheckResult } from './type-check'
import { withoutSecrets } from '../../redaction'

export type StopReason = 'green' | 'max-rounds' | 'token-budget' | 'time-limit' | 'no-progress' | 'generator-error'

export interface LoopLimits {
  /** Default 5. */
  maxRounds?: number
  /** Tokens in + out over all rounds; no limit when absent. */
  tokenBudget?: number
  /** Wall-clock time for the whole loop; no limit when absent. */
  timeLimitMs?: number
  /** Stop after this many rounds in a row without a better score. Default 2. */
  noProgressRounds?: number
}

/** The state of the project the next round starts from (the best so far). */
export interface Evaluation {
  typeCheck: TypeCheckResult
  suite: SuiteResult
  score: Score
}

export interface RoundRequest {
  round: number
  /** Notes, compiler errors first, then failing scenarios. */
  feedback: string
  evaluation: Evaluation
  /** Files this loop wrote that are on disk now (bodies, without provenance headers). */
  writtenFiles: PlannedFile[]
  /** Milliseconds left before the time limit, when there is one. */
  remainingMs?: number
  /** Tokens left in the budget, when there is one: a request must fit in them, answer included. */
  remainingTokens?: number
}

export interface RoundProposal {
  files: PlannedFile[]
  tokens: { input: number; output: number }
  /** The answer could not be used (malformed, cut off): told to the next round, nothing written. */
  problem?: string
  /** The next request would not fit in what is left of the token budget: the loop stops there. */
  overBudget?: string
  /** The generator cannot go on (endpoint down, key refused, request not recorded): the loop stops. */
  fatal?: SpecloopError
  /** Recorded in the ledger entry of the round (provider, model, prompt hash, ...). Never secrets. */
  ledger?: Record<string, unknown>
}

export type RoundOutcome = 'improved' | 'no-progress' | 'rolled-back' | 'unusable-answer' | 'generator-error'

export interface FileDecisionNote {
  path: string
  action: string
  reason?: string
}

export interface RoundReport {
  round: number
  outcome: RoundOutcome
  tokens: { input: number; output: number }
  written: string[]
  /** Files not written: refused paths, hand-edited or hand-written files kept. */
  notWritten: FileDecisionNote[]
  score?: Score
  compilerErrors: number
  problem?: string
}

export interface LoopSummary {
  rounds: number
  tokens: { input: number; output: number }
  stopReason: StopReason
  /** One sentence: why it stopped. */
  stopDetail: string
  baseline: Score
  best: Score
  green: boolean
  roundReports: RoundReport[]
  /** Files on disk that this loop wrote, with their content hashes. */
  files: { path: string; sha256: string }[]
  error?: SpecloopError
}

export interface RepairLoopOptions {
  cwd: string
  /** Environment for tsc and cucumber; secrets are removed before the child processes see it. */
  env: NodeJS.ProcessEnv
  limits?: LoopLimits
  suiteTimeoutMs?: number
  typeCheckTimeoutMs?: number
  /** Extra cucumber-js arguments (profile, configuration file). */
  suiteArgs?: string[]
  /** What else the sandboxed suite may read (see suiteArguments). */
  suiteReadPaths?: string[]
  /** The suite runs under Node's permission model unless false (see runGeneratedSuite). */
  sandbox?: boolean
  writePolicy?: WritePolicy
  propose(request: RoundRequest): Promise<RoundProposal>
  /** The file as written: the body with its provenance header. */
  render(file: PlannedFile, round: number, proposal: RoundProposal): string
  /** Written to `.specloop/ledger.jsonl`, one entry per round. Absent: no ledger. */
  ledger?: { generator: string; inputs: { path: string; sha256: string }[] }
  onRound?(report: RoundReport): void
  /** Milliseconds since some fixed point; injectable for tests. */
  now?(): number
}

export async function evaluateProject(options: { cwd: string; env: NodeJS.ProcessEnv; suiteTimeoutMs?: number; typeCheckTimeoutMs?: number; suiteArgs?: string[]; suiteReadPaths?: string[]; sandbox?: boolean; remainingMs?: number }): Promise<Evaluation> {
  // Generated code runs in the child processes: it must not see API keys or other secrets.
  const env = withoutSecrets(options.env)
  // Independent readers of the same files: run them side by side.
  const [checked, suite] = await Promise.all([
    // tsc and the suite draw on the loop's remaining time too: what they start is killed at its end.
    typeCheck({ cwd: options.cwd, env, timeoutMs: Math.max(1, Math.min(options.typeCheckTimeoutMs ?? 120_000, options.remainingMs ?? Infinity)) }),
    runGeneratedSuite({ cwd: options.cwd, env, timeoutMs: Math.max(1, Math.min(options.suiteTimeoutMs ?? 300_000, options.remainingMs ?? Infinity)), args: options.suiteArgs, readPaths: options.suiteReadPaths, sandbox: options.sandbox })
  ])
  return { typeCheck: checked, suite, score: scoreOf(checked, suite) }
}

/**
 * The bounded test-driven repair loop: round → write files → tsc --noEmit → cucumber →
 * feedback → next round. The best snapshot is kept; a round that makes things worse is
 * rolled back to it. Stops when green, at max rounds, the token budget, the time limit, or
 * after rounds without progress.
 */
export async function runRepairLoop(options: RepairLoopOptions): Promise<LoopSummary> {
  const now = options.now ?? Date.now
  const started = now()
  const limits = { maxRounds: options.limits?.maxRounds ?? 5, noProgressRounds: options.limits?.noProgressRounds ?? 2, tokenBudget: options.limits?.tokenBudget, timeLimitMs: options.limits?.timeLimitMs }
  // Child processes are killed by the wall clock, whatever clock the loop's own decisions read.
  const wallStarted = Date.now()
  const evaluate = () => evaluateProject({ ...options, remainingMs: limits.timeLimitMs === undefined ? undefined : Math.max(1, limits.timeLimitMs - (Date.now() - wallStarted)) })
  const originals = new Map<string, string | null>()
  let best = { evaluation: await evaluate(), snapshot: new Map<string, string | null>() }
  const baseline = best.evaluation.score
  const tokens = { input: 0, output: 0 }
  const reports: RoundReport[] = []
  let notes: string[] = []
  let withoutProgress = 0
  let error: SpecloopError | undefined
  let stop: { reason: StopReason; detail: string } | undefined

  const readCurrent = (relative: string): string | null => {
    const absolute = path.join(options.cwd, relative)
    return fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : null
  }
  const restore = (snapshot: Map<string, string | null>) => {
    for (const [relative, original] of originals) {
      const wanted = snapshot.has(relative) ? snapshot.get(relative)! : original
      const absolute = path.join(options.cwd, relative)
      if (wanted === null) fs.rmSync(absolute, { force: true })
      else if (readCurrent(relative) !== wanted) writeFileAtomic(absolute, wanted)
    }
  }
  const writtenFiles = (): PlannedFile[] =>
    [...originals.keys()].flatMap((relative) => {
      const content = readCurrent(relative)
      return content === null ? [] : [{ path: relative, content: readProvenance(content).body }]
    })

  if (best.evaluation.suite.green && best.evaluation.typeCheck.compiles) stop = { reason: 'green', detail: 'the suite was already green: nothing to do' }
  for (let round = 1; !stop; round++) {
    if (round > limits.maxRounds) {
      stop = { reason: 'max-rounds', detail: `reached the maximum of ${limits.maxRounds} rounds` }
      break
    }
    const elapsed = now() - started
    if (limits.timeLimitMs !== undefined && elapsed >= limits.timeLimitMs) {
      stop = { reason: 'time-limit', detail: `reached the time limit of ${Math.round(limits.timeLimitMs / 1000)} s` }
      break
    }
    if (limits.tokenBudget !== undefined && tokens.input + tokens.output >= limits.tokenBudget) {
      stop = { reason: 'token-budget', detail: `spent ${tokens.input + tokens.output} tokens of a budget of ${limits.tokenBudget}` }
      break
    }
    const feedback = buildFeedback({ notes, typeCheck: best.evaluation.typeCheck, suite: best.evaluation.suite })
    const proposal = await options.propose({
      round,
      feedback,
      evaluation: best.evaluation,
      writtenFiles: writtenFiles(),
      remainingMs: limits.timeLimitMs === undefined ? undefined : limits.timeLimitMs - elapsed,
      ...(limits.tokenBudget !== undefined ? { remainingTokens: limits.tokenBudget - tokens.input - tokens.output } : {})
    })
    if (proposal.overBudget) {
      stop = { reason: 'token-budget', detail: proposal.overBudget }
      break
    }
    tokens.input += proposal.tokens.input
    tokens.output += proposal.tokens.output
    notes = []
    const report: RoundReport = { round, outcome: 'unusable-answer', tokens: proposal.tokens, written: [], notWritten: [], compilerErrors: 0 }
    const ledgerFiles: { path: string; sha256: string }[] = []
    if (proposal.fatal) {
      error = proposal.fatal
      report.outcome = 'generator-error'
      report.problem = proposal.fatal.message
      stop = { reason: 'generator-error', detail: proposal.fatal.message }
    } else if (proposal.problem || proposal.files.length === 0) {
      report.problem = proposal.problem ?? 'the answer contained no files'
      notes.push(`${report.problem}. Nothing from it was written.`)
      withoutProgress++
    } else {
      // A file whose body the model left as it was keeps its header (and the round that wrote it).
      const rendered = proposal.files.map((file) => {
        const confined = confinePath(options.cwd, file.path, options.writePolicy?.allowedRoots)
        const current = confined.ok ? readCurrent(confined.relative) : null
        const existing = current === null ? undefined : readProvenance(current)
        const sameBody = existing?.provenance && !existing.editedByHand && existing.body === file.content
        return { path: file.path, content: sameBody ? current! : options.render(file, round, proposal) }
      })
      const decisions = planWrites(options.cwd, rendered, options.writePolicy)
      for (const decision of decisions) {
        if ((decision.action === 'create' || decision.action === 'update') && !originals.has(decision.path)) originals.set(decision.path, decision.previous ?? null)
      }
      report.written = applyWrites(options.cwd, decisions)
      for (const decision of decisions) {
        if (decision.action === 'create' || decision.action === 'update' || decision.action === 'unchanged') continue
        report.notWritten.push({ path: decision.path, action: decision.action, reason: decision.reason })
        notes.push(`${decision.path} was not written: ${decision.reason}`)
      }
      for (const written of report.written) ledgerFiles.push({ path: written, sha256: sha256(readCurrent(written) ?? '') })
      const evaluation = await evaluate()
      report.score = evaluation.score
      report.compilerErrors = evaluation.typeCheck.errors.length
      const comparison = compareScores(evaluation.score, best.evaluation.score)
      if (comparison < 0) {
        restore(best.snapshot)
        report.outcome = 'rolled-back'
        notes.push(`round ${round} made things worse (${describeScore(evaluation.score)}, before: ${describeScore(best.evaluation.score)}); its files were rolled back to the best version so far, shown above`)
        withoutProgress++
      } else {
        const snapshot = new Map([...originals.keys()].map((relative) => [relative, readCurrent(relative)] as const))
        best = { evaluation, snapshot }
        if (comparison > 0) {
          report.outcome = 'improved'
          withoutProgress = 0
        } else {
          report.outcome = 'no-progress'
          withoutProgress++
        }
      }
    }
    if (options.ledger) {
      appendLedger(options.cwd, {
        kind: 'model-round',
        generator: options.ledger.generator,
        inputs: options.ledger.inputs,
        files: ledgerFiles,
        result: { round, ...proposal.ledger, tokens: proposal.tokens, score: report.score ?? null, outcome: report.outcome, notWritten: report.notWritten, problem: report.problem ?? null }
      })
    }
    reports.push(report)
    options.onRound?.(report)
    if (!stop && best.evaluation.suite.green && best.evaluation.typeCheck.compiles) stop = { reason: 'green', detail: `all ${best.evaluation.score.total} scenarios pass and the code compiles` }
    if (!stop && withoutProgress >= limits.noProgressRounds) stop = { reason: 'no-progress', detail: `no progress for ${withoutProgress} rounds in a row` }
  }
  const files = [...originals.keys()].flatMap((relative) => {
    const content = readCurrent(relative)
    return content === null ? [] : [{ path: relative, sha256: sha256(content) }]
  })
  return {
    rounds: reports.length,
    tokens,
    stopReason: stop!.reason,
    stopDetail: stop!.detail,
    baseline,
    best: best.evaluation.score,
    green: best.evaluation.suite.green && best.evaluation.typeCheck.compiles,
    roundReports: reports,
    files,
    error
  }
}
