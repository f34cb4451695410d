import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram } from '../synthesis'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { listGuards } from './implied'
import { storyWithLastHeldOut } from './testing'

test('a list’s command implies its refusal: an item already on it, a full list, or an item not on it', () => {
  assert.deepEqual(listGuards({ op: 'push', arg: 0 }).map(describeProgram), ['listed', 'size >= limit', 'listed || size >= limit'])
  assert.deepEqual(listGuards({ op: 'remove', arg: 0 }).map(describeProgram), ['!listed'])
  assert.deepEqual(listGuards({ op: 'add', reg: 'count', arg: 0, sign: 1 }), [])
})

const LOCKERS = `Feature: Lockers

  Scenario: a free locker
    Given an empty row of lockers
    When locker 1 is booked
    Then locker 1 is taken: yes

  Scenario: a locker already taken
    Given an empty row of lockers
    When locker 2 is booked
    And locker 2 is booked
    Then the booking is refused with "locker already taken"

  Scenario: two lockers
    Given an empty row of lockers
    When locker 3 is booked
    And locker 4 is booked
    Then locker 4 is taken: yes
    And locker 9 is taken: no

  Scenario: held out
    Given an empty row of lockers
    When locker 7 is booked
    And locker 8 is booked
    And locker 7 is booked
    Then the booking is refused with "locker already taken"
    And locker 8 is taken: yes
`

test('numbered items: a locker’s number is on the list or not, and booking one already on it is refused', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/lockers.feature', LOCKERS)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  const guards = result.solution.model.meanings.flatMap((meaning) => (meaning.guard ? [describeProgram(meaning.guard.condition)] : []))
  assert.deepEqual(guards, ['listed'])
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
})
