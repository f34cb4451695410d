import { test } from 'node:test'
import assert from 'node:assert/strict'
import { IdGenerator } from '@cucumber/messages'
import { parseFeature } from '../../gherkin'
import { analyseSteps } from '../steps'
import { runScenario } from './model'
import { applyRecord, keepsRecords, readRecord, recordEffectOptions, recordInputs, recordReadingOptions, recordsName } from './records'
import { methodOf, renderedClass } from './testing/rendered-class'
import { synthesiseStory } from './search'
import { storiesOf } from './story'
import { failingScenarios } from './testing/stories'

test('a text kept under a key: set, changed, read, counted and removed', () => {
  let records = applyRecord(new Map(), { op: 'recordSet', key: 0, value: 1 }, ['k-1', 'first'])
  records = applyRecord(records, { op: 'recordSet', key: 1, value: 0 }, ['second', 'k-2'])
  records = applyRecord(records, { op: 'recordSet', key: 0, value: 1 }, ['k-1', 'changed'])
  assert.equal(readRecord(records, { read: 'recordAt', key: 0, arg: 1 }, ['k-1', '?']), 'changed')
  assert.equal(readRecord(records, { read: 'recordCount', arg: 0 }, [0]), 2)
  assert.deepEqual(recordInputs(records, { op: 'recordDelete', key: 0 }, ['k-2']), { recorded: true })
  records = applyRecord(records, { op: 'recordDelete', key: 0 }, ['k-2'])
  assert.equal(readRecord(records, { read: 'recordHas', key: 0, arg: -1, negate: true }, ['k-2']), true)
  assert.equal(readRecord(records, { read: 'recordHas', key: 0, arg: -1, negate: false }, ['k-2']), false)
  assert.equal(readRecord(records, { read: 'recordAt', key: 0, arg: 1 }, ['k-2', '?']), undefined)
})

test('records are tried only where a step gives a key and its text and a Then step reads two texts', () => {
  const given = { role: 'given', words: 'the shelf has titled', params: ['string', 'string'] }
  const then = { role: 'then', words: 'is titled', params: ['string', 'string'] }
  assert.equal(
    keepsRecords([given, then], () => true),
    true
  )
  // A kept key and text are ones a Given or a command gave: a Then step that expects another text reads no record.
  assert.equal(
    keepsRecords([given, then], () => false),
    false
  )
  assert.equal(
    keepsRecords([given, then], (_, arg) => arg === 0),
    false
  )
  assert.equal(
    keepsRecords([given, { role: 'then', words: 'holds', params: ['string', 'number'] }], () => true),
    false
  )
  const removal = recordEffectOptions({ role: 'when', words: 'the book is removed', params: ['string'] })
  assert.deepEqual(removal, [{ value: { op: 'recordDelete', key: 0 }, bits: 1 }])
  // The key first is likelier than the text first.
  const sets = recordEffectOptions(given)
  assert.ok(sets[0]!.bits < sets[1]!.bits)
  const absent = recordReadingOptions({ role: 'then', words: 'the shelf has no book', params: ['string'] }, () => true)
  assert.deepEqual(
    absent.map((option) => [option.value, option.bits]),
    [
      [{ read: 'recordHas', key: 0, arg: -1, negate: false }, 4],
      [{ read: 'recordHas', key: 0, arg: -1, negate: true }, 2]
    ]
  )
  assert.equal(recordsName('the book {string} is titled {string}', 0), 'books')
  assert.equal(recordsName('{string} is titled {string}', 0), undefined)
})

const directory = (unknownMessage: string) => `Feature: Member directory
  Members are kept by their number, each with a nickname.

  Scenario: joining
    Given the directory lists the member "m-1" as "Ana"
    When the member "m-2" joins as "Bo"
    Then the member "m-2" goes by "Bo"
    And the member "m-1" goes by "Ana"

  Scenario: a number taken
    Given the directory lists the member "m-1" as "Ana"
    When the member "m-1" joins as "Cy"
    Then the request is refused with "member m-1 already exists"
    And the member "m-1" goes by "Ana"

  Scenario: a new nickname
    Given the directory lists the member "m-1" as "Ana"
    When the member "m-1" is renamed "Annie"
    Then the member "m-1" goes by "Annie"

  Scenario: an unknown member
    Given the directory lists the member "m-1" as "Ana"
    When the member "m-9" is renamed "Zed"
    Then the request is refused with "${unknownMessage}"
    And the member "m-1" goes by "Ana"

  Scenario: leaving
    Given the directory lists the member "m-1" as "Ana"
    When the member "m-1" is removed
    Then the directory has no member "m-1"
`

const UNSEEN = `Feature: Member directory
  Scenario: later
    Given the directory lists the member "m-5" as "Eve"
    When the member "m-6" joins as "Fay"
    And the member "m-6" is renamed "Faye"
    And the member "m-7" is renamed "Gus"
    Then the request is refused with "no member m-7"
    And the member "m-6" goes by "Faye"
    When the member "m-5" is removed
    Then the directory has no member "m-5"
    When the member "m-5" joins as "Eva"
    Then the member "m-5" goes by "Eva"
`

function storiesFrom(...texts: string[]) {
  const newId = IdGenerator.incrementing()
  const parsed = texts.map((data, index) => parseFeature({ uri: `features/d${index}.feature`, data }, { newId }))
  const { steps } = analyseSteps(parsed, [])
  return parsed.map((one) => storiesOf([one], steps)[0]!.story)
}

