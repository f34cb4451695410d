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

/** `specloop metrics` as text: one line per question the figures answer, then the trend by day. */
export function formatMetrics(metrics: ProjectMetrics): string[] {
  const { window, sources } = metrics
  const noLedger = 'no ledger entries'
  const since = window.since
    ? `since ${window.since.replace(/\.000Z$/, 'Z')}${window.revision ? ` (${window.revision.slice(0, 12)})` : ''}`
    : 'over the whole history'
  return [
    `Metrics ${since}: ${known(sources.commits, (count) => plural(count, 'commit'), 'not a git repository')}, ${known(sources.ledgerEntries, (count) => plural(count, 'ledger entry', 'ledger entries'), 'no ledger')}, ${plural(sources.runs, 'run')} kept`,
    `Code now: ${metrics.lines.generated} generated lines, ${metrics.lines.editedGenerated} in generated files edited ` +
      `by hand, ${known(metrics.lines.handWritten, String, 'not a git repository')} hand-written; ` +
      `generated share ${known(metrics.lines.generatedShare, percent, 'not a git repository')}`,
    `Committed: ${known(metrics.commits, (figures) => `${figures.generatedLines} lines generated, ${figures.handWrittenLines} written by hand, ${figures.handEditedLines} changed by hand in ${plural(figures.handEditedFiles.length, 'generated file')}${figures.handEditedFiles.length ? ` (${figures.handEditedFiles.join(', ')})` : ''}; rework rate ${known(figures.reworkRate, percent, 'no generated lines committed')}`, 'not a git repository')}`,
    `Regenerations after a spec change: ${known(metrics.regenerations, (figures) => `${figures.count}${figures.specs.length ? ` (${figures.specs.join(', ')})` : ''}`, noLedger)}`,
    `Generate loops: ${known(metrics.loops, (loops) => `${loops.count}, ${loops.green} green, ${plural(loops.rounds, 'round')}; to green: median ${known(loops.medianRoundsToGreen, (rounds) => plural(rounds, 'round'), 'none went green')}, ${known(loops.medianSecondsToGreen, (seconds) => `${seconds} s`, 'none went green')}`, noLedger)}`,
    `Questions (rules the examples did not decide): ${known(metrics.questions, (questions) => `${questions.asked} asked, ${questions.answered} answered by a new row, ${questions.open.length} open${questions.open.length ? ` (${questions.open.join(', ')})` : ''}`, noLedger)}`,
    `Red after green (defects caught): ${known(metrics.escapes, (escapes) => `${escapes.count} over ${plural(escapes.runsCompared, 'run')}${escapes.scenarios.length ? ` (${escapes.scenarios.map((scenario) => `${scenario.uri}: ${scenario.name}`).join('; ')})` : ''}`, 'fewer than 2 runs kept')}`,
    `Model tokens spent: ${known(metrics.tokens, (tokens) => `${tokens.input + tokens.output} (${tokens.input} in, ${tokens.output} out)`, noLedger)}`,
    ...(metrics.days.length > 0 ? ['', 'By day:', ...dayTable(metrics.days)] : [])
  ]
}
