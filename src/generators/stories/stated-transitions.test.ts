import { test } from 'node:test'
import assert from 'node:assert/strict'
import { synthesiseStory } from './search'
import { runScenario } from './model'
import { storyWithLastHeldOut, synthesisedWithLastHeldOut } from './testing'
import { statedModeRefusals, statedTarget, statedTargets } from './stated-transitions'

const WORDS = `A ticket goes from "open" to "being worked on" when a technician picks it up, to "waiting for parts"
  when the technician orders parts, and to "fixed" when the technician finishes. The reporter can withdraw it only
  while it is "open"; later, withdrawing is refused with "work has started". A withdrawn ticket shows "withdrawn"
  and any further change to it is refused with "ticket is withdrawn".`

test('the mode a clause of the description says a command leads to, across its line breaks', () => {
  assert.deepEqual(statedTargets(WORDS), [
    { mode: 'being worked on', clause: 'a technician picks it up' },
    { mode: 'waiting for parts', clause: 'the technician orders parts' },
    { mode: 'fixed', clause: 'the technician finishes' }
  ])
  const modes = ['open', 'being worked on', 'waiting for parts', 'fixed', 'withdrawn']
  assert.equal(statedTarget(WORDS, 'the technician picks it up', modes), 'being worked on')
  assert.equal(statedTarget(WORDS, 'the technician finish', modes), 'fixed')
  // A command the words do not name, or a state the story does not know, is left to the scenarios.
  assert.equal(statedTarget(WORDS, 'the reporter withdraws it', modes), undefined)
  assert.equal(statedTarget(WORDS, 'the technician finishes', ['open']), undefined)
})

test('a mode in which the description refuses any command, with its one message', () => {
  const modes = ['open', 'being worked on', 'fixed', 'withdrawn']
  const messages = new Set(['work has started', 'ticket is withdrawn'])
  assert.deepEqual(statedModeRefusals(WORDS, modes, messages), [{ mode: 'withdrawn', message: 'ticket is withdrawn' }])
  // "only while ... later ... refused" names one command's refusal, not every command's.
  assert.deepEqual(
    statedModeRefusals('It can be withdrawn only while "open"; later it is refused with "work has started".', modes, messages),
    []
  )
})

const TICKET = `Feature: Repair ticket
  ${WORDS}

  Scenario: the whole repair
    Given a new repair ticket
    Then the ticket is "open"
    When a technician picks it up
    Then the ticket is "being worked on"
    When the technician orders parts
    And the technician finishes
    Then the ticket is "fixed"

  Scenario: withdrawn early
    Given a new repair ticket
    When the reporter withdraws it
    Then the ticket is "withdrawn"

  Scenario: withdrawn too late
    Given a new repair ticket
    When a technician picks it up
    And the reporter withdraws it
    Then the withdrawal is refused with "work has started"
    And the ticket is "being worked on"

  Scenario: withdrawn once fixed
    Given a new repair ticket
    When a technician picks it up
    And the technician orders parts
    And the technician finishes
    And the reporter withdraws it
    Then the withdrawal is refused with "work has started"
    And the ticket is "fixed"

  Scenario: no work on a withdrawn ticket
    Given a new repair ticket
    When the reporter withdraws it
    And a technician picks it up
    Then the change is refused with "ticket is withdrawn"
    And the ticket is "withdrawn"
`

test('a command leads to the mode the words state though no Then step reads it there', () => {
  const { story, heldOut } = storyWithLastHeldOut(
    'features/ticket.feature',
    `${TICKET}
  Scenario: waiting for parts
    Given a new repair ticket
    When a technician picks it up
    And the technician orders parts
    Then the ticket is "waiting for parts"
`
  )
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(
    runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
    ['waiting for parts']
  )
})

test('any command is refused in the mode the words say refuses every change, one never tried there too', () => {
  const { story, heldOut } = storyWithLastHeldOut(
    'features/ticket.feature',
    `${TICKET}
  Scenario: parts for a withdrawn ticket
    Given a new repair ticket
    When the reporter withdraws it
    And the technician orders parts
    Then the change is refused with "ticket is withdrawn"
    And the ticket is "withdrawn"
`
  )
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  // The words decide both what the scenarios leave open: the story is confident.
  assert.equal(result.status, 'synthesised', result.message)
  assert.deepEqual(
    runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
    ['ticket is withdrawn', 'withdrawn']
  )
})

