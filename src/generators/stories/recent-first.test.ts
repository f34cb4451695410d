import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesisedWithLastHeldOut } from './testing'
import { methodOf, renderedClass } from './testing/rendered-class'

const RECENTLY_VIEWED = `Feature: Recently viewed products
  A product looked at goes to the top of the strip.

  Scenario: the latest first
    Given nothing has been viewed
    When the "kettle" is viewed
    And the "toaster" is viewed
    Then the strip shows "toaster, kettle"

  Scenario: viewed again
    Given nothing has been viewed
    When the "kettle" is viewed
    And the "toaster" is viewed
    And the "blender" is viewed
    And the "kettle" is viewed
    Then the strip shows "kettle, blender, toaster"

  Scenario: a full strip
    Given nothing has been viewed
    When the "mug" is viewed
    And the "jug" is viewed
    And the "pan" is viewed
    And the "pot" is viewed
    Then the strip shows "pot, pan, jug, mug"
    When the "lid" is viewed
    Then the strip shows "lid, pot, pan, jug"
`

/** Never seen by the synthesis: one viewed again on a full strip, then a new one pushes the oldest off. */
const HELD_OUT = `
  Scenario: again on a full strip
    Given nothing has been viewed
    When the "a" is viewed
    And the "b" is viewed
    And the "c" is viewed
    And the "d" is viewed
    And the "b" is viewed
    Then the strip shows "b, d, c, a"
    When the "e" is viewed
    Then the strip shows "e, b, d, c"
`

test('a list newest first: one added again moves to the top, and it keeps the most a Then step reads, the oldest dropped', () => {
  const { story, result, passes } = synthesisedWithLastHeldOut('features/recently-viewed.feature', RECENTLY_VIEWED + HELD_OUT)
  assert.ok(result.solution && passes, result.message ?? 'the held-out scenario passes')
  const { rendered, accessor } = renderedClass(story, result.solution.model)
  const strip = accessor({}) as ReturnType<ReturnType<typeof renderedClass>['accessor']> & Record<string, unknown>
  const viewed = methodOf(story, rendered, 'the {string} is viewed')
  for (const product of ['v', 'w', 'x', 'y', 'w', 'z']) strip[viewed]!(product)
  // The class runs in its own realm: its arrays are compared as JSON.
  const lists = Object.values(strip).filter((value) => Array.isArray(value))
  assert.equal(JSON.stringify(lists), JSON.stringify([['z', 'w', 'y', 'x']]))
})
