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
