import { worstStatus } from '../../../messages/status'
import { append, h } from '../dom'
import { loadFeature } from '../data'
import type { Report } from '../data'
import { duration } from '../format'
import { locate, scenarioHash } from '../links'
import type { ViewContext } from '../router'
import type { AstBackground, AstExamples, AstRule, AstScenario, AstStep, FeatureData } from '../types'
import { breadcrumbs, countsBar, countsText, dataTable, docString, paragraphs, statusDot, tagChip, unconfirmedNote } from '../widgets'
import { renderNotFound } from './not-found'
import { hollowNote, resultSteps } from './steps'

/** The steps of a syntax tree: an outline's template, a background. */
function astSteps(steps: AstStep[]): HTMLElement {
  return h(
    'ol',
    { class: 'steps template' },
    steps.map((step) =>
      h(
        'li',
        { class: 'step' },
        h(
          'div',
          { class: 'step-line' },
          h('span', { class: 'keyword', text: step.keyword.trim() }),
          ' ',
          h('span', { class: 'text', text: step.text })
        ),
        step.table ? dataTable(step.table, false) : null,
        step.docString ? docString(step.docString) : null
      )
    )
  )
}

function backgroundBlock(background: AstBackground | undefined): HTMLElement | null {
  if (!background) return null
  return h(
    'section',
    { class: 'background' },
    h('h3', null, h('span', { class: 'keyword', text: background.keyword + ':' }), ' ', background.name),
    paragraphs(background.description),
    astSteps(background.steps)
  )
}

function ruleCard(rule: AstRule): HTMLElement {
  return h(
    'section',
    { class: 'rule', id: 'rule-' + rule.line },
    h('h2', null, h('span', { class: 'keyword', text: rule.keyword + ':' }), ' ', rule.name),
    rule.tags.length ? h('p', { class: 'tags' }, rule.tags.map(tagChip)) : null,
    paragraphs(rule.description),
    backgroundBlock(rule.background)
  )
}

export function renderFeature(context: ViewContext): void | Promise<void> {
  const { report, route, show } = context
  const where = locate(route.rest, report.featureByUri)
  const featureIndex = where.index
  if (featureIndex === undefined) return renderNotFound(context)
  return loadFeature(featureIndex).then((feature) => {
    // Cards are made when scrolled to; each has the line a link to it names.
    const cards: (() => HTMLElement)[] = []
    const cardLines: number[] = []
    for (const child of feature.children) {
      if (child.scenario) {
        const scenario = child.scenario
        cards.push(() => scenarioCard(report, feature, scenario))
        cardLines.push(scenario.line)
        continue
      }
      const rule = child.rule
      cards.push(() => ruleCard(rule))
      cardLines.push(rule.line)
      for (const scenario of rule.scenarios) {
        cards.push(() => scenarioCard(report, feature, scenario, rule))
        cardLines.push(scenario.line)
      }
    }
    const list = h('div', { class: 'cards' })
    const page = h(
      'article',
      { class: 'feature' },
      breadcrumbs(h('a', { href: '#/' }, 'Overview'), h('span', { text: feature.uri })),
      h('h1', null, statusDot(feature.status), ' ', h('span', { class: 'keyword', text: feature.keyword + ':' }), ' ', feature.name),
      feature.tags.length ? h('p', { class: 'tags' }, feature.tags.map(tagChip)) : null,
      feature.template
        ? h('p', {
            class: 'meta template',
            text: `Written from the spec template ${feature.template} (specloop new feature --template ${feature.template})`
          })
        : null,
      h('p', { class: 'meta' }, countsBar(feature.counts), ' ' + countsText(feature.counts) + ' · ' + duration(feature.durationMs)),
      unconfirmedNote(report, feature.uri),
      paragraphs(feature.description),
      backgroundBlock(feature.background),
      list
    )
    if (!show(page)) return
    const renderThrough = progressiveRender(list, cards)
    if (where.line) {
      // A link to one scenario (or outline) of the feature: render up to it and show it.
      const target = cardLines.indexOf(where.line)
      if (target >= 0) {
        renderThrough(target)
        const card = list.children[target]
        card.classList.add('target')
        card.scrollIntoView({ block: 'start' })
      }
    }
  })
}

