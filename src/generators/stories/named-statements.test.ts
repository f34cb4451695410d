import { test } from 'node:test'
import assert from 'node:assert/strict'
import { learnt } from './testing/stories'
import { methodOf, renderedClass } from './testing/rendered-class'

// "Noor is on the guest list" and "Noor is not on the guest list" say whether the list holds a
// name, with no yes/no to fill: one reading, the other way round for the denial.
const GUESTS = `Feature: Guest list

  Scenario: two guests
    Given the guest list is empty
    When Noor is invited
    And Omar is invited
    Then 2 guests are invited
    And Omar is on the guest list

  Scenario: a guest who cannot come
    Given the guest list is empty
    When Noor is invited
    And Omar is invited
    And Noor sends regrets
    Then Noor is not on the guest list
    And Omar is on the guest list
    And 1 guest is invited
`

const GUESTS_UNSEEN = `Feature: Guest list

  Scenario: invited again
    Given the guest list is empty
    When Noor is invited
    And Noor sends regrets
    And Pia is invited
    And Noor is invited
    Then Noor is on the guest list
    And Pia is on the guest list
    And 2 guests are invited
`

test('a statement about a named thing is whether the list holds it, and its denial the other way round', () => {
  const { model, holdsOnUnseen } = learnt(GUESTS, GUESTS_UNSEEN)
  assert.ok(holdsOnUnseen)
  const readings = model.meanings.flatMap((meaning) => (meaning.reading?.read === 'contains' ? [meaning.reading.negate] : []))
  assert.deepEqual(readings.sort(), [false, true])
})

// A command of its own puts a caller ahead of the others, behind those who went ahead before.
const HELPLINE = `Feature: Helpline
  Callers are answered in turn; a caller on the priority line goes ahead of the others.

  Scenario: in turn
    Given nobody is on hold
    When Ada calls
    And Bea calls
    And the next caller is answered
    Then Ada is answered
    And 1 caller is on hold

  Scenario: the priority line
    Given nobody is on hold
    When Ada calls
    And Bea calls on the priority line
    And Cal calls on the priority line
    And the next caller is answered
    Then Bea is answered
    When the next caller is answered
    Then Cal is answered
    And 1 caller is on hold
`

const HELPLINE_UNSEEN = `Feature: Helpline

  Scenario: priority behind priority
    Given nobody is on hold
    When Ada calls on the priority line
    And Bea calls
    And Cal calls on the priority line
    And the next caller is answered
    And the next caller is answered
    Then Cal is answered
    And 1 caller is on hold
`

test('a command whose own words put the caller ahead queues them behind those already ahead', () => {
  const { story, model, holdsOnUnseen } = learnt(HELPLINE, HELPLINE_UNSEEN)
  assert.ok(holdsOnUnseen)
  const { rendered, accessor } = renderedClass(story, model)
  const line = accessor({})
  line[methodOf(story, rendered, 'nobody is on hold')]!()
  line[methodOf(story, rendered, '{word} calls')]!('Ada')
  line[methodOf(story, rendered, '{word} calls on the priority line')]!('Bea')
  line[methodOf(story, rendered, 'the next caller is answered')]!()
  assert.ok(Object.values(line).includes('Bea'))
})