const JOB = `Feature: Repair job
  A job is "new", then "started", then "done". A new job can be dropped.
  A dropped job cannot change any more: every further action on it is refused with "the job was dropped".

  Scenario: starting a job
    Given a new job
    When the fitter starts the job
    Then the job is "started"

  Scenario: finishing a job
    Given a new job
    When the fitter starts the job
    And the fitter finishes the job
    Then the job is "done"

  Scenario: a job nobody started cannot be finished
    Given a new job
    When the fitter finishes the job
    Then the action is refused with "start the job first"
    And the job is "new"

  Scenario: dropping a new job
    Given a new job
    When the customer drops the job
    Then the job is "dropped"

  Scenario: a finished job cannot be dropped
    Given a new job
    When the fitter starts the job
    And the fitter finishes the job
    And the customer drops the job
    Then the action is refused with "a finished job cannot be dropped"
    And the job is "done"
`

test('a mode named in plain words refuses every command with the message quoted after "refused with", beside the refusals the scenarios show', () => {
  assert.deepEqual(
    statedModeRefusals(
      'A dropped job cannot change any more: every further action on it is refused with "the job was dropped".',
      ['new', 'started', 'dropped'],
      new Set()
    ),
    [{ mode: 'dropped', message: 'the job was dropped' }]
  )
  for (const [command, mode] of [
    ['the fitter finishes the job', 'dropped'],
    ['the fitter starts the job', 'dropped']
  ]) {
    const { story, heldOut } = storyWithLastHeldOut(
      'features/job.feature',
      `${JOB}
  Scenario: no work on a dropped job
    Given a new job
    When the customer drops the job
    And ${command}
    Then the action is refused with "the job was dropped"
    And the job is "${mode}"
`
    )
    const result = synthesiseStory(story)
    assert.ok(result.solution, result.message)
    assert.deepEqual(
      runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
      ['the job was dropped', 'dropped'],
      command
    )
  }
})

const BIKE = `Feature: Bike repair
  A bike is "booked", then "in the workshop" once the mechanic takes it in, then "ready" once the repair is done.
  A booked bike cannot be collected before the repair is finished: that is refused with "the bike is not ready yet".
  A collected bike cannot be taken in again: taking it in is refused with "the bike was collected".

  Scenario: taking a bike in
    Given a bike that is "booked"
    When the mechanic takes the bike in
    Then the bike is "in the workshop"

  Scenario: finishing a repair
    Given a bike that is "in the workshop"
    When the mechanic finishes the repair
    Then the bike is "ready"

  Scenario: collecting a ready bike
    Given a bike that is "ready"
    When the customer collects the bike
    Then the bike is "collected"

  Scenario: a bike in the workshop is not ready
    Given a bike that is "in the workshop"
    When the customer collects the bike
    Then the request is refused with "the repair is not finished"
    And the bike is "in the workshop"

  Scenario: a collected bike stays collected
    Given a bike that is "collected"
    When the mechanic takes the bike in
    Then the request is refused with "the bike was collected"
    And the bike is "collected"
`

test('a refusal the words state for one command in one mode, beside the refusals the scenarios show', () => {
  const modes = ['booked', 'in the workshop', 'ready', 'collected']
  const commands = [
    { index: 1, words: 'the mechanic takes the bike in' },
    { index: 3, words: 'the mechanic finishes the repair' },
    { index: 5, words: 'the customer collects the bike' }
  ]
  const messages = new Set(['the repair is not finished', 'the bike was collected'])
  // "before the repair is finished" says when, not what is refused; "booked" is the mode, "collected" after "be" the command.
  assert.deepEqual(statedModeRefusals(BIKE, modes, messages, commands), [
    { mode: 'booked', message: 'the bike is not ready yet', command: 5 },
    { mode: 'collected', message: 'the bike was collected', command: 1 }
  ])
  // Without the commands, a sentence that names one is left to the scenarios.
  assert.deepEqual(statedModeRefusals(BIKE, modes, messages), [])
  const { story, heldOut } = storyWithLastHeldOut(
    'features/bike.feature',
    `${BIKE}
  Scenario: a booked bike cannot be collected
    Given a bike that is "booked"
    When the customer collects the bike
    Then the request is refused with "the bike is not ready yet"
    And the bike is "booked"
`
  )
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  assert.deepEqual(
    runScenario(story, result.solution.model, heldOut)?.map((observation) => observation.value),
    ['the bike is not ready yet', 'booked']
  )
})

