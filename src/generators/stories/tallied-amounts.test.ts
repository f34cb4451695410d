import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesisedWithLastHeldOut } from './testing'

/**
 * A flight's minutes come off the battery and one more flight is counted; recharging fills the
 * battery to the 100 minutes the words give, a value one scenario alone reads right after it.
 */
const DRONE_BATTERY = `Feature: Drone battery
  A charged battery holds 100 minutes of flight. Recharging starts only on a battery that is not
  already full.

  Scenario: two flights
    Given a battery at 100 minutes
    When a flight uses 35 minutes
    Then the battery is at 65 minutes
    When a flight uses 25 minutes
    Then the battery is at 40 minutes
    And the flights flown are 2

  Scenario: recharging
    Given a battery at 100 minutes
    When the battery is recharged
    Then the drone says "the battery is already full"
    When a flight uses 50 minutes
    And the battery is recharged
    Then the battery is at 100 minutes
    And the flights flown are 1

  Scenario: a short hop after recharging
    Given a battery at 30 minutes
    When a flight uses 15 minutes
    And the battery is recharged
    And a flight uses 70 minutes
    Then the battery is at 30 minutes
    And the flights flown are 2

  Scenario: a day out
    Given a battery at 90 minutes
    When a flight uses 30 minutes
    And a flight uses 30 minutes
    And the battery is recharged
    And a flight uses 45 minutes
    Then the battery is at 55 minutes
    And the flights flown are 3
`

test('a command whose number changes a quantity is counted besides, and a refill fills to the number the words give', () => {
  const { story, result, passes } = synthesisedWithLastHeldOut('drone.feature', DRONE_BATTERY)
  const effectOf = (words: string) => result.solution?.model.meanings[story.steps.find((step) => step.words.includes(words))!.index]!.effect
  assert.deepEqual(
    effectOf('flight uses'),
    { op: 'both', first: { op: 'step', reg: 'other', sign: 1 }, second: { op: 'add', reg: 'count', arg: 0, sign: -1 } },
    result.message
  )
  assert.deepEqual(effectOf('recharged'), { op: 'reset', reg: 'count', value: 100 })
  assert.ok(passes)
})
