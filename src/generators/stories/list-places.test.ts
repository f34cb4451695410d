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

// Items that are numbers: set from one text, put on and taken off by number, read at a place.
const JUKEBOX = `Feature: Jukebox queue
  Tracks play in the order they are chosen; a track can be dropped from the queue.

  Scenario: choosing tracks
    Given the queue is empty
    When track 31 is chosen
    And track 7 is chosen
    And track 112 is chosen
    Then the queue shows "31, 7, 112"
    And slot 2 holds track 7

  Scenario: dropping one
    Given the queue shows "40, 12, 9"
    When track 12 is dropped
    Then the queue shows "40, 9"
    And slot 2 holds track 9
    When track 5 is chosen
    Then the queue shows "40, 9, 5"
`

const JUKEBOX_UNSEEN = `Feature: Jukebox queue
  Scenario: dropping the first
    Given the queue shows "3, 66, 18, 2"
    When track 3 is dropped
    And track 71 is chosen
    Then slot 1 holds track 66
    And slot 4 holds track 71
    And the queue shows "66, 18, 2, 71"
`

test('numbers kept as items: a list set from one text, numbers put on and taken off, read at a place', () => {
  const [story, unseen] = storiesFrom(JUKEBOX, JUKEBOX_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
  // The written class keeps numbers: the list set from a text and a track chosen are one kind of item.
  const { rendered, accessor } = renderedClass(story!, result.solution.model)
  const queue = accessor({})
  queue[methodOf(story!, rendered, 'the queue shows {string}', 'given')]!('8, 21')
  queue[methodOf(story!, rendered, 'track {int} is dropped')]!(8)
  queue[methodOf(story!, rendered, 'track {int} is chosen')]!(4)
  const items = Object.values(queue as object).find((value) => Array.isArray(value)) as number[]
  assert.equal(JSON.stringify(items), JSON.stringify([21, 4]))
})
