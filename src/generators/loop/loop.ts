import fs from 'node:fs'
import path from 'node:path'
import { formatLocation, SpecloopError } from '../../errors'
import { appendLedger } from '../../ledger'
import { applyWrites, confinePath, planWrites, PlannedFile, readProvenance, sha256, WritePolicy, writeFileAtomic } from '../../workspace'
import { buildFeedback } from './feedback'
import { runGeneratedSuite, ScenarioResult, SuiteResult } from './run-suite'
import { compareScores, describeScore, Score, scoreOf } from './score'
import { typeCheck, TypeCheckResult } from './type-check'
import { withoutSecrets } from '../../redaction'

export type StopReason = 'green' | 'max-rounds' | 'token-budget' | 'time-limit' | 'no-progress' | 'generator-error' | 'not-asked'

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
  /** The generator was not asked, and why (nothing it may be told about is left, or only its request was wanted): the loop stops there. */
  notAsked?: string
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
  /** A proposed file refused before it is written (code that looks the example rows up), located; undefined to write it. */
  vet?(file: PlannedFile): SpecloopError | undefined
  /** Written to the ledger (`.specloop/ledger/`), one entry per round. Absent: no ledger. */
  ledger?: { generator: string; inputs: { path: string; sha256: string }[] }
  /** What the feedback never tells the generator: scenarios and compiler errors it must not see (confidential ones). */
  withhold?: { scenario(scenario: ScenarioResult): boolean; compilerError(error: string): boolean }
  onRound?(report: RoundReport): void
  /** Milliseconds since some fixed point; injectable for tests. */
  now?(): number
}

export async function evaluateProject(options: {
  cwd: string
  env: NodeJS.ProcessEnv
  suiteTimeoutMs?: number
  typeCheckTimeoutMs?: number
  suiteArgs?: string[]
  suiteReadPaths?: string[]
  sandbox?: boolean
  remainingMs?: number
}): Promise<Evaluation> {
  // Generated code runs in the child processes: it must not see API keys or other secrets.
  const env = withoutSecrets(options.env)
  // Independent readers of the same files: run them side by side.
  const [checked, suite] = await Promise.all([
    // tsc and the suite draw on the loop's remaining time too: what they start is killed at its end.
    typeCheck({
      cwd: options.cwd,
      env,
      timeoutMs: Math.max(1, Math.min(options.typeCheckTimeoutMs ?? 120_000, options.remainingMs ?? Infinity))
    }),
    runGeneratedSuite({
      cwd: options.cwd,
      env,
      timeoutMs: Math.max(1, Math.min(options.suiteTimeoutMs ?? 300_000, options.remainingMs ?? Infinity)),
      args: options.suiteArgs,
      readPaths: options.suiteReadPaths,
      sandbox: options.sandbox
    })
  ])
  return { typeCheck: checked, suite, score: scoreOf(checked, suite) }
}

/**
 * The files a loop writes, as it found them and as they are now: what a rollback restores,
 * what the next round is shown, what the summary hashes.
 */
class LoopFiles {
  /** Each file's content before the loop first wrote it (null: it did not exist). */
  private readonly originals = new Map<string, string | null>()

  constructor(private readonly cwd: string) {}

  read(relative: string): string | null {
    const absolute = path.join(this.cwd, relative)
    return fs.existsSync(absolute) ? fs.readFileSync(absolute, 'utf8') : null
  }

  /** Remembered before a write: only a file's first original counts. */
  remember(relative: string, previous: string | null): void {
    if (!this.originals.has(relative)) this.originals.set(relative, previous)
  }

  snapshot(): Map<string, string | null> {
    return new Map([...this.originals.keys()].map((relative) => [relative, this.read(relative)] as const))
  }

  /** Back to a snapshot; a file written after it goes back to its original (or away). */
  restore(snapshot: Map<string, string | null>): void {
    for (const [relative, original] of this.originals) {
      const wanted = snapshot.has(relative) ? snapshot.get(relative)! : original
      const absolute = path.join(this.cwd, relative)
      if (wanted === null) fs.rmSync(absolute, { force: true })
      else if (this.read(relative) !== wanted) writeFileAtomic(absolute, wanted)
    }
  }

