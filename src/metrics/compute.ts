import { editedByHand, recordedWrites } from '../ledger'
import type { LedgerEntry, RecordedWrites } from '../ledger'
import { readProvenance, sha256 } from '../workspace'
import type { CommitFigures, DayFigures, Known, LoopFigures, ProjectMetrics } from './model'

/**
 * What the figures need of a file's content after a commit: whose it is. Kept instead of the
 * text, so that commits, which never change, can be kept between runs at little cost.
 */
export interface WrittenContent {
  sha256: string
  /** It carries a provenance header: specloop wrote it (or someone copied its header). */
  provenance: boolean
  /** Its body no longer matches its header's hash. */
  bodyEdited: boolean
}

/** One file a commit changed: its lines added and removed, and its content after the commit (absent: deleted). */
export interface CommittedFile {
  path: string
  added: number
  deleted: number
  written?: WrittenContent
}

export function writtenContentOf(content: string): WrittenContent {
  const read = readProvenance(content)
  return { sha256: sha256(content), provenance: read.provenance !== undefined, bodyEdited: read.editedByHand }
}

export interface Commit {
  hash: string
  /** Committer time, ISO. */
  time: string
  files: CommittedFile[]
}

export interface RunResults {
  runId: string
  createdAt: string
  /** Scenarios this run executed (results it kept from another run left out). */
  scenarios: { uri: string; name: string; line: number; status: string }[]
}

export interface MetricsInput {
  /** Every ledger entry, oldest first; undefined when the project keeps no ledger. */
  ledger?: LedgerEntry[]
  /** Commits in the window, oldest first; undefined outside a git repository. */
  commits?: Commit[]
  /** Every run kept, in any order. */
  runs: RunResults[]
  /** Generated files now: lines of their bodies, and whether a person edited them. */
  generated: { path: string; lines: number; edited: boolean }[]
  /** Lines of the project's other code files; unknown outside git. */
  handWrittenLines: Known<number>
  since?: { time: number; label: string; revision?: string }
  now: Date
}

const dayOf = (time: string): string => time.slice(0, 10)
const inWindow = (time: string, since: MetricsInput['since']): boolean => since === undefined || Date.parse(time) >= since.time

