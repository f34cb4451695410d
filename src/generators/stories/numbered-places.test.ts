import { test } from 'node:test'
import assert from 'node:assert/strict'
import { describeProgram } from '../synthesis'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { renderStory } from './render'
import { filledPlaces, lowestFreePlace } from './numbered-places'
import { storyWithLastHeldOut } from './testing'

test('places are filled from 1, and the lowest free one is the next taken', () => {
  assert.deepEqual(filledPlaces(3), [1, 2, 3])
  assert.deepEqual(filledPlaces(0), [])
  assert.equal(lowestFreePlace([1, 2, 4]), 3)
  assert.equal(lowestFreePlace([]), 1)
})

const BAYS = `Feature: Bike bays
  The bays are numbered from 1 and the bikes already parked are in the lowest bays. A bike goes
  in the lowest free bay.

  Scenario: parking a bike
    Given a rack with 6 bays
    And 2 bikes are already parked
    When a bike is parked
    Then the bike is in bay 3
    And 3 bikes are parked

  Scenario: a full rack
    Given a rack with 2 bays
    And 2 bikes are already parked
    When a bike is parked
    Then the bike is turned away with "rack full"
    And 2 bikes are parked

  Scenario: taking a bike out
    Given a rack with 6 bays
    And 4 bikes are already parked
    When the bike in bay 2 is taken out
    Then 3 bikes are parked
    And bay 2 is free: yes

  Scenario: held out, a freed bay is taken first
    Given a rack with 6 bays
    And 4 bikes are already parked
    When the bike in bay 2 is taken out
    And a bike is parked
    Then the bike is in bay 2
    And 4 bikes are parked
    And bay 2 is free: no
`

test('numbered places: filled from 1, the lowest free one taken, a freed one taken first again', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/bays.feature', BAYS)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
  const guards = result.solution.model.meanings.flatMap((meaning) => (meaning.guard ? [describeProgram(meaning.guard.condition)] : []))
  assert.equal(guards.length, 1)
  const names = new Map(story.steps.map((step) => [step.index, step.params.map((_, index) => `value${index}`)]))
  const code = renderStory(story, result.solution.model, names, names, { status: 'ambiguous' }).module
  assert.match(code, /= Array\.from\(\{ length: value0 \}, \(_, index\) => index \+ 1\)/)
  assert.match(code, /while \(this\.\w+\.includes\(place\)\) place\+\+/)
})
