import { percent } from '../../../text'
import { h } from '../dom'
import type { Report } from '../data'
import { scenarioHash, sourceHash } from '../links'
import type { ViewContext } from '../router'
import type { SiteIndex } from '../types'
import { headerRow } from '../widgets'

type Trace = NonNullable<SiteIndex['trace']>

function hollowSection({ index }: Report, trace: Trace): HTMLElement {
  return h(
    'section',
    null,
    h('h2', { text: 'Hollow scenarios (' + trace.hollow.length + ')' }),
    h('p', { class: 'muted', text: 'They pass, but run no implementation code or assert nothing: a green result that proves little.' }),
    trace.hollow.length
      ? h(
          'ul',
          { class: 'hollow-list' },
          trace.hollow.map((entry) => {
            const feature = index.features[entry.feature]
            return h(
              'li',
              null,
              h('a', { href: scenarioHash(feature.uri, entry.line) }, feature.name + ' › ' + entry.name),
              ' — ',
              entry.reason === 'no-implementation' ? 'runs no implementation code' : 'asserts nothing'
            )
          })
        )
      : h('p', { text: 'None.' })
  )
}

function uncoveredSection({ index }: Report, trace: Trace): HTMLElement {
  return h(
    'section',
    null,
    h('h2', { text: 'Code no scenario ran' }),
    trace.uncovered.length
      ? h(
          'ul',
          { class: 'uncovered-list' },
          trace.uncovered.map((entry) => {
            const source = index.sources[entry.source]
            const firstLine = entry.lines ? Number(entry.lines.split(/[-,]/)[0]) : 0
            return h(
              'li',
              null,
              h('a', { href: sourceHash(source.path, firstLine || undefined) }, source.path),
              entry.lines ? ': lines ' + entry.lines : '',
              entry.functions.length
                ? h('span', { class: 'functions', text: ' · functions never called: ' + entry.functions.join(', ') })
                : null
            )
          })
        )
      : h('p', { text: 'Every executable line ran in at least one scenario.' })
  )
}

function filesSection({ index }: Report): HTMLElement {
  return h(
    'section',
    null,
    h('h2', { text: 'Source files (' + index.sources.length + ')' }),
    h(
      'table',
      { class: 'files' },
      headerRow(['File', 'Role', 'Origin', 'Lines run']),
      index.sources.map((source) =>
        h(
          'tr',
          null,
          h('td', null, h('a', { href: sourceHash(source.path) }, source.path)),
          h('td', { text: source.role }),
          h('td', { text: source.origin.replace('-', ' ') }),
          h(
            'td',
            null,
            h(
              'span',
              { class: 'bar small', role: 'img', 'aria-label': percent(source.coveredLines, source.executableLines) },
              h('span', {
                class: 'status-passed',
                style: 'width:' + (source.executableLines ? (100 * source.coveredLines) / source.executableLines : 0) + '%'
              })
            ),
            ' ' + source.coveredLines + '/' + source.executableLines
          )
        )
      )
    )
  )
}

/** Hollow scenarios, the code no scenario ran, and every source file's share of lines run. */
export function renderCoverage({ report, show }: ViewContext): void {
  const trace = report.index.trace
  if (!trace) {
    show(
      h(
        'section',
        null,
        h('h1', { text: 'Trace & coverage' }),
        h('p', { class: 'muted', text: 'This run has no trace: it was not verified by specloop (a plain Cucumber Messages stream).' })
      )
    )
    return
  }
  show(
    h(
      'article',
      { class: 'coverage' },
      h('h1', { text: 'Trace & coverage' }),
      h('p', {
        class: 'meta',
        text:
          percent(trace.coveredLines, trace.executableLines) +
          ' of executable lines (' +
          trace.coveredLines +
          '/' +
          trace.executableLines +
          ') and ' +
          trace.coveredFunctions +
          ' of ' +
          trace.functions +
          ' functions were run by ' +
          trace.scenarios +
          ' traced scenarios.'
      }),
      hollowSection(report, trace),
      uncoveredSection(report, trace),
      filesSection(report)
    )
  )
}
