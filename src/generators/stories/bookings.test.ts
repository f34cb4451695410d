import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from '../steps'
import { applyBooking, bookingEffectOptions, heldCount, readBooking } from './bookings'
import { describedHours, expandHours, hoursInputs } from './hours'
import { runScenario } from './model'
import { methodOf, renderedClass } from './testing/rendered-class'
import { synthesiseStory } from './search'
import { storiesOf } from './story'
import { evaluateProgram } from '../synthesis'

test('a slot held by the one a command names, counted per holder and freed again', () => {
  let slots = applyBooking(new Map(), { op: 'hold', holder: 0, slot: [1, 2] }, ['Ana', 'Room A', '10:00'])
  slots = applyBooking(slots, { op: 'hold', holder: 0, slot: [1, 2] }, ['Ana', 'Room B', '10:00'])
  assert.equal(heldCount(slots, 'Ana'), 2)
  assert.equal(readBooking(slots, { read: 'holderOf', slot: [0, 1], arg: 2, free: 'open' }, ['Room A', '10:00', '?']), 'Ana')
  slots = applyBooking(slots, { op: 'release', slot: [1, 2] }, ['Ana', 'Room A', '10:00'])
  assert.equal(readBooking(slots, { read: 'holderOf', slot: [0, 1], arg: 2, free: 'open' }, ['Room A', '10:00', '?']), 'open')
  assert.equal(readBooking(slots, { read: 'heldBy', key: 0, arg: 1 }, ['Ana', 0]), 1)
})

test('booking options need two texts or more, all texts; the words make hold or release cheaper', () => {
  const books = bookingEffectOptions({ role: 'when', words: 'books at', params: ['string', 'string'] })
  assert.deepEqual(
    books.map((option) => option.value.op),
    ['hold', 'release']
  )
  assert.ok(books[0]!.bits < books[1]!.bits)
  assert.deepEqual(bookingEffectOptions({ role: 'when', words: 'books', params: ['string', 'number'] }), [])
})

test('times of day the words bound: a yes/no input, replaced by its comparisons', () => {
  const band = describedHours('Rooms open at 09:00; the last meeting starts at 17:30.')
  assert.deepEqual(band, [540, 1050])
  assert.equal(describedHours('Open at 09:00.'), undefined)
  assert.deepEqual(hoursInputs(['Ana', '18:00'], [0, 1], band!), { within1: false })
  const program = expandHours({ kind: 'apply', operator: 'not', args: [{ kind: 'input', name: 'within1', type: 'boolean' }] }, band!)
  assert.deepEqual(evaluateProgram(program, { arg1: '17:30' }), { ok: true, value: false })
  assert.deepEqual(evaluateProgram(program, { arg1: '08:59' }), { ok: true, value: true })
})

const ROOMS = `Feature: Meeting rooms
  "Room A" and "Room B" are booked by the hour. The first meeting starts at 09:00 and the last at
  17:00; other times are refused with "closed then". A room already booked at that hour is refused
  with "already booked". Nobody may hold more than one room a day: "one room each".

  Scenario: a booking
    Given the rooms are free
    When "Ana" books "Room A" at "10:00"
    Then "Room A" at "10:00" shows "Ana"
    And "Room B" at "10:00" shows "open"
    And "Ana" has 1 rooms

  Scenario: taken
    Given the rooms are free
    When "Ana" books "Room B" at "11:00"
    And "Bo" books "Room B" at "11:00"
    Then the booking is refused with "already booked"
    When "Bo" books "Room A" at "11:00"
    Then "Room A" at "11:00" shows "Bo"

  Scenario: closed
    Given the rooms are free
    When "Ana" books "Room A" at "18:00"
    Then the booking is refused with "closed then"
    When "Ana" books "Room A" at "08:00"
    Then the booking is refused with "closed then"
    When "Ana" books "Room A" at "17:00"
    Then "Room A" at "17:00" shows "Ana"

  Scenario: one each
    Given the rooms are free
    When "Cy" books "Room A" at "12:00"
    And "Cy" books "Room B" at "13:00"
    Then the booking is refused with "one room each"
    And "Cy" has 1 rooms

  Scenario: cancelled
    Given the rooms are free
    When "Di" books "Room B" at "09:00"
    And "Di" cancels "Room B" at "09:00"
    And "Di" books "Room A" at "14:00"
    Then "Room B" at "09:00" shows "open"
    And "Di" has 1 rooms
`

const ROOMS_UNSEEN = `Feature: Meeting rooms
  Scenario: early and late
    Given the rooms are free
    When "Eve" books "Room B" at "07:00"
    Then the booking is refused with "closed then"
    When "Eve" books "Room B" at "16:00"
    And "Fay" books "Room B" at "16:00"
    Then the booking is refused with "already booked"
    When "Eve" cancels "Room B" at "16:00"
    And "Fay" books "Room B" at "16:00"
    Then "Room B" at "16:00" shows "Fay"
    And "Eve" has 0 rooms
`

test('bookings: who holds a slot, how many each holds, and hours the description bounds', () => {
  const newId = IdGenerator.incrementing()
  const parsed = [ROOMS, ROOMS_UNSEEN].map((data, index) => parseFeature({ uri: `features/r${index}.feature`, data }, { newId }))
  const { steps } = analyseSteps(parsed, [])
  const [story, unseen] = parsed.map((one) => storiesOf([one], steps)[0]!.story)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  const model = result.solution.model
  const books = story!.steps.find((step) => step.expression.includes('books'))!
  assert.deepEqual(model.meanings[books.index]!.effect, { op: 'hold', holder: 0, slot: [1, 2] })
  const stepOf = unseen!.steps.map((step) =>
    story!.steps.findIndex((candidate) => candidate.expression === step.expression && candidate.role === step.role)
  )
  for (const scenario of unseen!.scenarios) {
    const observations = runScenario(story!, model, {
      ...scenario,
      events: scenario.events.map((event) => ({ ...event, step: stepOf[event.step]! }))
    })
    assert.ok(
      observations?.every((observation) => observation.agrees),
      JSON.stringify(observations)
    )
  }
  const { rendered, accessor } = renderedClass(story!, model)
  const rooms = accessor({})
  const book = methodOf(story!, rendered, '{string} books {string} at {string}')
  rooms.attempt!(() => rooms[book]!('Eve', 'Room A', '07:00'))
  assert.equal(rooms.refusal, 'closed then')
  rooms.attempt!(() => rooms[book]!('Eve', 'Room A', '10:00'))
  rooms.attempt!(() => rooms[book]!('Fay', 'Room A', '10:00'))
  assert.equal(rooms.refusal, 'already booked')
})
