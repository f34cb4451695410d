import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from '../steps'
import type { Story } from './model'
import { synthesiseStory } from './search'
import { storiesOf } from './story'
import { unreadValues } from './unread-values'

const RECIPE_BOX = [
  'Feature: Recipe box',
  '  Scenario: one recipe',
  '    Given an empty recipe box',
  '    When Ana files the recipe "Soup" with "leeks"',
  '    Then the recipe "Soup" uses "leeks"',
  '    And Ana has 1 recipes',
  '  Scenario: two recipes',
  '    Given an empty recipe box',
  '    When Ana files the recipe "Stew" with "beans"',
  '    And Ana files the recipe "Pie" with "apples"',
  '    Then the recipe "Stew" uses "beans"',
  '    And Ana has 2 recipes',
  '    And Bo has 0 recipes',
  ''
].join('\n')

function storyOf(data: string): Story {
  const feature = parseFeature({ uri: 'recipes.feature', data }, { newId: IdGenerator.incrementing() })
  return storiesOf([feature], analyseSteps([feature], []).steps)[0]!.story
}

test('a reading of one value leaves the Then step’s other values unread; a person’s name keys their state', () => {
  const story = storyOf(RECIPE_BOX)
  const uses = story.steps.find((step) => step.expression === 'the recipe {string} uses {string}')!
  const has = story.steps.find((step) => step.expression === '{word} has {int} recipes')
  assert.ok(has, story.steps.map((step) => step.expression).join('; '))
  const meanings = []
  meanings[uses.index] = { reading: { read: 'first' as const, arg: 1 } }
  meanings[has.index] = { reading: { read: 'count' as const, arg: 1 } }
  assert.deepEqual(unreadValues(story, { meanings }), [{ step: uses.index, values: [1] }])
  meanings[uses.index] = { reading: { read: 'first' as const, arg: 0 } }
  assert.deepEqual(unreadValues(story, { meanings }), [{ step: uses.index, values: [2] }])
})

const WALK_INS = [
  'Feature: Barber queue',
  '  Scenario: one walk-in',
  '    Given an empty waiting list',
  '    When "Ana" walks in',
  '    Then "Ana" is number 1 in line',
  '  Scenario: three walk-ins',
  '    Given an empty waiting list',
  '    When "Ana" walks in',
  '    And "Bo" walks in',
  '    And "Cem" walks in',
  '    Then "Cem" is number 3 in line',
  '  Scenario: the same name twice',
  '    Given an empty waiting list',
  '    When "Ana" walks in',
  '    And "Ana" walks in',
  '    Then "Ana" is number 2 in line',
  ''
].join('\n')

test('a model whose check passes whatever a value says is never called synthesised', () => {
  // Every scenario asks about the one who came last: the line's length fits, and never reads the name.
  const result = synthesiseStory(storyOf(WALK_INS))
  assert.equal(result.status, 'ambiguous')
  assert.match(result.message ?? '', /never reads value 1 of "\{string\} is number \{int\} in line"/)
})
