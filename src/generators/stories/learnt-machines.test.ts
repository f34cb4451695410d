import { test } from 'node:test'
import assert from 'node:assert/strict'
import { learnt } from './testing/stories'
import { methodOf, renderedClass } from './testing/rendered-class'

// Three commands move a phone between three modes by tables only the scenarios show; one of them
// always says "30 seconds pass", a number that never varies and is part of its words.
const PHONE = `Feature: Phone ringer
  Muting silences a ringing phone for 30 seconds.

  Scenario: a call and a hang-up
    Given the phone is idle
    When a call comes in
    Then the ringer is "ringing"
    When the caller hangs up
    Then the ringer is "idle"

  Scenario: muted for a while
    Given the phone is idle
    When a call comes in
    And the mute key is pressed
    Then the ringer is "muted"
    When 30 seconds pass
    Then the ringer is "ringing"
    When 30 seconds pass
    Then the ringer is "ringing"

  Scenario: the caller gives up while muted
    Given the phone is idle
    When a call comes in
    And the mute key is pressed
    And the caller hangs up
    Then the ringer is "idle"
    When 30 seconds pass
    Then the ringer is "idle"

  Scenario: muting an idle phone
    Given the phone is idle
    When the mute key is pressed
    Then the ringer is "idle"

  Scenario: a second call while muted
    Given the phone is idle
    When a call comes in
    And the mute key is pressed
    And a call comes in
    Then the ringer is "muted"
    When 30 seconds pass
    And the mute key is pressed
    Then the ringer is "muted"
`

const UNSEEN = `Feature: Phone ringer

  Scenario: muted twice, then the caller hangs up
    Given the phone is idle
    When a call comes in
    And the mute key is pressed
    And 30 seconds pass
    And the mute key is pressed
    And the caller hangs up
    And 30 seconds pass
    Then the ringer is "idle"
`

test('commands that move a mode by learnt tables each keep their own table, even one whose number never varies', () => {
  const { story, model, holdsOnUnseen } = learnt(PHONE, UNSEEN)
  assert.ok(holdsOnUnseen)
  const tables = model.meanings.filter((meaning) => meaning.effect?.op === 'modeNext')
  assert.equal(tables.length, 3)
  // Written as code, each table is its own constant: the class compiles and runs a scenario.
  const { rendered, accessor } = renderedClass(story, model)
  const phone = accessor({})
  phone[methodOf(story, rendered, 'the phone is idle')]!()
  for (const step of ['a call comes in', 'the mute key is pressed', '{int} seconds pass']) phone[methodOf(story, rendered, step)]!(30)
  assert.match(rendered.module, /"muted", "ringing"/)
  assert.equal(Object.values(phone).includes('ringing'), true)
})
