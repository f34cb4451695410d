import { test } from 'node:test'
import assert from 'node:assert/strict'
import { learnt } from './testing/stories'
import { observedRefusalSteps } from './observed-refusals'
import { storiesFrom } from './testing/stories'

/**
 * A turnstile whose Given names its state beside a number ("a shut gate that has let 3 riders
 * in"): the state is one of three texts a Then step reads, each command moves it, and a refused
 * command says why. The state read is the one the Given's words name, not a yes/no faked from
 * the count of riders.
 */
const GATE = `Feature: Ferry gate
  The gate to the ferry opens when a boarding pass is scanned and shuts again once a rider
  boards. It counts the riders on board. Boarding at a shut gate is refused with
  "scan a boarding pass first". When the crew bar the gate it is "barred", and while barred it
  refuses everything with "the gate is barred".

  Scenario: a pass opens the gate
    Given a shut gate that has let 4 riders in
    When a boarding pass is scanned
    Then the gate is "open"
    And 4 riders are on board

  Scenario: boarding shuts it again
    Given a shut gate that has let 4 riders in
    When a boarding pass is scanned
    And a rider boards
    Then the gate is "shut"
    And 5 riders are on board

  Scenario: no pass, no boarding
    Given a shut gate that has let 2 riders in
    When a rider boards
    Then the gate shows "scan a boarding pass first"
    And 2 riders are on board
    And the gate is "shut"

  Scenario: a barred gate takes no pass
    Given a shut gate that has let 6 riders in
    When the crew bar the gate
    And a boarding pass is scanned
    Then the gate shows "the gate is barred"
    And the gate is "barred"

  Scenario: one pass is enough
    Given a shut gate that has let 0 riders in
    When a boarding pass is scanned
    And a boarding pass is scanned
    Then the gate shows "the gate is already open"
    And the gate is "open"

  Scenario: barring an open gate
    Given a shut gate that has let 3 riders in
    When a boarding pass is scanned
    And the crew bar the gate
    Then the gate is "barred"

  Scenario: nobody boards at a barred gate
    Given a shut gate that has let 5 riders in
    When the crew bar the gate
    And a rider boards
    Then the gate shows "the gate is barred"
`

const GATE_UNSEEN = `Feature: Ferry gate, unseen
  Scenario: two riders one after the other
    Given a shut gate that has let 9 riders in
    When a boarding pass is scanned
    And a rider boards
    And a boarding pass is scanned
    And a rider boards
    Then 11 riders are on board
    And the gate is "shut"

  Scenario: one pass lets one rider on
    Given a shut gate that has let 1 riders in
    When a boarding pass is scanned
    And a rider boards
    And a rider boards
    Then the gate shows "scan a boarding pass first"
    And 2 riders are on board

  Scenario: the first rider of the day
    Given a shut gate that has let 0 riders in
    When a boarding pass is scanned
    And a rider boards
    Then the gate is "shut"
    And 1 riders are on board
`

test("a Given that names a state beside its number sets both: the state read is the Given's own word, moved by each command", () => {
  const { story, model, holdsOnUnseen } = learnt(GATE, GATE_UNSEEN)
  const given = story.steps.find((step) => step.role === 'given')!
  assert.deepEqual(model.meanings[given.index]!.effect, {
    op: 'both',
    first: { op: 'mode', value: 'shut' },
    second: { op: 'set', reg: 'count', arg: 0 }
  })
  assert.ok(holdsOnUnseen)
})

test("a text a Given's words name is a state the Then step reads, not a refusal's message", () => {
  const [story] = storiesFrom(GATE)
  const observed = observedRefusalSteps(story!).map((index) => story!.steps[index]!.words)
  assert.deepEqual(observed, ['the gate shows  '])
})
