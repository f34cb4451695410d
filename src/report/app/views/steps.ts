import { h } from '../dom'
import type { Report } from '../data'
import { duration } from '../format'
import type { HollowReason, ReportAttachment, ReportError, ReportStep } from '../types'
import { codeLocation, dataTable, docString, statusDot } from '../widgets'

/** A scenario's steps with their results: the scenario page in full, a feature's card compact. */
export function resultSteps(report: Report, steps: ReportStep[], compact: boolean): HTMLElement {
  return h(
    'ol',
    { class: 'steps' },
    steps.map((step) =>
      h(
        'li',
        { class: 'step status-line-' + step.status + (step.kind ? ' ' + step.kind : '') },
        h(
          'div',
          { class: 'step-line' },
          statusDot(step.status),
          ' ',
          h('span', { class: 'keyword', text: step.keyword.trim() }),
          ' ',
          h('span', { class: 'text', text: step.text }),
          compact
            ? null
            : h(
                'span',
                { class: 'step-meta' },
                step.durationMs ? h('span', { class: 'duration', text: duration(step.durationMs) }) : null,
                (step.definitions || []).map((location) => codeLocation(report, location))
              )
        ),
        step.table ? dataTable(step.table, false) : null,
        step.docString ? docString(step.docString) : null,
        step.error ? errorBlock(step.error) : null,
        step.attachments ? h('div', { class: 'attachments' }, step.attachments.map(attachmentView)) : null
      )
    )
  )
}

function errorBlock(error: ReportError): HTMLElement {
  return h(
    'div',
    { class: 'error', role: 'group', 'aria-label': 'error' },
    h('p', {
      class: 'error-message',
      text: (error.type && error.message.indexOf(error.type) !== 0 ? error.type + ': ' : '') + error.message
    }),
    error.stack && error.stack !== error.message
      ? h('details', null, h('summary', null, 'Stack trace'), h('pre', { class: 'stack', text: error.stack }))
      : null
  )
}

export function attachmentView(attachment: ReportAttachment): HTMLElement {
  const label =
    (attachment.fileName ? attachment.fileName + ' · ' : '') +
    attachment.mediaType +
    (attachment.bytes !== undefined ? ' · ' + attachment.bytes + ' bytes' : '')
  if (attachment.url) return h('p', { class: 'attachment' }, h('a', { href: attachment.url, rel: 'noopener' }, label))
  if (attachment.path && /^image\//.test(attachment.mediaType)) {
    return h(
      'figure',
      { class: 'attachment image' },
      h('a', { href: attachment.path }, h('img', { src: attachment.path, alt: label, loading: 'lazy' })),
      h('figcaption', { text: label })
    )
  }
  if (attachment.path)
    return h('p', { class: 'attachment' }, h('a', { href: attachment.path, download: attachment.fileName || true }, 'Download ' + label))
  let text = attachment.text || ''
  if (/json/.test(attachment.mediaType)) {
    try {
      text = JSON.stringify(JSON.parse(text), null, 2)
    } catch {
      // Not valid JSON after all: shown as it is.
    }
  }
  return h('details', { class: 'attachment text' }, h('summary', { text: label }), h('pre', { text }))
}

export function hollowNote(reason: HollowReason): HTMLElement {
  return h(
    'p',
    { class: 'hollow-note', role: 'note' },
    'Hollow scenario: ',
    reason === 'no-implementation' ? 'it passes without running any implementation code.' : 'it passes without asserting anything.'
  )
}
