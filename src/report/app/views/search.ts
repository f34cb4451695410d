import { SUMMARY_ORDER } from '../../../messages/status'
import { h } from '../dom'
import type { Child } from '../dom'
import { loadScenarios } from '../data'
import { scenarioHash, searchHash } from '../links'
import type { ViewContext } from '../router'
import { parseTagExpression, tagList } from '../tag-expressions'
import type { TagExpression } from '../tag-expressions'
import type { ScenarioRow, SiteIndex } from '../types'
import { virtualList } from '../virtual-list'
import type { VirtualList } from '../virtual-list'
import { statusDot } from '../widgets'

/** What a search asks for: words (lower case), a tag expression and a status, each optional. */
interface SearchQuery {
  words: string[]
  expression: TagExpression | null
  status: string
}

/** Full-text search over feature, scenario and step text, with a tag expression and a status. */
export function renderSearch({ report, route, show }: ViewContext): void | Promise<void> {
  const { index } = report
  const text = (route.query.get('q') || '').trim().toLowerCase()
  const tags = (route.query.get('tags') || '').trim()
  const status = route.query.get('status') || ''
  let expression: TagExpression | null = null
  try {
    expression = tags ? parseTagExpression(tags) : null
  } catch (error) {
    show(searchSection(h('p', { class: 'problem', role: 'alert', text: 'Not a tag expression: ' + (error as Error).message })))
    return
  }
  const started = performance.now()
  return loadScenarios().then((rows) => {
    const query: SearchQuery = { words: text.split(/\s+/).filter(Boolean), expression, status }
    const matches = matchingRows(rows, index, query)
    const filtered = query.words.length > 0 || expression !== null || status !== ''
    show(
      searchSection(
        statusFilter(route.query.get('q'), tags, status),
        resultCount(matches.length, rows.length, filtered, performance.now() - started),
        matches.length ? resultList(index, matches, query.words).element : h('p', { class: 'muted', text: 'No scenario matches.' })
      )
    )
  })
}

function searchSection(...content: Child[]): HTMLElement {
  return h('section', { class: 'search' }, h('h1', { text: 'Scenarios' }), ...content)
}

/** The rows with the status, the tags and every word (in the scenario, its steps or its feature's name or path). */
function matchingRows(rows: ScenarioRow[], index: SiteIndex, { words, expression, status }: SearchQuery): ScenarioRow[] {
  const featureText = index.features.map((feature) => (feature.name + '\n' + feature.uri).toLowerCase())
  return rows.filter((row) => {
    const [featureIndex, , , rowStatus, rowTags] = row
    if (status && rowStatus !== status) return false
    if (expression && !expression.evaluate(tagList(rowTags))) return false
    if (!words.length) return true
    const haystack = searchText(row)
    return words.every((word) => haystack.includes(word) || featureText[featureIndex].includes(word))
  })
}

/** One chip per status (and 'any'), each a link to the same search with that status. */
function statusFilter(q: string | null, tags: string, status: string): HTMLElement {
  return h(
    'p',
    { class: 'status-filter' },
    'Status: ',
    ['', ...SUMMARY_ORDER].map((candidate) =>
      h(
        'a',
        { class: 'chip' + (candidate === status ? ' current' : ''), href: searchHash({ q, tags, status: candidate }) },
        candidate || 'any'
      )
    )
  )
}

function resultCount(matched: number, total: number, filtered: boolean, elapsedMs: number): HTMLElement {
  const text = matched + ' of ' + total + ' scenarios' + (filtered ? ' match' : '') + ' (' + Math.round(elapsedMs) + ' ms)'
  return h('p', { class: 'result-count', role: 'status', text })
}

/** The matches as a virtual list: only the rows in view are in the DOM, so thousands stay fast. */
function resultList(index: SiteIndex, matches: ScenarioRow[], words: string[]): VirtualList {
  return virtualList({
    count: matches.length,
    rowHeight: 34,
    maxHeight: 700,
    className: 'results',
    render(i) {
      const [featureIndex, line, name, rowStatus, rowTags, steps] = matches[i]
      const feature = index.features[featureIndex]
      const firstStep = words.length ? matchingStep(steps, words) : ''
      return h(
        'a',
        { class: 'result', href: scenarioHash(feature.uri, line) },
        statusDot(rowStatus),
        h('span', { class: 'feature-name', text: feature.name }),
        h('span', { class: 'sep', text: '›' }),
        h('span', { class: 'name', text: name }),
        firstStep ? h('span', { class: 'step-match', text: firstStep }) : null,
        h('span', { class: 'result-tags', text: rowTags })
      )
    }
  })
}

/** A row's name and steps in lower case, kept: the next search of the session reuses it. */
const lowerCaseText = new WeakMap<ScenarioRow, string>()

function searchText(row: ScenarioRow): string {
  let text = lowerCaseText.get(row)
  if (text === undefined) {
    text = (row[2] + '\n' + row[5]).toLowerCase()
    lowerCaseText.set(row, text)
  }
  return text
}

function matchingStep(stepsText: string, words: string[]): string {
  return (
    stepsText.split('\n').find((line) => {
      const lower = line.toLowerCase()
      return words.some((word) => lower.includes(word))
    }) || ''
  )
}
