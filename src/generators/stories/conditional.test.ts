import { test } from 'node:test'
import assert from 'node:assert/strict'
import { conditionalEffectOptions, namedPeriods } from './conditional'
import { synthesiseStory } from './search'
import { methodOf, renderedClass } from './testing/rendered-class'
import { failingScenarios, storiesFrom } from './testing/stories'

const SMOOTHIES = `Feature: Smoothie bar card

  Scenario: the first smoothie
    Given a new smoothie card
    When a smoothie is bought
    Then that smoothie cost 3.50
    And smoothies on the card: 1

  Scenario: the sixth smoothie
    Given a smoothie card with 5 smoothies on it
    When a smoothie is bought
    Then that smoothie cost 0.00
    And smoothies on the card: 6

  Scenario: either side of the free one
    Given a smoothie card with 4 smoothies on it
    When a smoothie is bought
    Then that smoothie cost 3.50
    When a smoothie is bought
    Then that smoothie cost 0.00
    When a smoothie is bought
    Then that smoothie cost 3.50

  Scenario: three on a new card
    Given a new smoothie card
    When a smoothie is bought
    And a smoothie is bought
    And a smoothie is bought
    Then the total paid is 10.50
`

const SMOOTHIES_UNSEEN = `Feature: Smoothie bar card

  Scenario: the twelfth and thirteenth
    Given a smoothie card with 11 smoothies on it
    When a smoothie is bought
    Then that smoothie cost 0.00
    When a smoothie is bought
    Then that smoothie cost 3.50
    And smoothies on the card: 13

  Scenario: seven on a new card
    Given a new smoothie card
    When a smoothie is bought
    And a smoothie is bought
    And a smoothie is bought
    And a smoothie is bought
    And a smoothie is bought
    And a smoothie is bought
    And a smoothie is bought
    Then the total paid is 21.00
`

test('every sixth one free: a charge that depends on the count the command leaves, the period from the feature’s words', () => {
  const [story, unseen] = storiesFrom(SMOOTHIES, SMOOTHIES_UNSEEN)
  const result = synthesiseStory(story!)
  assert.equal(result.status, 'synthesised', result.message)
  const model = result.solution!.model
  const bought = story!.steps.find((step) => step.role === 'when')!
  assert.deepEqual(model.meanings[bought.index]!.effect, {
    op: 'both',
    first: { op: 'step', reg: 'count', sign: 1 },
    second: {
      op: 'when',
      test: { kind: 'multiple', reg: 'count', period: 6 },
      then: { op: 'charge', amount: 0 },
      otherwise: { op: 'charge', amount: 3.5 }
    }
  })
  assert.deepEqual(failingScenarios(story!, model, unseen!), [])
})

test('the class charges by the count: the sixth is free, the seventh is not', () => {
  const [story] = storiesFrom(SMOOTHIES)
  const model = synthesiseStory(story!).solution!.model
  const { rendered, accessor } = renderedClass(story!, model)
  assert.match(rendered.module, /% 6 === 0\) \{/)
  const card = accessor({}) as unknown as Record<string, unknown>
  const call = (expression: string, ...args: unknown[]) =>
    (card[methodOf(story!, rendered, expression)] as (...values: unknown[]) => void)(...args)
  // The field the Then step reads: what the last smoothie cost.
  const costStep = story!.steps.find((step) => step.expression.startsWith('that smoothie cost'))!
  const costField = /Of\(this\)\.(\w+)/.exec(rendered.bodies.get(costStep.index)!.join('\n'))![1]!
  call('a smoothie card with {int} smoothies on it', 5)
  call('a smoothie is bought')
  assert.equal(card[costField], 0)
  call('a smoothie is bought')
  assert.equal(card[costField], 3.5)
})

test('a feature that names no period has no conditional effects to search', () => {
  const [story] = storiesFrom(SMOOTHIES.replace('the sixth smoothie', 'a free smoothie'))
  assert.deepEqual(conditionalEffectOptions(story!), [])
  assert.ok(conditionalEffectOptions(storiesFrom(SMOOTHIES)[0]!).length > 0)
})

test('periods are the ordinals a feature names, and a number after "every"; not its other numbers', () => {
  assert.deepEqual(namedPeriods('the fifth wash is free; so is the 10th'), [5, 10])
  assert.deepEqual(namedPeriods('Every third visit, and every 4 washes'), [3, 4])
  assert.deepEqual(namedPeriods('at most 100 euros, 2 cards'), [])
})
