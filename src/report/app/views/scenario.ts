import { h } from '../dom'
import { decodeLines, loadFeature, loadSource } from '../data'
import type { Report } from '../data'
import { duration } from '../format'
import { featureHash, sourceHash, splitLocation } from '../links'
import type { ViewContext } from '../router'
import type { ReportScenario, SourceData } from '../types'
import { breadcrumbs, dataTable, statusBadge, statusDot, tagChip } from '../widgets'
import { renderNotFound } from './not-found'
import { hollowNote, resultSteps } from './steps'

export function renderScenario(context: ViewContext): void | Promise<void> {
  const { report, route, show } = context
  const where = splitLocation(route.rest)
  const featureIndex = report.featureByUri.get(where.path)
  if (featureIndex === undefined) return renderNotFound(context)
  return loadFeature(featureIndex).then((feature) => {
    const scenario = feature.scenarios.find((candidate) => candidate.line === where.line)
    if (!scenario) return renderNotFound(context)
    const page = h(
      'article',
      { class: 'scenario' },
      breadcrumbs(
        h('a', { href: '#/' }, 'Overview'),
        h('a', { href: featureHash(feature.uri) }, feature.name),
        scenario.rule ? h('span', { text: scenario.rule }) : null,
        h('span', { text: scenario.name })
      ),
      h('h1', null, statusDot(scenario.status), ' ', h('span', { class: 'keyword', text: scenario.keyword + ':' }), ' ', scenario.name),
      h(
        'p',
        { class: 'meta' },
        statusBadge(scenario.status),
        ' · ' + feature.uri + ':' + scenario.line,
        scenario.durationMs ? ' · ' + duration(scenario.durationMs) : '',
        scenario.attempts > 1 ? ' · attempt ' + scenario.attempts + ' (retried)' : ''
      ),
      scenario.tags.length ? h('p', { class: 'tags' }, scenario.tags.map(tagChip)) : null,
      scenario.outline
        ? h(
            'div',
            { class: 'example-values' },
            h(
              'p',
              null,
              'An example of the ',
              h('a', { href: featureHash(feature.uri) + ':' + scenario.outline.line }, 'scenario outline'),
              ' with:'
            ),
            dataTable([scenario.outline.header, scenario.outline.values], true)
          )
        : null,
      scenario.hollow ? hollowNote(scenario.hollow) : null,
      h('h2', { text: 'Steps' }),
      resultSteps(report, scenario.steps, false),
      traceSection(report, scenario)
    )
    show(page)
  })
}

/** The code a scenario ran: each file with the executed lines marked, loaded on demand. */
function traceSection(report: Report, scenario: ReportScenario): HTMLElement | null {
  const { index } = report
  if (!index.trace) return null
  const section = h('section', { class: 'trace', 'aria-label': 'Trace' }, h('h2', { text: 'Trace: the code this scenario ran' }))
  if (!scenario.trace || scenario.trace.length === 0) {
    section.append(h('p', { class: 'muted', text: 'This scenario ran none of the traced code.' }))
    return section
  }
  for (const entry of scenario.trace) {
    const source = index.sources[entry.source]
    const body = h('div', { class: 'trace-body' }, h('p', { class: 'muted', text: 'Loading…' }))
    const details = h(
      'details',
      { class: 'trace-file' },
      h(
        'summary',
        null,
        h('code', { text: source.path }),
        ' ',
        h('span', { class: 'role', text: source.role }),
        ' · lines ' + entry.lines + ' (' + entry.count + ')'
      ),
      body
    )
    let loaded = false
    details.addEventListener('toggle', () => {
      if (!details.open || loaded) return
      loaded = true
      loadSource(entry.source).then(
        (data) => {
          body.replaceChildren(
            excerpt(data, scenario.index),
            h('p', null, h('a', { href: sourceHash(source.path) }, 'Open ' + source.path + ' with every line\u2019s scenarios'))
          )
        },
        (error: Error) => {
          body.replaceChildren(h('p', { class: 'problem', text: error.message }))
        }
      )
    })
    section.append(details)
  }
  return section
}

/** The executed lines of a file for one scenario, with three lines of context around each run. */
function excerpt(data: SourceData, scenarioIndex: number): HTMLElement {
  const hit = new Set(decodeLines(data.hits[scenarioIndex] || ''))
  const lines = data.lines
  if (!lines)
    return h('p', {
      class: 'muted',
      text: 'The file could not be read when the report was built; executed lines: ' + Array.from(hit).join(', ')
    })
  const shown = new Set<number>()
  hit.forEach((line) => {
    for (let l = line - 3; l <= line + 3; l++) if (l >= 1 && l <= lines.length) shown.add(l)
  })
  const table = h('table', { class: 'code excerpt' })
  let previous = 0
  Array.from(shown)
    .sort((a, b) => a - b)
    .forEach((line) => {
      if (previous && line > previous + 1) table.append(h('tr', { class: 'gap' }, h('td', { colspan: '2', text: '⋯' })))
      previous = line
      table.append(
        h(
          'tr',
          { class: hit.has(line) ? 'hit' : null, 'data-line': String(line) },
          h('td', { class: 'line-number' }, h('a', { href: sourceHash(data.path, line), text: String(line) })),
          h('td', { class: 'line-text' }, h('code', { text: lines[line - 1] }))
        )
      )
    })
  return table
}
