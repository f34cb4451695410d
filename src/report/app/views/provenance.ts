import { plural } from '../../../text'
import { h } from '../dom'
import type { Report } from '../data'
import { shortTime } from '../format'
import { sourceHash } from '../links'
import type { ViewContext } from '../router'
import type { ReportProvenanceRow } from '../types'
import { headerRow } from '../widgets'

const SPEC_STATE_TEXT: Record<ReportProvenanceRow['sources'][number]['state'], string> = {
  changed: 'spec changed since',
  unchanged: 'spec unchanged',
  gone: 'spec gone',
  unknown: 'spec not in this run'
}

function provenanceTable(report: Report): HTMLElement {
  const rows = report.index.provenance
  if (!rows.length) return h('p', { class: 'muted', text: 'No generated files with a provenance header were found.' })
  return h(
    'table',
    { class: 'provenance' },
    headerRow(['File', 'Generator', 'Model', 'Round', 'Rule', 'Generated from', 'Edited by hand', 'Ledger']),
    rows.map((row) =>
      h(
        'tr',
        { class: row.editedByHand ? 'edited' : null },
        h(
          'td',
          null,
          report.sourceByPath.has(row.path) ? h('a', { href: sourceHash(row.path) }, row.path) : h('code', { text: row.path }),
          h('div', { class: 'muted small', text: 'specloop ' + row.version })
        ),
        h('td', { text: row.generator }),
        h('td', { text: row.model || 'offline' }),
        h('td', { text: row.round === undefined ? '–' : String(row.round) }),
        h(
          'td',
          { title: row.ruleReason ?? null, text: row.rule ?? '–' },
          row.ruleReason ? h('div', { class: 'muted small', text: row.ruleReason }) : null
        ),
        h(
          'td',
          null,
          h(
            'ul',
            { class: 'plain' },
            row.sources.map((source) =>
              h(
                'li',
                null,
                h('code', { text: source.path }),
                ' ',
                h('span', { class: 'hash', title: source.sha256, text: source.sha256.slice(0, 12) }),
                ' ',
                h('span', { class: 'spec-' + source.state, text: SPEC_STATE_TEXT[source.state] ?? SPEC_STATE_TEXT.unknown })
              )
            )
          )
        ),
        h('td', { text: row.editedByHand ? 'yes' : 'no' }),
        h('td', { text: row.ledgerEntries.length ? row.ledgerEntries.map((sequence) => '#' + sequence).join(' ') : '–' })
      )
    )
  )
}

/** Items of a list shown in a ledger result before "and N more". */
const RESULT_ITEMS_SHOWN = 8

/**
 * One value of a ledger entry's result, in words: an operation by its status, a short list by its
 * items, a list of records (findings, scenarios) by its length, a record by its fields.
 */
function resultValue(value: unknown): string {
  if (value === null || typeof value !== 'object') return String(value)
  if (Array.isArray(value)) {
    if (!value.length) return 'none'
    const operations = value.every((item) => typeof (item as { operation?: unknown } | null)?.operation === 'string')
    if (!operations && value.some((item) => item !== null && typeof item === 'object')) return plural(value.length, 'entry', 'entries')
    const shown = value.slice(0, RESULT_ITEMS_SHOWN).map(resultValue).join(', ')
    return value.length > RESULT_ITEMS_SHOWN ? shown + ' and ' + (value.length - RESULT_ITEMS_SHOWN) + ' more' : shown
  }
  const record = value as Record<string, unknown>
  if (typeof record.operation === 'string') return record.operation + (typeof record.status === 'string' ? ' ' + record.status : '')
  return Object.entries(record)
    .map(([key, field]) => key + ' ' + resultValue(field))
    .join(', ')
}

/** A ledger entry's result (recorded as JSON) as a list of its fields; the JSON itself on hover. */
function ledgerResult(json: string): HTMLElement {
  let result: unknown
  try {
    result = JSON.parse(json)
  } catch {
    return h('code', { text: json })
  }
  if (result === null || typeof result !== 'object' || Array.isArray(result)) return h('span', { title: json, text: resultValue(result) })
  return h(
    'ul',
    { class: 'plain', title: json },
    Object.entries(result as Record<string, unknown>).map(([key, value]) =>
      h('li', null, h('span', { class: 'muted', text: key + ': ' }), resultValue(value))
    )
  )
}

function ledgerSection({ index }: Report): HTMLElement {
  const ledger = index.ledger
  return h(
    'section',
    null,
    h('h2', { text: 'Audit ledger' }),
    !ledger
      ? h('p', { class: 'muted', text: 'No ledger (.specloop/ledger/) in this project.' })
      : [
          h(
            'p',
            { class: ledger.valid ? 'ok' : 'problem', role: ledger.valid ? null : 'alert' },
            ledger.valid
              ? 'Every path through the ' +
                  ledger.entries +
                  ' entries holds' +
                  (ledger.heads > 1 ? ' (' + ledger.heads + ' heads, from merged branches)' : '') +
                  '.'
              : 'The ledger is broken at ' + ledger.brokenAt + ': this entry ' + ledger.reason + '.'
          ),
          h(
            'table',
            { class: 'ledger' },
            headerRow(['#', 'Time', 'Kind', 'Generator', 'Files', 'Result']),
            ledger.recent.map((entry) =>
              h(
                'tr',
                null,
                h('td', { text: String(entry.sequence) }),
                h('td', { text: shortTime(entry.time) }),
                h('td', { text: entry.kind }),
                h('td', { text: entry.generator || '' }),
                h('td', { text: entry.files.join(', ') }),
                h('td', { class: 'ledger-result' }, entry.result ? ledgerResult(entry.result) : '')
              )
            )
          )
        ]
  )
}

/** Each generated file's generator, model, round and specs; the audit ledger and its hash chain. */
export function renderProvenance({ report, show }: ViewContext): void {
  show(
    h(
      'article',
      { class: 'provenance-page' },
      h('h1', { text: 'Provenance of generated code' }),
      h('p', {
        class: 'muted',
        text:
          'Each generated file records the generator that wrote it, the model and round when a model wrote it, and ' +
          'the hashes of the specs it was generated from. A file whose body no longer matches its recorded hash was ' +
          'edited by hand, and specloop never overwrites it.'
      }),
      provenanceTable(report),
      ledgerSection(report)
    )
  )
}
