import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesisedWithLastHeldOut } from './testing'
import { undoEachOther } from './opposed-commands'
import { quantityRange } from './ranges'
import { stepAmounts } from './step-amounts'

test('steps whose words undo each other: a prefix that undoes, or a pair of opposite words', () => {
  assert.equal(undoEachOther('the kettle is unplugged', 'i plug in the kettle'), true)
  assert.equal(undoEachOther('i lock the shed', 'i unlock the shed'), true)
  assert.equal(undoEachOther('the heater is switched on', 'i switch the heater off'), true)
  assert.equal(undoEachOther('i press up', 'i press down'), true)
  assert.equal(undoEachOther('i press up', 'i press up twice'), false)
  assert.equal(undoEachOther('the kettle boils', 'i plug in the kettle'), false)
})

test('a percentage is kept between 0 and 100, and "a quarter of the way" is a quarter of that', () => {
  assert.deepEqual(quantityRange('', ['the tank is {int} percent full']), [0, 100])
  assert.deepEqual(quantityRange('It can be set from 5 to 30.', ['the level is {int} percent']), [5, 30])
  assert.equal(quantityRange('', ['the level is {int}']), undefined)
  assert.deepEqual(stepAmounts([], 'each turn opens it a quarter of the way', [0, 100]), [0.25, 25])
  // A quarter with no "of the way" is an amount of its own.
  assert.deepEqual(stepAmounts([], 'a quarter of an hour', [0, 100]), [0.25])
})

/** An awning: "out" and "in" move it by the same share; the scenarios never show one press in from the middle. */
const AWNING = `Feature: Garden awning
  Each press moves the awning a quarter of the way, and it stops when fully in or fully out.

  Scenario: out from closed
    Given the awning is 0 percent out
    When I press out
    Then the awning is 25 percent out

  Scenario: out to the end
    Given the awning is 75 percent out
    When I press out
    And I press out
    Then the awning is 100 percent out

  Scenario: in to the end
    Given the awning is 25 percent out
    When I press in
    And I press in
    Then the awning is 0 percent out

  Scenario: held out
    Given the awning is 100 percent out
    When I press in
    Then the awning is 75 percent out
`

test('a command the other way round from its opposite: a press in moves the awning back by the same quarter', () => {
  const { result, passes } = synthesisedWithLastHeldOut('awning.feature', AWNING)
  assert.ok(passes, result.message)
})

/** A kettle: plugging in and unplugging set the same yes/no state opposite ways; the setting is brought to a value. */
const KETTLE = `Feature: Kettle
  Scenario: warm
    Given the kettle is set to 60
    When I press start
    Then the water is "warm"

  Scenario: hot
    Given the kettle is set to 60
    When I turn the dial to 95
    And I press start
    Then the water is "hot"

  Scenario: unplugged
    Given the kettle is set to 75
    And the kettle is unplugged
    When I press start
    Then the kettle stays cold
    When I plug in the kettle
    And I press start
    Then the water is "warm"

  Scenario: cool
    Given the kettle is set to 40
    When I press start
    Then the water is "tepid"

  Scenario: held out
    Given the kettle is set to 40
    When I turn the dial to 90
    And I press start
    Then the water is "hot"
`

test('"to 90" brings the setting to 90 rather than adding 90, and plugging in does not unplug', () => {
  const { story, result, passes } = synthesisedWithLastHeldOut('kettle.feature', KETTLE)
  assert.ok(passes && result.solution, result.message)
  const turn = story.steps.findIndex((step) => step.expression === 'I turn the dial to {int}')
  assert.equal(result.solution.model.meanings[turn]?.effect?.op, 'set')
  const plugIn = story.steps.findIndex((step) => step.expression === 'I plug in the kettle')
  const unplugged = story.steps.findIndex((step) => step.expression === 'the kettle is unplugged')
  const [a, b] = [result.solution.model.meanings[plugIn]?.effect, result.solution.model.meanings[unplugged]?.effect]
  assert.ok(a?.op === 'flag' && b?.op === 'flag' && a.value !== b.value, JSON.stringify([a, b]))
})
