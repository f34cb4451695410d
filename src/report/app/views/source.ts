import { percent, plural } from '../../../text'
import { h } from '../dom'
import { decodeLines, loadScenarios, loadSource } from '../data'
import { locate, scenarioHash } from '../links'
import type { ViewContext } from '../router'
import type { ScenarioRow, SourceData } from '../types'
import { virtualList } from '../virtual-list'
import type { VirtualList } from '../virtual-list'
import { breadcrumbs, statusDot } from '../widgets'
import { renderNotFound } from './not-found'

/** For each line, the scenarios that ran it (scenario indices in the report). */
function scenariosByLine(data: SourceData): Map<number, number[]> {
  const byLine = new Map<number, number[]>()
  for (const scenarioIndex of Object.keys(data.hits)) {
    for (const line of decodeLines(data.hits[scenarioIndex])) {
      const list = byLine.get(line)
      if (list) list.push(Number(scenarioIndex))
      else byLine.set(line, [Number(scenarioIndex)])
    }
  }
  return byLine
}

/** A source file, every line with the number of scenarios that ran it; selecting the number lists them. */
export function renderSource(context: ViewContext): void | Promise<void> {
  const { report, route, show } = context
  const { index } = report
  const where = locate(route.rest, report.sourceByPath)
  const sourceIndex = where.index
  if (sourceIndex === undefined) return renderNotFound(context)
  return Promise.all([loadSource(sourceIndex), loadScenarios()]).then(([data, scenarios]) => {
    const summary = index.sources[sourceIndex]
    const byLine = scenariosByLine(data)
    const executable = new Set(decodeLines(data.executable))
    const loadedLines = new Set(data.loaded ? decodeLines(data.loaded) : [])
    const lineCount = data.lines ? data.lines.length : data.lineCount
    const panel = h('div', { class: 'line-panel', 'aria-live': 'polite' })
    let selected = where.line || 0
    const scenarioLink = (row: ScenarioRow): HTMLElement => {
      const feature = index.features[row[0]]
      return h(
        'a',
        { class: 'result', href: scenarioHash(feature.uri, row[1]) },
        statusDot(row[3]),
        h('span', { class: 'feature-name', text: feature.name }),
        h('span', { class: 'sep', text: '›' }),
        h('span', { class: 'name', text: row[2] })
      )
    }
    function openLine(line: number): void {
      selected = line
      const list = byLine.get(line) || []
      if (list.length === 0) {
        panel.replaceChildren(
          h('p', {
            class: 'muted',
            text:
              'Line ' +
              line +
              ': ' +
              (loadedLines.has(line)
                ? 'ran while the code was loaded, before any scenario.'
                : executable.has(line)
                  ? 'no scenario ran it (uncovered).'
                  : 'not executable code.')
          })
        )
      } else {
        panel.replaceChildren(
          h('h2', { text: 'Line ' + line + ' was run by ' + plural(list.length, 'scenario') }),
          virtualList({
            count: list.length,
            rowHeight: 30,
            maxHeight: 240,
            className: 'line-scenarios',
            render: (i) => scenarioLink(scenarios[list[i]])
          }).element
        )
      }
      code.refresh()
    }
    const code: VirtualList = virtualList({
      count: lineCount,
      rowHeight: 22,
      maxHeight: 620,
      className: 'code source',
      render(i) {
        const line = i + 1
        const runs = byLine.get(line)
        const classes =
          'code-line' +
          (runs ? ' hit' : loadedLines.has(line) ? ' loaded' : executable.has(line) ? ' uncovered' : '') +
          (line === selected ? ' selected' : '')
        return h(
          'div',
          { class: classes, 'data-line': String(line) },
          h('span', { class: 'line-number', text: String(line) }),
          runs
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'runs',
                  title: 'scenarios that ran line ' + line,
                  'aria-label': runs.length + ' scenarios ran line ' + line,
                  onclick: () => openLine(line)
                },
                '×' + runs.length
              )
            : loadedLines.has(line)
              ? h('span', { class: 'runs loaded', title: 'ran while the code was loaded', text: 'load' })
              : h('span', { class: 'runs none', text: executable.has(line) ? '0' : '' }),
          h('code', { class: 'line-text', text: data.lines ? data.lines[i] : '' })
        )
      }
    })
    const provenance = report.provenanceOf(summary.path)
    const page = h(
      'article',
      { class: 'source-view' },
      breadcrumbs(
        h('a', { href: '#/' }, 'Overview'),
        h('a', { href: '#/coverage' }, 'Trace & coverage'),
        h('span', { text: summary.path })
      ),
      h('h1', null, h('code', { text: summary.path })),
      h(
        'p',
        { class: 'meta' },
        summary.role +
          ' · ' +
          summary.origin.replace('-', ' ') +
          ' · ' +
          summary.coveredLines +
          ' of ' +
          summary.executableLines +
          ' executable lines run (' +
          percent(summary.coveredLines, summary.executableLines) +
          ')',
        provenance
          ? [
              ' · ',
              h(
                'a',
                { href: '#/provenance' },
                'generated by ' + provenance.generator + (provenance.model ? ' (' + provenance.model + ')' : '')
              )
            ]
          : null
      ),
      data.lines ? null : h('p', { class: 'problem', text: 'The file could not be read when the report was built.' }),
      h('p', {
        class: 'muted',
        text: 'Each executed line shows how many scenarios ran it; select the count to list them. Lines no scenario ran are marked.'
      }),
      panel,
      code.element
    )
    if (!show(page)) return
    code.refresh()
    if (where.line) {
      code.scrollToRow(where.line - 1)
      openLine(where.line)
    }
  })
}
