/**
 * specloop report: the browser app of the living documentation, bundled by esbuild into
 * assets/app.js (`bin/bundle-app.js`).
 *
 * No dependencies, no network: the page opens from file:// and from any static host. The
 * overview's data is inline in index.html; the rest is loaded when first needed (`data.ts`).
 * Long lists are virtualised (`virtual-list.ts`); each view is a module of `views/`.
 */
import { listenForData, openReport } from './data'
import { h } from './dom'
import { searchHash } from './links'
import { parseRoute, startRouter } from './router'
import type { Route, View } from './router'
import { renderCoverage } from './views/coverage'
import { renderFeature } from './views/feature'
import { renderGovernance } from './views/governance'
import { renderHistory } from './views/history'
import { renderMetrics } from './views/metrics'
import { renderNotFound } from './views/not-found'
import { renderOverview } from './views/overview'
import { renderProvenance } from './views/provenance'
import { renderScenario } from './views/scenario'
import { renderSearch } from './views/search'
import { renderSource } from './views/source'

const VIEWS: Record<string, View> = {
  overview: renderOverview,
  feature: renderFeature,
  scenario: renderScenario,
  search: renderSearch,
  source: renderSource,
  coverage: renderCoverage,
  provenance: renderProvenance,
  governance: renderGovernance,
  history: renderHistory,
  metrics: renderMetrics
}

/**
 * The page's frame (brand, sections, search boxes) and the router. Exported so that esbuild
 * takes this file for the ES module it is (in a "type": "commonjs" package, a file without
 * exports would be wrapped as CommonJS).
 */
export function startReportApp(): void {
  listenForData()
  const report = openReport()
  const { index } = report

  const view = h('main', { id: 'view', tabindex: '-1' })
  const searchInput = h('input', {
    type: 'search',
    id: 'search',
    placeholder: 'Search features, scenarios and steps',
    'aria-label': 'Search features, scenarios and steps',
    autocomplete: 'off'
  })
  const tagInput = h('input', {
    type: 'text',
    id: 'tag-filter',
    placeholder: 'Tag expression, e.g. @billing and not @wip',
    'aria-label': 'Filter by tag expression',
    autocomplete: 'off',
    spellcheck: 'false'
  })
  const nav = h(
    'nav',
    { 'aria-label': 'Sections' },
    h('a', { href: '#/' }, 'Overview'),
    h('a', { href: searchHash({}) }, 'Scenarios'),
    index.trace ? h('a', { href: '#/coverage' }, 'Trace & coverage') : null,
    h('a', { href: '#/provenance' }, 'Provenance'),
    h('a', { href: '#/governance' }, 'Governance'),
    h('a', { href: '#/history' }, 'History'),
    h('a', { href: '#/metrics' }, 'Metrics')
  )
  document.getElementById('app')?.replaceChildren(
    h(
      'header',
      { class: 'top' },
      h('a', { class: 'brand', href: '#/' }, index.title),
      nav,
      h(
        'form',
        {
          class: 'filters',
          role: 'search',
          onsubmit: (event) => {
            event.preventDefault()
            applyFilters(true)
          }
        },
        searchInput,
        tagInput
      )
    ),
    view
  )
  document.title = index.title

  /** Typing in the search or tag box becomes a search URL, once the typing pauses. */
  let filterTimer = 0
  function applyFilters(now: boolean): void {
    window.clearTimeout(filterTimer)
    filterTimer = window.setTimeout(
      () => {
        const current = parseRoute()
        const query = {
          q: searchInput.value.trim(),
          tags: tagInput.value.trim(),
          status: current.name === 'search' ? current.query.get('status') : ''
        }
        const target = searchHash(query)
        if (location.hash !== target) location.hash = target
      },
      now ? 0 : 180
    )
  }
  searchInput.addEventListener('input', () => applyFilters(false))
  tagInput.addEventListener('input', () => applyFilters(false))

  function navigated(current: Route): void {
    for (const link of nav.querySelectorAll('a'))
      link.classList.toggle(
        'current',
        (link.getAttribute('href') || '').split('?')[0] === '#/' + (current.name === 'overview' ? '' : current.name)
      )
    if (current.name !== 'search') return
    // Keep the inputs in step with a search URL opened directly.
    if (document.activeElement !== searchInput) searchInput.value = current.query.get('q') || ''
    if (document.activeElement !== tagInput) tagInput.value = current.query.get('tags') || ''
  }

  startRouter({ report, view, views: VIEWS, notFound: renderNotFound, navigated })
}

startReportApp()
