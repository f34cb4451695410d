import { h } from '../dom'
import type { Report } from '../data'
import { shortTime } from '../format'
import { plural } from '../../../text'
import { featureHash, sourceHash } from '../links'
import type { ReportStrength } from '../../model'

/** A score as people read it; a feature no mutant touched has none. */
const scoreText = (score: number | null): string => (score === null ? 'no mutant' : score + '%')

/**
 * Spec strength by mutation (the last `specloop strength`): the score per feature, and each
 * surviving mutant where it is, with the Examples row that would kill it.
 */
export function strengthSection({ index }: Report): HTMLElement | null {
  const strength = index.strength
  if (!strength) return null
  const names = new Map(index.features.map((feature) => [feature.uri, feature.name]))
  return h(
    'section',
    { class: 'strength-box' },
    h(
      'h2',
      null,
      'Spec strength ',
      h('span', { class: 'small', text: '(mutation score ' + scoreText(strength.score) + ', ' + shortTime(strength.createdAt) + ' UTC)' })
    ),
    featureScores(strength.features, names),
    strength.survivors.length ? h('h3', { text: plural(strength.survivors.length + strength.moreSurvivors, 'surviving mutant') }) : null,
    h('ul', { class: 'survivors' }, strength.survivors.map(survivorItem)),
    strength.moreSurvivors
      ? h('p', {
          class: 'small',
          text: plural(strength.moreSurvivors, 'more survivor') + ': `specloop strength --format json` lists them all'
        })
      : null
  )
}

/** The score per feature, each feature named (by its path when the index has no name for it). */
function featureScores(features: ReportStrength['features'], names: Map<string, string>): HTMLElement {
  return h(
    'table',
    { class: 'strength' },
    h('thead', null, h('tr', null, h('th', { text: 'feature' }), h('th', { text: 'score' }), h('th', { text: 'mutants killed' }))),
    h(
      'tbody',
      null,
      features.map((feature) =>
        h(
          'tr',
          null,
          h('td', null, h('a', { href: featureHash(feature.uri), text: names.get(feature.uri) || feature.uri })),
          h('td', { class: feature.survived ? 'problem' : '', text: scoreText(feature.score) }),
          h('td', { text: feature.killed + ' of ' + feature.mutants })
        )
      )
    )
  )
}

/** A surviving mutant, linked to where it is, with the Examples row that would kill it when there is one. */
function survivorItem(mutant: ReportStrength['survivors'][number]): HTMLElement {
  return h(
    'li',
    null,
    h('a', { href: sourceHash(mutant.file, mutant.line), text: mutant.file + ':' + mutant.line + ':' + mutant.column }),
    ' ' + mutant.change + ' (' + mutant.operator + ')',
    mutant.killingRow
      ? h(
          'div',
          null,
          h('p', {
            class: 'small',
            text:
              'A row that kills it, for the Examples of ' +
              mutant.killingRow.uri +
              ' (its expected value is what the code answers now: confirm it):'
          }),
          h('pre', { text: mutant.killingRow.header + '\n' + mutant.killingRow.row })
        )
      : null
  )
}