test('records kept by a key: learnt on a feature, checked on scenarios it never showed, and written as a Map', () => {
  const [story, unseen] = storiesFrom(directory('no member m-9'), UNSEEN)
  const result = synthesiseStory(story!)
  assert.equal(result.status, 'synthesised', result.message)
  const model = result.solution!.model
  const stepOf = unseen!.steps.map((step) =>
    story!.steps.findIndex((candidate) => candidate.expression === step.expression && candidate.role === step.role)
  )
  for (const scenario of unseen!.scenarios) {
    const events = scenario.events.map((event) => ({ ...event, step: stepOf[event.step]! }))
    const observations = runScenario(story!, model, { ...scenario, events })
    assert.ok(
      observations?.every((observation) => observation.agrees),
      JSON.stringify(observations)
    )
  }
  const { rendered, accessor } = renderedClass(story!, model)
  assert.match(rendered.module, /members = new Map<string, string>\(\)/)
  const members = accessor({})
  const join = methodOf(story!, rendered, 'the member {string} joins as {string}')
  const rename = methodOf(story!, rendered, 'the member {string} is renamed {string}')
  members.attempt!(() => members[join]!('m-3', 'Di'))
  members.attempt!(() => members[join]!('m-3', 'Dee'))
  assert.equal(members.refusal, 'member m-3 already exists')
  members.attempt!(() => members[rename]!('m-4', 'Ed'))
  assert.equal(members.refusal, 'no member m-4')
})

test("where the examples leave a record's refusal open, only a message that says the key is missing decides it", () => {
  const twice = (text: string) => text.replace('is renamed "Annie"', 'is renamed "Nan"\n    And the member "m-1" is renamed "Annie"')
  const [open] = storiesFrom(twice(directory('request refused')))
  const undecided = synthesiseStory(open!)
  assert.equal(undecided.status, 'ambiguous')
  assert.match(undecided.message ?? '', /"the member \{string\} is renamed \{string\}" is refused/)
  const [said] = storiesFrom(twice(directory('no member m-9')))
  assert.equal(synthesiseStory(said!).status, 'synthesised')
})

const LOCKERS = `Feature: Gym lockers

  Scenario: two lockers swapped
    Given locker "A1" holds "Ana"
    And locker "B2" holds "Ben"
    When lockers "A1" and "B2" are swapped
    Then locker "A1" belongs to "Ben"
    And locker "B2" belongs to "Ana"

  Scenario: swapped with an empty one
    Given locker "A1" holds "Ana"
    When lockers "A1" and "C3" are swapped
    Then locker "C3" belongs to "Ana"
    And locker "A1" is empty
`

const LOCKERS_UNSEEN = `Feature: Gym lockers
  Scenario: round and back
    Given locker "D4" holds "Dev"
    When lockers "D4" and "E5" are swapped
    And lockers "E5" and "F6" are swapped
    Then locker "F6" belongs to "Dev"
    And locker "D4" is empty
    And locker "E5" is empty
`

test('the records of two keys swapped, a key with none giving its record away', () => {
  const [story, unseen] = storiesFrom(LOCKERS, LOCKERS_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
  // The written class swaps them too.
  const { rendered, accessor } = renderedClass(story!, result.solution.model)
  const lockers = accessor({})
  lockers[methodOf(story!, rendered, 'locker {string} holds {string}')]!('A1', 'Ana')
  lockers[methodOf(story!, rendered, 'lockers {string} and {string} are swapped')]!('A1', 'Z9')
  const kept = (lockers as unknown as { lockers: Map<string, string> }).lockers
  assert.equal(JSON.stringify([...kept]), JSON.stringify([['Z9', 'Ana']]))
})

const ALLOTMENTS = `Feature: Allotment plots
  The site has 12 plots.

  Scenario: letting two plots
    Given no plot is let
    When plot "North" is let to "Ruth"
    And plot "Pond" is let to "Sam"
    Then plot "North" is worked by "Ruth"
    And the plots left come to 10

  Scenario: a plot already let
    Given plot "Oak" is worked by "Lee"
    When plot "Oak" is let to "Ruth"
    Then the office says "plot Oak is already let to Lee"
    And the plots left come to 11
`

const ALLOTMENTS_UNSEEN = `Feature: Allotment plots
  Scenario: another plot already let
    Given plot "Gate" is worked by "Ama"
    When plot "Well" is let to "Tom"
    And plot "Well" is let to "Ama"
    Then the office says "plot Well is already let to Tom"
    And the plots left come to 10
`

test('a refusal quotes the text a key holds already, and what is left is counted from how many are kept', () => {
  const [story, unseen] = storiesFrom(ALLOTMENTS, ALLOTMENTS_UNSEEN)
  const result = synthesiseStory(story!)
  assert.ok(result.solution, result.message)
  assert.deepEqual(failingScenarios(story!, result.solution.model, unseen!), [])
})

test('a key said to be free has no record: the cheaper reading is that none is kept', () => {
  const options = recordReadingOptions({ role: 'then', words: 'evening is free', params: ['string'] }, () => true)
  const cheapest = options.reduce((best, option) => (option.bits < best.bits ? option : best))
  assert.deepEqual(cheapest.value, { read: 'recordHas', key: 0, arg: -1, negate: true })
})
