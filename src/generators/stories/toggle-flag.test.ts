import { test } from 'node:test'
import assert from 'node:assert/strict'
import { heldOutFailure } from './testing'

const RADIO = `Feature: Kitchen radio
  The mute button silences the radio and brings the sound back.

  Scenario: muting
    Given the radio is playing at volume 4
    When the mute button is pressed
    Then the radio is silent: yes
    And the volume shows 4

  Scenario: sound back
    Given the radio is playing at volume 6
    When the mute button is pressed
    And the mute button is pressed
    Then the radio is silent: no

  Scenario: louder while muted
    Given the radio is playing at volume 2
    When the mute button is pressed
    And the volume is turned up
    Then the volume shows 3
    And the radio is silent: yes

  Scenario: louder
    Given the radio is playing at volume 5
    When the volume is turned up
    Then the volume shows 6
    And the radio is silent: no
`

/** Never seen by the synthesis: three presses leave it silent, and a fourth brings the sound back. */
const HELD_OUT = `
  Scenario: three presses
    Given the radio is playing at volume 3
    When the mute button is pressed
    And the mute button is pressed
    And the mute button is pressed
    Then the radio is silent: yes
    When the mute button is pressed
    Then the radio is silent: no
`

test('a button that turns a yes/no state the other way, whichever it was', () => {
  assert.equal(heldOutFailure('features/kitchen-radio.feature', RADIO + HELD_OUT), undefined)
})
