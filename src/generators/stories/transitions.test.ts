import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Effect, Reading, Story } from './model'
import { learnNextModeTables } from './transitions'
import { alreadyThereGuard } from './implied'
import { evaluateProgram } from '../synthesis'

/** A light set by a Given, changed by a When, read by a Then: scenarios as [start, changes, end]. */
function lightStory(scenarios: Array<[string, number, string]>): Story {
  return {
    name: 'Traffic light',
    description: '',
    steps: [
      { index: 0, role: 'given', expression: 'the light shows {word}', words: 'the light shows', params: ['string'] },
      { index: 1, role: 'when', expression: 'the light changes', words: 'the light changes', params: [] },
      { index: 2, role: 'then', expression: 'the light shows {word}', words: 'the light shows', params: ['string'] }
    ],
    scenarios: scenarios.map(([start, changes, end], index) => ({
      name: `scenario ${index}`,
      source: `features/light.feature:${index}`,
      events: [
        { step: 0, args: [start], source: 'given' },
        ...Array.from({ length: changes }, () => ({ step: 1, args: [], source: 'when' })),
        { step: 2, args: [end], source: 'then' }
      ]
    }))
  }
}

const effects: Effect[] = [
  { op: 'modeArg', arg: 0 },
  { op: 'modeNext', next: [] }
]
const readings: Array<Reading | undefined> = [undefined, undefined, { read: 'mode', arg: 0 }]
const MODES = ['green', 'amber', 'red']

test('a next-mode table is learnt from chains of changes, not only from one change between two readings', () => {
  const story = lightStory([
    ['green', 1, 'amber'],
    ['amber', 2, 'green'],
    ['red', 3, 'red']
  ])
  const refused = story.scenarios.map(() => new Set<number>())
  assert.deepEqual(
    new Map(learnNextModeTables(story, effects, readings, refused, MODES)?.tables.get(1)),
    new Map([
      ['green', 'amber'],
      ['amber', 'red'],
      ['red', 'green']
    ])
  )
})

test('a next-mode table the scenarios leave open is not learnt', () => {
  // amber, change, change: green says amber → X → green for some X the examples never name.
  const story = lightStory([['amber', 2, 'green']])
  const refused = story.scenarios.map(() => new Set<number>())
  assert.equal(learnNextModeTables(story, effects, readings, refused, MODES), undefined)
})

test('a command that sets a mode or the yes/no state is refused, by the implied guard, when the state is already there', () => {
  const toOpen = alreadyThereGuard({ op: 'both', first: { op: 'mode', value: 'open' }, second: { op: 'step', reg: 'count', sign: 1 } })!
  assert.deepEqual(evaluateProgram(toOpen, { mode: 'open' }), { ok: true, value: true })
  assert.deepEqual(evaluateProgram(toOpen, { mode: 'closed' }), { ok: true, value: false })
  const toClear = alreadyThereGuard({ op: 'flag', value: false })!
  assert.deepEqual(evaluateProgram(toClear, { flag: false }), { ok: true, value: true })
  assert.equal(alreadyThereGuard({ op: 'step', reg: 'count', sign: 1 }), undefined)
})
