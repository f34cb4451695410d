import { test } from 'node:test'
import assert from 'node:assert/strict'
import { methodOf, renderedClass } from './testing/rendered-class'
import { learnt } from './testing/stories'

const CLINIC = `Feature: Clinic waiting room
  Scenario: a second patient
    Given nobody is waiting at the clinic
    When Ada checks in
    And Ben checks in
    And Cat checks in
    Then Ben's status is "number 2 in line"

  Scenario: a doctor is ready
    Given nobody is waiting at the clinic
    When Ada checks in
    And Ben checks in
    And Cat checks in
    And a doctor is ready
    Then Ada's status is "seeing a doctor"
    And Cat's status is "number 2 in line"

  Scenario: leaving early
    Given nobody is waiting at the clinic
    When Ada checks in
    And Ben checks in
    And Ada leaves
    Then Ada's status is "not waiting"
    And Ben's status is "number 1 in line"

  Scenario: checking in twice
    Given nobody is waiting at the clinic
    When Ada checks in
    And Ada checks in
    Then the check-in is refused with "Ada is already waiting"
    And Ada's status is "number 1 in line"

  Scenario: leaving from the middle
    Given nobody is waiting at the clinic
    When Ada checks in
    And Ben checks in
    And Cat checks in
    And Ben leaves
    Then Cat's status is "number 2 in line"
    And Ben's status is "not waiting"

  Scenario: two doctors
    Given nobody is waiting at the clinic
    When Ada checks in
    And Ben checks in
    And a doctor is ready
    And a doctor is ready
    And Cat checks in
    Then Ben's status is "seeing a doctor"
    And Cat's status is "number 1 in line"
`

const CLINIC_UNSEEN = `Feature: Clinic waiting room
  Scenario: a busy morning
    Given nobody is waiting at the clinic
    When Dan checks in
    And Eve checks in
    And Fay checks in
    And Gil checks in
    And a doctor is ready
    And Fay leaves
    Then Dan's status is "seeing a doctor"
    And Eve's status is "number 1 in line"
    And Gil's status is "number 2 in line"
    And Fay's status is "not waiting"
`

test("a person's standing in a queue served onward: their place on the list, or gone on to the second list", () => {
  const { story, model, holdsOnUnseen } = learnt(CLINIC, CLINIC_UNSEEN)
  const ready = story.steps.find((step) => step.expression === 'a doctor is ready')!
  // Served onto the second list: the patient served still has a standing ("seeing a doctor").
  assert.deepEqual(model.meanings[ready.index]!.effect, { op: 'shift', onward: true })
  assert.ok(holdsOnUnseen)
  const { rendered, accessor } = renderedClass(story, model)
  const clinic = accessor({})
  clinic[methodOf(story, rendered, '{word} checks in')]!('Dan')
  clinic[methodOf(story, rendered, '{word} checks in')]!('Eve')
  clinic[methodOf(story, rendered, 'a doctor is ready')]!()
  const onward = Object.values(clinic).find((value) => Array.isArray(value) && (value as unknown[]).includes('Dan'))
  assert.deepEqual([...(onward as unknown as unknown[])], ['Dan'], 'the class keeps whom it served')
  const status = story.steps.find((step) => step.role === 'then' && step.expression.includes('status'))!
  assert.match((rendered.bodies.get(status.index) ?? []).join('\n'), /indexOf\(value0\) \+ 1/)
})
