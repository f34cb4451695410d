import { SUMMARY_ORDER, totalOf } from '../../../messages/status'
import { percent, plural, pluralForm } from '../../../text'
import { h } from '../dom'
import type { Child } from '../dom'
import type { Report } from '../data'
import { duration, shortTime } from '../format'
import { featureHash, searchHash } from '../links'
import type { ViewContext } from '../router'
import type { SiteFeature, StatusCounts } from '../types'
import { virtualList } from '../virtual-list'
import { countsBar, statusBadge, statusDot, unconfirmedMark } from '../widgets'
import { attachmentView } from './steps'
import { strengthSection } from './strength'
import { trendChart } from './trend'

function tile(title: string, body: Child): HTMLElement {
  return h('section', { class: 'tile' }, h('h2', { text: title }), body)
}

function statusTable(counts: StatusCounts, noun: string, linkStatuses: boolean): HTMLElement {
  const total = totalOf(counts)
  return h(
    'div',
    { class: 'status-summary' },
    h('p', { class: 'big' }, String(total), h('span', { class: 'unit', text: ' ' + pluralForm(total, noun) })),
    countsBar(counts),
    h(
      'ul',
      { class: 'status-list' },
      SUMMARY_ORDER.filter((status) => counts[status]).map((status) => {
        const label = [statusDot(status), ' ' + counts[status] + ' ' + status]
        return h('li', null, linkStatuses ? h('a', { href: searchHash({ status }) }, label) : label)
      })
    )
  )
}

function runHeader({ index }: Report): HTMLElement {
  const run = index.run
  return h(
    'section',
    { class: 'run' },
    h('h1', { text: index.title }),
    h(
      'p',
      { class: 'meta' },
      run.success === false ? statusBadge('failed') : run.success === true ? statusBadge('passed') : null,
      ' Run ',
      h('code', { text: run.id }),
      run.startedAt ? ' · ' + shortTime(run.startedAt) + ' UTC' : '',
      run.durationMs !== undefined ? ' · ' + duration(run.durationMs) : '',
      run.implementation ? ' · ' + run.implementation : '',
      ' · generated ' + shortTime(index.generatedAt) + ' UTC'
    ),
    run.error ? h('p', { class: 'problem', role: 'alert', text: run.error }) : null,
    index.runAttachments.length
      ? h(
          'div',
          { class: 'attachments run-attachments' },
          h('h2', { text: 'Attached by the run\u2019s hooks' }),
          index.runAttachments.map(attachmentView)
        )
      : null
  )
}

function tiles({ index }: Report): HTMLElement {
  const box = h(
    'div',
    { class: 'tiles' },
    tile('Features', h('p', { class: 'big', text: String(index.counts.features) })),
    tile('Scenarios', statusTable(index.counts.scenarios, 'scenario', true)),
    tile('Steps', statusTable(index.counts.steps, 'step', false))
  )
  const trace = index.trace
  if (!trace) return box
  const { generated, editedGenerated, handWritten } = trace.codeShare
  const code = generated + editedGenerated + handWritten
  const share = (lines: number): string => 'width:' + (code ? (100 * lines) / code : 0) + '%'
  box.append(
    tile(
      'Coverage',
      h(
        'div',
        null,
        h('p', { class: 'big' }, percent(trace.coveredLines, trace.executableLines), h('span', { class: 'unit', text: ' of lines' })),
        h(
          'ul',
          { class: 'plain' },
          h('li', { text: trace.coveredLines + ' of ' + trace.executableLines + ' executable lines run by a scenario' }),
          h('li', { text: trace.coveredFunctions + ' of ' + trace.functions + ' functions' }),
          h('li', null, h('a', { href: '#/coverage' }, plural(trace.hollow.length, 'hollow scenario'))),
          h('li', { text: trace.scenarios + ' scenarios traced' })
        )
      )
    ),
    tile(
      'Code',
      h(
        'div',
        null,
        h('p', { class: 'big' }, percent(generated + editedGenerated, code), h('span', { class: 'unit', text: ' generated' })),
        h(
          'span',
          { class: 'bar', role: 'img', 'aria-label': 'code share' },
          h('span', { class: 'origin-generated', style: share(generated) }),
          h('span', { class: 'origin-edited-generated', style: share(editedGenerated) }),
          h('span', { class: 'origin-hand-written', style: share(handWritten) })
        ),
        h(
          'ul',
          { class: 'plain' },
          h('li', { text: generated + ' lines generated' }),
          h('li', { text: editedGenerated + ' lines generated, then edited by hand' }),
          h('li', { text: handWritten + ' lines hand-written' })
        )
      )
    )
  )
  return box
}

