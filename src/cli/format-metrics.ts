import type { DayFigures, Known, ProjectMetrics } from '../index'
import { plural } from '../text'

const known = <T>(value: Known<T>, describe: (value: T) => string, why: string): string =>
  value === 'unknown' ? `unknown (${why})` : describe(value)
const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`

const DAY_COLUMNS: [keyof DayFigures, string][] = [
  ['generatedLines', 'generated'],
  ['handWrittenLines', 'hand-written'],
  ['handEditedLines', 'hand-edited'],
  ['regenerations', 'regenerations'],
  ['rounds', 'rounds'],
  ['greenLoops', 'green'],
  ['questionsAsked', 'asked'],
  ['questionsAnswered', 'answered'],
  ['escapes', 'red after green'],
  ['tokens', 'tokens']
]

/** The per-day table: one column per figure, right-aligned under its heading. */
function dayTable(days: DayFigures[]): string[] {
  const header = ['day', ...DAY_COLUMNS.map(([, title]) => title)]
  const rows = days.map((day) => [day.day, ...DAY_COLUMNS.map(([key]) => String(day[key]))])
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]!.length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!)))
      .join('  ')
      .trimEnd()
  return [line(header), ...rows.map(line)]
}

type Figures<K extends keyof ProjectMetrics> = Exclude<ProjectMetrics[K], 'unknown'>
const NOT_GIT = 'not a git repository'
const NONE_GREEN = 'none went green'
const listed = (items: string[], separator = ', '): string => (items.length ? ` (${items.join(separator)})` : '')

function describeCommitted(figures: Figures<'commits'>): string {
  const edited = `${figures.handEditedLines} changed by hand in ${plural(figures.handEditedFiles.length, 'generated file')}`
  const rework = known(figures.reworkRate, percent, 'no generated lines committed')
  const written = `${figures.generatedLines} lines generated, ${figures.handWrittenLines} written by hand`
  return `${written}, ${edited}${listed(figures.handEditedFiles)}; rework rate ${rework}`
}

function describeLoops(loops: Figures<'loops'>): string {
  const rounds = known(loops.medianRoundsToGreen, (count) => plural(count, 'round'), NONE_GREEN)
  const seconds = known(loops.medianSecondsToGreen, (count) => `${count} s`, NONE_GREEN)
  return `${loops.count}, ${loops.green} green, ${plural(loops.rounds, 'round')}; to green: median ${rounds}, ${seconds}`
}

function describeQuestions(questions: Figures<'questions'>): string {
  return `${questions.asked} asked, ${questions.answered} answered by a new row, ${questions.open.length} open${listed(questions.open)}`
}

function describeEscapes(escapes: Figures<'escapes'>): string {
  const scenarios = escapes.scenarios.map((scenario) => `${scenario.uri}: ${scenario.name}`)
  return `${escapes.count} over ${plural(escapes.runsCompared, 'run')}${listed(scenarios, '; ')}`
}

/** `specloop metrics` as text: one line per question the figures answer, then the trend by day. */
export function formatMetrics(metrics: ProjectMetrics): string[] {
  const { window, sources } = metrics
  const noLedger = 'no ledger entries'
  const since = window.since
    ? `since ${window.since.replace(/\.000Z$/, 'Z')}${window.revision ? ` (${window.revision.slice(0, 12)})` : ''}`
    : 'over the whole history'
  const commits = known(sources.commits, (count) => plural(count, 'commit'), NOT_GIT)
  const entries = known(sources.ledgerEntries, (count) => plural(count, 'ledger entry', 'ledger entries'), 'no ledger')
  const regenerations = (figures: Figures<'regenerations'>) => `${figures.count}${listed(figures.specs)}`
  return [
    `Metrics ${since}: ${commits}, ${entries}, ${plural(sources.runs, 'run')} kept`,
    `Code now: ${metrics.lines.generated} generated lines, ${metrics.lines.editedGenerated} in generated files edited ` +
      `by hand, ${known(metrics.lines.handWritten, String, NOT_GIT)} hand-written; ` +
      `generated share ${known(metrics.lines.generatedShare, percent, NOT_GIT)}`,
    `Committed: ${known(metrics.commits, describeCommitted, NOT_GIT)}`,
    `Regenerations after a spec change: ${known(metrics.regenerations, regenerations, noLedger)}`,
    `Generate loops: ${known(metrics.loops, describeLoops, noLedger)}`,
    `Questions (rules the examples did not decide): ${known(metrics.questions, describeQuestions, noLedger)}`,
    `Red after green (defects caught): ${known(metrics.escapes, describeEscapes, 'fewer than 2 runs kept')}`,
    `Model tokens spent: ${known(metrics.tokens, (tokens) => `${tokens.input + tokens.output} (${tokens.input} in, ${tokens.output} out)`, noLedger)}`,
    ...(metrics.days.length > 0 ? ['', 'By day:', ...dayTable(metrics.days)] : [])
  ]
}
