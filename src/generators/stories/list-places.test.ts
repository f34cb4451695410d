import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'
import { methodOf, renderedClass } from './testing/rendered-class'

// Items read by their place on the list, moved up one place at a time, and two trading places.
const KARAOKE = `Feature: Karaoke queue
  Singers join at the end; a singer can move up one place at a time, and two singers can swap.

  Scenario: joining
    Given an empty karaoke queue
    When "Ada" joins the queue
    And "Bo" joins the queue
    Then singer 1 is "Ada"
    And singer 2 is "Bo"
    And there is no singer 3

  Scenario: moving up
    Given an empty karaoke queue
    When "Ada" joins the queue
    And "Bo" joins the queue
    And "Cy" joins the queue
    And "Cy" moves up one place
    Then singer 2 is "Cy"
    And singer 3 is "Bo"
    When "Cy" moves up one place
    And "Cy" moves up one place
    Then the host says "Cy is already first"
    And singer 1 is "Cy"

  Scenario: swapping
    Given an empty karaoke queue
    When "Ada" joins the queue
    And "Bo" joins the queue
    And "Cy" joins the queue
    And "Ada" and "Cy" swap places
    Then singer 1 is "Cy"
    And singer 3 is "Ada"
`

const KARAOKE_UNSEEN = `Feature: Karaoke queue
  Scenario: all of it
    Given an empty karaoke queue
    When "Dee" joins the queue
    And "Eli" joins the queue
    And "Fay" joins the queue
    And "Gus" joins the queue
    And "Gus" moves up one place
    And "Dee" and "Gus" swap places
    Then singer 1 is "Gus"
    And singer 3 is "Dee"
    And singer 4 is "Fay"
    And there is no singer 5
    When "Gus" moves up one place
    Then the host says "Gus is already first"
`

test('an item read by its place on the list, moved up one place (refused at the front), and two trading places', () => {
  const [story, unseen] = storiesFrom(KARAOKE, KARAOKE_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
  // The written class moves them too.
  const { rendered, accessor } = renderedClass(story!, result.solution.model)
  const queue = accessor({})
  const join = methodOf(story!, rendered, '{string} joins the queue')
  for (const singer of ['Ann', 'Ben', 'Cat']) queue[join]!(singer)
  queue[methodOf(story!, rendered, '{string} moves up one place')]!('Cat')
  queue[methodOf(story!, rendered, '{string} and {string} swap places')]!('Ann', 'Ben')
  const items = Object.values(queue as object).find((value) => Array.isArray(value)) as string[]
  // Ann Ben Cat; Cat up: Ann Cat Ben; Ann and Ben swap: Ben Cat Ann.
  assert.equal(JSON.stringify(items), JSON.stringify(['Ben', 'Cat', 'Ann']))
})
