/**
 * What `specloop metrics` says, as plain data (the JSON output, and the report's metrics page,
 * whose browser app reads this type: it imports nothing). A figure that cannot be known from the
 * project's records is `'unknown'`, never 0.
 */
export type Known<T> = T | 'unknown'

export interface ProjectMetrics {
  /** The window: from `--since` (a date, or a git revision's commit time) to now. */
  window: { since?: string; revision?: string; until: string }
  /** Where the figures come from, and what was missing. */
  sources: { ledgerEntries: Known<number>; commits: Known<number>; runs: number }
  /** Code now: lines of generated files as specloop wrote them, of generated files edited since, and of every other code file git knows. */
  lines: { generated: number; editedGenerated: number; handWritten: Known<number>; generatedShare: Known<number> }
  /** Committed in the window: lines specloop wrote, lines people wrote, and lines people changed in files specloop wrote. */
  commits: Known<CommitFigures>
  /** Generations that rewrote code after a spec it was made from changed. */
  regenerations: Known<{ count: number; specs: string[] }>
  /** The generate loops (offline or model): how many rounds and how long each took to go green. */
  loops: Known<LoopFigures>
  /** Rules the examples did not decide (a question: the row that decides it), and those a new row answered. */
  questions: Known<{ asked: number; answered: number; open: string[] }>
  /** Scenarios that failed in a run after passing in the run before (a defect caught), over the runs kept. */
  escapes: Known<{ count: number; runsCompared: number; scenarios: { uri: string; name: string; runId: string }[] }>
  /** Model tokens spent (replayed cassettes spend none). */
  tokens: Known<{ input: number; output: number }>
  /** The same figures per day, oldest first: the trend. */
  days: DayFigures[]
}

export interface CommitFigures {
  generatedLines: number
  handWrittenLines: number
  /** Lines added or removed by hand in files specloop generated. */
  handEditedLines: number
  handEditedFiles: string[]
  /** Hand-edited lines per line specloop wrote, in the window; unknown when it wrote none. */
  reworkRate: Known<number>
}

export interface LoopFigures {
  count: number
  green: number
  rounds: number
  medianRoundsToGreen: Known<number>
  medianSecondsToGreen: Known<number>
}

export interface DayFigures {
  day: string
  generatedLines: number
  handWrittenLines: number
  handEditedLines: number
  regenerations: number
  rounds: number
  greenLoops: number
  questionsAsked: number
  questionsAnswered: number
  escapes: number
  tokens: number
}