function median(values: number[]): Known<number> {
  if (values.length === 0) return 'unknown'
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** The figures of each day, made on first use. */
class Days {
  private readonly byDay = new Map<string, DayFigures>()
  at(time: string): DayFigures {
    const day = dayOf(time)
    let figures = this.byDay.get(day)
    if (!figures) {
      figures = {
        day,
        generatedLines: 0,
        handWrittenLines: 0,
        handEditedLines: 0,
        regenerations: 0,
        rounds: 0,
        greenLoops: 0,
        questionsAsked: 0,
        questionsAnswered: 0,
        escapes: 0,
        tokens: 0
      }
      this.byDay.set(day, figures)
    }
    return figures
  }
  list(): DayFigures[] {
    return [...this.byDay.values()].sort((a, b) => a.day.localeCompare(b.day))
  }
}

/**
 * Whose lines a commit's change of a file is: specloop's (content it recorded writing, body intact), a person's edit of
 * a generated file, or a person's own file.
 */
function authorOf(file: CommittedFile, recorded: RecordedWrites | undefined): 'specloop' | 'hand-edit' | 'hand' {
  const { written } = file
  if (written === undefined || !written.provenance) return 'hand'
  const edited = editedByHand({ provenance: true, editedByHand: written.bodyEdited }, recorded, file.path, written)
  return edited ? 'hand-edit' : 'specloop'
}

function commitFigures(commits: Commit[], recorded: RecordedWrites | undefined, days: Days): CommitFigures {
  const figures: CommitFigures = { generatedLines: 0, handWrittenLines: 0, handEditedLines: 0, handEditedFiles: [], reworkRate: 'unknown' }
  const edited = new Set<string>()
  for (const commit of commits) {
    const day = days.at(commit.time)
    for (const file of commit.files) {
      const author = authorOf(file, recorded)
      if (author === 'specloop') {
        figures.generatedLines += file.added
        day.generatedLines += file.added
      } else if (author === 'hand-edit') {
        figures.handEditedLines += file.added + file.deleted
        day.handEditedLines += file.added + file.deleted
        edited.add(file.path)
      } else {
        figures.handWrittenLines += file.added
        day.handWrittenLines += file.added
      }
    }
  }
  figures.handEditedFiles = [...edited].sort()
  if (figures.generatedLines > 0) figures.reworkRate = Math.round((figures.handEditedLines / figures.generatedLines) * 1000) / 1000
  return figures
}

/** Generations that wrote files after a spec they read changed since the generation before. */
function regenerations(entries: LedgerEntry[], since: MetricsInput['since'], days: Days): { count: number; specs: string[] } {
  const lastHash = new Map<string, string>()
  const specs = new Set<string>()
  let count = 0
  for (const entry of entries) {
    if (entry.kind !== 'generate') continue
    const changed = (entry.inputs ?? []).filter((input) => lastHash.has(input.path) && lastHash.get(input.path) !== input.sha256)
    for (const input of entry.inputs ?? []) lastHash.set(input.path, input.sha256)
    if (changed.length === 0 || (entry.files ?? []).length === 0 || !inWindow(entry.time, since)) continue
    count++
    days.at(entry.time).regenerations++
    for (const input of changed) specs.add(input.path)
  }
  return { count, specs: [...specs].sort() }
}

interface Loop {
  kind: string
  started: string
  rounds: number
  /** `loopElapsedMs`: the loop's own clock (what generate's summary says); absent in entries written before it was recorded. */
  greenAt?: { round: number; time: string; loopElapsedMs?: number }
}

function roundIsGreen(entry: LedgerEntry): boolean {
  const result = entry.result ?? {}
  if (entry.kind === 'offline-round') return result.green === true && result.compiles === true
  const score = result.score as { compiles?: boolean; passed?: number; total?: number } | null | undefined
  return Boolean(score?.compiles) && typeof score?.total === 'number' && score.total > 0 && score.passed === score.total
}

/**
 * The loops: consecutive round entries of one kind, a new loop at each round 1. A loop starts
 * at the generation recorded just before its first round (the time that round's work began).
 */
function loopsOf(entries: LedgerEntry[]): Loop[] {
  const loops: Loop[] = []
  let current: Loop | undefined
  entries.forEach((entry, index) => {
    if (entry.kind !== 'offline-round' && entry.kind !== 'model-round') return
    const round = typeof entry.result?.round === 'number' ? entry.result.round : undefined
    if (round === undefined) return
    if (!current || round === 1 || current.kind !== entry.kind || round <= current.rounds) {
      const before = entries[index - 1]
      const started = before?.kind === 'generate' && before.result?.round === round ? before.time : entry.time
      current = { kind: entry.kind, started, rounds: 0 }
      loops.push(current)
    }
    current.rounds = round
    if (!current.greenAt && roundIsGreen(entry)) {
      const elapsed = entry.result?.loopElapsedMs
      current.greenAt = { round, time: entry.time, ...(typeof elapsed === 'number' ? { loopElapsedMs: elapsed } : {}) }
    }
  })
  return loops
}

/**
 * From the loop's start to its green round: the loop's own clock when the round recorded it (the
 * same as generate's summary); else the entries' times, which start only at the first generation's record.
 */
function millisecondsToGreen(loop: Loop): number {
  return loop.greenAt!.loopElapsedMs ?? Date.parse(loop.greenAt!.time) - Date.parse(loop.started)
}

function loopFigures(entries: LedgerEntry[], since: MetricsInput['since'], days: Days): LoopFigures {
  const loops = loopsOf(entries).filter((loop) => inWindow(loop.started, since))
  const green = loops.filter((loop) => loop.greenAt !== undefined)
  for (const loop of loops) days.at(loop.started).rounds += loop.rounds
  for (const loop of green) days.at(loop.greenAt!.time).greenLoops++
  return {
    count: loops.length,
    green: green.length,
    rounds: loops.reduce((sum, loop) => sum + loop.rounds, 0),
    medianRoundsToGreen: median(green.map((loop) => loop.greenAt!.round)),
    medianSecondsToGreen: median(green.map((loop) => Math.round(millisecondsToGreen(loop) / 1000)))
  }
}

interface RecordedImplementation {
  operation: string
  status: string
  distinguishingExamples?: { output: string }[]
  /** An unconfirmed rule's question when no single row answers it (a story's: "add a scenario at its edge"). */
  question?: string
}

/**
 * The questions an implementation leaves open: one per output a row would decide, else, for a
 * rule written unconfirmed (`ambiguous`, what status calls "rule unconfirmed"), its question as
 * recorded (entries from before questions were recorded: one per operation).
 */
function questionsOf(implementation: RecordedImplementation): Set<string> {
  const rows = (implementation.distinguishingExamples ?? []).map((question) => `${implementation.operation}.${question.output}`)
  if (rows.length > 0) return new Set(rows)
  if (implementation.status !== 'ambiguous') return new Set()
  return new Set([`${implementation.operation}: ${implementation.question ?? 'unconfirmed'}`])
}

/** Statuses of an operation with a rule written: a question it no longer asks was answered by the examples. */
const RULE_WRITTEN = new Set(['synthesised', 'ambiguous'])

/**
 * A question is what the examples did not decide about an operation's rule; a later generation
 * that writes a rule for it and no longer asks it answers it. Open: what the latest generation of
 * each operation still asks, as `specloop status` counts unconfirmed rules.
 */
function questions(entries: LedgerEntry[], since: MetricsInput['since'], days: Days): { asked: number; answered: number; open: string[] } {
  const state = new Map<string, 'open' | 'answered'>()
  const operationOf = new Map<string, string>()
  let asked = 0
  let answered = 0
  for (const entry of entries) {
    if (entry.kind !== 'generate' || !inWindow(entry.time, since)) continue
    const implementations = Array.isArray(entry.result?.implementations) ? (entry.result.implementations as RecordedImplementation[]) : []
    for (const implementation of implementations) {
      const asking = questionsOf(implementation)
      for (const key of asking) {
        if (state.get(key) !== 'open') {
          asked++
          days.at(entry.time).questionsAsked++
        }
        state.set(key, 'open')
        operationOf.set(key, implementation.operation)
      }
      if (!RULE_WRITTEN.has(implementation.status)) continue
      for (const [key, was] of state) {
        if (was === 'open' && operationOf.get(key) === implementation.operation && !asking.has(key)) {
          state.set(key, 'answered')
          answered++
          days.at(entry.time).questionsAnswered++
        }
      }
    }
  }
  const open = [...state]
    .filter(([, value]) => value === 'open')
    .map(([key]) => key)
    .sort()
  return { asked, answered, open }
}

/** Scenarios that failed in a run after passing in the last run that executed them. */
function escapes(runs: RunResults[], since: MetricsInput['since'], days: Days): NonNullable<Exclude<ProjectMetrics['escapes'], 'unknown'>> {
  const ordered = [...runs].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  const last = new Map<string, string>()
  const found: { uri: string; name: string; runId: string }[] = []
  for (const run of ordered) {
    for (const scenario of run.scenarios) {
      const key = `${scenario.uri}\u0000${scenario.line}\u0000${scenario.name}`
      if (last.get(key) === 'passed' && scenario.status === 'failed' && inWindow(run.createdAt, since)) {
        found.push({ uri: scenario.uri, name: scenario.name, runId: run.runId })
        days.at(run.createdAt).escapes++
      }
      last.set(key, scenario.status)
    }
  }
  return { count: found.length, runsCompared: ordered.length, scenarios: found }
}

function tokens(entries: LedgerEntry[], since: MetricsInput['since'], days: Days): { input: number; output: number } {
  const total = { input: 0, output: 0 }
  for (const entry of entries) {
    if (entry.kind !== 'model-round' || entry.generator === 'replay' || !inWindow(entry.time, since)) continue
    const spent = entry.result?.tokens as { input?: number; output?: number } | undefined
    const input = typeof spent?.input === 'number' ? spent.input : 0
    const output = typeof spent?.output === 'number' ? spent.output : 0
    total.input += input
    total.output += output
    days.at(entry.time).tokens += input + output
  }
  return total
}

/** Pure: every figure of `specloop metrics` from the ledger, the commits, the runs and the code now. */
export function computeMetrics(input: MetricsInput): ProjectMetrics {
  const days = new Days()
  const entries = input.ledger
  const recorded = entries ? recordedWrites(entries) : undefined
  const generated = input.generated.filter((file) => !file.edited).reduce((sum, file) => sum + file.lines, 0)
  const editedGenerated = input.generated.filter((file) => file.edited).reduce((sum, file) => sum + file.lines, 0)
  const known = input.handWrittenLines
  const allLines = known === 'unknown' ? 0 : generated + editedGenerated + known
  return {
    window: {
      ...(input.since ? { since: new Date(input.since.time).toISOString() } : {}),
      ...(input.since?.revision ? { revision: input.since.revision } : {}),
      until: input.now.toISOString()
    },
    sources: {
      ledgerEntries: entries ? entries.filter((entry) => inWindow(entry.time, input.since)).length : 'unknown',
      commits: input.commits ? input.commits.length : 'unknown',
      runs: input.runs.length
    },
    lines: {
      generated,
      editedGenerated,
      handWritten: known,
      generatedShare: known === 'unknown' || allLines === 0 ? 'unknown' : Math.round((generated / allLines) * 1000) / 1000
    },
    commits: input.commits ? commitFigures(input.commits, recorded, days) : 'unknown',
    regenerations: entries ? regenerations(entries, input.since, days) : 'unknown',
    loops: entries ? loopFigures(entries, input.since, days) : 'unknown',
    questions: entries ? questions(entries, input.since, days) : 'unknown',
    escapes: input.runs.length < 2 ? 'unknown' : escapes(input.runs, input.since, days),
    tokens: entries ? tokens(entries, input.since, days) : 'unknown',
    days: days.list()
  }
}
