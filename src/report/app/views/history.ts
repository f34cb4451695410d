import { totalOf } from '../../../messages/status'
import { h } from '../dom'
import { duration, shortTime } from '../format'
import type { ViewContext } from '../router'
import { countsBar, countsText, headerRow } from '../widgets'
import { trendChart } from './trend'

/** The trend chart and the past runs, latest first. */
export function renderHistory({ report, show }: ViewContext): void {
  const { index } = report
  const runs = index.history.slice().reverse()
  show(
    h(
      'article',
      null,
      h('h1', { text: 'History' }),
      h('div', { class: 'trend-box' }, trendChart()),
      h(
        'table',
        { class: 'history' },
        headerRow(['Run', 'Time', 'Scenarios', '', 'Duration', 'Coverage']),
        runs.map((run) =>
          h(
            'tr',
            { class: run.runId === index.run.id ? 'current' : null },
            h('td', null, h('code', { text: run.runId })),
            h('td', { text: shortTime(run.time) }),
            h('td', { text: String(totalOf(run.scenarios)) }),
            h('td', null, countsBar(run.scenarios), ' ' + countsText(run.scenarios)),
            h('td', { text: duration(run.durationMs) }),
            h('td', { text: run.coverage === undefined ? '–' : run.coverage + '%' })
          )
        )
      )
    )
  )
}
