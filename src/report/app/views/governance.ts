import { h } from '../dom'
import { loadMatrix } from '../data'
import type { Report } from '../data'
import { shortTime } from '../format'
import { scenarioHash, sourceHash } from '../links'
import type { ViewContext } from '../router'
import { parseTagExpression, tagList } from '../tag-expressions'
import type { TagExpression } from '../tag-expressions'
import type { MatrixRow } from '../types'
import { headerRow } from '../widgets'

const APPROVAL_TEXT = { approved: 'approved', changed: 'changed since approved', new: 'not approved' }

function approvalsSection({ index }: Report): HTMLElement {
  const governance = index.governance
  return h(
    'section',
    null,
    h('h2', { text: 'Approvals' }),
    !governance
      ? h('p', {
          class: 'muted',
          text: 'No approvals are recorded: the project has no specs.lock (specloop approve writes it), or this report was made outside a project.'
        })
      : [
          h('p', {
            class: governance.pending.length ? 'problem' : 'ok',
            text:
              governance.counts.approved +
              ' approved, ' +
              governance.counts.changed +
              ' changed since approval, ' +
              governance.counts.new +
              ' not approved, ' +
              governance.counts.removed +
              ' removed' +
              (governance.lockExists ? '' : ' (no specs.lock yet)') +
              (governance.approverRules ? ' · ' + governance.approverRules + ' approver rules' : ' · anyone may approve')
          }),
          governance.pending.length
            ? h(
                'ul',
                { class: 'pending' },
                governance.pending.map((entry) =>
                  h(
                    'li',
                    null,
                    entry.line
                      ? h('a', { href: scenarioHash(entry.uri, entry.line) }, entry.uri + ':' + entry.line)
                      : h('code', { text: entry.uri }),
                    ' ',
                    entry.key,
                    ' — ',
                    entry.state === 'changed'
                      ? 'changed since ' + entry.approvedBy + ' approved it'
                      : entry.state === 'new'
                        ? 'not approved'
                        : 'removed; the removal is not approved'
                  )
                )
              )
            : null
        ]
  )
}

function gateSection({ index }: Report): HTMLElement {
  const gate = index.governance && index.governance.lastGate
  return h(
    'section',
    null,
    h('h2', { text: 'Last gate' }),
    !gate
      ? h('p', { class: 'muted', text: 'No gate recorded in the ledger (specloop gate --ci).' })
      : [
          h('p', {
            class: gate.passed ? 'ok' : 'problem',
            text:
              (gate.passed ? 'Passed' : 'Failed') +
              (gate.ci ? ' (CI)' : '') +
              ' at ' +
              shortTime(gate.time) +
              ' (ledger entry #' +
              gate.sequence +
              ')'
          }),
          h(
            'table',
            { class: 'gate' },
            headerRow(['Check', 'Result']),
            gate.checks.map((check) =>
              h(
                'tr',
                null,
                h('td', { text: check.check }),
                h('td', { text: !check.ran ? 'skipped' : check.findings ? check.findings + ' findings' : 'ok' })
              )
            )
          ),
          gate.findings.length
            ? h(
                'ul',
                { class: 'findings' },
                gate.findings.map((finding) =>
                  h(
                    'li',
                    null,
                    h('code', { text: (finding.file || '') + (finding.line ? ':' + finding.line : '') }),
                    ' ',
                    finding.check + ': ' + (finding.message || finding.code)
                  )
                )
              )
            : null
        ]
  )
}

function matrixTable(report: Report, rows: MatrixRow[]): HTMLElement {
  const { index } = report
  return h(
    'table',
    { class: 'matrix' },
    headerRow(['Requirement', 'Tags', 'Approval', 'Generated code it ran', 'Lines', 'Result']),
    rows.map(([featureIndex, line, name, tags, approval, approvedBy, , ticket, status, generatedSources, linesRun]) => {
      const feature = index.features[featureIndex]
      return h(
        'tr',
        null,
        h(
          'td',
          null,
          h('a', { href: scenarioHash(feature.uri, line) }, feature.name + ' › ' + name),
          h('div', { class: 'muted small', text: feature.uri + ':' + line })
        ),
        h('td', { text: tags }),
        h('td', {
          text: approval ? APPROVAL_TEXT[approval] + (approvedBy ? ' by ' + approvedBy : '') + (ticket ? ' (' + ticket + ')' : '') : '–'
        }),
        h(
          'td',
          null,
          generatedSources.length
            ? h(
                'ul',
                { class: 'plain' },
                generatedSources.map((source) => {
                  const path = index.sources[source].path
                  const provenance = report.provenanceOf(path)
                  return h(
                    'li',
                    null,
                    h('a', { href: sourceHash(path) }, path),
                    provenance
                      ? h('span', {
                          class: 'muted small',
                          text: ' ' + provenance.generator + (provenance.model ? ', ' + provenance.model : '')
                        })
                      : null
                  )
                })
              )
            : '–'
        ),
        h('td', { text: String(linesRun) }),
        h('td', null, h('span', { class: 'status status-' + status, text: status }))
      )
    })
  )
}

/** Approvals, the last gate and the traceability matrix, filtered by a tag expression. */
export function renderGovernance({ report, route, show }: ViewContext): Promise<void> {
  const tags = (route.query.get('tags') || '').trim()
  let expression: TagExpression | null = null
  let problem: HTMLElement | null = null
  if (tags) {
    try {
      expression = parseTagExpression(tags)
    } catch (error) {
      problem = h('p', { class: 'problem', role: 'alert', text: 'Not a tag expression: ' + (error as Error).message })
    }
  }
  const filter = h(
    'form',
    { class: 'matrix-filter', role: 'search' },
    h('label', null, 'Tags ', h('input', { name: 'tags', value: tags, placeholder: '@REQ-101 or @billing and not @wip' })),
    h('button', { type: 'submit' }, 'Filter')
  )
  filter.addEventListener('submit', (event) => {
    event.preventDefault()
    const value = (filter.elements.namedItem('tags') as HTMLInputElement).value.trim()
    location.hash = '#/governance' + (value ? '?tags=' + encodeURIComponent(value) : '')
  })
  return loadMatrix().then((rows) => {
    const shown = rows.filter((row) => !expression || expression.evaluate(tagList(row[3])))
    show(
      h(
        'article',
        { class: 'governance' },
        h('h1', { text: 'Governance' }),
        approvalsSection(report),
        gateSection(report),
        h(
          'section',
          null,
          h('h2', { text: 'Traceability matrix' }),
          h('p', {
            class: 'muted',
            text:
              'Each scenario: its approval, the generated code it ran (with the generator that wrote it), the lines ' +
              'it ran and its result. specloop trace --matrix --format csv exports the same for auditors.'
          }),
          filter,
          problem,
          h('p', { class: 'result-count', role: 'status', text: shown.length + ' of ' + rows.length + ' scenarios' }),
          matrixTable(report, shown)
        )
      )
    )
  })
}