  /** The files on disk now, as bodies without their provenance headers. */
  bodies(): PlannedFile[] {
    return [...this.originals.keys()].flatMap((relative) => {
      const content = this.read(relative)
      return content === null ? [] : [{ path: relative, content: readProvenance(content).body }]
    })
  }

  hashes(): { path: string; sha256: string }[] {
    return [...this.originals.keys()].flatMap((relative) => {
      const content = this.read(relative)
      return content === null ? [] : [{ path: relative, sha256: sha256(content) }]
    })
  }
}

type ResolvedLimits = Required<Pick<LoopLimits, 'maxRounds' | 'noProgressRounds'>> & Pick<LoopLimits, 'tokenBudget' | 'timeLimitMs'>

interface Stop {
  reason: StopReason
  detail: string
}

/** The loop's state between rounds. */
interface LoopState {
  best: { evaluation: Evaluation; snapshot: Map<string, string | null> }
  tokens: { input: number; output: number }
  reports: RoundReport[]
  /** Told to the next round: what was not written, what was rolled back. */
  notes: string[]
  withoutProgress: number
  error?: SpecloopError
  stop?: Stop
}

/**
 * A limit reached before a round starts (rounds, time, tokens), else the time elapsed. The
 * clock is read only once the round count allows another round, as the loop always has.
 */
function limitReached(
  limits: ResolvedLimits,
  round: number,
  elapsedMs: () => number,
  tokens: LoopState['tokens']
): { stop: Stop } | { stop?: undefined; elapsedMs: number } {
  if (round > limits.maxRounds) return { stop: { reason: 'max-rounds', detail: `reached the maximum of ${limits.maxRounds} rounds` } }
  const elapsed = elapsedMs()
  if (limits.timeLimitMs !== undefined && elapsed >= limits.timeLimitMs)
    return { stop: { reason: 'time-limit', detail: `reached the time limit of ${Math.round(limits.timeLimitMs / 1000)} s` } }
  if (limits.tokenBudget !== undefined && tokens.input + tokens.output >= limits.tokenBudget)
    return { stop: { reason: 'token-budget', detail: `spent ${tokens.input + tokens.output} tokens of a budget of ${limits.tokenBudget}` } }
  return { elapsedMs: elapsed }
}

/** A proposal's files written where the policy allows; what was kept or refused goes to the report and the notes. */
function writeProposal(
  options: RepairLoopOptions,
  files: LoopFiles,
  proposal: RoundProposal,
  round: number,
  report: RoundReport,
  notes: string[]
): void {
  const accepted = proposal.files.filter((file) => {
    const refusal = options.vet?.(file)
    if (refusal === undefined) return true
    const where = formatLocation(refusal)
    report.notWritten.push({ path: file.path, action: 'refused', reason: `${where ? `${where}: ` : ''}${refusal.message}` })
    notes.push(`${file.path} was not written: ${where ? `${where}: ` : ''}${refusal.message}${refusal.hint ? ` (${refusal.hint})` : ''}`)
    return false
  })
  // A file whose body the model left as it was keeps its header (and the round that wrote it).
  const rendered = accepted.map((file) => {
    const confined = confinePath(options.cwd, file.path, options.writePolicy?.allowedRoots)
    const current = confined.ok ? files.read(confined.relative) : null
    const existing = current === null ? undefined : readProvenance(current)
    const sameBody = existing?.provenance && !existing.editedByHand && existing.body === file.content
    return { path: file.path, content: sameBody ? current! : options.render(file, round, proposal) }
  })
  const decisions = planWrites(options.cwd, rendered, options.writePolicy)
  for (const decision of decisions) {
    if (decision.action === 'create' || decision.action === 'update') files.remember(decision.path, decision.previous ?? null)
  }
  report.written = applyWrites(options.cwd, decisions)
  for (const decision of decisions) {
    if (decision.action === 'create' || decision.action === 'update' || decision.action === 'unchanged') continue
    report.notWritten.push({ path: decision.path, action: decision.action, reason: decision.reason })
    notes.push(`${decision.path} was not written: ${decision.reason}`)
  }
}

