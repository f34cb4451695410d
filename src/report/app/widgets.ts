import { describeCounts, SUMMARY_ORDER, totalOf } from '../../messages/status'
import { h } from './dom'
import type { Child } from './dom'
import type { Report } from './data'
import { plural } from '../../text'
import { searchHash, sourceHash } from './links'
import type { Status, StatusCounts } from './types'

/** Small pieces every view uses: statuses, tags, count bars, breadcrumbs, tables. */

export function statusBadge(status: Status): HTMLElement {
  return h('span', { class: 'status status-' + status, title: status }, h('span', { class: 'dot', 'aria-hidden': 'true' }), status)
}

export function statusDot(status: Status): HTMLElement {
  return h('span', { class: 'dot status-' + status, title: status, role: 'img', 'aria-label': status })
}

export function tagChip(tag: string): HTMLElement {
  return h('a', { class: 'tag', href: searchHash({ tags: tag }), title: 'scenarios tagged ' + tag }, tag)
}

/** "2 failed, 5 passed", or "none". */
export function countsText(counts: StatusCounts): string {
  return describeCounts(counts) || 'none'
}

/** A bar of the counts, best status first (left), in the status colours. */
export function countsBar(counts: StatusCounts): HTMLElement {
  const total = totalOf(counts)
  const bar = h('span', { class: 'bar', role: 'img', 'aria-label': countsText(counts) })
  if (total === 0) return bar
  SUMMARY_ORDER.slice()
    .reverse()
    .forEach((status) => {
      if (counts[status]) bar.append(h('span', { class: 'status-' + status, style: 'width:' + (100 * counts[status]) / total + '%' }))
    })
  return bar
}

export function paragraphs(text: string | undefined): HTMLElement | null {
  if (!text || !text.trim()) return null
  return h(
    'div',
    { class: 'description' },
    text.split(/\n\s*\n/).map((paragraph) =>
      h('p', {
        text: paragraph
          .split('\n')
          .map((line) => line.trim())
          .join('\n')
      })
    )
  )
}

export function breadcrumbs(...items: Child[]): HTMLElement {
  return h(
    'nav',
    { class: 'crumbs', 'aria-label': 'Breadcrumbs' },
    items
      .filter(Boolean)
      .map((item, position) => [position > 0 ? h('span', { class: 'sep', 'aria-hidden': 'true', text: ' › ' }) : null, item])
  )
}

export function dataTable(rows: string[][], header: boolean): HTMLElement {
  return h(
    'table',
    { class: 'data-table' },
    rows.map((row, position) =>
      h(
        'tr',
        null,
        row.map((cell) => h(position === 0 && header ? 'th' : 'td', { text: cell }))
      )
    )
  )
}

export function docString(value: { content: string; mediaType?: string }): HTMLElement {
  return h('pre', { class: 'doc-string', 'data-media-type': value.mediaType || null, text: value.content })
}

/** A header row of plain column titles. */
export function headerRow(titles: string[]): HTMLElement {
  return h(
    'tr',
    null,
    titles.map((title) => h('th', { text: title }))
  )
}

/** "steps/cart.steps.js:6" → a link into the source view when the trace has that file. */
export function codeLocation(report: Report, location: string): HTMLElement {
  const match = /^(.*):(\d+)$/.exec(location)
  if (match && report.sourceByPath.has(match[1]))
    return h('a', { class: 'code-location', href: sourceHash(match[1], Number(match[2])) }, location)
  return h('span', { class: 'code-location' }, location)
}

export function problem(...children: Child[]): HTMLElement {
  return h('div', { class: 'problem', role: 'alert' }, ...children)
}

/**
 * A feature whose generated code the examples do not decide: green says the scenarios pass, not
 * that the rule is the one meant. The mark names the open questions (one per unconfirmed file).
 */
export function unconfirmedMark(report: Report, featureUri: string): HTMLElement | null {
  const files = report.unconfirmedCodeOf(featureUri)
  if (!files.length) return null
  return h('span', {
    class: 'unconfirmed',
    title: files.map((file) => file.path + ': the examples do not decide its rule').join('\n'),
    text: 'code unconfirmed: ' + plural(files.length, 'question') + ' open'
  })
}

/** The feature page's notice of its unconfirmed code: which files, and where their questions are. */
export function unconfirmedNote(report: Report, featureUri: string): HTMLElement | null {
  const files = report.unconfirmedCodeOf(featureUri)
  if (!files.length) return null
  const links = files.flatMap((file, index) => [
    index ? ', ' : '',
    report.sourceByPath.has(file.path) ? h('a', { href: sourceHash(file.path) }, file.path) : h('code', { text: file.path })
  ])
  return h(
    'p',
    { class: 'unconfirmed-note', role: 'note' },
    h('strong', { text: 'Code unconfirmed: ' + plural(files.length, 'question') + ' open. ' }),
    'Its scenarios do not decide the rule specloop wrote in ',
    links,
    ': each file’s header names the example that would (',
    h('a', { href: '#/provenance' }, 'Provenance'),
    ').'
  )
}
