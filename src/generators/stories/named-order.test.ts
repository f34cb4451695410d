import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut } from './testing'
import { firstSuccessors, namedOrder, reversedSuccession, statedSuccession } from './described-modes'

test('states named without quotes, in the order of the sentence that names most of them, and that order reversed', () => {
  const description =
    'The fan is off at first. Pressing it goes from low to medium to high and back to low; the other button goes the other way.'
  const order = namedOrder(description, ['low', 'medium', 'high', 'off'])
  assert.deepEqual(order, ['low', 'medium', 'high', 'low'])
  const forward = firstSuccessors(statedSuccession(order!)!)
  assert.deepEqual(forward, [
    ['low', 'medium'],
    ['medium', 'high'],
    ['high', 'low']
  ])
  assert.deepEqual(reversedSuccession(forward), [
    ['medium', 'low'],
    ['high', 'medium'],
    ['low', 'high']
  ])
  assert.equal(namedOrder('It goes from low to high.', ['low', 'high']), undefined)
  // A state named twice in a row ("from green to amber, from amber to red") is no move to itself.
  assert.deepEqual(
    firstSuccessors(
      statedSuccession(namedOrder('from green to amber, from amber to red, from red back to green', ['green', 'amber', 'red'])!)!
    ),
    [
      ['green', 'amber'],
      ['amber', 'red'],
      ['red', 'green']
    ]
  )
})

const RADIO = `Feature: Radio band switch
  Pressing the band button goes from fm to am to dab and back to fm; the back button goes the other way.

  Scenario: one press
    Given the radio is on fm
    When the band button is pressed
    Then the band is "am"

  Scenario: round
    Given the radio is on fm
    When the band button is pressed
    And the band button is pressed
    And the band button is pressed
    Then the band is "fm"

  Scenario: back
    Given the radio is on am
    When the back button is pressed
    Then the band is "fm"

  Scenario: back twice
    Given the radio is on dab
    When the back button is pressed
    And the back button is pressed
    Then the band is "fm"

  Scenario: held out
    Given the radio is on fm
    When the back button is pressed
    And the back button is pressed
    Then the band is "am"
`

test('a command that goes the other way round a named cycle takes the reversed order, not a state the examples happen to end in', () => {
  const { story, heldOut } = storyWithLastHeldOut('features/radio.feature', RADIO)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.ok(runScenario(story, result.solution.model, heldOut)?.every((observation) => observation.agrees))
})