/** The round's evaluation against the best so far: kept when not worse, rolled back when worse. */
function judgeRound(state: LoopState, files: LoopFiles, evaluation: Evaluation, round: number, report: RoundReport): void {
  report.score = evaluation.score
  report.compilerErrors = evaluation.typeCheck.errors.length
  const comparison = compareScores(evaluation.score, state.best.evaluation.score)
  if (comparison < 0) {
    files.restore(state.best.snapshot)
    report.outcome = 'rolled-back'
    state.notes.push(
      `round ${round} made things worse (${describeScore(evaluation.score)}, before: ${describeScore(state.best.evaluation.score)}); ` +
        'its files were rolled back to the best version so far, shown above'
    )
    state.withoutProgress++
    return
  }
  state.best = { evaluation, snapshot: files.snapshot() }
  report.outcome = comparison > 0 ? 'improved' : 'no-progress'
  state.withoutProgress = comparison > 0 ? 0 : state.withoutProgress + 1
}

/** One round after its proposal: written, evaluated and judged, or told why not. Returns the files it wrote, hashed for the ledger. */
async function applyProposal(
  options: RepairLoopOptions,
  state: LoopState,
  files: LoopFiles,
  evaluate: () => Promise<Evaluation>,
  proposal: RoundProposal,
  report: RoundReport
): Promise<{ path: string; sha256: string }[]> {
  if (proposal.fatal) {
    state.error = proposal.fatal
    report.outcome = 'generator-error'
    report.problem = proposal.fatal.message
    state.stop = { reason: 'generator-error', detail: proposal.fatal.message }
    return []
  }
  if (proposal.problem || proposal.files.length === 0) {
    report.problem = proposal.problem ?? 'the answer contained no files'
    state.notes.push(`${report.problem}. Nothing from it was written.`)
    state.withoutProgress++
    return []
  }
  writeProposal(options, files, proposal, report.round, report, state.notes)
  const ledgerFiles = report.written.map((written) => ({ path: written, sha256: sha256(files.read(written) ?? '') }))
  judgeRound(state, files, await evaluate(), report.round, report)
  return ledgerFiles
}

function recordRound(
  options: RepairLoopOptions,
  proposal: RoundProposal,
  report: RoundReport,
  files: { path: string; sha256: string }[]
): void {
  if (!options.ledger) return
  appendLedger(options.cwd, {
    kind: 'model-round',
    generator: options.ledger.generator,
    inputs: options.ledger.inputs,
    files,
    result: {
      round: report.round,
      ...proposal.ledger,
      tokens: proposal.tokens,
      score: report.score ?? null,
      outcome: report.outcome,
      notWritten: report.notWritten,
      problem: report.problem ?? null
    }
  })
}

/** The feedback of the best version so far, without what the generator must not be told. */
function feedbackFor(options: RepairLoopOptions, state: LoopState): string {
  const { typeCheck, suite } = state.best.evaluation
  const withhold = options.withhold
  if (!withhold) return buildFeedback({ notes: state.notes, typeCheck, suite })
  return buildFeedback({
    notes: state.notes,
    typeCheck: { ...typeCheck, errors: typeCheck.errors.filter((error) => !withhold.compilerError(error)) },
    suite: { ...suite, scenarios: suite.scenarios.filter((scenario) => !withhold.scenario(scenario)) }
  })
}

