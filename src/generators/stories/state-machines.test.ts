import { test } from 'node:test'
import assert from 'node:assert/strict'
import { countedByAThenStep } from './counted-commands'
import { sharedModeMessages, withModeMessages } from './mode-messages'
import { apply, constant, evaluateProgram, input } from '../synthesis'
import type { Program } from '../synthesis/program'
import { observedRefusalSteps } from './observed-refusals'
import { growingPrefixes } from './prefixes'
import { synthesiseStory } from './search'
import { failingScenarios, storiesFrom } from './testing/stories'

// A lifecycle with a text status, a counter of one command, and refusals whose message depends on the state.
const BUGS = `Feature: Bug reports

  Scenario: a bug fixed and verified
    Given a new bug report
    When a developer starts on the bug
    Then the bug status is "in work"
    When the developer fixes the bug
    Then the bug status is "fixed"
    When the bug is archived
    Then the bug status is "archived"

  Scenario: the fix did not hold
    Given a new bug report
    When a developer starts on the bug
    And the developer fixes the bug
    And the tester reopens the bug
    Then the bug status is "new"
    And the bug has been reopened 1 time
    When a developer starts on the bug
    And the developer fixes the bug
    And the tester reopens the bug
    Then the bug has been reopened 2 times

  Scenario: fixing before anyone starts
    Given a new bug report
    When the developer fixes the bug
    Then the request is refused with "nobody is working on the bug"
    And the bug status is "new"

  Scenario: reopening a bug still in work
    Given a new bug report
    When a developer starts on the bug
    And the tester reopens the bug
    Then the request is refused with "only fixed bugs can be reopened"
    And the bug status is "in work"

  Scenario: an archived bug stays archived
    Given a new bug report
    When a developer starts on the bug
    And the developer fixes the bug
    And the bug is archived
    And the tester reopens the bug
    Then the request is refused with "the bug is archived"
    When a developer starts on the bug
    Then the request is refused with "the bug is archived"
    And the bug status is "archived"
`

const BUGS_HELD_OUT = `Feature: Bug reports

  Scenario: reopened once, then archived
    Given a new bug report
    When a developer starts on the bug
    And the developer fixes the bug
    And the tester reopens the bug
    And a developer starts on the bug
    And the developer fixes the bug
    And the bug is archived
    Then the bug status is "archived"
    And the bug has been reopened 1 time

  Scenario: reopening twice in a row
    Given a new bug report
    When a developer starts on the bug
    And the developer fixes the bug
    And the tester reopens the bug
    And the tester reopens the bug
    Then the request is refused with "only fixed bugs can be reopened"
    And the bug status is "new"
    And the bug has been reopened 1 time
`

test('a lifecycle with a status, a counted command and refusals per state is found within the budget', () => {
  const [story, heldOut] = storiesFrom(BUGS, BUGS_HELD_OUT) as [ReturnType<typeof storiesFrom>[0], ReturnType<typeof storiesFrom>[0]]
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story, result.solution.model, heldOut), [])
})

test('a status read after a refusal reported in words is a reading, not a second refusal message', () => {
  const [story] = storiesFrom(BUGS)
  assert.deepEqual(observedRefusalSteps(story!), [])
})

test('a Then step that counts a command by its verb names that command, and only that one', () => {
  const [story] = storiesFrom(BUGS)
  const command = (words: string) => story!.steps.find((step) => step.role === 'when' && step.words.includes(words))!
  assert.equal(countedByAThenStep(story!, command('reopens')), 'this')
  assert.equal(countedByAThenStep(story!, command('starts on')), 'other')
  const [plain] = storiesFrom(`Feature: Clicker
  Scenario: clicks
    Given a clicker at 0
    When the button is pressed
    Then the clicker shows 1
`)
  assert.equal(
    countedByAThenStep(
      plain!,
      plain!.steps.find((step) => step.role === 'when')!
    ),
    undefined
  )
})

test('a message two commands give in one state is that state`s; a lookup per state falls back on the command`s own', () => {
  const shared = sharedModeMessages([
    { command: 1, mode: 'closed', message: 'it is closed' },
    { command: 2, mode: 'closed', message: 'it is closed' },
    { command: 2, mode: 'busy', message: 'only done ones can be reopened' },
    { command: 3, mode: 'new', message: 'nobody works on it' }
  ])
  assert.deepEqual([...shared], [['closed', 'it is closed']])
  const lookup = {
    kind: 'lookup' as const,
    input: 'mode',
    role: 'message',
    entries: [
      ['busy', 'only done ones can be reopened'],
      ['closed', 'it is closed']
    ] as Array<[string, string]>
  }
  const message = withModeMessages(lookup, shared)
  const say = (mode: string) => evaluateProgram(message, { mode })
  assert.deepEqual(say('closed'), { ok: true, value: 'it is closed' })
  assert.deepEqual(say('new'), { ok: true, value: 'only done ones can be reopened' })
  // A state with two messages of its own says nothing in general: the lookup stays.
  assert.equal(withModeMessages(lookup, new Map()), lookup)
  // A match on the state whose case is a template of the state's name ("it is " + mode) is read the same way.
  const match: Program = {
    kind: 'match',
    input: 'mode',
    cases: [
      { value: 'busy', result: { kind: 'constant', value: 'only done ones can be reopened' } },
      { value: 'closed', result: apply('concat', constant('it is '), input('mode', 'string')) }
    ]
  }
  const matched = withModeMessages(match, shared)
  assert.deepEqual(evaluateProgram(matched, { mode: 'new' }), { ok: true, value: 'only done ones can be reopened' })
  assert.deepEqual(evaluateProgram(matched, { mode: 'closed' }), { ok: true, value: 'it is closed' })
})

test('a scenario is checked as far as its commands are chosen, before its last command is', () => {
  const [story] = storiesFrom(BUGS)
  const actionSteps = story!.steps.filter((step) => step.role !== 'then')
  const order = actionSteps.map((_, index) => index)
  const checkableAfter = order.map(() => [] as number[])
  const growing = growingPrefixes(story!, actionSteps, order, checkableAfter)
  // Once the Given and "a developer starts on the bug" are chosen, the first scenario's first status is checked.
  assert.ok(growing[1]!.includes(0))
})

// A command that moves the mode on and settles a quantity to nothing at once: paying a taxi's fare.
const TAXI_METER = `Feature: Taxi meter
  The fare is 2.00 a km.

  Scenario: a ride paid
    Given the meter shows "free"
    When a passenger gets in
    And 3 km are driven
    Then the fare is 6.00
    When the fare is paid
    Then the meter shows "free"
    And the fare is 0.00

  Scenario: a longer ride
    Given the meter shows "free"
    When a passenger gets in
    Then the meter shows "hired"
    When 5 km are driven
    And 2 km are driven
    Then the fare is 14.00
    And the meter shows "hired"
`

const TAXI_METER_UNSEEN = `Feature: Taxi meter
  Scenario: two rides
    Given the meter shows "free"
    When a passenger gets in
    And 4 km are driven
    And the fare is paid
    And a passenger gets in
    Then the meter shows "hired"
    When 1 km are driven
    Then the fare is 2.00
    When the fare is paid
    Then the meter shows "free"

  Scenario: a short hop
    Given the meter shows "free"
    When a passenger gets in
    And 0.5 km are driven
    Then the meter shows "hired"
    And the fare is 1.00
    When the fare is paid
    Then the meter shows "free"
    And the fare is 0.00
`

test('a command may move the mode on and settle a quantity to nothing together (a fare paid)', () => {
  const [story, unseen] = storiesFrom(TAXI_METER, TAXI_METER_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})
