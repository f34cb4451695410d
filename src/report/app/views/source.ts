import { percent } from '../../../text'
import { h } from '../dom'
import { decodeLines, loadScenarios, loadSource } from '../data'
import { locate, scenarioHash } from '../links'
import type { ViewContext } from '../router'
import type { ReportProvenanceRow, ScenarioRow, SiteIndex, SiteSource, SourceData } from '../types'
import { virtualList } from '../virtual-list'
import type { VirtualList } from '../virtual-list'
import { breadcrumbs, statusDot } from '../widgets'
import { renderNotFound } from './not-found'

/** What the trace says of each line of a source file. */
interface LineFacts {
  /** For each line, the scenarios that ran it (scenario indices in the report). */
  byLine: Map<number, number[]>
  executable: Set<number>
  /** Lines run while the code was loaded, before any scenario. */
  loaded: Set<number>
}

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

function lineFactsOf(data: SourceData): LineFacts {
  return {
    byLine: scenariosByLine(data),
    executable: new Set(decodeLines(data.executable)),
    loaded: new Set(data.loaded ? decodeLines(data.loaded) : [])
  }
}

/** A source file, every line with the number of scenarios that ran it; selecting the number lists them. */
export function renderSource(context: ViewContext): void | Promise<void> {
  const where = locate(context.route.rest, context.report.sourceByPath)
  const sourceIndex = where.index
  if (sourceIndex === undefined) return renderNotFound(context)
  return Promise.all([loadSource(sourceIndex), loadScenarios()]).then(([data, scenarios]) =>
    showSource(context, context.report.index.sources[sourceIndex], where.line, data, scenarios)
  )
}

function showSource(context: ViewContext, summary: SiteSource, line: number | undefined, data: SourceData, scenarios: ScenarioRow[]): void {
  const { index } = context.report
  const facts = lineFactsOf(data)
  const panel = h('div', { class: 'line-panel', 'aria-live': 'polite' })
  let selected = line || 0
  function openLine(opened: number): void {
    selected = opened
    const list = facts.byLine.get(opened) || []
    panel.replaceChildren(...linePanel(opened, list, facts, (i) => scenarioLink(index, scenarios[list[i]])))
    code.refresh()
  }
  const code: VirtualList = virtualList({
    count: data.lines ? data.lines.length : data.lineCount,
    rowHeight: 22,
    maxHeight: 620,
    className: 'code source',
    render: (i) => codeLine(i + 1, data.lines ? data.lines[i] : '', facts, i + 1 === selected, openLine)
  })
  const page = h(
    'article',
    { class: 'source-view' },
    breadcrumbs(h('a', { href: '#/' }, 'Overview'), h('a', { href: '#/coverage' }, 'Trace & coverage'), h('span', { text: summary.path })),
    h('h1', null, h('code', { text: summary.path })),
    sourceMeta(summary, context.report.provenanceOf(summary.path)),
    data.lines ? null : h('p', { class: 'problem', text: 'The file could not be read when the report was built.' }),
    h('p', {
      class: 'muted',
      text: 'Each executed line shows how many scenarios ran it; select the count to list them. Lines no scenario ran are marked.'
    }),
    panel,
    code.element
  )
  if (!context.show(page)) return
  code.refresh()
  if (line) {
    code.scrollToRow(line - 1)
    openLine(line)
  }
}

function scenarioLink(index: SiteIndex, row: ScenarioRow): HTMLElement {
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

/** The selected line's panel: the scenarios that ran it, or why none did. */
function linePanel(line: number, list: number[], facts: LineFacts, renderScenario: (i: number) => HTMLElement): HTMLElement[] {
  if (list.length === 0) {
    const why = facts.loaded.has(line)
      ? 'ran while the code was loaded, before any scenario.'
      : facts.executable.has(line)
        ? 'no scenario ran it (uncovered).'
        : 'not executable code.'
    return [h('p', { class: 'muted', text: 'Line ' + line + ': ' + why })]
  }
  return [
    h('h2', { text: 'Line ' + line + ' was run by ' + list.length + ' scenario' + (list.length === 1 ? '' : 's') }),
    virtualList({ count: list.length, rowHeight: 30, maxHeight: 240, className: 'line-scenarios', render: renderScenario }).element
  ]
}

/** One line of code: its number, how many scenarios ran it (a button listing them), its text. */
function codeLine(line: number, text: string, facts: LineFacts, selected: boolean, openLine: (line: number) => void): HTMLElement {
  const runs = facts.byLine.get(line)
  const loaded = facts.loaded.has(line)
  const executable = facts.executable.has(line)
  const classes = 'code-line' + (runs ? ' hit' : loaded ? ' loaded' : executable ? ' uncovered' : '') + (selected ? ' selected' : '')
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
      : loaded
        ? h('span', { class: 'runs loaded', title: 'ran while the code was loaded', text: 'load' })
        : h('span', { class: 'runs none', text: executable ? '0' : '' }),
    h('code', { class: 'line-text', text })
  )
}

/** Role, origin, lines run, and the generator that wrote it. */
function sourceMeta(summary: SiteSource, provenance: ReportProvenanceRow | undefined): HTMLElement {
  return h(
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
          h('a', { href: '#/provenance' }, 'generated by ' + provenance.generator + (provenance.model ? ' (' + provenance.model + ')' : ''))
        ]
      : null
  )
}
