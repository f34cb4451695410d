import { test } from 'node:test'
import assert from 'node:assert/strict'
import { bookingInputs, readBooking } from './bookings'
import { synthesiseStory } from './search'
import { methodOf, renderedClass } from './testing/rendered-class'
import { failingScenarios, storiesFrom } from './testing/stories'

// Slots with no word for a free one in the holder's place, a slot said to be free, and a cancellation only its holder may make.
const ROOMS = `Feature: Meeting room
  Teams book the meeting room by the hour. A slot that is already booked is refused with
  "already booked". Only the team that booked a slot can cancel it; any other is refused
  with "not yours".

  Scenario: booking
    Given the room calendar is empty
    When team "red" books the "10:00" slot
    Then the "10:00" slot is held by team "red"
    And team "red" has 1 booking

  Scenario: taken
    Given the room calendar is empty
    When team "red" books the "10:00" slot
    And team "blue" books the "10:00" slot
    Then the booking is refused with "already booked"
    And the "10:00" slot is held by team "red"
    And team "blue" has 0 bookings

  Scenario: cancelling
    Given the room calendar is empty
    When team "red" books the "09:00" slot
    And team "red" books the "11:00" slot
    And team "red" cancels the "09:00" slot
    Then the "09:00" slot is free
    And team "red" has 1 booking

  Scenario: somebody else's slot
    Given the room calendar is empty
    When team "blue" books the "14:00" slot
    And team "red" cancels the "14:00" slot
    Then the cancellation is refused with "not yours"
    And the "14:00" slot is held by team "blue"
`

const ROOMS_HELD_OUT = `Feature: Meeting room

  Scenario: freed and booked again
    Given the room calendar is empty
    When team "green" books the "08:00" slot
    And team "blue" cancels the "08:00" slot
    Then the cancellation is refused with "not yours"
    When team "green" cancels the "08:00" slot
    Then the "08:00" slot is free
    When team "blue" books the "08:00" slot
    Then the "08:00" slot is held by team "blue"
    And team "green" has 0 bookings
`

test('who holds a slot, whether it is free, and a cancellation only its holder may make', () => {
  const [story, heldOut] = storiesFrom(ROOMS, ROOMS_HELD_OUT) as [ReturnType<typeof storiesFrom>[0], ReturnType<typeof storiesFrom>[0]]
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story, result.solution.model, heldOut), [])
})

test('a slot said to be free reads whether nobody holds it; a cancellation knows whether the slot is the canceller`s', () => {
  const slots = new Map([[JSON.stringify(['10:00']), 'red']])
  assert.equal(readBooking(slots, { read: 'holderOf', slot: [0], arg: -1, free: '' }, ['10:00']), false)
  assert.equal(readBooking(slots, { read: 'holderOf', slot: [0], arg: -1, free: '' }, ['11:00']), true)
  assert.equal(bookingInputs(slots, { op: 'release', slot: [1] }, ['red', '10:00']).theirs, true)
  assert.equal(bookingInputs(slots, { op: 'release', slot: [1] }, ['blue', '10:00']).theirs, false)
})

test('the written class refuses a cancellation by anyone but the holder', () => {
  const [story] = storiesFrom(ROOMS)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  const { rendered, accessor } = renderedClass(story!, result.solution.model)
  const rooms = accessor({})
  const book = methodOf(story!, rendered, 'team {string} books the {string} slot')
  const cancel = methodOf(story!, rendered, 'team {string} cancels the {string} slot')
  rooms[book]!('red', '10:00')
  rooms.attempt!(() => rooms[cancel]!('blue', '10:00'))
  assert.equal(rooms.refusal, 'not yours')
  assert.match(rendered.module, /\.has\(/)
})

// Where commands book slots, "free" reads a slot nobody holds, not a record that is not kept.
const COURTS = `Feature: Tennis courts
  Members book a court by the hour. An hour that is already booked is refused with "court
  taken". A member may hold at most 2 bookings; a third is refused with "too many bookings".

  Scenario: booking a court
    Given the court sheet is empty
    When member "Ola" books the "18:00" hour
    Then the "18:00" hour is booked by member "Ola"
    And member "Ola" has 1 booking

  Scenario: a taken hour
    Given the court sheet is empty
    When member "Ola" books the "18:00" hour
    And member "Kit" books the "18:00" hour
    Then the booking is refused with "court taken"
    And member "Kit" has 0 bookings

  Scenario: the limit of two
    Given the court sheet is empty
    When member "Ola" books the "17:00" hour
    And member "Ola" books the "18:00" hour
    And member "Ola" books the "19:00" hour
    Then the booking is refused with "too many bookings"
    And the "19:00" hour is free
    When member "Ola" cancels the "17:00" hour
    And member "Ola" books the "19:00" hour
    Then member "Ola" has 2 bookings
    And the "17:00" hour is free
`

const COURTS_UNSEEN = `Feature: Tennis courts
  Scenario: freed for another
    Given the court sheet is empty
    When member "Kit" books the "09:00" hour
    And member "Kit" books the "10:00" hour
    And member "Kit" books the "11:00" hour
    Then the booking is refused with "too many bookings"
    When member "Kit" cancels the "09:00" hour
    And member "Ola" books the "09:00" hour
    Then the "09:00" hour is booked by member "Ola"
    And member "Kit" has 1 booking
`

test('where commands book slots, a slot said to be free is one nobody holds', () => {
  const [story, unseen] = storiesFrom(COURTS, COURTS_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})
