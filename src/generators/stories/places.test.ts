import { test } from 'node:test'
import assert from 'node:assert/strict'
import { readPlaces } from './places'
import { synthesiseStory } from './search'
import { methodOf, renderedClass } from './testing/rendered-class'
import { failingScenarios, storiesFrom } from './testing/stories'

const TOUR = `Feature: Boat tour
  Scenario: two seats for two
    Given a boat tour with 2 seats
    When "Ida" reserves
    And "Jo" reserves
    Then "Jo" has "seat"
    And the free seats are 0

  Scenario: a queue forms
    Given a boat tour with 1 seats
    When "Ida" reserves
    And "Jo" reserves
    And "Kai" reserves
    Then "Kai" has "waiting"
    And the waiting list is "Jo, Kai"

  Scenario: a seat given up
    Given a boat tour with 1 seats
    When "Ida" reserves
    And "Jo" reserves
    And "Ida" withdraws
    Then "Jo" has "seat"
    And "Ida" has "nothing"
    And the free seats are 0

  Scenario: room to spare
    Given a boat tour with 3 seats
    When "Ida" reserves
    Then the free seats are 2
`

const TOUR_UNSEEN = `Feature: Boat tour
  Scenario: the queue moves up one at a time
    Given a boat tour with 2 seats
    When "Lu" reserves
    And "Mo" reserves
    And "Ned" reserves
    And "Oz" reserves
    And "Mo" withdraws
    Then "Ned" has "seat"
    And "Oz" has "waiting"
    And the waiting list is "Oz"
    When "Lu" withdraws
    And "Ned" withdraws
    Then the free seats are 1
`

test('places and a waiting list from one list and its limit: the first who waits moves up when a place is given up', () => {
  const [story, unseen] = storiesFrom(TOUR, TOUR_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  const model = result.solution.model
  assert.deepEqual(failingScenarios(story!, model, unseen!), [])
  const { rendered, accessor } = renderedClass(story!, model)
  const tour = accessor({}) as unknown as Record<string, (...args: unknown[]) => void>
  const call = (expression: string, ...args: unknown[]) => tour[methodOf(story!, rendered, expression)]!(...args)
  call('a boat tour with {int} seats', 1)
  call('{string} reserves', 'Pia')
  call('{string} reserves', 'Quin')
  call('{string} withdraws', 'Pia')
  assert.ok(
    Object.values(tour).some((value) => Array.isArray(value) && value.join() === 'Quin'),
    'Quin moved up to the one seat'
  )
  // The class reads as the model does: the Then step's check names Quin's standing.
  const standing = story!.steps.find((step) => step.expression === '{string} has {string}')!
  assert.match(rendered.bodies.get(standing.index)!.join('\n'), /indexOf\(value0\) < 0 \? "nothing"/)
})

test('where a name stands, and what waits, follow the list and the limit', () => {
  const state = { items: ['a', 'b', 'c'], limit: 2 }
  const texts = { placed: 'in', waiting: 'waits', absent: 'out' }
  assert.equal(readPlaces(state, { read: 'standing', key: 0, arg: 1, texts }, ['c']), 'waits')
  assert.equal(readPlaces(state, { read: 'standing', key: 0, arg: 1, texts }, ['b']), 'in')
  assert.equal(readPlaces(state, { read: 'standing', key: 0, arg: 1, texts }, ['z']), 'out')
  assert.equal(readPlaces(state, { read: 'placesFree', arg: 0 }, []), 0)
  assert.equal(readPlaces(state, { read: 'placesTaken', arg: 0 }, []), 2)
  assert.equal(readPlaces(state, { read: 'waitingJoined', arg: 0, separator: ', ' }, []), 'c')
  assert.equal(readPlaces(state, { read: 'nobodyWaits', arg: -1 }, []), false)
  assert.equal(readPlaces({ items: ['a'], limit: undefined }, { read: 'placesFree', arg: 0 }, []), undefined)
})
