import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { dialEffectOptions, wrapStepAfter } from './dial'
import { travelGuards } from './implied'
import { describeProgram } from '../synthesis'
import { methodOf, renderedClass } from './testing/rendered-class'
import { failingScenarios, storiesFrom } from './testing/stories'

test('a step round a dial of `limit` positions goes from the last to the first and back', () => {
  assert.equal(wrapStepAfter({ op: 'wrapStep', sign: 1, low: 1 }, 6, 6), 1)
  assert.equal(wrapStepAfter({ op: 'wrapStep', sign: 1, low: 1 }, 3, 6), 4)
  assert.equal(wrapStepAfter({ op: 'wrapStep', sign: -1, low: 1 }, 1, 6), 6)
  assert.equal(wrapStepAfter({ op: 'wrapStep', sign: -1, low: 0 }, 0, 6), 5)
  // No limit, no positions to go round.
  assert.equal(wrapStepAfter({ op: 'wrapStep', sign: 1, low: 1 }, 3, undefined), undefined)
})

test('dial options come only where the words say the positions go round, and back only where the command says back', () => {
  const step = (words: string) => ({ index: 0, role: 'when' as const, expression: words, words, params: [] })
  const offered = (words: string, text: string) => {
    const ops: string[] = []
    dialEffectOptions(step(words), text, (value) => ops.push(value.op))
    return ops
  }
  assert.deepEqual(offered('the listener presses next', 'A radio.'), [])
  assert.ok(offered('the listener presses next', 'Next from the last preset goes to 1.').includes('wrapStep'))
  assert.deepEqual(offered('the listener presses back', 'A radio.'), ['recall'])
})

test('a number the command sets the quantity to is refused outside 1 to the limit the state holds', () => {
  const [fromZero, fromOne] = travelGuards({ op: 'set', reg: 'count', arg: 0 }, [], true)
  assert.equal(describeProgram(fromOne!), 'arg0 < 1 || arg0 > limit')
  assert.equal(describeProgram(fromZero!), 'arg0 < 0 || arg0 > limit')
  assert.deepEqual(travelGuards({ op: 'set', reg: 'count', arg: 0 }, [], false), [])
})

const RADIO = `Feature: Car radio presets
  The radio has presets 1 up to its number of presets. Next from the last preset goes to 1,
  and previous from 1 goes to the last preset. Choosing a number picks that preset; a number
  with no preset is refused with "no such preset". Back returns to the preset that was on before.

  Scenario: next twice
    Given a radio with 6 presets on preset 2
    When the driver presses next
    And the driver presses next
    Then the radio plays preset 4

  Scenario: round the end
    Given a radio with 6 presets on preset 6
    When the driver presses next
    Then the radio plays preset 1
    When the driver presses previous
    Then the radio plays preset 6

  Scenario: flicking back
    Given a radio with 9 presets on preset 2
    When the driver chooses 7
    And the driver presses back
    Then the radio plays preset 2
    When the driver presses back
    Then the radio plays preset 7

  Scenario: no such preset
    Given a radio with 9 presets on preset 3
    When the driver chooses 5
    And the driver chooses 12
    Then the choice is refused with "no such preset"
    And the radio plays preset 5
    When the driver chooses 0
    Then the choice is refused with "no such preset"
    When the driver presses back
    Then the radio plays preset 3
`

const RADIO_HELD_OUT = `Feature: Car radio presets
  Scenario: round and back
    Given a radio with 4 presets on preset 1
    When the driver presses previous
    And the driver presses previous
    Then the radio plays preset 3
    When the driver presses back
    Then the radio plays preset 4

  Scenario: the last preset
    Given a radio with 20 presets on preset 8
    When the driver chooses 20
    And the driver chooses 21
    Then the choice is refused with "no such preset"
    When the driver presses back
    Then the radio plays preset 8
`

test('a dial that goes round, refuses a position it lacks and goes back to the one before: the model and its class', () => {
  const [story, held] = storiesFrom(RADIO, RADIO_HELD_OUT)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  const model = result.solution.model
  const ops = model.meanings.map((meaning) => meaning.effect?.op)
  assert.ok(ops.includes('wrapStep') && ops.includes('recall'), ops.join())
  assert.deepEqual(failingScenarios(story!, model, held!), [])
  // The written class does the same: round the end, a refused number changes nothing, back flicks.
  const { rendered, accessor } = renderedClass(story!, model)
  const radio = accessor({}) as Record<string, unknown> & ReturnType<typeof accessor>
  const method = (expression: string) => methodOf(story!, rendered, expression)
  radio[method('a radio with {int} presets on preset {int}')]!(4, 4)
  radio.attempt!(() => radio[method('the driver presses next')]!())
  radio.attempt!(() => radio[method('the driver chooses {int}')]!(9))
  assert.equal(radio.refusal, 'no such preset')
  radio.attempt!(() => radio[method('the driver presses back')]!())
  const text = rendered.module
  assert.match(text, /previous/)
  const field = /(\w+) = 0\n/.exec(text)?.[1]
  assert.ok(field !== undefined, text)
  assert.equal(radio[field], 4, text)
})
