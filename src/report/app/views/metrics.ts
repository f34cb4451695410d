import { h } from '../dom'
import type { ViewContext } from '../router'
import type { DayFigures, Known, ProjectMetrics } from '../../../metrics/model'
import { headerRow } from '../widgets'

const SVG = 'http://www.w3.org/2000/svg'

function known<T>(value: Known<T>, describe: (value: T) => string): string {
  return value === 'unknown' ? 'unknown' : describe(value)
}

const percent = (share: number): string => Math.round(share * 1000) / 10 + '%'

/** What each figure is and its value, as `specloop metrics` says it. */
function figures(metrics: ProjectMetrics): [string, string][] {
  const { lines, commits, regenerations, loops, questions, escapes, tokens } = metrics
  return [
    [
      'Lines now: generated · in generated files edited by hand · hand-written',
      lines.generated + ' · ' + lines.editedGenerated + ' · ' + known(lines.handWritten, String)
    ],
    ['Generated share of the code', known(lines.generatedShare, percent)],
    [
      'Committed: lines generated · written by hand · changed by hand in generated files',
      known(commits, (value) => value.generatedLines + ' · ' + value.handWrittenLines + ' · ' + value.handEditedLines)
    ],
    ['Rework rate (hand-changed lines per generated line)', known(commits, (value) => known(value.reworkRate, percent))],
    ['Regenerations after a spec change', known(regenerations, (value) => String(value.count))],
    ['Generate loops: green / all · rounds', known(loops, (value) => value.green + ' / ' + value.count + ' · ' + value.rounds)],
    [
      'To green: median rounds · median seconds',
      known(loops, (value) => known(value.medianRoundsToGreen, String) + ' · ' + known(value.medianSecondsToGreen, String))
    ],
    ['Questions asked · answered by a new row', known(questions, (value) => value.asked + ' · ' + value.answered)],
    ['Red after green (defects caught)', known(escapes, (value) => value.count + ' over ' + value.runsCompared + ' runs')],
    ['Model tokens spent', known(tokens, (value) => String(value.input + value.output))]
  ]
}

const SERIES: [keyof DayFigures, string][] = [
  ['generatedLines', 'Lines generated'],
  ['handWrittenLines', 'Lines written by hand'],
  ['handEditedLines', 'Lines changed by hand in generated files'],
  ['regenerations', 'Regenerations'],
  ['rounds', 'Rounds'],
  ['greenLoops', 'Loops gone green'],
  ['questionsAsked', 'Questions asked'],
  ['questionsAnswered', 'Questions answered'],
  ['escapes', 'Red after green'],
  ['tokens', 'Model tokens']
]

/** One bar per day, scaled to the series' largest day; each bar's tooltip says the day and the value. */
function sparkline(days: DayFigures[], key: keyof DayFigures, name: string): SVGSVGElement {
  const width = 180
  const height = 28
  const values = days.map((day) => Number(day[key]))
  const maximum = Math.max(1, ...values)
  const slot = width / Math.max(days.length, 1)
  const svg = document.createElementNS(SVG, 'svg')
  svg.setAttribute('class', 'sparkline')
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height)
  svg.setAttribute('width', String(width))
  svg.setAttribute('height', String(height))
  svg.setAttribute('role', 'img')
  svg.setAttribute('aria-label', name + ' per day')
  days.forEach((day, index) => {
    const barHeight = (values[index]! / maximum) * (height - 2)
    const bar = document.createElementNS(SVG, 'rect')
    bar.setAttribute('x', (index * slot + slot * 0.15).toFixed(1))
    bar.setAttribute('y', (height - barHeight).toFixed(1))
    bar.setAttribute('width', Math.max(1, slot * 0.7).toFixed(1))
    bar.setAttribute('height', barHeight.toFixed(1))
    const title = document.createElementNS(SVG, 'title')
    title.textContent = day.day + ': ' + values[index]
    bar.append(title)
    svg.append(bar)
  })
  return svg
}

/** `specloop metrics` of the project: the figures, then one bar chart and the totals per series, by day. */
export function renderMetrics({ report, show }: ViewContext): void {
  const metrics = report.index.metrics
  if (!metrics) {
    show(
      h(
        'article',
        null,
        h('h1', { text: 'Metrics' }),
        h('p', { class: 'muted', text: 'No metrics: this report was made without the project (specloop metrics computes them).' })
      )
    )
    return
  }
  const days = metrics.days
  show(
    h(
      'article',
      null,
      h('h1', { text: 'Metrics' }),
      h('p', {
        class: 'muted',
        text:
          (metrics.window.since ? 'Since ' + metrics.window.since : 'Over the whole history') +
          ', from the ledger, git and the runs kept. Unknown: no record holds it.'
      }),
      h(
        'table',
        { class: 'metrics' },
        headerRow(['Figure', 'Value']),
        figures(metrics).map(([name, value]) => h('tr', null, h('td', { text: name }), h('td', { class: 'value', text: value })))
      ),
      h('h2', { text: 'Trend by day' }),
      days.length === 0
        ? h('p', { class: 'muted', text: 'Nothing recorded in this window.' })
        : h(
            'table',
            { class: 'metrics trend-days' },
            headerRow(['Series', days[0]!.day + ' → ' + days[days.length - 1]!.day, 'Total']),
            SERIES.map(([key, name]) =>
              h(
                'tr',
                null,
                h('td', { text: name }),
                h('td', null, sparkline(days, key, name)),
                h('td', { class: 'value', text: String(days.reduce((sum, day) => sum + Number(day[key]), 0)) })
              )
            )
          )
    )
  )
}
