import { test } from 'node:test'
import assert from 'node:assert/strict'
import { learnt } from './testing/stories'

// Riders counted in a cabin whose station is a mode set by commands without values; boarding and
// leaving are refused at the wrong station. Many commands could move the mode by a table still to
// learn, or change the count by an amount still to learn: the search must prune those choices by
// the riders counted, or it spends its budget on them before it reaches this model.
const CABLE_CAR = `Feature: Cable car
  Riders board at the station the cabin stands at, and get off there.

  Scenario: a ride up
    Given the cabin is empty and stands at the "bottom"
    When a rider boards at the bottom
    And the cabin goes up
    Then the cabin stands at the "top"
    When a rider gets off at the top
    Then the cabin carries 0 riders

  Scenario: two riders down
    Given the cabin is empty and stands at the "top"
    When a rider boards at the top
    And a rider boards at the top
    And a rider gets off at the bottom
    Then the attendant says "the cabin is not at the bottom"
    And the cabin carries 2 riders
    When the cabin goes down
    Then the cabin stands at the "bottom"
    When a rider gets off at the bottom
    Then the cabin carries 1 rider

  Scenario: boarding at the wrong end
    Given the cabin is empty and stands at the "bottom"
    When a rider boards at the top
    Then the attendant says "the cabin is not at the top"
    And the cabin carries 0 riders
    When a rider boards at the bottom
    And a rider gets off at the top
    Then the attendant says "the cabin is not at the top"
    And the cabin carries 1 rider

  Scenario: riders both ways
    Given the cabin is empty and stands at the "bottom"
    When a rider boards at the bottom
    And a rider boards at the bottom
    And the cabin goes up
    And a rider gets off at the top
    Then the cabin carries 1 rider
    When a rider boards at the top
    And the cabin goes down
    Then the cabin carries 2 riders
    When a rider gets off at the bottom
    Then the cabin carries 1 rider
`

const UNSEEN = `Feature: Cable car

  Scenario: up and back down
    Given the cabin is empty and stands at the "bottom"
    When a rider boards at the bottom
    And a rider boards at the bottom
    And the cabin goes up
    And a rider gets off at the top
    And the cabin goes down
    And a rider gets off at the bottom
    Then the cabin carries 0 riders
    When a rider boards at the top
    Then the attendant says "the cabin is not at the top"
`

test('a search over modes and amounts still to learn is pruned by the quantities the other commands change', () => {
  const { model, holdsOnUnseen } = learnt(CABLE_CAR, UNSEEN)
  assert.ok(holdsOnUnseen)
  const effects = model.meanings.map((meaning) => meaning.effect?.op)
  assert.ok(effects.includes('step'), JSON.stringify(effects))
})