const VISA = `Feature: Visa application
  A visa application starts as a draft. The applicant sends it, then the consulate reviews it.
  A sent application can no longer be changed: changing it is refused with "already sent".

  Scenario: sending a draft
    Given a draft visa application
    When the applicant sends it
    Then the application is "sent"

  Scenario: changing a draft
    Given a draft visa application
    When the applicant changes it
    Then the application is "draft"

  Scenario: a review
    Given a draft visa application
    When the applicant sends it
    And the consulate reviews it
    Then the application is "in review"

  Scenario: changing after sending
    Given a draft visa application
    When the applicant sends it
    And the applicant changes it
    Then the request is refused with "already sent"
    And the application is "sent"
`

test('words about one command in one state leave the states it never came in to a question about that command there', () => {
  const { story } = storyWithLastHeldOut('features/visa.feature', VISA)
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  // Changing during the review: no scenario shows it, and "no longer" may or may not reach that far.
  assert.equal(result.status, 'ambiguous')
  const asked = [...(result.question?.scenario ?? []), result.question?.then ?? ''].join('\n')
  assert.match(asked, /the consulate reviews it/)
  assert.match(asked, /the applicant changes it/)
  // "a draft visa application" sets the draft state and no other: no question asks what it leaves.
  assert.notDeepEqual(result.question?.scenario, ['Given a draft visa application'])
})

const ORDER = `Feature: Repair order status
  A repair order is "open", "in progress", "done" or "closed".
  A technician starts work on an open order, which makes it "in progress".
  The technician finishes an order in progress, which makes it "done".
  The customer can reopen a done order, which makes it "open" again, or close it, which makes it "closed".
  A closed order cannot be reopened: reopening it is refused with "a closed order cannot be reopened".
  An open order cannot be finished before work starts: that is refused with "work has not started".

  Scenario: starting work
    Given the order status is "open"
    When the technician starts work
    Then the order status is "in progress"

  Scenario: finishing
    Given the order status is "in progress"
    When the technician finishes the order
    Then the order status is "done"

  Scenario: reopening
    Given the order status is "done"
    When the customer reopens the order
    Then the order status is "open"

  Scenario: closing
    Given the order status is "done"
    When the customer closes the order
    Then the order status is "closed"

  Scenario: a closed order stays closed
    Given the order status is "closed"
    When the customer reopens the order
    Then the action is refused with "a closed order cannot be reopened"
    And the order status is "closed"

  Scenario: starting twice
    Given the order status is "open"
    When the technician starts work
    And the technician starts work
    Then the order status is "in progress"

  Scenario: closing while work goes on
    Given the order status is "open"
    When the technician starts work
    And the customer closes the order
    Then the order status is "closed"

  Scenario: finishing twice
    Given the order status is "in progress"
    When the technician finishes the order
    And the technician finishes the order
    Then the order status is "done"

  Scenario: reopening an open order
    Given the order status is "open"
    When the customer reopens the order
    Then the order status is "open"
`

test('a refusal the words add for one command, where it never came in some state, is no confirmed rule', () => {
  const { story } = storyWithLastHeldOut(
    'features/order.feature',
    `${ORDER}
  Scenario: finishing an open order
    Given the order status is "open"
    When the technician finishes the order
    Then the action is refused with "work has not started"
    And the order status is "open"
`
  )
  const result = synthesiseStory(story)
  assert.ok(result.solution, result.message)
  // Finishing a closed order: the scenarios never tried it, and the words speak only of an open one.
  assert.equal(result.status, 'ambiguous', result.message)
  assert.match(result.message ?? '', /the technician finishes the order/)
})