function problems({ index }: Report): HTMLElement | null {
  if (!index.parseErrors.length && !index.warnings.length) return null
  return h(
    'section',
    { class: 'problems' },
    h('h2', { text: 'Problems' }),
    h(
      'ul',
      null,
      index.parseErrors.map((error) =>
        h('li', { class: 'problem' }, (error.uri || '') + (error.line ? ':' + error.line : '') + ': ' + error.message)
      ),
      index.warnings.map((warning) => h('li', { text: warning }))
    )
  )
}

export function renderOverview({ report, show }: ViewContext): void {
  const { index } = report
  const history = h(
    'section',
    { class: 'trend-box' },
    h('h2', null, 'Trend ', h('a', { class: 'small', href: '#/history' }, '(' + plural(index.history.length, 'run') + ')')),
    trendChart()
  )
  const tags = index.tags.length
    ? h(
        'section',
        { class: 'tags-box' },
        h('h2', { text: 'Tags' }),
        h(
          'p',
          { class: 'tags' },
          index.tags.map((tag) =>
            h('a', { class: 'tag', href: searchHash({ tags: tag.name }) }, tag.name, h('span', { class: 'count', text: String(tag.count) }))
          )
        )
      )
    : null
  show(
    runHeader(report),
    tiles(report),
    problems(report),
    strengthSection(report),
    history,
    tags,
    h('section', { class: 'tree-box' }, h('h2', { text: 'Features' }), featureTree(report, index.features))
  )
}

type TreeRow = { folder: string; depth: number } | { feature: SiteFeature; depth: number; file: string }

/** Folders and features as rows (folders first, as in a file browser), virtualised. */
function featureTree(report: Report, features: SiteFeature[]): HTMLElement {
  const rows: TreeRow[] = []
  const seenFolders = new Set<string>()
  for (const feature of features) {
    const parts = feature.uri.split('/')
    for (let depth = 1; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/')
      if (!seenFolders.has(folder)) {
        seenFolders.add(folder)
        rows.push({ folder: parts[depth - 1] + '/', depth: depth - 1 })
      }
    }
    rows.push({ feature, depth: parts.length - 1, file: parts[parts.length - 1] })
  }
  return virtualList({
    count: rows.length,
    rowHeight: 30,
    maxHeight: 640,
    className: 'tree',
    render(i) {
      const row = rows[i]
      const indent = 'padding-left:' + (0.6 + row.depth * 1.2) + 'em'
      if ('folder' in row) return h('div', { class: 'tree-folder', style: indent }, row.folder)
      const feature = row.feature
      return h(
        'a',
        {
          class: 'tree-feature',
          href: featureHash(feature.uri),
          style: indent,
          title: feature.template ? `${feature.uri} (from the spec template ${feature.template})` : feature.uri
        },
        statusDot(feature.status),
        h('span', { class: 'name', text: feature.name }),
        h('span', { class: 'file', text: row.file }),
        unconfirmedMark(report, feature.uri),
        countsBar(feature.counts),
        h('span', { class: 'count', text: plural(feature.scenarios, 'scenario') })
      )
    }
  }).element
}
