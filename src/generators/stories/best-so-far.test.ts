import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesisedWithLastHeldOut } from './testing'
import { methodOf, renderedClass } from './testing/rendered-class'

const KEEPY_UPPY = `Feature: Keepy-uppy trainer

  Scenario: two sets of touches
    Given a fresh trainer
    When 14 touches are made
    And 9 touches are made
    Then the touches so far are 23
    And the record is 23

  Scenario: the ball drops
    Given a fresh trainer
    When 31 touches are made
    And the ball drops
    Then the touches so far are 0
    And the record is 31
    When 6 touches are made
    Then the touches so far are 6
    And the record is 31

  Scenario: a new record
    Given a fresh trainer
    When 12 touches are made
    And the ball drops
    And 20 touches are made
    Then the record is 20

  Scenario: starting over
    Given a fresh trainer
    When 40 touches are made
    And the ball drops
    And 3 touches are made
    And the trainer is reset
    Then the touches so far are 0
    And the record is 0
`

/** Never seen by the synthesis: a record set over two counts, then a reset and a lower run. */
const KEEPY_UPPY_HELD_OUT = `
  Scenario: a record in two parts, then a fresh start
    Given a fresh trainer
    When 25 touches are made
    And the ball drops
    And 18 touches are made
    And 11 touches are made
    Then the record is 29
    When the trainer is reset
    And 7 touches are made
    And the ball drops
    Then the record is 7
    And the touches so far are 0
`

test('the best so far kept beside a count, where the words speak of a record: raised as the count passes it, kept when the count starts again', () => {
  const { story, result, passes } = synthesisedWithLastHeldOut('features/keepy-uppy.feature', KEEPY_UPPY + KEEPY_UPPY_HELD_OUT)
  assert.ok(result.solution && passes, result.message ?? 'the held-out scenario passes')
  const { rendered, accessor } = renderedClass(story, result.solution.model)
  const trainer = accessor({}) as ReturnType<ReturnType<typeof renderedClass>['accessor']> & Record<string, unknown>
  const touches = methodOf(story, rendered, '{int} touches are made')
  const drops = methodOf(story, rendered, 'the ball drops')
  trainer[touches]!(30)
  trainer[drops]!()
  trainer[touches]!(12)
  trainer[touches]!(5)
  const numbers = Object.values(trainer).filter((value) => typeof value === 'number')
  assert.deepEqual(
    [...numbers].sort((a, b) => (a as number) - (b as number)),
    [17, 30]
  )
})