test('in a sentence that refuses any command, a state after "been" is still the state', () => {
  assert.deepEqual(
    statedModeRefusals(
      'Once a ticket has been closed, any change to it is refused with "ticket is closed".',
      ['open', 'closed'],
      new Set()
    ),
    [{ mode: 'closed', message: 'ticket is closed' }]
  )
})

const LEAVE = `Feature: Leave requests
  A leave request starts as "pending". A manager can grant a pending request, which makes it "granted", or
  decline it, which makes it "declined". Payroll books a granted request, which makes it "booked".
  Only a pending request can be granted or declined: granting any other request is refused with
  "only pending requests can be granted", and declining any other request is refused with
  "only pending requests can be declined". Only a granted request can be booked: booking any other
  request is refused with "only granted requests can be booked".

  Scenario: granting a pending request
    Given a leave request that is "pending"
    When the manager grants the request
    Then the request is "granted"

  Scenario: declining a pending request
    Given a leave request that is "pending"
    When the manager declines the request
    Then the request is "declined"

  Scenario: booking a granted request
    Given a leave request that is "granted"
    When payroll books the request
    Then the request is "booked"

  Scenario: a pending request cannot be booked
    Given a leave request that is "pending"
    When payroll books the request
    Then the action is refused with "only granted requests can be booked"
    And the request is "pending"

  Scenario: granting a booked request changes nothing
    Given a leave request that is "granted"
    When payroll books the request
    And the manager grants the request
    Then the request is "booked"

  Scenario: a declined request cannot be granted
    Given a leave request that is "declined"
    When the manager grants the request
    Then the action is refused with "only pending requests can be granted"
    And the request is "declined"
`

test('"only a pending request can be granted: granting any other request is refused" refuses that command in every other mode', () => {
  const commands = [
    { index: 1, words: 'the manager grants the request' },
    { index: 3, words: 'the manager declines the request' },
    { index: 4, words: 'payroll books the request' }
  ]
  const refusals = statedModeRefusals(LEAVE, ['pending', 'granted', 'declined', 'booked'], new Set(), commands)
  assert.deepEqual(
    refusals.filter((entry) => entry.command === 1).map((entry) => `${entry.mode}: ${entry.message}`),
    [
      'granted: only pending requests can be granted',
      'declined: only pending requests can be granted',
      'booked: only pending requests can be granted'
    ]
  )
  assert.deepEqual(
    refusals.filter((entry) => entry.command === 4).map((entry) => entry.mode),
    ['pending', 'declined', 'booked']
  )
})

test('a command the words refuse in a mode is refused there though no Then step reports it, and its guard is the words\' "any other"', () => {
  const { story, result, passes } = synthesisedWithLastHeldOut('features/leave.feature', LEAVE)
  assert.ok(result.solution, result.message)
  assert.equal(result.status, 'synthesised', result.message)
  assert.ok(passes, 'a declined request cannot be granted')
  const grant = story.steps.find((step) => step.words === 'the manager grants the request')!
  // Granting a booked request leaves it booked because it is refused, not because granting maps "booked" to itself.
  assert.deepEqual(result.solution.model.meanings[grant.index]!.effect, { op: 'mode', value: 'granted' })
})

test("the thing's own name is no command's word: a sentence naming only it is left to the scenarios", () => {
  const words = 'Boarding at a shut gate is refused with "scan a pass first".'
  const modes = ['open', 'shut', 'barred']
  const messages = new Set(['scan a pass first'])
  // "boarding" is two commands' word ("a boarding pass is scanned", "a rider boards"); "gate" only the crew's, but it is the thing.
  const commands = [
    { index: 1, words: 'a boarding pass is scanned' },
    { index: 4, words: 'a rider boards' },
    { index: 6, words: 'the crew bar the gate' }
  ]
  assert.deepEqual(statedModeRefusals(words, modes, messages, commands, 'Ferry gate'), [])
  // Without the thing's name, "gate" reads as the crew's command.
  assert.deepEqual(statedModeRefusals(words, modes, messages, commands), [{ mode: 'shut', message: 'scan a pass first', command: 6 }])
})