/**
 * Scenario cards are rendered 30 at a time as the reader scrolls: a feature with thousands
 * of scenarios opens as fast as a small one. Returns a function that renders up to a card.
 */
function progressiveRender(container: HTMLElement, cards: (() => HTMLElement)[]): (cardIndex: number) => void {
  let next = 0
  const sentinel = h('div', { class: 'sentinel', 'aria-hidden': 'true' })
  let observer: IntersectionObserver | null = null
  function more(until?: number): void {
    const fragment = document.createDocumentFragment()
    const stop = Math.min(cards.length, Math.max(next + 30, until === undefined ? 0 : until + 1))
    for (; next < stop; next++) fragment.append(cards[next]())
    container.append(fragment)
    if (next < cards.length) container.append(sentinel)
    else {
      sentinel.remove()
      if (observer) observer.disconnect()
    }
  }
  more()
  if (next < cards.length && 'IntersectionObserver' in window) {
    observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) more()
      },
      { rootMargin: '800px' }
    )
    observer.observe(sentinel)
  }
  return (cardIndex) => {
    if (cardIndex >= next) more(cardIndex)
  }
}

function scenarioCard(report: Report, feature: FeatureData, scenario: AstScenario, rule?: AstRule): HTMLElement {
  const pickles = scenario.scenarios.map((local) => feature.scenarios[local])
  const isOutline = scenario.examples.length > 0
  const card = h('section', { class: 'card scenario-card' + (rule ? ' in-rule' : ''), id: 'scenario-' + scenario.line })
  const status = isOutline ? worstStatus(pickles.map((pickle) => pickle.status)) : pickles[0] ? pickles[0].status : 'unknown'
  const title = h(
    'h3',
    null,
    statusDot(status),
    ' ',
    h('span', { class: 'keyword', text: scenario.keyword + ':' }),
    ' ',
    isOutline || !pickles[0]
      ? h('span', { text: scenario.name })
      : h('a', { href: scenarioHash(feature.uri, pickles[0].line) }, scenario.name)
  )
  card.append(title)
  if (scenario.tags.length) card.append(h('p', { class: 'tags' }, scenario.tags.map(tagChip)))
  append(card, paragraphs(scenario.description))
  if (!isOutline && pickles[0]) {
    card.append(
      resultSteps(
        report,
        pickles[0].steps.filter((step) => step.kind !== 'background'),
        true
      )
    )
    if (pickles[0].hollow) card.append(hollowNote(pickles[0].hollow))
    return card
  }
  card.append(astSteps(scenario.steps))
  for (const examples of scenario.examples) {
    card.append(
      h(
        'div',
        { class: 'examples' },
        h('h4', null, h('span', { class: 'keyword', text: examples.keyword + ':' }), ' ', examples.name),
        examples.tags.length ? h('p', { class: 'tags' }, examples.tags.map(tagChip)) : null,
        paragraphs(examples.description),
        examplesTable(feature, examples)
      )
    )
  }
  return card
}

function examplesTable(feature: FeatureData, examples: AstExamples): HTMLElement {
  return h(
    'table',
    { class: 'data-table examples-table' },
    h(
      'tr',
      null,
      h('th', { class: 'status-cell' }, ''),
      examples.header.map((cell) => h('th', { text: cell }))
    ),
    examples.rows.map((row) => {
      const pickle = row.scenario === undefined ? null : feature.scenarios[row.scenario]
      const status = pickle ? pickle.status : 'unknown'
      return h(
        'tr',
        { class: 'example-row', 'data-line': String(row.line) },
        h(
          'td',
          { class: 'status-cell' },
          pickle
            ? h(
                'a',
                {
                  href: scenarioHash(feature.uri, row.line),
                  title: 'open this example (' + status + ')',
                  'aria-label': 'example at line ' + row.line + ': ' + status
                },
                statusDot(status)
              )
            : statusDot(status)
        ),
        row.cells.map((cell) => h('td', { text: cell }))
      )
    })
  )
}
