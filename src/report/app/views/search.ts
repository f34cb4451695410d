import { SUMMARY_ORDER } from '../../../messages/status'
import { h } from '../dom'
import { loadScenarios } from '../data'
import { scenarioHash, searchHash } from '../links'
import type { ViewContext } from '../router'
import { parseTagExpression, tagList } from '../tag-expressions'
import type { TagExpression } from '../tag-expressions'
import type { ScenarioRow } from '../types'
import { virtualList } from '../virtual-list'
import { statusDot } from '../widgets'

/** Full-text search over feature, scenario and step text, with a tag expression and a status. */
export function renderSearch({ report, route, show }: ViewContext): void | Promise<void> {
  const { index } = report
  const text = (route.query.get('q') || '').trim().toLowerCase()
  const tags = (route.query.get('tags') || '').trim()
  const status = route.query.get('status') || ''
  let expression: TagExpression | null = null
  if (tags) {
    try {
      expression = parseTagExpression(tags)
    } catch (error) {
      show(
        h(
          'section',
          { class: 'search' },
          h('h1', { text: 'Scenarios' }),
          h('p', { class: 'problem', role: 'alert', text: 'Not a tag expression: ' + (error as Error).message })
        )
      )
      return
    }
  }
  const started = performance.now()
  return loadScenarios().then((rows) => {
    const words = text.split(/\s+/).filter(Boolean)
    const featureText = index.features.map((feature) => (feature.name + '\n' + feature.uri).toLowerCase())
    const matches: ScenarioRow[] = []
    for (const row of rows) {
      const [featureIndex, , , rowStatus, rowTags] = row
      if (status && rowStatus !== status) continue
      if (expression && !expression.evaluate(tagList(rowTags))) continue
      if (words.length) {
        const haystack = searchText(row)
        if (!words.every((word) => haystack.includes(word) || featureText[featureIndex].includes(word))) continue
      }
      matches.push(row)
    }
    const statusFilter = h(
      'p',
      { class: 'status-filter' },
      'Status: ',
      ['', ...SUMMARY_ORDER].map((candidate) =>
        h(
          'a',
          {
            class: 'chip' + (candidate === status ? ' current' : ''),
            href: searchHash({ q: route.query.get('q'), tags, status: candidate })
          },
          candidate || 'any'
        )
      )
    )
    const summary = h(
      'p',
      { class: 'result-count', role: 'status' },
      matches.length +
        ' of ' +
        rows.length +
        ' scenarios' +
        (words.length || expression || status ? ' match' : '') +
        ' (' +
        Math.round(performance.now() - started) +
        ' ms)'
    )
    const list = virtualList({
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
    show(
      h(
        'section',
        { class: 'search' },
        h('h1', { text: 'Scenarios' }),
        statusFilter,
        summary,
        matches.length ? list.element : h('p', { class: 'muted', text: 'No scenario matches.' })
      )
    )
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