function isGreen(evaluation: Evaluation): boolean {
  return evaluation.suite.green && evaluation.typeCheck.compiles
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
  const limits = resolveLimits(options.limits)
  // Child processes are killed by the wall clock, whatever clock the loop's own decisions read.
  const wallStarted = Date.now()
  const evaluate = () =>
    evaluateProject({
      ...options,
      remainingMs: limits.timeLimitMs === undefined ? undefined : Math.max(1, limits.timeLimitMs - (Date.now() - wallStarted))
    })
  const files = new LoopFiles(options.cwd)
  const state: LoopState = {
    best: { evaluation: await evaluate(), snapshot: new Map() },
    tokens: { input: 0, output: 0 },
    reports: [],
    notes: [],
    withoutProgress: 0
  }
  const baseline = state.best.evaluation.score
  if (isGreen(state.best.evaluation)) state.stop = { reason: 'green', detail: 'the suite was already green: nothing to do' }
  for (let round = 1; !state.stop; round++) {
    const limit = limitReached(limits, round, () => now() - started, state.tokens)
    if (limit.stop) {
      state.stop = limit.stop
      break
    }
    const proposal = await options.propose(roundRequest(options, state, files, limits, round, limit.elapsedMs))
    state.stop = proposalStop(proposal)
    if (state.stop) break
    state.tokens.input += proposal.tokens.input
    state.tokens.output += proposal.tokens.output
    state.notes = []
    const report: RoundReport = {
      round,
      outcome: 'unusable-answer',
      tokens: proposal.tokens,
      written: [],
      notWritten: [],
      compilerErrors: 0
    }
    recordRound(options, proposal, report, await applyProposal(options, state, files, evaluate, proposal, report))
    state.reports.push(report)
    options.onRound?.(report)
    if (!state.stop) state.stop = stopAfterRound(state, limits)
  }
  return summaryOf(state, baseline, files)
}

function summaryOf(state: LoopState, baseline: Score, files: LoopFiles): LoopSummary {
  return {
    rounds: state.reports.length,
    tokens: state.tokens,
    stopReason: state.stop!.reason,
    stopDetail: state.stop!.detail,
    baseline,
    best: state.best.evaluation.score,
    green: isGreen(state.best.evaluation),
    roundReports: state.reports,
    files: files.hashes(),
    error: state.error
  }
}

function resolveLimits(limits: LoopLimits | undefined): ResolvedLimits {
  return {
    maxRounds: limits?.maxRounds ?? 5,
    noProgressRounds: limits?.noProgressRounds ?? 2,
    tokenBudget: limits?.tokenBudget,
    timeLimitMs: limits?.timeLimitMs
  }
}

/** What the generator is asked in a round: the best version so far, its feedback, and what is left of the budget. */
function roundRequest(
  options: RepairLoopOptions,
  state: LoopState,
  files: LoopFiles,
  limits: ResolvedLimits,
  round: number,
  elapsedMs: number
): RoundRequest {
  const { tokens } = state
  return {
    round,
    feedback: feedbackFor(options, state),
    evaluation: state.best.evaluation,
    writtenFiles: files.bodies(),
    remainingMs: limits.timeLimitMs === undefined ? undefined : limits.timeLimitMs - elapsedMs,
    ...(limits.tokenBudget !== undefined ? { remainingTokens: limits.tokenBudget - tokens.input - tokens.output } : {})
  }
}

/** A proposal that ends the loop without a round: over the token budget, or the generator was not asked. */
function proposalStop(proposal: RoundProposal): Stop | undefined {
  if (proposal.overBudget) return { reason: 'token-budget', detail: proposal.overBudget }
  if (proposal.notAsked) return { reason: 'not-asked', detail: proposal.notAsked }
  return undefined
}

/** After a round: green, or too many rounds in a row without progress. */
function stopAfterRound(state: LoopState, limits: ResolvedLimits): Stop | undefined {
  if (isGreen(state.best.evaluation))
    return { reason: 'green', detail: `all ${state.best.evaluation.score.total} scenarios pass and the code compiles` }
  if (state.withoutProgress >= limits.noProgressRounds)
    return { reason: 'no-progress', detail: `no progress for ${state.withoutProgress} rounds in a row` }
  return undefined
}
