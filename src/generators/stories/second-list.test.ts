import { test } from 'node:test'
import assert from 'node:assert/strict'
import { type Story } from './model'
import { methodOf, renderedClass } from './testing/rendered-class'
import { learnt } from './testing/stories'

const step = (story: Story, words: string) => story.steps.find((candidate) => candidate.expression.includes(words))!

const READING = `Feature: Reading list
  Scenario: two books
    Given my reading list is empty
    When I add "Emma"
    And I add "Ulysses"
    Then my reading list is "Emma, Ulysses"

  Scenario: finishing a book
    Given my reading list is empty
    When I add "Emma"
    And I add "Ulysses"
    And I add "Walden"
    And I mark "Ulysses" as read
    Then my reading list is "Emma, Walden"
    And I have read "Ulysses"

  Scenario: finishing them all
    Given my reading list is empty
    When I add "Emma"
    And I add "Dracula"
    And I mark "Dracula" as read
    And I mark "Emma" as read
    Then my reading list is empty
    And I have read "Dracula, Emma"
`

const READING_UNSEEN = `Feature: Reading list
  Scenario: one after another
    Given my reading list is empty
    When I add "Beloved"
    And I add "Kim"
    And I mark "Kim" as read
    And I add "Dune"
    And I mark "Beloved" as read
    Then my reading list is "Dune"
    And I have read "Kim, Beloved"
`

test('an item moved off one list onto a second, each read as one text', () => {
  const { story, model, holdsOnUnseen } = learnt(READING, READING_UNSEEN)
  assert.deepEqual(model.meanings[step(story, 'I mark').index]!.effect, { op: 'moveItem', arg: 0 })
  assert.deepEqual(model.meanings[step(story, 'I have read').index]!.reading, { read: 'movedJoined', arg: 0, separator: ', ' })
  // "my reading list is empty" reads the list, not whether the last command was accepted.
  assert.equal(
    model.meanings[
      story.steps.find((candidate) => candidate.expression === 'my reading list is empty' && candidate.role === 'then')!.index
    ]!.reading?.read,
    'empty'
  )
  assert.ok(holdsOnUnseen)
  const { rendered, accessor } = renderedClass(story, model)
  const books = accessor({})
  books[methodOf(story, rendered, 'I add {string}')]!('Kim')
  books[methodOf(story, rendered, 'I add {string}')]!('Dune')
  books[methodOf(story, rendered, 'I mark {string} as read')]!('Kim')
  const read = Object.entries(books).find(([, value]) => Array.isArray(value) && (value as unknown[]).includes('Kim'))
  assert.deepEqual([...(read?.[1] as unknown as unknown[])], ['Kim'], 'the class keeps the second list')
})

const BOARDING = `Feature: Boarding gate
  Passengers board in the order they queued, except that "priority" passengers go ahead of
  every "standard" one (behind the priority passengers who queued earlier).

  Scenario: in order
    Given the queue is empty
    When "Ana" queues as "standard"
    And "Bo" queues as "standard"
    And the gate calls the next passenger
    Then "Ana" boards
    And the queue is "Bo"

  Scenario: priority first
    Given the queue is empty
    When "Ana" queues as "standard"
    And "Cy" queues as "priority"
    And "Di" queues as "priority"
    Then the queue is "Cy, Di, Ana"
    When the gate calls the next passenger
    Then "Cy" boards
    And the queue is "Di, Ana"

  Scenario: nobody left
    Given the queue is empty
    When "Ana" queues as "priority"
    And the gate calls the next passenger
    Then nobody is queueing
`

const BOARDING_UNSEEN = `Feature: Boarding gate
  Scenario: a long queue
    Given the queue is empty
    When "Eve" queues as "standard"
    And "Fay" queues as "priority"
    And the gate calls the next passenger
    And "Gus" queues as "priority"
    And "Hal" queues as "standard"
    And "Ida" queues as "priority"
    Then the queue is "Gus, Ida, Eve, Hal"
`

test('a queue where some entries go ahead of the others, behind those that went ahead before', () => {
  const { story, model, holdsOnUnseen } = learnt(BOARDING, BOARDING_UNSEEN)
  assert.deepEqual(model.meanings[step(story, 'queues as').index]!.effect, { op: 'pushAhead', arg: 0, rank: 1, value: 'priority' })
  assert.equal(model.meanings[step(story, 'nobody').index]!.reading?.read, 'empty')
  assert.ok(holdsOnUnseen)
  const { rendered, accessor } = renderedClass(story, model)
  const gate = accessor({})
  const queue = methodOf(story, rendered, '{string} queues as {string}')
  gate[queue]!('Eve', 'standard')
  gate[queue]!('Fay', 'priority')
  gate[methodOf(story, rendered, 'the gate calls the next passenger')]!()
  gate[queue]!('Gus', 'priority')
  gate[queue]!('Ida', 'priority')
  const items = Object.values(gate).find((value) => Array.isArray(value) && (value as unknown[]).includes('Gus'))
  assert.deepEqual([...(items as unknown as unknown[])], ['Gus', 'Ida', 'Eve'], 'the class keeps the front that went ahead')
})
