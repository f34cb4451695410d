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

// "paused" reads the same whether the music was playing in order or shuffled, but the pause
// button takes it back to the one it came from: a mode that goes on by where it was entered from.
const PLAYER = `Feature: Music player

  Scenario: pausing in order
    Given the player is stopped
    When play is pressed
    And pause is pressed
    Then the player is "paused"
    When pause is pressed
    Then the player is "playing"

  Scenario: pausing a shuffle
    Given the player is stopped
    When shuffle is pressed
    Then the player is "shuffling"
    When pause is pressed
    Then the player is "paused"
    When pause is pressed
    Then the player is "shuffling"

  Scenario: stopping
    Given the player is stopped
    When play is pressed
    And stop is pressed
    Then the player is "stopped"
    When pause is pressed
    Then the player is "stopped"
`

const PLAYER_UNSEEN = `Feature: Music player

  Scenario: a shuffle paused twice
    Given the player is stopped
    When shuffle is pressed
    And pause is pressed
    And pause is pressed
    And pause is pressed
    And pause is pressed
    Then the player is "shuffling"
`

test('a mode that reads the same but goes back to where it was entered from is learnt as two entries of its table', () => {
  const { story, model, holdsOnUnseen } = learnt(PLAYER, PLAYER_UNSEEN)
  assert.ok(holdsOnUnseen)
  const pause = model.meanings[story.steps.find((step) => step.expression === 'pause is pressed')!.index]!.effect
  assert.equal(pause?.op, 'modeNext')
  assert.deepEqual(pause?.op === 'modeNext' ? pause.split : undefined, ['paused'])
  // Written as code, the class remembers where the mode came from, and runs the unseen scenario.
  const { rendered, accessor } = renderedClass(story, model)
  const player = accessor({})
  player[methodOf(story, rendered, 'the player is stopped')]!()
  player[methodOf(story, rendered, 'shuffle is pressed')]!()
  for (let press = 0; press < 3; press++) player[methodOf(story, rendered, 'pause is pressed')]!()
  assert.ok(Object.values(player).includes('paused'))
  player[methodOf(story, rendered, 'pause is pressed')]!()
  assert.ok(Object.values(player).includes('shuffling'))
})

// "resume" goes back to whichever mode the pause interrupted: one effect, not a table per mode.
const TREADMILL = `Feature: Treadmill programme

  Scenario: a walk, paused
    Given the treadmill is stopped
    When the walk programme starts
    And the pause key is pressed
    Then the treadmill is "paused"
    When the resume key is pressed
    Then the treadmill is "walking"

  Scenario: a run, paused
    Given the treadmill is stopped
    When the run programme starts
    Then the treadmill is "running"
    When the pause key is pressed
    And the resume key is pressed
    Then the treadmill is "running"
`

const TREADMILL_UNSEEN = `Feature: Treadmill programme

  Scenario: a run after a walk
    Given the treadmill is stopped
    When the walk programme starts
    And the run programme starts
    And the pause key is pressed
    And the resume key is pressed
    Then the treadmill is "running"
`

test('a command that goes back to the mode the last change left remembers it, as code too', () => {
  const { story, model, holdsOnUnseen } = learnt(TREADMILL, TREADMILL_UNSEEN)
  assert.ok(holdsOnUnseen)
  const resume = model.meanings[story.steps.find((step) => step.expression === 'the resume key is pressed')!.index]!.effect
  assert.equal(resume?.op, 'modeBack')
  const { rendered, accessor } = renderedClass(story, model)
  const treadmill = accessor({})
  for (const step of ['the treadmill is stopped', 'the run programme starts', 'the pause key is pressed', 'the resume key is pressed'])
    treadmill[methodOf(story, rendered, step)]!()
  assert.ok(Object.values(treadmill).includes('running'))
})
