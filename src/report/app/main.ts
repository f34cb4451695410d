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
import type { SiteIndex } from './types'
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
function startReportApp(): void {
  listenForData()
  const report = openReport()
  const { index } = report
  const view = h('main', { id: 'view', tabindex: '-1' })
  const inputs = filterInputs()
  const nav = sectionsNav(index)
  const applyFilters = filtersToSearchUrl(inputs)
  const form = h(
    'form',
    {
      class: 'filters',
      role: 'search',
      onsubmit: (event) => {
        event.preventDefault()
        applyFilters(true)
      }
    },
    inputs.search,
    inputs.tags
  )
  document
    .getElementById('app')
    ?.replaceChildren(h('header', { class: 'top' }, h('a', { class: 'brand', href: '#/' }, index.title), nav, form), view)
  document.title = index.title
  inputs.search.addEventListener('input', () => applyFilters(false))
  inputs.tags.addEventListener('input', () => applyFilters(false))

  function navigated(current: Route): void {
    markCurrentSection(nav, current)
    if (current.name === 'search') showSearchInInputs(inputs, current)
  }

  startRouter({ report, view, views: VIEWS, notFound: renderNotFound, navigated })
}

/** The header's search box and tag-expression box. */
interface FilterInputs {
  search: HTMLInputElement
  tags: HTMLInputElement
}

function filterInputs(): FilterInputs {
  const search = h('input', {
    type: 'search',
    id: 'search',
    placeholder: 'Search features, scenarios and steps',
    'aria-label': 'Search features, scenarios and steps',
    autocomplete: 'off'
  })
  const tags = h('input', {
    type: 'text',
    id: 'tag-filter',
    placeholder: 'Tag expression, e.g. @billing and not @wip',
    'aria-label': 'Filter by tag expression',
    autocomplete: 'off',
    spellcheck: 'false'
  })
  return { search, tags }
}

function sectionsNav(index: SiteIndex): HTMLElement {
  return h(
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
}

/**
 * Typing in the search or tag box becomes a search URL, once the typing pauses (or at once,
 * with `now`); a search keeps the status it filters by.
 */
function filtersToSearchUrl(inputs: FilterInputs): (now: boolean) => void {
  let filterTimer = 0
  return (now) => {
    window.clearTimeout(filterTimer)
    filterTimer = window.setTimeout(
      () => {
        const current = parseRoute()
        const query = {
          q: inputs.search.value.trim(),
          tags: inputs.tags.value.trim(),
          status: current.name === 'search' ? current.query.get('status') : ''
        }
        const target = searchHash(query)
        if (location.hash !== target) location.hash = target
      },
      now ? 0 : 180
    )
  }
}

function markCurrentSection(nav: HTMLElement, current: Route): void {
  for (const link of nav.querySelectorAll('a'))
    link.classList.toggle(
      'current',
      (link.getAttribute('href') || '').split('?')[0] === '#/' + (current.name === 'overview' ? '' : current.name)
    )
}

/** Keeps the inputs in step with a search URL opened directly (not while the person types in them). */
function showSearchInInputs(inputs: FilterInputs, current: Route): void {
  if (document.activeElement !== inputs.search) inputs.search.value = current.query.get('q') || ''
  if (document.activeElement !== inputs.tags) inputs.tags.value = current.query.get('tags') || ''
}

startReportApp()
